"""Scaled dot-product and multi-head attention, keeping every intermediate for display.

Row-vector convention, as in the curriculum: Q = X W_Q, so a token is a row and a
projection matrix has shape (d_in, d_out).
"""

from dataclasses import dataclass, fields

import numpy as np
from numpy.typing import ArrayLike, NDArray

from attn_gui.core.softmax import softmax

Array = NDArray[np.floating]


@dataclass(frozen=True)
class AttentionSteps:
    """softmax(Q Kᵀ · scale) V, one array per stage; leading axes are batch (heads)."""

    scores: Array
    scaled: Array
    masked: Array
    weights: Array
    output: Array


@dataclass(frozen=True)
class HeadResult(AttentionSteps):
    """One head's share of a multi-head computation: its projections and every stage."""

    q: Array
    k: Array
    v: Array


@dataclass(frozen=True)
class MultiHeadResult:
    """Per-head arrays stacked on a leading head axis, their concatenation and the projection."""

    q: Array
    k: Array
    v: Array
    steps: AttentionSteps
    concat: Array
    output: Array

    @property
    def weights(self) -> Array:
        """The attention weights, (h, n_q, n_kv)."""
        return self.steps.weights

    @property
    def heads(self) -> tuple[HeadResult, ...]:
        stages = [f.name for f in fields(AttentionSteps)]
        return tuple(
            HeadResult(
                q=self.q[i], k=self.k[i], v=self.v[i], **{s: getattr(self.steps, s)[i] for s in stages}
            )
            for i in range(self.q.shape[0])
        )


def _as_float(a: ArrayLike, name: str, ndim: int | None = None) -> Array:
    array = np.asarray(a)
    if not np.issubdtype(array.dtype, np.floating):
        array = array.astype(np.float64)
    if ndim is not None and array.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-dimensional, got shape {array.shape}")
    return array


def attention_steps(
    q: ArrayLike,
    k: ArrayLike,
    v: ArrayLike,
    mask: ArrayLike | None = None,
    scale: float | None = None,
) -> AttentionSteps:
    """Every stage of attention for q (..., n_q, d_k), k (..., n_k, d_k), v (..., n_k, d_v).

    ``scale=None`` divides by √d_k literally, so the division the app shows is the one
    computed. Where a stage changes nothing (no mask, scale 1) it shares the array.
    """
    q, k, v = _as_float(q, "q"), _as_float(k, "k"), _as_float(v, "v")
    if q.ndim < 2 or q.shape[-1] != k.shape[-1]:
        raise ValueError(f"q {q.shape} and k {k.shape} need the same last dimension d_k")
    if k.shape[-2] != v.shape[-2]:
        raise ValueError(f"k {k.shape} and v {v.shape} need the same number of rows")
    scores = q @ np.swapaxes(k, -1, -2)
    if scale is None:
        scaled = scores / np.sqrt(q.shape[-1])
    elif scale == 1.0:
        scaled = scores
    else:
        scaled = scores * scale
    if mask is None:
        masked = scaled
    else:
        allowed = np.asarray(mask)
        if allowed.dtype != np.bool_:
            # A float mask would be ambiguous: PyTorch's additive masks use 0 for "allowed".
            raise TypeError(f"mask must be boolean (True where allowed), got dtype {allowed.dtype}")
        if allowed.shape != scores.shape[-allowed.ndim :]:
            raise ValueError(f"mask {allowed.shape} does not match the scores {scores.shape}")
        masked = np.where(allowed, scaled, -np.inf)
    weights = softmax(masked, axis=-1)
    return AttentionSteps(scores, scaled, masked, weights, weights @ v)


def scaled_dot_product_attention(
    q: ArrayLike,
    k: ArrayLike,
    v: ArrayLike,
    mask: ArrayLike | None = None,
    scale: float | None = None,
) -> tuple[Array, Array]:
    """Attention(Q, K, V) = softmax(Q Kᵀ / √d_k) V; ``mask`` is True where allowed.

    Returns (output, weights). ``scale=1.0`` turns the scaling off.
    """
    steps = attention_steps(q, k, v, mask, scale)
    return steps.output, steps.weights


def split_heads(x: Array, num_heads: int) -> Array:
    """(n, h·d) → (h, n, d): head i owns the i-th block of consecutive columns."""
    n, width = x.shape
    return x.reshape(n, num_heads, width // num_heads).transpose(1, 0, 2)


def multi_head_attention(
    x_q: ArrayLike,
    x_kv: ArrayLike,
    w_q: ArrayLike,
    w_k: ArrayLike,
    w_v: ArrayLike,
    w_o: ArrayLike,
    num_heads: int,
    mask: ArrayLike | None = None,
    scale: float | None = None,
) -> MultiHeadResult:
    """Concat(head_1..head_h) W_O with head_i = Attention(X_q W_Q^i, X_kv W_K^i, X_kv W_V^i).

    w_q and w_k are (d_model, h·d_k), w_v is (d_model, h·d_v), w_o is (h·d_v, d_out);
    their columns (rows for w_o) split into h consecutive blocks, one per head.
    """
    x_q, x_kv = _as_float(x_q, "x_q", 2), _as_float(x_kv, "x_kv", 2)
    w_q, w_k = _as_float(w_q, "w_q", 2), _as_float(w_k, "w_k", 2)
    w_v, w_o = _as_float(w_v, "w_v", 2), _as_float(w_o, "w_o", 2)
    if num_heads < 1:
        raise ValueError(f"num_heads must be at least 1, got {num_heads}")
    for name, w in (("w_q", w_q), ("w_k", w_k), ("w_v", w_v)):
        if w.shape[0] != x_q.shape[1] or w.shape[1] % num_heads:
            raise ValueError(
                f"{name} {w.shape} needs d_model={x_q.shape[1]} rows and columns "
                f"divisible by num_heads={num_heads}"
            )
    if x_kv.shape[1] != x_q.shape[1] or w_q.shape[1] != w_k.shape[1] or w_o.shape[0] != w_v.shape[1]:
        raise ValueError(
            "inconsistent shapes: x_kv must match x_q, w_k must match w_q, w_o rows must match w_v"
        )
    q = split_heads(x_q @ w_q, num_heads)
    k = split_heads(x_kv @ w_k, num_heads)
    v = split_heads(x_kv @ w_v, num_heads)
    steps = attention_steps(q, k, v, mask, scale)
    concat = steps.output.transpose(1, 0, 2).reshape(x_q.shape[0], -1)
    return MultiHeadResult(q=q, k=k, v=v, steps=steps, concat=concat, output=concat @ w_o)
