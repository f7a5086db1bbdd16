"""Sinusoidal positional encoding from "Attention Is All You Need"."""

import numpy as np
from numpy.typing import NDArray


def positional_encoding(n: int, d_model: int) -> NDArray[np.float64]:
    """PE[pos, 2i] = sin(pos / 10000^(2i/d_model)), PE[pos, 2i+1] = cos(same angle).

    Both features of a pair share the angle of the even index, so an odd d_model simply
    has one sine column without its cosine partner.
    """
    angles = np.arange(n, dtype=np.float64)[:, None] / np.power(10000.0, np.arange(0, d_model, 2) / d_model)
    pe = np.empty((n, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
