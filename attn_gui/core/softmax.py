"""Row-wise softmax that stays finite for the inputs a classroom produces."""

import numpy as np
from numpy.typing import ArrayLike, NDArray


def softmax(x: ArrayLike, axis: int = -1) -> NDArray[np.floating]:
    """Softmax along ``axis``, shifted by the maximum so that no exponential overflows.

    Entries of -inf get weight exactly 0; a slice that is entirely -inf gives all zeros
    (the meaning of "nothing may be attended to"), never NaN. Entries of +inf share the
    weight equally, which is the limit of the formula as they grow.
    """
    x = np.asarray(x)
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(np.float64)
    top = np.max(x, axis=axis, keepdims=True)
    if np.isposinf(top).any():
        infinite = np.isposinf(x)
        x = np.where(np.isposinf(top), np.where(infinite, 0.0, -np.inf), x)
        top = np.max(x, axis=axis, keepdims=True)
    shift = np.where(np.isfinite(top), top, 0.0)
    exps = np.exp(x - shift)
    totals = np.sum(exps, axis=axis, keepdims=True)
    return np.divide(exps, totals, out=np.zeros_like(exps), where=totals > 0)
