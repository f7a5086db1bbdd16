"""Properties the curriculum states hold for any input: softmax's invariants and every shape of the trace."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from attn_gui.core import AttentionConfig, compute_trace, scaled_dot_product_attention, softmax

SETTINGS = settings(max_examples=50, deadline=None)
WORDS = ("the", "cat", "sat", "on", "mat", "a", "dog", "我", "爱", "猫")

finite = st.floats(min_value=-1e300, max_value=1e300, allow_nan=False, allow_infinity=False)
matrices = arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 8)), elements=finite)


@SETTINGS
@given(matrices)
def test_softmax_rows_are_probability_distributions(x):
    weights = softmax(x)
    assert weights.shape == x.shape
    assert np.all(weights >= 0.0)
    assert np.all(weights <= 1.0)
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, atol=1e-12, rtol=0)


@SETTINGS
@given(st.data())
def test_softmax_gives_masked_positions_exactly_zero(data):
    x = data.draw(matrices)
    allowed = data.draw(arrays(np.bool_, x.shape))
    weights = softmax(np.where(allowed, x, -np.inf))
    assert np.all(weights[~allowed] == 0.0)
    seen = allowed.any(axis=-1)
    np.testing.assert_allclose(weights[seen].sum(axis=-1), 1.0, atol=1e-12, rtol=0)
    assert np.all(weights[~seen] == 0.0)


@SETTINGS
@given(st.data())
def test_attention_gives_masked_keys_exactly_zero_weight(data):
    n_q, n_k, d_k = data.draw(st.integers(1, 6)), data.draw(st.integers(1, 6)), data.draw(st.integers(1, 4))
    values = st.floats(-100, 100, allow_nan=False)
    q = data.draw(arrays(np.float64, (n_q, d_k), elements=values))
    k = data.draw(arrays(np.float64, (n_k, d_k), elements=values))
    allowed = data.draw(arrays(np.bool_, (n_q, n_k)))
    _, weights = scaled_dot_product_attention(q, k, np.ones((n_k, 2)), mask=allowed)
    assert np.all(weights[~allowed] == 0.0)


@st.composite
def configs(draw) -> AttentionConfig:
    num_heads = draw(st.integers(1, 4))
    if draw(st.booleans()):
        d_model, d_k, d_v = num_heads * draw(st.integers(1, 4)), None, None
    else:
        d_model, d_k, d_v = draw(st.integers(1, 8)), draw(st.integers(1, 5)), draw(st.integers(1, 5))
    tokens = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(tuple)
    return AttentionConfig(
        tokens=draw(tokens),
        kv_tokens=draw(st.none() | tokens),
        d_model=d_model,
        num_heads=num_heads,
        d_k=d_k,
        d_v=d_v,
        seed=draw(st.integers(0, 2**32 - 1)),
        mask=draw(st.sampled_from(("none", "causal"))),
        positional_encoding=draw(st.booleans()),
        scale=draw(st.booleans()),
    )


@SETTINGS
@given(configs())
def test_every_trace_shape_follows_the_curriculum(config):
    trace = compute_trace(config)
    n_q = len(config.tokens)
    n_kv = len(config.kv_tokens) if config.kv_tokens is not None else n_q
    h, d = config.num_heads, config.d_model
    d_k = config.d_k if config.d_k is not None else d // h
    d_v = config.d_v if config.d_v is not None else d // h
    expected = {
        "x": (n_q, d),
        "pe": (n_q, d),
        "x_in": (n_q, d),
        "w_q": (d, h * d_k),
        "w_k": (d, h * d_k),
        "w_v": (d, h * d_v),
        "w_o": (h * d_v, d),
        "concat": (n_q, h * d_v),
        "output": (n_q, d),
    }
    if config.kv_tokens is not None:
        expected |= {"x_kv": (n_kv, d), "pe_kv": (n_kv, d), "x_kv_in": (n_kv, d)}
    per_head = {
        "q": (n_q, d_k),
        "k": (n_kv, d_k),
        "k_t": (d_k, n_kv),
        "v": (n_kv, d_v),
        "scores": (n_q, n_kv),
        "scaled": (n_q, n_kv),
        "masked": (n_q, n_kv),
        "weights": (n_q, n_kv),
        "head_output": (n_q, d_v),
    }
    for name, shape in expected.items():
        assert trace.get(name).array.shape == shape, name
    for head in range(h):
        for name, shape in per_head.items():
            assert trace.get(name, head).array.shape == shape, (name, head)


@SETTINGS
@given(configs())
def test_concat_splits_back_into_the_head_outputs(config):
    trace = compute_trace(config)
    blocks = np.split(trace.get("concat").array, config.num_heads, axis=1)
    for head, block in enumerate(blocks):
        np.testing.assert_array_equal(block, trace.get("head_output", head).array)


@SETTINGS
@given(configs())
def test_scaling_divides_by_root_d_k_only_when_on(config):
    trace = compute_trace(config)
    d_k = trace.get("q", 0).array.shape[1]
    for head in range(config.num_heads):
        scores, scaled = trace.get("scores", head).array, trace.get("scaled", head).array
        if config.scale:
            np.testing.assert_allclose(scaled, scores / math.sqrt(d_k), rtol=1e-15, atol=0)
        else:
            np.testing.assert_array_equal(scaled, scores)


@SETTINGS
@given(configs())
def test_mask_controls_which_weights_are_zero(config):
    trace = compute_trace(config)
    for head in range(config.num_heads):
        weights = trace.get("weights", head).array
        n_q, n_kv = weights.shape
        above = np.array([[j > i for j in range(n_kv)] for i in range(n_q)])
        if config.mask == "causal":
            assert np.all(weights[above] == 0.0)
            assert np.all(trace.get("masked", head).array[above] == -np.inf)
        else:
            np.testing.assert_array_equal(trace.get("masked", head).array, trace.get("scaled", head).array)
        np.testing.assert_allclose(weights.sum(axis=1), 1.0, atol=1e-12, rtol=0)


@SETTINGS
@given(configs())
def test_positional_encoding_is_added_only_when_on(config):
    trace = compute_trace(config)
    sides = [("x", "pe", "x_in")]
    if config.kv_tokens is not None:
        sides.append(("x_kv", "pe_kv", "x_kv_in"))
    for x_name, pe_name, in_name in sides:
        x, pe, x_in = (trace.get(name).array for name in (x_name, pe_name, in_name))
        if config.positional_encoding:
            np.testing.assert_array_equal(x_in, x + pe)
        else:
            np.testing.assert_array_equal(x_in, x)
        # The encoding itself is shown either way, and its first row is sin 0, cos 0, ...
        np.testing.assert_array_equal(pe[0], [float(c % 2) for c in range(config.d_model)])
