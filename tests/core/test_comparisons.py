"""The comparison numbers (scaling, mask, temperature, √d_k, soft lookup) against plain NumPy."""

import math
import time

import numpy as np
import pytest

from attn_gui.core import (
    AttentionConfig,
    compare_mask,
    compare_scaling,
    compute_trace,
    row_entropy,
    row_max,
    score_variance,
    soft_lookup,
    with_temperature,
)

CAUSAL = AttentionConfig(tokens=("I", "love", "learning", "maths"), d_model=8, num_heads=2, mask="causal")
PLAIN = AttentionConfig(tokens=("we", "all", "love", "maths", "too"), d_model=16, num_heads=2, seed=3)
CROSS = AttentionConfig(tokens=("a", "b"), kv_tokens=("x", "y", "z"), d_model=4, num_heads=1, mask="causal")
UNSCALED = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=1, scale=False)


def softmax_by_hand(logits):
    """exp(x - max) / Σ exp(x - max), row by row; -inf gives 0."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def scores_by_hand(trace, head):
    return trace.get("q", head).array @ trace.get("k", head).array.T


def lower_triangle(shape):
    return np.tril(np.ones(shape, dtype=bool))


def entropy_by_hand(row):
    return -sum(p * math.log(p) for p in row if p > 0)


@pytest.fixture(params=[CAUSAL, PLAIN, CROSS, UNSCALED], ids=["causal", "plain", "cross", "unscaled"])
def trace(request):
    return compute_trace(request.param)


def test_entropy_and_largest_weight_match_the_formula_row_by_row():
    weights = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.2, 0.3, 0.5], [1 / 3, 1 / 3, 1 / 3]])
    assert row_entropy(weights) == pytest.approx([entropy_by_hand(r) for r in weights], abs=1e-15)
    assert row_entropy(weights)[3] == pytest.approx(math.log(3))
    assert not np.signbit(row_entropy(weights)[0])  # a one-hot row reads 0.00, never −0.00
    assert row_max(weights).tolist() == [1.0, 0.5, 0.5, 1 / 3]


def test_scaled_and_unscaled_weights_are_softmax_of_the_trace_scores(trace):
    for head in range(trace.num_heads):
        scores = scores_by_hand(trace, head)
        if trace.mask == "causal":
            scores = np.where(lower_triangle(scores.shape), scores, -np.inf)
        comparison = compare_scaling(trace, head)
        d_k = trace.dims.d_k
        np.testing.assert_allclose(comparison.off.weights, softmax_by_hand(scores), atol=1e-12)
        np.testing.assert_allclose(
            comparison.on.weights, softmax_by_hand(scores / math.sqrt(d_k)), atol=1e-12
        )
        for side in (comparison.off, comparison.on):
            assert side.entropy == pytest.approx([entropy_by_hand(r) for r in side.weights])
            np.testing.assert_array_equal(side.largest, side.weights.max(axis=1))
            np.testing.assert_array_equal(side.largest_at, side.weights.argmax(axis=1))


def test_unscaled_rows_are_never_flatter_than_scaled_ones():
    trace = compute_trace(PLAIN)  # d_k = 8: the scores are divided by √8
    comparison = compare_scaling(trace, 0)
    assert np.all(comparison.off.entropy <= comparison.on.entropy + 1e-12)
    assert np.all(comparison.off.largest >= comparison.on.largest - 1e-12)
    assert comparison.off.entropy.sum() < comparison.on.entropy.sum()


def test_the_mask_comparison_zeroes_the_future_and_keeps_rows_summing_to_one(trace):
    comparison = compare_mask(trace, 0)
    shape = comparison.on.weights.shape
    assert np.all(comparison.on.weights[~lower_triangle(shape)] == 0.0)
    np.testing.assert_allclose(comparison.on.weights.sum(axis=1), 1.0)
    np.testing.assert_allclose(comparison.off.weights.sum(axis=1), 1.0)
    assert np.all(comparison.off.weights > 0)
    scale = math.sqrt(trace.dims.d_k) if trace.scale else 1.0
    scores = scores_by_hand(trace, 0) / scale
    np.testing.assert_allclose(comparison.off.weights, softmax_by_hand(scores), atol=1e-12)
    masked = np.where(lower_triangle(shape), scores, -np.inf)
    np.testing.assert_allclose(comparison.on.weights, softmax_by_hand(masked), atol=1e-12)


def test_temperature_one_is_the_lesson_and_colder_is_peakier(trace):
    np.testing.assert_array_equal(with_temperature(trace, 0, 1.0).weights, trace.get("weights", 0).array)
    temperatures = [5.0, 2.0, 1.0, 0.5, 0.2, 0.1]
    entropies = np.array([with_temperature(trace, 0, t).entropy for t in temperatures])
    unmasked_rows = entropies[0] > 1e-9  # a row with one allowed key is one-hot at every T
    assert np.all(np.diff(entropies[:, unmasked_rows], axis=0) < 0)
    largest = np.array([with_temperature(trace, 0, t).largest for t in temperatures])
    assert np.all(np.diff(largest, axis=0) >= -1e-12)
    logits = trace.get("masked", 0).array / 0.5
    np.testing.assert_allclose(with_temperature(trace, 0, 0.5).weights, softmax_by_hand(logits), atol=1e-12)


@pytest.mark.parametrize("temperature", [0.0, -1.0, math.inf, math.nan])
def test_temperature_must_be_positive(temperature):
    with pytest.raises(ValueError, match="temperature"):
        with_temperature(compute_trace(PLAIN), 0, temperature)


def test_unscaled_variance_grows_as_d_k_and_scaled_stays_near_one():
    d_k = [4, 16, 64, 256]
    result = score_variance(d_k, draws=20000, seed=1)
    assert result.d_k.tolist() == d_k
    assert result.raw == pytest.approx(d_k, rel=0.10)
    assert result.scaled == pytest.approx([1.0] * 4, rel=0.10)


def test_score_variance_matches_independent_draws_of_the_same_kind():
    """Not a copy of the code: fresh q and k for one d_k, measured with the textbook formula."""
    rng = np.random.default_rng(7)
    q, k = rng.standard_normal((2, 20000, 32))
    dots = np.einsum("nd,nd->n", q, k)
    by_hand = dots.var(ddof=1)
    assert score_variance([32], draws=20000, seed=2).raw[0] == pytest.approx(by_hand, rel=0.06)


def test_score_variance_is_seeded_and_fast():
    elapsed = []
    for _ in range(3):  # the best of three: a busy machine must not fail the test
        start = time.perf_counter()
        sweep = score_variance(range(1, 257), draws=4000, seed=5)
        elapsed.append(time.perf_counter() - start)
    assert min(elapsed) < 0.2
    again = score_variance(range(1, 257), draws=4000, seed=5)
    np.testing.assert_array_equal(sweep.raw, again.raw)
    np.testing.assert_allclose(sweep.scaled, sweep.raw / np.arange(1, 257))


@pytest.mark.parametrize(("d_k", "draws"), [([0, 4], 100), ([], 100), ([4], 1)])
def test_score_variance_refuses_what_has_no_variance(d_k, draws):
    with pytest.raises(ValueError, match=r"d_k|draws"):
        score_variance(d_k, draws=draws)


def test_a_one_hot_query_selects_a_row_of_v_and_softmax_blends_them(trace):
    v = trace.get("v", 0).array
    weights = trace.get("weights", 0).array
    for row in range(len(trace.tokens)):
        lookup = soft_lookup(trace, 0, row)
        assert lookup.index == int(np.argmax(weights[row]))
        assert lookup.one_hot.sum() == 1.0
        assert lookup.one_hot[lookup.index] == 1.0
        np.testing.assert_array_equal(lookup.selected, v[lookup.index])  # exactly, not approximately
        blend = sum(weights[row, j] * v[j] for j in range(len(v)))
        np.testing.assert_allclose(lookup.blended, blend, atol=1e-12)
        np.testing.assert_allclose(lookup.blended, trace.get("head_output", 0).array[row], atol=1e-12)
