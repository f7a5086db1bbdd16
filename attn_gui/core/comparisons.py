"""One head's softmax with one thing changed: the scaling, the mask, a temperature, a one-hot row.

Each comparison recomputes the head from the trace's own Q, K and V with the core's attention
code, so that the only difference between the two sides is the one being taught.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from attn_gui.core.attention import attention_steps
from attn_gui.core.masks import causal_mask
from attn_gui.core.softmax import softmax
from attn_gui.core.trace import AttentionTrace

Array = NDArray[np.float64]


def row_entropy(weights: ArrayLike) -> Array:
    """-Σ p ln p per row, in nats: 0 for a one-hot row, ln n for a uniform one.

    Masked weights are exactly 0 and count as 0 · ln 0 = 0, the limit of p ln p.
    """
    p = np.asarray(weights, dtype=np.float64)
    logs = np.log(p, out=np.zeros_like(p), where=p > 0)
    return 0.0 - np.sum(p * logs, axis=-1)  # 0.0 - 0.0 is +0.0, where -0.0 would print as "−0.00"


def row_max(weights: ArrayLike) -> Array:
    """The largest weight of each row: how much the row's favourite key takes."""
    return np.max(np.asarray(weights, dtype=np.float64), axis=-1)


@dataclass(frozen=True)
class SoftmaxRows:
    """One softmax variant with what a teacher reads off each row.

    ``largest_at`` is the key index of each row's largest weight (the first on a tie).
    """

    weights: Array
    entropy: Array
    largest: Array
    largest_at: NDArray[np.intp]

    @classmethod
    def of(cls, weights: ArrayLike) -> "SoftmaxRows":
        weights = np.asarray(weights, dtype=np.float64)
        return cls(weights, row_entropy(weights), row_max(weights), np.argmax(weights, axis=-1))

    @property
    def mean_entropy(self) -> float:
        """One number for how flat the rows are on average, to compare two variants."""
        return float(np.mean(self.entropy))

    @property
    def mean_largest(self) -> float:
        return float(np.mean(self.largest))


@dataclass(frozen=True)
class SoftmaxComparison:
    """The same head's weights with a step switched ``off`` and ``on``."""

    off: SoftmaxRows
    on: SoftmaxRows


def _trace_mask(trace: AttentionTrace) -> NDArray[np.bool_] | None:
    """The mask ``compute_trace`` applied, so a comparison masks exactly as the lesson does."""
    dims = trace.dims
    return causal_mask(dims.n_q, dims.n_kv) if trace.mask == "causal" else None


def _trace_scale(trace: AttentionTrace) -> float | None:
    """The trace's scale in ``attention_steps``' terms: None divides by √d_k, 1.0 leaves S as it is."""
    return None if trace.scale else 1.0


def _head_weights(
    trace: AttentionTrace, head: int, mask: NDArray[np.bool_] | None, scale: float | None
) -> SoftmaxRows:
    q, k, v = (trace.get(name, head).array for name in ("q", "k", "v"))
    return SoftmaxRows.of(attention_steps(q, k, v, mask, scale).weights)


def compare_scaling(trace: AttentionTrace, head: int) -> SoftmaxComparison:
    """softmax(S) ``off`` against softmax(S / √d_k) ``on``, both masked as the trace is.

    Large unscaled scores make rows peakier (lower entropy, larger maximum): the reason for √d_k.
    """
    mask = _trace_mask(trace)
    return SoftmaxComparison(_head_weights(trace, head, mask, 1.0), _head_weights(trace, head, mask, None))


def compare_mask(trace: AttentionTrace, head: int) -> SoftmaxComparison:
    """The weights without (``off``) and with (``on``) the causal mask, scaled as the trace is."""
    dims = trace.dims
    scale = _trace_scale(trace)
    return SoftmaxComparison(
        _head_weights(trace, head, None, scale),
        _head_weights(trace, head, causal_mask(dims.n_q, dims.n_kv), scale),
    )


def with_temperature(trace: AttentionTrace, head: int, temperature: float) -> SoftmaxRows:
    """softmax(logits / T) from the trace's masked, scaled scores: T = 1 gives the lesson's weights,
    a small T approaches a one-hot row and a large T a uniform one."""
    if not np.isfinite(temperature) or temperature <= 0:
        raise ValueError(f"temperature must be a positive number, got {temperature!r}")
    return SoftmaxRows.of(softmax(trace.get("masked", head).array / temperature, axis=-1))


@dataclass(frozen=True)
class ScoreVariance:
    """Sample variances of q · k and of q · k / √d_k for each d_k, over many random draws."""

    d_k: NDArray[np.int64]
    raw: Array
    scaled: Array
    draws: int


def score_variance(d_k_values: Iterable[int], draws: int = 4000, seed: int = 0) -> ScoreVariance:
    """Draw q and k with independent N(0, 1) components and measure how the scores spread.

    Var(q · k) = d_k, so unscaled scores grow with d_k while q · k / √d_k keeps variance 1.
    One draw of the largest d_k serves every d_k through prefix sums: each d_k's estimate is
    still an honest sample of q · k, and the whole sweep costs one cumulative sum.
    """
    d_k = np.asarray(list(d_k_values), dtype=np.int64)
    if d_k.ndim != 1 or d_k.size == 0 or np.any(d_k < 1):
        raise ValueError(f"d_k values must be positive whole numbers, got {d_k_values!r}")
    if draws < 2:
        raise ValueError(f"a sample variance needs at least 2 draws, got {draws}")
    rng = np.random.default_rng(seed)
    widest = int(d_k.max())
    q = rng.standard_normal((draws, widest))
    q *= rng.standard_normal((draws, widest))  # now the products q_i k_i
    dots = np.cumsum(q, axis=1)[:, d_k - 1]  # (draws, len(d_k)): q · k for each d_k
    raw = np.var(dots, axis=0, ddof=1)
    scaled = np.var(dots / np.sqrt(d_k), axis=0, ddof=1)
    return ScoreVariance(d_k, raw, scaled, draws)


@dataclass(frozen=True)
class SoftLookup:
    """Row ``row`` of a head as a lookup in V: a hard one (one-hot) beside the soft one (softmax).

    ``selected`` is one_hot · V, exactly V[index]; ``blended`` is weights · V, every row of V mixed.
    """

    row: int
    index: int
    one_hot: Array
    weights: Array
    values: Array
    selected: Array
    blended: Array


def soft_lookup(trace: AttentionTrace, head: int, row: int) -> SoftLookup:
    """The one-hot query at the row's largest weight, and the softmax row, each times V."""
    weights = trace.get("weights", head).array[row]
    values = trace.get("v", head).array
    index = int(np.argmax(weights))
    one_hot = np.zeros_like(weights)
    one_hot[index] = 1.0
    return SoftLookup(row, index, one_hot, weights, values, one_hot @ values, weights @ values)
