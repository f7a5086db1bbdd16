"""The explanations told with the lesson's own numbers, checked against NumPy written here."""

import math

import numpy as np
import pytest

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.ui.explain.explanation_pane import ExplanationPane

CAUSAL = AttentionConfig(
    tokens=("I", "love", "learning", "fast"), d_model=6, num_heads=2, seed=5, mask="causal"
)


@pytest.fixture
def pane(qtbot):
    widget = ExplanationPane()
    qtbot.addWidget(widget)
    return widget


def shown(pane, config, stage, head=0):
    pane.show_stage(*_stage(compute_trace(config), stage), head)
    return pane.text.toPlainText()


def test_scaling_quotes_the_variance_before_and_after(pane):
    trace = compute_trace(CAUSAL)
    x_in = trace.get("x_in").array
    q = x_in @ trace.get("w_q").array[:, 3:6]  # head 2's block of W_Q, by hand
    k = x_in @ trace.get("w_k").array[:, 3:6]
    scores = q @ k.T
    text = shown(pane, CAUSAL, "scaled", head=1)
    assert f"variance is {np.var(scores):.2f} before and {np.var(scores / math.sqrt(3)):.2f} after" in text
    assert "divided by √3 ≈ 1.732" in text
    assert "has variance d_k" in text


def test_scaling_switched_off_says_so(pane):
    text = shown(pane, AttentionConfig(tokens=("a", "b"), scale=False), "scaled")
    assert "Scaling is switched off" in text


def test_the_mask_counts_the_hidden_scores(pane):
    assert "6 of the 16 scores become −∞" in shown(pane, CAUSAL, "masked")
    assert "no mask" in shown(pane, AttentionConfig(tokens=("a", "b")), "masked")


def test_softmax_reads_the_first_row_as_percentages(pane):
    trace = compute_trace(CAUSAL)
    scaled = trace.get("scaled", 0).array[0]
    first = np.exp(scaled[0] - scaled[0])  # the causal first row sees only itself: 100%
    assert first == 1.0
    text = shown(pane, CAUSAL, "weights")
    assert "Row “I”: 100% → “I”, 0% → “love”, 0% → “learning”, 0% → “fast”" in text


def test_soft_lookup_spells_out_the_blend(pane):
    config = AttentionConfig(tokens=("a", "b", "c"), d_model=4, num_heads=1, seed=2)
    trace = compute_trace(config)
    row = trace.get("scaled", 0).array[0]
    weights = np.exp(row - row.max()) / np.exp(row - row.max()).sum()
    text = shown(pane, config, "head_output")
    blend = " + ".join(f"{w:.2f}·v(“{t}”)" for w, t in zip(weights, "abc", strict=True))
    assert blend in text
    assert "one-hot row such as (0, 1, 0) times V picks out exactly one row" in text


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (AttentionConfig(tokens=("a", "b", "c"), d_model=4), "Q · K would be (3, 2) · (3, 2)"),
        (AttentionConfig(tokens=("a", "b"), d_model=4), "Here d_k = n = 2, so Q · K happens to be defined"),
    ],
)
def test_why_k_is_transposed_uses_the_shapes(pane, config, expected):
    assert expected.replace("−", "-") in shown(pane, config, "k_t").replace("−", "-")


def test_the_product_rule_names_the_shapes(pane):
    text = shown(pane, CAUSAL, "q")
    assert "Here (4, 6) · (6, 3): 6 columns meet 6 rows, so the product is (4, 3)" in text
    assert "library" in text


def test_the_output_stage_walks_a_whole_transformer_block(pane):
    config = AttentionConfig(tokens=("I", "love", "learning"), d_model=512, num_heads=8)
    text = shown(pane, config, "output")
    assert "(3, 512) · (512, 2048) → (3, 2048)" in text  # d_ff = 4 d_model
    assert "(3, 2048) · (2048, 512) → (3, 512)" in text
    assert "(3, 512) · (512, 3) → (3, 3)" in text  # to the vocabulary: 3 distinct tokens
    assert "Residual" in text


def test_cross_attention_keys_say_where_they_come_from(pane):
    config = AttentionConfig(tokens=("I", "love", "learning"), kv_tokens=("我", "爱"), d_model=4)
    assert "scores will be (3, 2)" in shown(pane, config, "k")


def _stage(trace, name):
    """The stage and its trace, as the window hands them to the pane."""
    return trace.stage(name), trace
