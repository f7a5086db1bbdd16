"""Sinusoidal positional encoding from "Attention Is All You Need"."""

import numpy as np
from numpy.typing import NDArray


def positional_encoding(n: int, d_model: int) -> NDArray[np.float64]:
    """PE[pos, 2i] = sin(pos / 10000^(2i/d_model)), PE[pos, 2i+1] = cos(same angle).

    Both features of a pair share the angle of the even index, so an odd d_model simply
    has one sine column without its cosine partner.
    """
    positions = np.arange(n, dtype=np.float64)[:, None]
    pair_start = np.arange(d_model) // 2 * 2
    angles = positions / np.power(10000.0, pair_start / d_model)
    return np.where(np.arange(d_model) % 2 == 0, np.sin(angles), np.cos(angles))
