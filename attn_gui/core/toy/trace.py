"""The toy lesson's trace: seeded random (or one-hot, or typed) inputs and weights, every stage."""

import numpy as np
from numpy.typing import NDArray

from attn_gui.core.attention import multi_head_attention
from attn_gui.core.masks import causal_mask
from attn_gui.core.positional import positional_encoding
from attn_gui.core.toy.config import AttentionConfig, Values
from attn_gui.core.toy.inputs import one_hot_embeddings, projection_weights, random_embeddings
from attn_gui.core.toy.stages import toy_stages
from attn_gui.core.trace import AttentionTrace, TraceMatrix

KV_INPUTS = ("x_kv", "pe_kv", "x_kv_in")


def _features(count: int) -> tuple[str, ...]:
    return tuple(str(i) for i in range(1, count + 1))


def _side_input(
    tokens: tuple[str, ...], values: Values | None, config: AttentionConfig, edits: str
) -> NDArray[np.float64]:
    if config.embedding == "supplied":
        x = np.array(values, dtype=np.float64)
    elif config.embedding == "one-hot":
        x = one_hot_embeddings(tokens, config.vocabulary, config.d_model)
    else:
        x = random_embeddings(tokens, config.d_model, config.seed)
    for edit in config.edits:
        if edit.matrix == edits:
            x[edit.row, edit.col] = edit.value
    return x


def compute_trace(config: AttentionConfig) -> AttentionTrace:
    """Compute every stage for ``config``; the same config gives a bit-identical trace."""
    dims = config.dims
    n = ("n_q", "n_kv") if config.cross else ("n", "n")
    q_tokens, kv_tokens = config.tokens, config.kv_tokens or config.tokens
    x = _side_input(q_tokens, config.embedding_values, config, "x")
    pe = positional_encoding(dims.n_q, dims.d_model)
    x_in = x + pe if config.positional_encoding else x
    weights = projection_weights(dims, config.seed)
    for edit in config.edits:
        if edit.matrix in weights:
            weights[edit.matrix][edit.row, edit.col] = edit.value
    d_model, d_k, d_v = _features(dims.d_model), _features(dims.d_k), _features(dims.d_v)
    matrices = [
        TraceMatrix("x", None, x, q_tokens, d_model, (n[0], "d_model")),
        TraceMatrix("pe", None, pe, q_tokens, d_model, (n[0], "d_model")),
        TraceMatrix("x_in", None, x_in, q_tokens, d_model, (n[0], "d_model")),
    ]
    x_kv_in = x_in
    if config.cross:
        x_kv = _side_input(kv_tokens, config.kv_embedding_values, config, "x_kv")
        pe_kv = positional_encoding(dims.n_kv, dims.d_model)
        x_kv_in = x_kv + pe_kv if config.positional_encoding else x_kv
        for name, array in zip(KV_INPUTS, (x_kv, pe_kv, x_kv_in), strict=True):
            matrices.append(TraceMatrix(name, None, array, kv_tokens, d_model, (n[1], "d_model")))
    hk, hv = _features(dims.num_heads * dims.d_k), _features(dims.num_heads * dims.d_v)
    matrices += [
        TraceMatrix("w_q", None, weights["w_q"], d_model, hk, ("d_model", "h·d_k")),
        TraceMatrix("w_k", None, weights["w_k"], d_model, hk, ("d_model", "h·d_k")),
        TraceMatrix("w_v", None, weights["w_v"], d_model, hv, ("d_model", "h·d_v")),
        TraceMatrix("w_o", None, weights["w_o"], hv, d_model, ("h·d_v", "d_model")),
    ]
    mha = multi_head_attention(
        x_in,
        x_kv_in,
        weights["w_q"],
        weights["w_k"],
        weights["w_v"],
        weights["w_o"],
        dims.num_heads,
        mask=causal_mask(dims.n_q, dims.n_kv) if config.mask == "causal" else None,
        scale=None if config.scale else 1.0,
    )
    for h, head in enumerate(mha.heads):
        matrices += [
            TraceMatrix("q", h, head.q, q_tokens, d_k, (n[0], "d_k")),
            TraceMatrix("k", h, head.k, kv_tokens, d_k, (n[1], "d_k")),
            TraceMatrix("k_t", h, head.k.T, d_k, kv_tokens, ("d_k", n[1])),
            TraceMatrix("v", h, head.v, kv_tokens, d_v, (n[1], "d_v")),
            TraceMatrix("scores", h, head.scores, q_tokens, kv_tokens, n),
            TraceMatrix("scaled", h, head.scaled, q_tokens, kv_tokens, n),
            TraceMatrix("masked", h, head.masked, q_tokens, kv_tokens, n),
            TraceMatrix("weights", h, head.weights, q_tokens, kv_tokens, n),
            TraceMatrix("head_output", h, head.output, q_tokens, d_v, (n[0], "d_v")),
        ]
    matrices += [
        TraceMatrix("concat", None, mha.concat, q_tokens, hv, (n[0], "h·d_v")),
        TraceMatrix("output", None, mha.output, q_tokens, d_model, (n[0], "d_model")),
    ]
    for matrix in matrices:
        matrix.array.flags.writeable = False
    return AttentionTrace(
        tuple(matrices),
        toy_stages(config),
        dims,
        q_tokens,
        kv_tokens,
        cross=config.cross,
        mask=config.mask,
        scale=config.scale,
        positional_encoding=config.positional_encoding,
        head_blocks=frozenset({"w_q", "w_k", "w_v"}),
        source=config,
    )
