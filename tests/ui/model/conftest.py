"""Attention to show the model views: a small hand-made sentence whose heads do known things, the
real all-MiniLM-L6-v2 on a real sentence."""

import numpy as np
import pytest

PIECES = ("[CLS]", "un", "##like", "cats", "[SEP]")
WORD_INDEX = (None, 0, 0, 1, None)
N = len(PIECES)


def _rows(special: dict[int, dict[int, float]]) -> np.ndarray:
    """n × n weights: row i puts special[i][j] on column j and shares the rest evenly."""
    weights = np.zeros((N, N))
    for i in range(N):
        chosen = special.get(i, {})
        rest = [j for j in range(N) if j not in chosen]
        weights[i, rest] = (1 - sum(chosen.values())) / len(rest)
        for j, w in chosen.items():
            weights[i, j] = w
    return weights


def _on(column_of, weight) -> np.ndarray:
    return _rows({i: {column_of(i): weight} for i in range(N)})


# What each head of the hand-made sentence does, by construction, and its label in the view.
HEADS = {
    (0, 0): (_on(lambda i: max(i - 1, 0), 0.9), "previous token"),
    (0, 1): (_on(lambda i: 4, 0.8), "[SEP] sink"),
    (0, 2): (np.full((N, N), 1 / N), "broad"),
    (0, 3): (_rows({i: {i: 0.46, (i + 1 if i < N - 1 else i - 1): 0.44} for i in range(N)}), "mixed"),
    (1, 0): (_on(lambda i: min(i + 1, N - 1), 0.9), "next token"),
    (1, 1): (_on(lambda i: i, 0.85), "itself"),
    (1, 2): (_on(lambda i: 0, 0.7), "[CLS] sink"),
    # "un" gives nearly everything to [SEP]: merging before or after hiding differs here.
    (1, 3): (_rows({1: {4: 0.96, 3: 0.04}, 2: {0: 0.2, 1: 0.6}, 3: {2: 0.5, 4: 0.5}}), None),
}


@pytest.fixture
def attentions() -> np.ndarray:
    weights = np.zeros((2, 4, N, N))
    for (layer, head), (matrix, _) in HEADS.items():
        weights[layer, head] = matrix
    assert np.allclose(weights.sum(axis=-1), 1)
    return weights


@pytest.fixture(scope="session")
def real_sentence():
    """all-MiniLM-L6-v2's attention on one sentence: (attentions, pieces, word index)."""
    from attn_gui.models.bert import encode, load_bert

    model = load_bert("all-MiniLM-L6-v2")
    pieces = model.tokenize("The cat sat on the mat because it was unbelievably tired")
    return encode(model, pieces).attentions, pieces.pieces, pieces.word_index
