"""The arithmetic inside one cell of a matrix product, for the animation and the hover text.

C[i, j] = Σ_k A[i, k] · B[k, j]: one row of A times one column of B.
"""

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from attn_gui.core.stage import PRODUCT
from attn_gui.core.trace import AttentionTrace, TraceMatrix


@dataclass(frozen=True)
class DotProduct:
    """Row ``left`` times column ``right``: the terms left[k]·right[k] and their running sums."""

    left: NDArray[np.float64]
    right: NDArray[np.float64]
    terms: NDArray[np.float64]
    running: NDArray[np.float64]

    @property
    def value(self) -> float:
        return float(self.running[-1]) if len(self.running) else 0.0


def dot_product(a: ArrayLike, b: ArrayLike, i: int, j: int) -> DotProduct:
    """Cell (i, j) of A·B spelled out; raises ValueError when A's columns ≠ B's rows."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
        raise ValueError(f"A {a.shape} · B {b.shape} is defined only when A's columns equal B's rows")
    if not (0 <= i < a.shape[0] and 0 <= j < b.shape[1]):
        raise IndexError(f"cell ({i}, {j}) is outside the product's shape ({a.shape[0]}, {b.shape[1]})")
    left, right = a[i, :], b[:, j]
    terms = left * right
    return DotProduct(left, right, terms, np.cumsum(terms))


def product_matrices(
    trace: AttentionTrace, name: str, head: int | None = None
) -> tuple[TraceMatrix, TraceMatrix]:
    """The two labelled matrices whose product is stage ``name`` (for a head: its block of W)."""
    stage = trace.stage(name)
    if stage.kind != PRODUCT:
        raise ValueError(f"{name!r} is not a product")
    if (head is None) == stage.per_head:
        raise ValueError(
            f"{name!r} is {'per head: give a head' if head is None else 'not per head: give no head'}"
        )
    left, right = stage.operands
    return trace.operand(left, head), trace.operand(right, head)


def product_operands(
    trace: AttentionTrace, name: str, head: int | None = None
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The two arrays whose product is stage ``name``."""
    left, right = product_matrices(trace, name, head)
    return left.array, right.array


def product_cell(trace: AttentionTrace, name: str, i: int, j: int, head: int | None = None) -> DotProduct:
    """The dot product behind cell (i, j) of the product stage ``name``."""
    left, right = product_operands(trace, name, head)
    return dot_product(left, right, i, j)
