"""The whole encoder at once: every layer's hidden states and attention weights for a text.

This is the fast path (layer_detail recomputes one layer with every intermediate named). It keeps
only what the views need and spends its time in matrix products: Q, K and V in one product with the
stacked weights, the heads as one batched product on views of it, everything else in place. The
scratch arrays are kept from one call to the next: on these machines a fresh megabyte costs about
0.4 ms in page faults, more than the arithmetic that fills it, and a forward pass at 128 pieces
would otherwise fault in some 20 MB. One set is kept, for the last length (7 MB at 128 pieces,
17 MB at 512).
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from attn_gui.models.bert.activation import gelu, scratch
from attn_gui.models.bert.embeddings import embedding_rows
from attn_gui.models.bert.layer_norm import layer_norm
from attn_gui.models.bert.model import BertModel
from attn_gui.models.bert.tokenizer import WordPieces
from attn_gui.models.bert.weights import BertConfig, LayerWeights

Array = NDArray[np.float64]
GELU_ROWS = 32  # GELU runs on blocks of this many rows, so that its kept work space stays small


@dataclass(frozen=True)
class EncoderResult:
    pieces: WordPieces
    hidden_states: Array  # (num_layers + 1, n, d_model): [0] embeddings after LayerNorm, [l] layer l's output
    attentions: Array  # (num_layers, num_heads, n, n): row i is where piece i looks, and sums to 1


class _Buffers:
    """The scratch arrays of a forward pass over n pieces, reused by every layer."""

    def __init__(self, n: int, config: BertConfig) -> None:
        d, heads = config.d_model, config.num_heads
        self.key = (n, config)
        self.qkv = np.empty((n, 3 * d))
        self.concat = np.empty((n, d))
        self.attn_norm = np.empty((n, d))
        self.ffn = np.empty((n, config.d_ff))
        self.gelu = scratch(min(n, GELU_ROWS) * config.d_ff)
        self.row = np.empty((heads, n, 1))  # a statistic of each row of the attention weights
        self.ones = np.ones(n)
        # Views: head h of Q, Kᵀ, V, and of the concatenation, with no copy.
        blocks = self.qkv.reshape(n, 3, heads, config.d_k)
        self.q = blocks[:, 0].transpose(1, 0, 2)  # (H, n, d_k)
        self.k_t = blocks[:, 1].transpose(1, 2, 0)  # (H, d_k, n)
        self.v = blocks[:, 2].transpose(1, 0, 2)
        self.head_output = self.concat.reshape(n, heads, config.d_k).transpose(1, 0, 2)


_kept: _Buffers | None = None
_kept_lock = threading.Lock()


@contextmanager
def _buffers(n: int, config: BertConfig) -> Iterator[_Buffers]:
    """The kept buffers when they fit and no other thread is using them, else new ones."""
    global _kept
    if not _kept_lock.acquire(blocking=False):
        yield _Buffers(n, config)
        return
    try:
        if _kept is None or _kept.key != (n, config):
            _kept = _Buffers(n, config)
        yield _kept
    finally:
        _kept_lock.release()


# exp(s)/Σexp(s) without the shift is exact enough while every row sum S lies in these bounds: no exp
# overflowed (that gives inf) and the largest term is at least S/n, so terms lost to underflow
# (below 1e-308) weigh less than 1e-100 of their row.
_UNSHIFTED_SUMS = (1e-200, 1e200)


def _row_sums(exps: Array, buffers: _Buffers) -> Array:
    """The sum of every row, into ``buffers.row`` (a matrix-vector product: twice as fast as sum())."""
    return np.matmul(exps, buffers.ones, out=buffers.row[..., 0])


def _normalise_rows(exps: Array, buffers: _Buffers) -> None:
    """Divide every row of ``exps`` in place by the sum _row_sums left in ``buffers.row``: one
    reciprocal per row, then a product, beats n divisions."""
    np.divide(1.0, buffers.row, out=buffers.row)
    exps *= buffers.row


def _softmax_unshifted(scores: Array, buffers: _Buffers) -> bool:
    """Softmax of every row in place, exp taken of the scores as they are; False when a row sum fell
    outside _UNSHIFTED_SUMS, and ``scores`` must then be recomputed for _softmax_shifted.

    Shifting by the row maximum costs a reduction and a subtraction over every score, 40% of the
    softmax; a trained model's scaled scores stay within a few dozen of 0, far from exp's limits.
    """
    with np.errstate(over="ignore"):
        np.exp(scores, out=scores)
    sums = _row_sums(scores, buffers)
    low, high = _UNSHIFTED_SUMS
    if not (np.min(sums) >= low and np.max(sums) <= high):  # also False for NaN
        return False
    _normalise_rows(scores, buffers)
    return True


def _softmax_shifted(scores: Array, buffers: _Buffers) -> None:
    """Softmax of every row, in place, for any finite scores: shifted by the row's maximum, so that
    no exp overflows (without a mask none is infinite; attn_gui.core.softmax also handles ±inf)."""
    np.max(scores, axis=-1, keepdims=True, out=buffers.row)
    scores -= buffers.row
    np.exp(scores, out=scores)
    _row_sums(scores, buffers)
    _normalise_rows(scores, buffers)


def _layer(
    weights: LayerWeights, x: Array, out: Array, attention: Array, buffers: _Buffers, config: BertConfig
) -> None:
    """One encoder layer from ``x`` into ``out``, its weights into ``attention``."""
    eps = config.layer_norm_eps
    np.matmul(x, weights.w_qkv_t, out=buffers.qkv)
    buffers.qkv += weights.b_qkv
    buffers.qkv[:, : config.d_model] /= np.sqrt(config.d_k)  # Q/√d_k: n·d divisions instead of H·n·n
    np.matmul(buffers.q, buffers.k_t, out=attention)
    if not _softmax_unshifted(attention, buffers):
        np.matmul(buffers.q, buffers.k_t, out=attention)  # exp has overwritten the scores
        _softmax_shifted(attention, buffers)
    np.matmul(attention, buffers.v, out=buffers.head_output)
    attn_norm = np.matmul(buffers.concat, weights.w_o_t, out=buffers.attn_norm)
    attn_norm += weights.b_o
    attn_norm += x
    layer_norm(attn_norm, weights.attn_norm_gamma, weights.attn_norm_beta, eps, out=attn_norm)
    hidden = np.matmul(attn_norm, weights.w_1_t, out=buffers.ffn)
    hidden += weights.b_1
    for start in range(0, len(hidden), GELU_ROWS):
        rows = hidden[start : start + GELU_ROWS]
        gelu(rows, out=rows, work=buffers.gelu)
    np.matmul(hidden, weights.w_2_t, out=out)
    out += weights.b_2
    out += attn_norm
    layer_norm(out, weights.output_norm_gamma, weights.output_norm_beta, eps, out=out)


def encode(model: BertModel, pieces: WordPieces) -> EncoderResult:
    """Every layer of ``model`` on ``pieces`` (float64; agrees with transformers' BertModel to 1e-9)."""
    weights, config = model.weights, model.config
    n = len(pieces)
    word, position, token_type = embedding_rows(weights, pieces)
    # One block for both results (returned together): one allocation, large enough for huge pages.
    layers, heads, d = config.num_layers, config.num_heads, config.d_model
    block = np.empty((layers + 1) * n * d + layers * heads * n * n)
    hidden_states = block[: (layers + 1) * n * d].reshape(layers + 1, n, d)
    attentions = block[(layers + 1) * n * d :].reshape(layers, heads, n, n)
    embedded = np.add(word, token_type, out=hidden_states[0])  # transformers' order of additions
    embedded += position
    tables = weights.embeddings
    layer_norm(embedded, tables.norm_gamma, tables.norm_beta, config.layer_norm_eps, out=embedded)
    with _buffers(n, config) as buffers:
        for index, layer in enumerate(weights.layers):
            _layer(layer, hidden_states[index], hidden_states[index + 1], attentions[index], buffers, config)
    hidden_states.flags.writeable = False
    attentions.flags.writeable = False
    return EncoderResult(pieces=pieces, hidden_states=hidden_states, attentions=attentions)
