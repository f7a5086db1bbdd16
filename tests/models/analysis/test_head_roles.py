"""Head roles from hand-made attention patterns whose role is known, and on the real model."""

import numpy as np
import pytest

from attn_gui.models.analysis import head_roles
from attn_gui.models.analysis.head_roles import BROAD_LABEL, MIXED_LABEL, PATTERNS
from attn_gui.models.bert import encode

N = 8
LABELS = ("[CLS]", "the", "cat", "sat", "on", "the", "mat", "[SEP]")


def shifted(offset: int) -> np.ndarray:
    """Every row on the piece ``offset`` away; rows with no such piece on themselves."""
    weights = np.zeros((N, N))
    for i in range(N):
        j = i + offset
        weights[i, j if 0 <= j < N else i] = 1.0
    return weights


def column(index: int) -> np.ndarray:
    weights = np.zeros((N, N))
    weights[:, index] = 1.0
    return weights


def role_of(weights: np.ndarray):
    return head_roles(weights[None, None], LABELS)[0][0]


@pytest.mark.parametrize(
    ("weights", "label"),
    [
        (shifted(-1), "previous"),
        (shifted(1), "next"),
        (np.eye(N), "self"),
        (column(0), "cls_sink"),
        (column(N - 1), "sep_sink"),
        (np.full((N, N), 1 / N), BROAD_LABEL),
    ],
)
def test_a_clear_pattern_gets_its_label_and_full_evidence(weights, label):
    role = role_of(weights)
    assert role.label == label
    assert role.evidence == pytest.approx(1.0)


def test_the_measurements_are_the_means_over_rows():
    rng = np.random.default_rng(0)
    weights = rng.random((N, N)) ** 4
    weights /= weights.sum(axis=1, keepdims=True)
    role = role_of(weights)
    assert role.previous == pytest.approx(np.mean([weights[i, i - 1] for i in range(1, N)]))
    assert role.next == pytest.approx(np.mean([weights[i, i + 1] for i in range(N - 1)]))
    assert role.self == pytest.approx(np.mean([weights[i, i] for i in range(N)]))
    assert role.cls_sink == pytest.approx(weights[:, 0].mean())
    assert role.sep_sink == pytest.approx(weights[:, -1].mean())
    entropy = np.mean([-sum(p * np.log(p) for p in row if p > 0) for row in weights]) / np.log(N)
    assert role.entropy == pytest.approx(entropy)


def test_a_majority_pattern_wins_and_a_split_head_is_mixed():
    mostly_previous = 0.7 * shifted(-1) + 0.3 * column(N - 1)
    role = role_of(mostly_previous)
    assert role.label == "previous"
    assert role.evidence == pytest.approx(0.7)
    assert role.sep_sink == pytest.approx(0.3)
    split = 0.4 * shifted(-1) + 0.4 * shifted(1) + 0.2 * np.eye(N)
    role = role_of(split)
    assert role.label == MIXED_LABEL
    assert role.evidence == pytest.approx(max(role.previous, role.next, role.self))
    assert role.entropy < 0.8


def test_zero_weights_give_a_finite_entropy():
    assert role_of(np.eye(N)).entropy == 0.0


def test_every_layer_and_head_of_the_real_model(minilm):
    pieces = minilm.tokenize("The students learned attention step by step, and then they taught it.")
    roles = head_roles(encode(minilm, pieces).attentions, pieces.pieces)
    assert len(roles) == 6
    assert all(len(layer) == 12 for layer in roles)
    assert [(r.layer, r.head) for r in roles[4]] == [(4, h) for h in range(12)]
    for role in (r for layer in roles for r in layer):
        assert role.label in (*PATTERNS, BROAD_LABEL, MIXED_LABEL)
        assert min(role.previous, role.next, role.self, role.cls_sink, role.sep_sink, role.entropy) >= 0
        assert (
            max(role.previous, role.next, role.self, role.cls_sink, role.sep_sink, role.entropy) <= 1 + 1e-12
        )
