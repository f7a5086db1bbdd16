"""The translator's building blocks in NumPy, each keeping every intermediate a lesson shows.

Row-vector convention: a token is a row, a layer is X·W + b with W of shape (in, out). Per-head
arrays are stacked on a leading head axis, as in the core: q is (heads, n, d_k).
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from attn_gui.core import attention_steps, positional_encoding, split_heads
from attn_gui.models.translator.parameters import (
    Array,
    AttentionParameters,
    FeedForwardParameters,
    LayerNormParameters,
)


@dataclass(frozen=True)
class EmbeddingRecord:
    """x_in = embedding · √d_model + PE, as in the paper: the words stay louder than the positions."""

    tokens: tuple[str, ...]
    token_ids: NDArray[np.intp]  # (n,): the row of the embedding table each token takes
    embedding: Array  # (n, d_model): those rows
    scaled: Array  # (n, d_model): embedding · √d_model
    pe: Array  # (n, d_model): the sinusoidal positional encoding
    x_in: Array  # (n, d_model): scaled + pe, the first layer's input


@dataclass(frozen=True)
class AttentionRecord:
    """Multi-head attention with biases; queries from x_in, keys and values from kv_in.

    For self-attention kv_in is x_in itself; for cross-attention it is the encoder's output.
    """

    params: AttentionParameters
    x_in: Array  # (n_q, d_model)
    kv_in: Array  # (n_kv, d_model)
    q: Array  # (heads, n_q, d_k): X·W_Q + b_Q, split into heads
    k: Array  # (heads, n_kv, d_k)
    v: Array  # (heads, n_kv, d_k)
    scores: Array  # (heads, n_q, n_kv): Q·Kᵀ
    scaled: Array  # scores / √d_k
    mask: NDArray[np.bool_] | None  # (n_q, n_kv), True where allowed: the causal mask, or None
    masked: Array  # scaled with −∞ where the mask forbids (scaled itself without a mask)
    weights: Array  # softmax of each row of masked
    head_output: Array  # (heads, n_q, d_k): weights · V
    concat: Array  # (n_q, d_model): the heads side by side
    output: Array  # (n_q, d_model): concat · W_O + b_O


@dataclass(frozen=True)
class AddNormRecord:
    """Post-norm residual: LayerNorm(x + sublayer(x)), with the row statistics it divides by."""

    params: LayerNormParameters
    residual: Array  # (n, d_model): the sublayer's input plus its output
    mean: Array  # (n,)
    variance: Array  # (n,): the biased variance, as LayerNorm uses
    normalised: Array  # (n, d_model): (residual − mean) / √(variance + ε)
    output: Array  # (n, d_model): γ · normalised + β


@dataclass(frozen=True)
class FeedForwardRecord:
    """The position-wise feed-forward layer: out to d_ff, ReLU, back to d_model."""

    params: FeedForwardParameters
    x_in: Array  # (n, d_model)
    hidden: Array  # (n, d_ff): X·W_1 + b_1
    relu: Array  # (n, d_ff): max(0, hidden)
    output: Array  # (n, d_model): relu · W_2 + b_2


def embed(table: Array, tokens: tuple[str, ...], token_ids: NDArray[np.intp]) -> EmbeddingRecord:
    """Look up the rows of ``tokens`` and add the positions."""
    embedding = table[token_ids]
    scaled = embedding * np.sqrt(table.shape[1])
    pe = positional_encoding(len(tokens), table.shape[1])
    return EmbeddingRecord(tokens, token_ids, embedding, scaled, pe, scaled + pe)


def attention(
    params: AttentionParameters,
    x_in: Array,
    kv_in: Array,
    heads: int,
    mask: NDArray[np.bool_] | None = None,
) -> AttentionRecord:
    """softmax(Q·Kᵀ / √d_k) · V for every head, then the heads concatenated and projected."""
    q = split_heads(x_in @ params.w_q + params.b_q, heads)
    k = split_heads(kv_in @ params.w_k + params.b_k, heads)
    v = split_heads(kv_in @ params.w_v + params.b_v, heads)
    steps = attention_steps(q, k, v, mask)
    concat = steps.output.transpose(1, 0, 2).reshape(x_in.shape[0], -1)
    return AttentionRecord(
        params=params,
        x_in=x_in,
        kv_in=kv_in,
        q=q,
        k=k,
        v=v,
        scores=steps.scores,
        scaled=steps.scaled,
        mask=mask,
        masked=steps.masked,
        weights=steps.weights,
        head_output=steps.output,
        concat=concat,
        output=concat @ params.w_o + params.b_o,
    )


def add_norm(params: LayerNormParameters, x_in: Array, sublayer_output: Array) -> AddNormRecord:
    """LayerNorm(x + sublayer(x)): the residual keeps the input's information, the norm its scale."""
    residual = x_in + sublayer_output
    mean = residual.mean(axis=-1)
    variance = residual.var(axis=-1)
    normalised = (residual - mean[:, None]) / np.sqrt(variance[:, None] + params.eps)
    return AddNormRecord(
        params, residual, mean, variance, normalised, normalised * params.gamma + params.beta
    )


def feed_forward(params: FeedForwardParameters, x_in: Array) -> FeedForwardRecord:
    """ReLU(X·W_1 + b_1)·W_2 + b_2, the same small network at every position."""
    hidden = x_in @ params.w_1 + params.b_1
    relu = np.maximum(hidden, 0.0)
    return FeedForwardRecord(params, x_in, hidden, relu, relu @ params.w_2 + params.b_2)
