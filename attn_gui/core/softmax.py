"""Row-wise softmax that stays finite for the inputs a classroom produces."""

import numpy as np
from numpy.typing import ArrayLike, NDArray


def softmax(x: ArrayLike, axis: int = -1) -> NDArray[np.floating]:
    """Softmax along ``axis``, shifted by the maximum so that no exponential overflows.

    Entries of -inf get weight exactly 0; a slice that is entirely -inf gives all zeros
    (the meaning of "nothing may be attended to"), never NaN. Entries of +inf share the
    weight equally, which is the limit of the formula as they grow. A NaN makes its whole
    slice NaN, so that it cannot pass for a weight.
    """
    x = np.asarray(x)
    if not np.issubdtype(x.dtype, np.floating):
        x = x.astype(np.float64)
    top = np.fmax.reduce(x, axis=axis, keepdims=True)  # ignores NaN, unlike np.max
    if np.isposinf(top).any():
        infinite = np.isposinf(x)
        x = np.where(np.isposinf(top), np.where(infinite, 0.0, -np.inf), x)
        top = np.fmax.reduce(x, axis=axis, keepdims=True)
    shift = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(over="ignore"):  # -1e308 - 1e308 is -inf, whose exponential is the right 0
        weights = x - shift
    np.exp(weights, out=weights)  # in place: at 16 x 512 x 512, fresh arrays cost more than the maths
    totals = np.sum(weights, axis=axis, keepdims=True)
    totals[totals == 0] = 1.0  # an all -inf slice: zeros over one, not 0/0
    weights /= totals
    return weights
