"""The core's attention agrees with PyTorch in float64, the independent reference for every number shown."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F  # noqa: N812 (PyTorch's own convention)

from attn_gui.core import (
    AttentionConfig,
    causal_mask,
    compute_trace,
    multi_head_attention,
    scaled_dot_product_attention,
)

ATOL = 1e-9
HEAD_FIELDS = ("q", "k", "v", "scores", "scaled", "masked", "weights", "output")


def tt(a) -> torch.Tensor:
    """A float64 tensor holding a copy of ``a`` (so read-only trace arrays are fine)."""
    return torch.tensor(np.array(a, dtype=np.float64))


def close(actual, expected) -> None:
    if isinstance(expected, torch.Tensor):
        expected = expected.detach().numpy()
    np.testing.assert_allclose(actual, expected, atol=ATOL, rtol=0)


def rng_matrix(rng: np.random.Generator, *shape: int) -> np.ndarray:
    return rng.standard_normal(shape)


def torch_weights(q, k, allowed, scale) -> torch.Tensor:
    """softmax(Q Kᵀ · scale) written out in torch, with disallowed positions at -inf."""
    scaled = tt(q) @ tt(k).transpose(-1, -2) * scale
    if allowed is not None:
        scaled = scaled.masked_fill(~torch.tensor(allowed), -math.inf)
    return torch.softmax(scaled, dim=-1)


def random_allowed(rng: np.random.Generator, n_q: int, n_k: int) -> np.ndarray:
    """A random boolean mask in which every query may still see at least one key."""
    allowed = rng.random((n_q, n_k)) < 0.5
    allowed[np.arange(n_q), rng.integers(0, n_k, n_q)] = True
    return allowed


# --- scaled dot-product attention -------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_q", "n_k", "d_k", "d_v"),
    [(4, 4, 3, 3), (3, 5, 4, 2), (6, 2, 2, 5), (1, 1, 1, 1)],
    ids=["square", "wide", "tall", "single"],
)
def test_sdpa_unmasked_matches_torch(n_q, n_k, d_k, d_v):
    rng = np.random.default_rng(1)
    q, k, v = rng_matrix(rng, n_q, d_k), rng_matrix(rng, n_k, d_k), rng_matrix(rng, n_k, d_v)
    output, weights = scaled_dot_product_attention(q, k, v)
    close(output, F.scaled_dot_product_attention(tt(q), tt(k), tt(v)))
    close(weights, torch_weights(q, k, None, 1 / math.sqrt(d_k)))


@pytest.mark.parametrize(("n_q", "n_k"), [(5, 5), (3, 6), (6, 3)], ids=["square", "wide", "tall"])
def test_sdpa_causal_matches_torch_is_causal(n_q, n_k):
    rng = np.random.default_rng(2)
    q, k, v = rng_matrix(rng, n_q, 4), rng_matrix(rng, n_k, 4), rng_matrix(rng, n_k, 3)
    output, weights = scaled_dot_product_attention(q, k, v, mask=causal_mask(n_q, n_k))
    close(output, F.scaled_dot_product_attention(tt(q), tt(k), tt(v), is_causal=True))
    close(weights, torch_weights(q, k, causal_mask(n_q, n_k), 0.5))


def test_sdpa_causal_matches_torch_explicit_mask():
    rng = np.random.default_rng(3)
    q, k, v = rng_matrix(rng, 5, 4), rng_matrix(rng, 5, 4), rng_matrix(rng, 5, 4)
    allowed = np.tril(np.ones((5, 5), dtype=bool))
    output, weights = scaled_dot_product_attention(q, k, v, mask=allowed)
    expected = F.scaled_dot_product_attention(tt(q), tt(k), tt(v), attn_mask=torch.tensor(allowed))
    close(output, expected)
    close(weights, torch_weights(q, k, allowed, 0.5))


def test_sdpa_arbitrary_mask_on_rectangular_shapes_matches_torch():
    rng = np.random.default_rng(4)
    q, k, v = rng_matrix(rng, 4, 3), rng_matrix(rng, 7, 3), rng_matrix(rng, 7, 5)
    allowed = random_allowed(rng, 4, 7)
    output, weights = scaled_dot_product_attention(q, k, v, mask=allowed)
    expected = F.scaled_dot_product_attention(tt(q), tt(k), tt(v), attn_mask=torch.tensor(allowed))
    close(output, expected)
    close(weights, torch_weights(q, k, allowed, 1 / math.sqrt(3)))
    assert np.all(weights[~allowed] == 0.0)


def test_sdpa_fully_masked_query_gets_zero_output_like_torch():
    rng = np.random.default_rng(8)
    q, k, v = rng_matrix(rng, 3, 2), rng_matrix(rng, 4, 2), rng_matrix(rng, 4, 3)
    allowed = np.array([[True, False, True, False], [False] * 4, [True] * 4])
    output, weights = scaled_dot_product_attention(q, k, v, mask=allowed)
    expected = F.scaled_dot_product_attention(tt(q), tt(k), tt(v), attn_mask=torch.tensor(allowed))
    close(output, expected)
    assert output[1].tolist() == [0.0, 0.0, 0.0]
    assert weights[1].tolist() == [0.0, 0.0, 0.0, 0.0]


def test_sdpa_refuses_an_additive_float_mask_whose_meaning_is_reversed():
    """torch's float masks use 0 for allowed and -inf for blocked: cast to bool they would flip."""
    q = k = v = np.eye(2)
    with pytest.raises(TypeError, match="boolean"):
        scaled_dot_product_attention(q, k, v, mask=np.array([[0.0, -np.inf], [0.0, 0.0]]))


@pytest.mark.parametrize("scale", [0.37, 2.5, 1.0], ids=["small", "large", "none"])
def test_sdpa_custom_scale_matches_torch(scale):
    rng = np.random.default_rng(5)
    q, k, v = rng_matrix(rng, 3, 4), rng_matrix(rng, 5, 4), rng_matrix(rng, 5, 2)
    output, weights = scaled_dot_product_attention(q, k, v, scale=scale)
    close(output, F.scaled_dot_product_attention(tt(q), tt(k), tt(v), scale=scale))
    close(weights, torch_weights(q, k, None, scale))


def test_sdpa_scale_one_is_plain_softmax_of_scores():
    rng = np.random.default_rng(6)
    q, k, v = 3 * rng_matrix(rng, 4, 9), rng_matrix(rng, 4, 9), rng_matrix(rng, 4, 2)
    output, weights = scaled_dot_product_attention(q, k, v, scale=1.0)
    plain = torch.softmax(tt(q) @ tt(k).T, dim=-1)
    close(weights, plain)
    close(output, plain @ tt(v))
    # And it really differs from the default 1/√d_k, so the switch is not a no-op.
    _, default_weights = scaled_dot_product_attention(q, k, v)
    assert not np.allclose(weights, default_weights, atol=1e-3)


def test_sdpa_batched_heads_match_torch():
    rng = np.random.default_rng(7)
    q, k, v = rng_matrix(rng, 3, 4, 2), rng_matrix(rng, 3, 5, 2), rng_matrix(rng, 3, 5, 3)
    output, weights = scaled_dot_product_attention(q, k, v, mask=causal_mask(4, 5))
    close(output, F.scaled_dot_product_attention(tt(q), tt(k), tt(v), is_causal=True))
    close(weights, torch_weights(q, k, causal_mask(4, 5), 1 / math.sqrt(2)))


# --- multi-head attention ---------------------------------------------------------------------


def torch_module(w_q, w_k, w_v, w_o, num_heads: int) -> torch.nn.MultiheadAttention:
    """nn.MultiheadAttention holding our row-vector weights (torch computes x @ W.T)."""
    d_model = w_q.shape[0]
    module = torch.nn.MultiheadAttention(
        d_model, num_heads, bias=False, batch_first=True, dtype=torch.float64
    )
    with torch.no_grad():
        module.in_proj_weight.copy_(tt(np.concatenate([w_q.T, w_k.T, w_v.T])))
        module.out_proj.weight.copy_(tt(w_o.T))
    return module.eval()


def torch_heads(x_q, x_kv, w_q, w_k, w_v, w_o, num_heads: int, allowed, scale) -> dict[str, torch.Tensor]:
    """Every per-head stage in torch, heads split the way nn.MultiheadAttention splits them.

    Works for any d_k and d_v; ``scale=None`` means 1/√d_k. Stacked on a leading head axis.
    """
    x_q, x_kv = tt(x_q), tt(x_kv)
    n_q, n_kv = x_q.shape[0], x_kv.shape[0]
    d_k, d_v = w_q.shape[1] // num_heads, w_v.shape[1] // num_heads
    # Weights in torch's (out, in) layout, applied as x @ W.T like nn.Linear.
    q = (x_q @ tt(w_q.T).T).view(n_q, num_heads, d_k).transpose(0, 1)
    k = (x_kv @ tt(w_k.T).T).view(n_kv, num_heads, d_k).transpose(0, 1)
    v = (x_kv @ tt(w_v.T).T).view(n_kv, num_heads, d_v).transpose(0, 1)
    scores = q @ k.transpose(-1, -2)
    scaled = scores / math.sqrt(d_k) if scale is None else scores * scale
    masked = scaled if allowed is None else scaled.masked_fill(~torch.tensor(allowed), -math.inf)
    weights = torch.softmax(masked, dim=-1)
    output = weights @ v
    concat = output.transpose(0, 1).reshape(n_q, num_heads * d_v)
    final = concat @ tt(w_o.T).T
    return {
        "q": q,
        "k": k,
        "v": v,
        "scores": scores,
        "scaled": scaled,
        "masked": masked,
        "weights": weights,
        "output": output,
        "concat": concat,
        "final": final,
    }


MHA_CASES = {
    "self": dict(n_q=5, n_kv=None, d_model=6, num_heads=2, causal=False),
    "self-3-heads": dict(n_q=4, n_kv=None, d_model=6, num_heads=3, causal=False),
    "causal": dict(n_q=5, n_kv=None, d_model=8, num_heads=4, causal=True),
    "cross": dict(n_q=3, n_kv=6, d_model=6, num_heads=2, causal=False),
    "cross-causal": dict(n_q=4, n_kv=6, d_model=4, num_heads=2, causal=True),
}


def mha_inputs(n_q, n_kv, d_model, num_heads, seed=11):
    rng = np.random.default_rng(seed)
    x_q = rng_matrix(rng, n_q, d_model)
    x_kv = x_q if n_kv is None else rng_matrix(rng, n_kv, d_model)
    weights = [rng_matrix(rng, d_model, d_model) / math.sqrt(d_model) for _ in range(4)]
    return x_q, x_kv, *weights


@pytest.mark.parametrize("case", MHA_CASES.values(), ids=MHA_CASES.keys())
def test_mha_matches_torch_module(case):
    x_q, x_kv, w_q, w_k, w_v, w_o = mha_inputs(case["n_q"], case["n_kv"], case["d_model"], case["num_heads"])
    n_kv = x_kv.shape[0]
    allowed = causal_mask(case["n_q"], n_kv) if case["causal"] else None
    ours = multi_head_attention(x_q, x_kv, w_q, w_k, w_v, w_o, case["num_heads"], mask=allowed)
    assert ours.weights.shape == (case["num_heads"], case["n_q"], n_kv)

    module = torch_module(w_q, w_k, w_v, w_o, case["num_heads"])
    # A causal mask is checked both as a plain mask and with torch's is_causal hint beside it.
    for is_causal in [False, True] if case["causal"] else [False]:
        with torch.no_grad():
            output, weights = module(
                tt(x_q)[None],
                tt(x_kv)[None],
                tt(x_kv)[None],
                need_weights=True,
                average_attn_weights=False,
                attn_mask=None if allowed is None else ~torch.tensor(allowed),  # torch: True = blocked
                is_causal=is_causal,
            )
        close(ours.output, output[0])
        close(ours.weights, weights[0])


@pytest.mark.parametrize("case", MHA_CASES.values(), ids=MHA_CASES.keys())
def test_mha_concat_and_heads_match_torch_per_head(case):
    x_q, x_kv, w_q, w_k, w_v, w_o = mha_inputs(case["n_q"], case["n_kv"], case["d_model"], case["num_heads"])
    h = case["num_heads"]
    allowed = causal_mask(case["n_q"], x_kv.shape[0]) if case["causal"] else None
    ours = multi_head_attention(x_q, x_kv, w_q, w_k, w_v, w_o, h, mask=allowed)
    ref = torch_heads(x_q, x_kv, w_q, w_k, w_v, w_o, h, allowed, None)

    # The per-head reconstruction really is what nn.MultiheadAttention computes.
    with torch.no_grad():
        module_output, _ = torch_module(w_q, w_k, w_v, w_o, h)(
            tt(x_q)[None],
            tt(x_kv)[None],
            tt(x_kv)[None],
            attn_mask=None if allowed is None else ~torch.tensor(allowed),
        )
    close(ref["final"], module_output[0])

    close(ours.concat, ref["concat"])
    close(ours.output, ref["final"])
    assert len(ours.heads) == h
    for i, head in enumerate(ours.heads):
        for name in HEAD_FIELDS:
            close(getattr(head, name), ref[name][i])


def test_mha_with_separate_head_sizes_matches_torch_per_head():
    # d_k != d_v != d_model / h: beyond nn.MultiheadAttention, so only the per-head reference.
    rng = np.random.default_rng(12)
    d_model, h, d_k, d_v = 4, 3, 2, 5
    x_q, x_kv = rng_matrix(rng, 3, d_model), rng_matrix(rng, 5, d_model)
    w_q, w_k = rng_matrix(rng, d_model, h * d_k), rng_matrix(rng, d_model, h * d_k)
    w_v, w_o = rng_matrix(rng, d_model, h * d_v), rng_matrix(rng, h * d_v, d_model)
    allowed = causal_mask(3, 5)
    ours = multi_head_attention(x_q, x_kv, w_q, w_k, w_v, w_o, h, mask=allowed, scale=0.8)
    ref = torch_heads(x_q, x_kv, w_q, w_k, w_v, w_o, h, allowed, 0.8)
    close(ours.concat, ref["concat"])
    close(ours.output, ref["final"])
    for i, head in enumerate(ours.heads):
        for name in HEAD_FIELDS:
            close(getattr(head, name), ref[name][i])


# --- the whole trace --------------------------------------------------------------------------

TRACE_CONFIGS = {
    "self": AttentionConfig(tokens=("the", "cat", "sat", "on", "the", "mat"), d_model=6, num_heads=2),
    "causal": AttentionConfig(
        tokens=("I", "love", "learning", "maths"), d_model=8, num_heads=4, mask="causal"
    ),
    "no-scale-no-pe": AttentionConfig(
        tokens=("a", "b", "c"), d_model=4, num_heads=1, scale=False, positional_encoding=False, seed=7
    ),
    "cross": AttentionConfig(
        tokens=("I", "love", "cats"), kv_tokens=("我", "爱", "猫", "咪", "。"), d_model=8, num_heads=2, seed=3
    ),
    "cross-causal": AttentionConfig(
        tokens=("x", "y", "z", "w", "v"), kv_tokens=("p", "q"), d_model=6, num_heads=3, mask="causal"
    ),
    "explicit-dk-dv": AttentionConfig(
        tokens=("one", "two", "three"), d_model=5, num_heads=2, d_k=3, d_v=4, mask="causal", seed=9
    ),
    "one-hot": AttentionConfig(tokens=("to", "be", "or", "not", "to", "be"), d_model=4, embedding="one-hot"),
}


@pytest.mark.parametrize("config", TRACE_CONFIGS.values(), ids=TRACE_CONFIGS.keys())
def test_trace_matches_torch_pipeline(config):
    trace = compute_trace(config)
    dims = config.dims
    x_in = trace.get("x_in").array
    x_kv_in = trace.get("x_kv_in").array if config.cross else x_in
    w = {name: trace.get(name).array for name in ("w_q", "w_k", "w_v", "w_o")}
    allowed = None
    if config.mask == "causal":
        allowed = np.array([[j <= i for j in range(dims.n_kv)] for i in range(dims.n_q)])
    scale = None if config.scale else 1.0
    ref = torch_heads(x_in, x_kv_in, w["w_q"], w["w_k"], w["w_v"], w["w_o"], dims.num_heads, allowed, scale)

    trace_names = {"head_output": "output", "k_t": "k"}
    for h in range(dims.num_heads):
        for name in ("q", "k", "k_t", "v", "scores", "scaled", "masked", "weights", "head_output"):
            expected = ref[trace_names.get(name, name)][h]
            if name == "k_t":
                expected = expected.T
            close(trace.get(name, h).array, expected)
    close(trace.get("concat").array, ref["concat"])
    close(trace.get("output").array, ref["final"])

    if config.scale and dims.d_k == dims.d_v == dims.d_model // dims.num_heads:
        module = torch_module(w["w_q"], w["w_k"], w["w_v"], w["w_o"], dims.num_heads)
        with torch.no_grad():
            output, weights = module(
                tt(x_in)[None],
                tt(x_kv_in)[None],
                tt(x_kv_in)[None],
                average_attn_weights=False,
                attn_mask=None if allowed is None else ~torch.tensor(allowed),
            )
        close(trace.get("output").array, output[0])
        close(trace.stacked("weights"), weights[0])
