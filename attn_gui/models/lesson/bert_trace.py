"""One layer of a BERT encoder as a trace: every intermediate of layer_detail, labelled, with the
layer's stages, so that the toy's views, animations and exports show a real model unchanged.

Per-head matrices are each head's block of 32 columns (the toy's layout): ``q`` stacked is
(12, n, 32). The weights are shown in the row-vector orientation of the products: ``w_q_t`` is
W_Qᵀ, (384, 384), whose head blocks are the heads' projections; a bias is one row, (1, 384).
"""

import numpy as np
from numpy.typing import NDArray

from attn_gui.core import AttentionTrace, Dims, TraceMatrix
from attn_gui.models.bert import BertModel, WordPieces, layer_detail
from attn_gui.models.lesson.bert_stages import bert_layer_stages
from attn_gui.models.lesson.source import ModelLesson

HEAD_BLOCKS = frozenset({"w_q_t", "w_k_t", "w_v_t", "b_q", "b_k", "b_v"})
PER_HEAD_SIDES = ("q", "k", "v")


def _numbered(count: int) -> tuple[str, ...]:
    return tuple(str(i) for i in range(1, count + 1))


def layer_trace(
    lesson: ModelLesson, model: BertModel, pieces: WordPieces, hidden_in: NDArray[np.float64]
) -> AttentionTrace:
    """Layer ``lesson.layer`` (from 1) of ``model`` on ``pieces``, whose input is ``hidden_in``."""
    detail = layer_detail(model, hidden_in, lesson.layer - 1)
    w, config = detail.parameters, model.config
    heads, d_k, n = config.num_heads, config.d_k, len(pieces.pieces)
    tokens = pieces.pieces
    features, wide = _numbered(config.d_model), _numbered(config.d_ff)

    def rows(name: str, array: NDArray[np.float64], columns: tuple[str, ...], symbol: str) -> TraceMatrix:
        return TraceMatrix(name, None, array, tokens, columns, ("n", symbol))

    def weight(name: str, array: NDArray[np.float64], symbols: tuple[str, str]) -> TraceMatrix:
        shape = array.shape
        return TraceMatrix(name, None, array, _numbered(shape[0]), _numbered(shape[1]), symbols)

    def bias(name: str, array: NDArray[np.float64], symbol: str) -> TraceMatrix:
        return TraceMatrix(name, None, array.reshape(1, -1), ("1",), _numbered(array.shape[0]), ("1", symbol))

    def statistic(name: str, array: NDArray[np.float64], symbol: str) -> TraceMatrix:
        return TraceMatrix(name, None, array.reshape(-1, 1), tokens, (symbol,), ("n", "1"))

    matrices = [rows("x_in", detail.x_in, features, "d_model")]
    for side in PER_HEAD_SIDES:
        matrices += [
            weight(f"w_{side}_t", getattr(w, f"w_{side}_t"), ("d_model", "h·d_k")),
            bias(f"b_{side}", getattr(w, f"b_{side}"), "h·d_k"),
        ]
    by_head = [
        ("q_product", "d_k"),
        ("q", "d_k"),
        ("k_product", "d_k"),
        ("k", "d_k"),
        ("v_product", "d_v"),
        ("v", "d_v"),
    ]
    block_columns = _numbered(d_k)
    for h in range(heads):
        block = slice(h * d_k, (h + 1) * d_k)
        for name, symbol in by_head:
            array = getattr(detail, name)[:, block]
            matrices.append(TraceMatrix(name, h, array, tokens, block_columns, ("n", symbol)))
        k = detail.k[:, block]
        matrices += [
            TraceMatrix("k_t", h, k.T, block_columns, tokens, ("d_k", "n")),
            TraceMatrix("scores", h, detail.scores[h], tokens, tokens, ("n", "n")),
            TraceMatrix("scaled", h, detail.scaled[h], tokens, tokens, ("n", "n")),
            # No mask in an encoder: the masked scores are the scaled ones (as the toy's without a mask).
            TraceMatrix("masked", h, detail.scaled[h], tokens, tokens, ("n", "n")),
            TraceMatrix("weights", h, detail.weights[h], tokens, tokens, ("n", "n")),
            TraceMatrix("head_output", h, detail.head_output[h], tokens, block_columns, ("n", "d_v")),
        ]
    matrices += [
        rows("concat", detail.concat, features, "h·d_v"),
        weight("w_o_t", w.w_o_t, ("h·d_v", "d_model")),
        rows("attn_product", detail.attn_product, features, "d_model"),
        bias("b_o", w.b_o, "d_model"),
        rows("output", detail.output, features, "d_model"),
        rows("residual", detail.residual, features, "d_model"),
        bias("attn_norm_gamma", w.attn_norm_gamma, "d_model"),
        bias("attn_norm_beta", w.attn_norm_beta, "d_model"),
        rows("attn_norm", detail.attn_norm, features, "d_model"),
        statistic("attn_norm_mean", detail.attn_norm_mean, "μ"),
        statistic("attn_norm_var", detail.attn_norm_var, "σ²"),
        weight("w_1_t", w.w_1_t, ("d_model", "d_ff")),
        rows("ffn_product", detail.ffn_product, wide, "d_ff"),
        bias("b_1", w.b_1, "d_ff"),
        rows("ffn_hidden", detail.ffn_hidden, wide, "d_ff"),
        rows("gelu", detail.gelu, wide, "d_ff"),
        weight("w_2_t", w.w_2_t, ("d_ff", "d_model")),
        rows("ffn_out_product", detail.ffn_out_product, features, "d_model"),
        bias("b_2", w.b_2, "d_model"),
        rows("ffn_output", detail.ffn_output, features, "d_model"),
        rows("ffn_residual", detail.ffn_residual, features, "d_model"),
        bias("output_norm_gamma", w.output_norm_gamma, "d_model"),
        bias("output_norm_beta", w.output_norm_beta, "d_model"),
        rows("layer_output", detail.layer_output, features, "d_model"),
        statistic("layer_output_mean", detail.layer_output_mean, "μ"),
        statistic("layer_output_var", detail.layer_output_var, "σ²"),
    ]
    return AttentionTrace(
        tuple(matrices),
        bert_layer_stages(),
        Dims(n, n, config.d_model, heads, d_k, d_k),
        tokens,
        tokens,
        positional_encoding=False,  # learned positions are part of layer 1's input, not a stage
        head_blocks=HEAD_BLOCKS,
        layer_norm_eps=config.layer_norm_eps,
        source=lesson,
    )
