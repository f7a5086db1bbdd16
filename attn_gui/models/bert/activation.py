"""The error function in NumPy, for BERT's exact GELU, x·Φ(x) = x·(1 + erf(x/√2))/2.

NumPy has no erf; scipy's is too large for the frozen build and math.erf, one value at a time, is
far too slow for 6 layers × n × 1536 inputs. Below |x| = 0.84375, where about two thirds of a trained
model's GELU inputs fall, this is fdlibm's s_erf.c (the algorithm under glibc's erf, hence math.erf)
vectorised: x + x·P(x²)/Q(x²), computed for every element. Above, erf(|x|) = 1 − exp(−x²)·R(|x|),
R a (6, 6) rational fitted for this module (tests/models/bert/erf_tail_fit.py) to erfc within
1.4e-18: one formula where fdlibm has three, a quarter faster over a GELU input and within 2 ulp
of math.erf (the tests prove 1e-15). The work space can be kept by the caller (``scratch``) rather
than a dozen fresh temporaries.

gelu uses the same two rationals, not erf itself: rewritten in x² and x, with their coefficients
rescaled once, GELU needs neither z = x/√2 nor the (1 + erf)/2 around it, and its tail needs no sign
(see _gelu_flat, _gelu_large). That is 20% fewer passes over the values, where NumPy spends its time.

The small-argument coefficients are fdlibm's: Copyright (C) 1993 by Sun Microsystems, Inc. All
rights reserved. Developed at SunPro, a Sun Microsystems, Inc. business. Permission to use, copy,
modify, and distribute this software is freely granted, provided that this notice is preserved.
"""

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]

# |x| < 0.84375: erf(x) = x + x·P(x²)/Q(x²). Coefficients highest degree first (Horner).
_SMALL_BELOW = 0.84375
_PP = (
    -2.37630166566501626084e-05,
    -5.77027029648944159157e-03,
    -2.84817495755985104766e-02,
    -3.25042107247001499370e-01,
    1.28379167095512558561e-01,
)
_QQ = (
    -3.96022827877536812320e-06,
    1.32494738004321644526e-04,
    5.08130628187576562776e-03,
    6.50222499887672944485e-02,
    3.97917223959155352819e-01,
    1.0,
)
# |x| >= 0.84375: erf(|x|) = 1 - exp(-x²)·P(|x|)/Q(|x|), highest degree first; from 6 on erf rounds
# to ±1, so |x| is clamped there (which also keeps inf finite).
_TAIL_P = (
    1.948300415952457e-08,
    0.0065630779297356995,
    0.06730119732052327,
    0.3170442487322602,
    0.8504045752935967,
    1.3057597157833825,
    0.999999988476215,
)
_TAIL_Q = (
    0.01163389308939584,
    0.1192701519203842,
    0.5679473582792285,
    1.5655976034664907,
    2.5970368269490267,
    2.4341387431529378,
    1.0,
)
_ONE_FROM = 6.0
_SQRT1_2 = 0.70710678118654752440


def _rescaled(coefficients: tuple[float, ...], factor: float, times: float = 1.0) -> tuple[float, ...]:
    """The coefficients (highest degree first) of times·p(factor·t), from those of p(t)."""
    degree = len(coefficients) - 1
    return tuple(times * c * factor ** (degree - k) for k, c in enumerate(coefficients))


# gelu's forms of the rationals above (see _gelu_flat): the small one in u = x² (t = u/2), its numerator
# times 1/(2√2); the tail in v = |x| (a = v/√2), its numerator halved.
_HALF_SQRT1_2 = 0.5 * _SQRT1_2
_GELU_PP = _rescaled(_PP, 0.5, _HALF_SQRT1_2)
_GELU_QQ = _rescaled(_QQ, 0.5)
_GELU_TAIL_P = _rescaled(_TAIL_P, _SQRT1_2, 0.5)
_GELU_TAIL_Q = _rescaled(_TAIL_Q, _SQRT1_2)
_GELU_SMALL_BELOW = 2 * _SMALL_BELOW**2  # on u = x², where |x|/√2 reaches 0.84375
# Beyond |x| = 38.6 exp(−x²/2) is 0 and gelu(x) exactly max(x, 0); the clamp keeps v⁶ finite.
_GELU_CLAMP = 40.0


def _horner(t: Array, coefficients: tuple[float, ...], out: Array) -> Array:
    """Σ c_k·t^k into ``out``, in fdlibm's order of operations and without temporaries."""
    np.multiply(t, coefficients[0], out=out)
    for c in coefficients[1:-1]:
        out += c
        out *= t
    out += coefficients[-1]
    return out


def _ratio(t: Array, top: tuple[float, ...], bottom: tuple[float, ...], out: Array, work: Array) -> Array:
    """top(t)/bottom(t) into ``out``, ``work`` (t's size) holding the denominator."""
    _horner(t, top, out)
    out /= _horner(t, bottom, work)
    return out


def _erf_large(a: Array, work: Array) -> None:
    """erf(a) in place for a >= 0.84375 (a may be +inf); ``work`` is (3, len(a)) scratch."""
    decay, ratio, denominator = work
    np.minimum(a, _ONE_FROM, out=a)
    np.multiply(a, a, out=decay)
    np.negative(decay, out=decay)
    np.exp(decay, out=decay)
    _ratio(a, _TAIL_P, _TAIL_Q, ratio, denominator)
    ratio *= decay
    np.subtract(1.0, ratio, out=a)


WORK_ROWS = 5  # the scratch rows erf and gelu need


def scratch(size: int, rows: int = WORK_ROWS) -> Array:
    """Work space for erf or gelu on up to ``size`` values, to keep from one call to the next.

    On these machines a fresh 1.5 MB temporary costs about 0.5 ms in page faults, more than the
    arithmetic it holds; a kept block costs nothing after the first call.
    """
    return np.empty((rows, size))


def _erf_flat(z: Array, out: Array, work: Array) -> None:
    """erf of the 1-d ``z`` into ``out`` (which may be ``z``), with (WORK_ROWS, len(z)) ``work``."""
    square, ratio, denominator, large_z, values = work[:WORK_ROWS]
    # The small formula everywhere (it is most of them); it overflows for large |z|, replaced below.
    with np.errstate(over="ignore", invalid="ignore"):
        np.multiply(z, z, out=square)
        _ratio(square, _PP, _QQ, ratio, denominator)
    large = np.flatnonzero(square >= _SMALL_BELOW**2)  # NaN compares false: the small formula keeps it
    m = large.size
    np.take(z, large, out=large_z[:m])  # before ``out``, which may be ``z``, is written
    ratio *= z
    np.add(z, ratio, out=out)
    if m:
        a = np.abs(large_z[:m], out=values[:m])
        _erf_large(a, work[:3, :m])  # rows 0-2 are free again
        np.copysign(a, large_z[:m], out=a)
        out[large] = a


def _out_and_work(x: Array, out: Array | None, work: Array | None, rows: int) -> tuple[Array, Array]:
    if out is None:
        out = np.empty_like(x, order="C")
    elif out.shape != x.shape or out.dtype != np.float64 or not out.flags.c_contiguous:
        raise ValueError(f"out must be C-contiguous float64 of shape {x.shape}")
    if work is None or work.shape[0] < rows or work.shape[1] < x.size:
        work = scratch(x.size, rows)
    return out, work[:, : x.size]


def erf(x: ArrayLike, out: Array | None = None, work: Array | None = None) -> Array:
    """The error function of every element, in float64, within about 1 ulp of math.erf.

    ``out`` (C-contiguous float64, the shape of ``x``; it may be ``x`` itself) and ``work`` (from
    ``scratch``, of any size at least x's) avoid allocations. erf(±inf) = ±1, erf(NaN) = NaN,
    erf(-0.0) = -0.0, as in C.
    """
    x = np.asarray(x, dtype=np.float64)
    out, work = _out_and_work(x, out, work, WORK_ROWS)
    _erf_flat(x.reshape(-1), out.reshape(-1), work)
    return out


def _gelu_large(x: Array, work: Array) -> Array:
    """gelu of the 1-d ``x``, all |x| >= 0.84375·√2, into work[1]; ``work`` is (4, len(x)) scratch.

    With E = erfc(|x|/√2) = exp(−x²/2)·R(|x|/√2), x·Φ(x) is x − |x|·E/2 for x > 0 and x·E/2 for x < 0:
    max(x, 0) − |x|·E/2 either way.
    """
    v, result, ratio, denominator = work
    np.abs(x, out=v)
    np.minimum(v, _GELU_CLAMP, out=v)
    np.multiply(v, v, out=result)
    result *= -0.5
    np.exp(result, out=result)
    _ratio(v, _GELU_TAIL_P, _GELU_TAIL_Q, ratio, denominator)  # R/2
    ratio *= result
    ratio *= v
    np.maximum(x, 0.0, out=result)
    result -= ratio
    return result


def _gelu_flat(x: Array, out: Array, work: Array) -> None:
    """gelu of the 1-d ``x`` into ``out`` (which may be ``x``), with (WORK_ROWS, len(x)) ``work``.

    For |x/√2| < 0.84375 erf(z) = z·(1 + P(z²)/Q(z²)), so x·Φ(x) = x/2 + x²·(c + c·P/Q), c = 1/(2√2):
    computed for every element (most are small), then replaced where x is large.
    """
    square, ratio, denominator, _, large_x = work[:WORK_ROWS]
    with np.errstate(over="ignore", invalid="ignore"):  # the small form of large x, replaced below
        np.multiply(x, x, out=square)
        _ratio(square, _GELU_PP, _GELU_QQ, ratio, denominator)
        ratio += _HALF_SQRT1_2
        ratio *= square
    large = np.flatnonzero(square >= _GELU_SMALL_BELOW)  # NaN compares false: the small form keeps it
    m = large.size
    np.take(x, large, out=large_x[:m])  # before ``out``, which may be ``x``, is written
    np.multiply(x, 0.5, out=out)
    out += ratio
    if m:
        out[large] = _gelu_large(large_x[:m], work[:4, :m])  # rows 0-3 are free again


def gelu(x: ArrayLike, out: Array | None = None, work: Array | None = None) -> Array:
    """x·Φ(x) = x·(1 + erf(x/√2))/2, BERT's "gelu" (the exact form, not the tanh approximation),
    within 2e-15 of that formula with math.erf (whose own rounding is about as large).

    ``out`` may be ``x`` itself, for the feed-forward layer to work in place; ``work`` as for erf.
    gelu(−inf) = 0, gelu(inf) = inf, gelu(NaN) = NaN.
    """
    x = np.asarray(x, dtype=np.float64)
    out, work = _out_and_work(x, out, work, WORK_ROWS)
    _gelu_flat(x.reshape(-1), out.reshape(-1), work)
    return out
