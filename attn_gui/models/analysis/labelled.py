"""Attention weights with the label of each row and column, for views that drop or merge tokens."""

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class LabelledAttention:
    labels: tuple[str, ...]  # one per row and per column
    weights: NDArray[np.float64]  # (..., m, m), m = len(labels); each row sums to 1 (or is all 0)


def normalise_rows(weights: NDArray[np.float64]) -> NDArray[np.float64]:
    """Each row divided by its sum, in place; a row with nothing left stays zeros, never NaN."""
    totals = weights.sum(axis=-1, keepdims=True)
    np.divide(weights, totals, out=weights, where=totals > 0)
    return weights
