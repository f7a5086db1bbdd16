"""LayerNorm over the model dimension, returning the per-row mean and variance it divided by, for
the explanation of a row ("subtract 0.03, divide by √(0.41 + ε)") as well as the result."""

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def layer_norm(
    x: Array, gamma: Array, beta: Array, eps: float, out: Array | None = None
) -> tuple[Array, Array, Array]:
    """(γ·(x − mean)/√(var + ε) + β, mean, var) per row, var the biased variance as BERT uses it.

    ``out`` may be ``x`` itself: the forward pass normalises its buffers in place, with no temporary
    the size of ``x``.
    """
    mean = x.mean(axis=-1)
    centred = np.subtract(x, mean[..., None], out=out)
    var = np.einsum("...i,...i->...", centred, centred) / x.shape[-1]
    centred *= (1.0 / np.sqrt(var + eps))[..., None]
    centred *= gamma
    centred += beta
    return centred, mean, var
