"""One layer, or the embeddings, recomputed with every intermediate named, for teaching.

encode gives each layer's input (``hidden_states[layer]``); layer_detail takes it and spells the
layer out the way the lesson writes it, in the row-vector convention: Q = X·W_Qᵀ + b_Q, the product
and the bias apart, heads as consecutive blocks of d_k columns, the scores before and after ÷√d_k,
both residuals and both LayerNorms with the mean and variance they used. ``operands`` names what each
stage is computed from, the weights included, so a view can show them beside the result.
"""

from dataclasses import dataclass, fields

import numpy as np
from numpy.typing import NDArray

from attn_gui.core.softmax import softmax
from attn_gui.models.bert.activation import gelu
from attn_gui.models.bert.embeddings import embedding_rows
from attn_gui.models.bert.layer_norm import layer_norm
from attn_gui.models.bert.model import BertModel
from attn_gui.models.bert.tokenizer import WordPieces
from attn_gui.models.bert.weights import EmbeddingWeights, LayerWeights

Array = NDArray[np.float64]

# Each stage of a layer and what it is computed from, in order: fields of LayerDetail, or of its
# LayerWeights (``parameters``). Products first take the left operand, then the right one.
STAGE_OPERANDS: dict[str, tuple[str, ...]] = {
    "q_product": ("x_in", "w_q_t"),
    "k_product": ("x_in", "w_k_t"),
    "v_product": ("x_in", "w_v_t"),
    "q": ("q_product", "b_q"),
    "k": ("k_product", "b_k"),
    "v": ("v_product", "b_v"),
    "scores": ("q", "k_t"),  # per head: Q_h·K_hᵀ
    "scaled": ("scores",),
    "weights": ("scaled",),
    "head_output": ("weights", "v"),  # per head: weights_h·V_h
    "concat": ("head_output",),
    "attn_product": ("concat", "w_o_t"),
    "output": ("attn_product", "b_o"),
    "residual": ("output", "x_in"),
    "attn_norm": ("residual", "attn_norm_gamma", "attn_norm_beta"),
    "ffn_product": ("attn_norm", "w_1_t"),
    "ffn_hidden": ("ffn_product", "b_1"),
    "gelu": ("ffn_hidden",),
    "ffn_out_product": ("gelu", "w_2_t"),
    "ffn_output": ("ffn_out_product", "b_2"),
    "ffn_residual": ("ffn_output", "attn_norm"),
    "layer_output": ("ffn_residual", "output_norm_gamma", "output_norm_beta"),
}
PER_HEAD = ("scores", "scaled", "weights", "head_output")


@dataclass(frozen=True)
class LayerDetail:
    """Every intermediate of one layer; n pieces, d = d_model, H heads, d_k = d/H, d_ff."""

    layer: int
    parameters: LayerWeights
    x_in: Array  # (n, d): the layer's input (the previous layer's output, or the embeddings)
    q_product: Array  # (n, d) = X·W_Qᵀ, before the bias
    k_product: Array
    v_product: Array
    q: Array  # (n, d) = q_product + b_Q; head h is columns h·d_k .. (h+1)·d_k
    k: Array
    v: Array
    scores: Array  # (H, n, n) = Q_h·K_hᵀ
    scaled: Array  # (H, n, n) = scores / √d_k
    weights: Array  # (H, n, n) = softmax of each row of scaled
    head_output: Array  # (H, n, d_k) = weights_h·V_h
    concat: Array  # (n, d): the heads side by side
    attn_product: Array  # (n, d) = concat·W_Oᵀ
    output: Array  # (n, d) = attn_product + b_O: the attention sublayer's output, before the residual
    residual: Array  # (n, d) = output + x_in
    attn_norm: Array  # (n, d) = LayerNorm(residual)
    attn_norm_mean: Array  # (n,): each row's mean and (biased) variance in that LayerNorm
    attn_norm_var: Array
    ffn_product: Array  # (n, d_ff) = attn_norm·W_1ᵀ
    ffn_hidden: Array  # (n, d_ff) = ffn_product + b_1
    gelu: Array  # (n, d_ff) = ffn_hidden·Φ(ffn_hidden)
    ffn_out_product: Array  # (n, d) = gelu·W_2ᵀ
    ffn_output: Array  # (n, d) = ffn_out_product + b_2
    ffn_residual: Array  # (n, d) = ffn_output + attn_norm
    layer_output: Array  # (n, d) = LayerNorm(ffn_residual): the next layer's x_in
    layer_output_mean: Array  # (n,)
    layer_output_var: Array

    @property
    def num_heads(self) -> int:
        return self.scores.shape[0]

    @property
    def d_k(self) -> int:
        return self.head_output.shape[-1]

    def head_block(self, name: str, head: int) -> Array:
        """Head ``head``'s columns of q, k, v (or of their products, or of W_Qᵀ, W_Kᵀ, W_Vᵀ, b_*)."""
        array = self._array(name)
        return array[..., head * self.d_k : (head + 1) * self.d_k]

    def operands(self, stage: str, head: int | None = None) -> tuple[Array, ...]:
        """What ``stage`` is computed from (STAGE_OPERANDS); for a per-head stage, one head's share,
        with K_hᵀ for the scores. ``head`` is needed exactly for the stages in PER_HEAD."""
        if (head is None) == (stage in PER_HEAD):
            raise ValueError(f"{stage!r} is {'per head: give a head' if head is None else 'not per head'}")
        if head is None:
            return tuple(self._array(name) for name in STAGE_OPERANDS[stage])
        if stage == "scores":
            return self.head_block("q", head), self.head_block("k", head).T
        if stage == "head_output":
            return self.weights[head], self.head_block("v", head)
        return (self._array(STAGE_OPERANDS[stage][0])[head],)

    def _array(self, name: str) -> Array:
        if name in _FIELDS:
            return getattr(self, name)
        return getattr(self.parameters, name)


_FIELDS = frozenset(f.name for f in fields(LayerDetail)) - {"layer", "parameters"}


@dataclass(frozen=True)
class EmbeddingDetail:
    """Layer 1's input built up: three table rows per piece, their sum, then LayerNorm."""

    pieces: WordPieces
    parameters: EmbeddingWeights
    word: Array  # (n, d): each piece's row of the word-piece table
    position: Array  # (n, d): row i of the learned position table
    token_type: Array  # (n, d): the sentence's row of the token-type table
    summed: Array  # (n, d) = word + token_type + position
    output: Array  # (n, d) = LayerNorm(summed) = encode's hidden_states[0]
    mean: Array  # (n,)
    var: Array


def _frozen(detail: object) -> None:
    for field in fields(detail):
        value = getattr(detail, field.name)
        if isinstance(value, np.ndarray):
            value.flags.writeable = False


def embedding_detail(model: BertModel, pieces: WordPieces) -> EmbeddingDetail:
    """The embeddings of ``pieces`` stage by stage."""
    word, position, token_type = embedding_rows(model.weights, pieces)
    summed = word + token_type + position  # transformers' order, as encode adds them
    tables = model.weights.embeddings
    output, mean, var = layer_norm(summed, tables.norm_gamma, tables.norm_beta, model.config.layer_norm_eps)
    detail = EmbeddingDetail(pieces, tables, word, position, token_type, summed, output, mean, var)
    _frozen(detail)
    return detail


def layer_detail(model: BertModel, hidden_in: Array, layer: int) -> LayerDetail:
    """Layer ``layer`` (from 0) of ``model`` on its input ``hidden_in`` (n, d_model), every step kept."""
    config = model.config
    if not 0 <= layer < config.num_layers:
        raise IndexError(f"layer {layer} is not among the model's {config.num_layers} layers")
    w = model.weights.layers[layer]
    x = np.array(hidden_in, dtype=np.float64)  # a copy: the detail must not share a caller's buffer
    if x.ndim != 2 or x.shape[1] != config.d_model:
        raise ValueError(f"a layer's input is (n, {config.d_model}), not {x.shape}")
    n, heads, d_k = x.shape[0], config.num_heads, config.d_k
    eps = config.layer_norm_eps

    q_product, k_product, v_product = x @ w.w_q_t, x @ w.w_k_t, x @ w.w_v_t
    q, k, v = q_product + w.b_q, k_product + w.b_k, v_product + w.b_v

    def by_head(a: Array) -> Array:  # (n, d) -> (H, n, d_k): head h is columns h·d_k .. (h+1)·d_k
        return a.reshape(n, heads, d_k).transpose(1, 0, 2)

    scores = by_head(q) @ by_head(k).transpose(0, 2, 1)
    scaled = scores / np.sqrt(d_k)
    weights = softmax(scaled)
    head_output = weights @ by_head(v)
    concat = head_output.transpose(1, 0, 2).reshape(n, config.d_model)
    attn_product = concat @ w.w_o_t
    output = attn_product + w.b_o
    residual = output + x
    attn_norm, attn_norm_mean, attn_norm_var = layer_norm(residual, w.attn_norm_gamma, w.attn_norm_beta, eps)
    ffn_product = attn_norm @ w.w_1_t
    ffn_hidden = ffn_product + w.b_1
    activated = gelu(ffn_hidden)
    ffn_out_product = activated @ w.w_2_t
    ffn_output = ffn_out_product + w.b_2
    ffn_residual = ffn_output + attn_norm
    layer_output, layer_output_mean, layer_output_var = layer_norm(
        ffn_residual, w.output_norm_gamma, w.output_norm_beta, eps
    )
    detail = LayerDetail(
        layer=layer,
        parameters=w,
        x_in=x,
        q_product=q_product,
        k_product=k_product,
        v_product=v_product,
        q=q,
        k=k,
        v=v,
        scores=scores,
        scaled=scaled,
        weights=weights,
        head_output=head_output,
        concat=concat,
        attn_product=attn_product,
        output=output,
        residual=residual,
        attn_norm=attn_norm,
        attn_norm_mean=attn_norm_mean,
        attn_norm_var=attn_norm_var,
        ffn_product=ffn_product,
        ffn_hidden=ffn_hidden,
        gelu=activated,
        ffn_out_product=ffn_out_product,
        ffn_output=ffn_output,
        ffn_residual=ffn_residual,
        layer_output=layer_output,
        layer_output_mean=layer_output_mean,
        layer_output_var=layer_output_var,
    )
    _frozen(detail)
    return detail
