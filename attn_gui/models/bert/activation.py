"""The error function in NumPy, for BERT's exact GELU, x·Φ(x) = x·(1 + erf(x/√2))/2.

NumPy has no erf; scipy's is too large for the frozen build and math.erf, one value at a time, is
far too slow for 6 layers × n × 1536 inputs. This is fdlibm's s_erf.c (the algorithm under glibc's
erf, hence math.erf) vectorised: the same rational approximations on the same intervals, accurate
to about 1 ulp. About 70% of a trained model's GELU inputs fall in the first interval, so that one is
computed for every element and the others only on the elements that need them.

The coefficients are fdlibm's: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
Developed at SunPro, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
distribute this software is freely granted, provided that this notice is preserved.
"""

import numpy as np
from numpy.typing import ArrayLike, NDArray

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
# 0.84375 <= |x| < 1.25: erf(|x|) = erx + P(|x| - 1)/Q(|x| - 1).
_MID_BELOW = 1.25
_ERX = 8.45062911510467529297e-01
_PA = (
    -2.16637559486879084300e-03,
    3.54783043256182359371e-02,
    -1.10894694282396677476e-01,
    3.18346619901161753674e-01,
    -3.72207876035701323847e-01,
    4.14856118683748331666e-01,
    -2.36211856075265944077e-03,
)
_QA = (
    1.19844998467991074170e-02,
    1.36370839120290507362e-02,
    1.26171219808761642112e-01,
    7.18286544141962662868e-02,
    5.40397917702171048937e-01,
    1.06420880400844228286e-01,
    1.0,
)
# 1.25 <= |x| < 6: erf(|x|) = 1 - exp(-x² - 0.5625 + R(1/x²)/S(1/x²))/|x|, with (RA, SA) below
# fdlibm's 1/0.35 (its high word 0x4006DB6E) and (RB, SB) from there. From 6 on erf rounds to ±1.
_RB_FROM = float.fromhex("0x1.6db6e00000000p+1")
_ONE_FROM = 6.0
_RA = (
    -9.81432934416914548592e00,
    -8.12874355063065934246e01,
    -1.84605092906711035994e02,
    -1.62396669462573470355e02,
    -6.23753324503260060396e01,
    -1.05586262253232909814e01,
    -6.93858572707181764372e-01,
    -9.86494403484714822705e-03,
)
_SA = (
    -6.04244152148580987438e-02,
    6.57024977031928170135e00,
    1.08635005541779435134e02,
    4.29008140027567833386e02,
    6.45387271733267880336e02,
    4.34565877475229228821e02,
    1.37657754143519042600e02,
    1.96512716674392571292e01,
    1.0,
)
_RB = (
    -4.83519191608651397019e02,
    -1.02509513161107724954e03,
    -6.37566443368389627722e02,
    -1.60636384855821916062e02,
    -1.77579549177547519889e01,
    -7.99283237680523006574e-01,
    -9.86494292470009928597e-03,
)
_SB = (
    -2.24409524465858183362e01,
    4.74528541206955367215e02,
    2.55305040643316442583e03,
    3.19985821950859553908e03,
    1.53672958608443695994e03,
    3.25792512996573918826e02,
    3.03380607434824582924e01,
    1.0,
)
_HIGH_WORD = np.uint64(0xFFFF_FFFF_0000_0000)
_SQRT1_2 = 0.70710678118654752440


def _horner(t: NDArray[np.float64], coefficients: tuple[float, ...], out: NDArray[np.float64]) -> None:
    """Σ c_k·t^k into ``out``, in fdlibm's order of operations and without temporaries."""
    np.multiply(t, coefficients[0], out=out)
    for c in coefficients[1:-1]:
        out += c
        out *= t
    out += coefficients[-1]


def _ratio(t: NDArray[np.float64], top: tuple[float, ...], bottom: tuple[float, ...]) -> NDArray[np.float64]:
    numerator, denominator = np.empty_like(t), np.empty_like(t)
    _horner(t, top, numerator)
    _horner(t, bottom, denominator)
    numerator /= denominator
    return numerator


def _erf_mid(a: NDArray[np.float64]) -> NDArray[np.float64]:
    """erf(a) for 0.84375 <= a < 1.25."""
    s = a - 1.0
    result = _ratio(s, _PA, _QA)
    result += _ERX
    return result


def _erf_tail(a: NDArray[np.float64]) -> NDArray[np.float64]:
    """erf(a) for a >= 1.25 (a may be +inf)."""
    a = np.minimum(a, _ONE_FROM)  # from 6 on the formula gives exactly 1.0, and inf would give NaN
    s = np.multiply(a, a)
    np.divide(1.0, s, out=s)
    ratio = _ratio(s, _RA, _SA)
    far = np.flatnonzero(a >= _RB_FROM)
    if far.size:
        ratio[far] = _ratio(s[far], _RB, _SB)
    # exp(-a²) as exp(-z²)·exp((z - a)(z + a)) with z = a cut to 21 bits, so that z² is exact.
    z = (a.view(np.uint64) & _HIGH_WORD).view(np.float64)
    head = np.multiply(z, z)
    np.subtract(-0.5625, head, out=head)
    np.exp(head, out=head)
    tail = np.add(z, a)
    tail *= np.subtract(z, a, out=z)
    tail += ratio
    np.exp(tail, out=tail)
    tail *= head
    tail /= a
    np.subtract(1.0, tail, out=tail)
    return tail


def erf(x: ArrayLike, out: NDArray[np.float64] | None = None) -> NDArray[np.float64]:
    """The error function of every element, in float64, within about 1 ulp of math.erf.

    ``out`` (C-contiguous float64, the shape of ``x``; it may be ``x`` itself) avoids an allocation.
    erf(±inf) = ±1, erf(NaN) = NaN, erf(-0.0) = -0.0, as in C.
    """
    x = np.asarray(x, dtype=np.float64)
    if out is None:
        out = np.empty_like(x, order="C")
    flat, result = x.reshape(-1), out.reshape(-1)
    work = np.abs(flat)
    large = np.flatnonzero(work >= _SMALL_BELOW)  # NaN compares false: the small formula keeps it NaN
    large_x = flat[large]
    large_abs = work[large]
    # The small formula everywhere (it is most of them); it overflows for large |x|, replaced below.
    with np.errstate(over="ignore", invalid="ignore"):
        z = np.multiply(flat, flat, out=work)
        y = _ratio(z, _PP, _QQ)
    y *= flat
    np.add(flat, y, out=result)
    if large.size:
        mid = large_abs < _MID_BELOW
        values = np.empty_like(large_abs)
        values[mid] = _erf_mid(large_abs[mid])
        np.logical_not(mid, out=mid)
        values[mid] = _erf_tail(large_abs[mid])
        result[large] = np.copysign(values, large_x, out=values)
    return out


def gelu(x: ArrayLike, out: NDArray[np.float64] | None = None) -> NDArray[np.float64]:
    """x·Φ(x) = x·(1 + erf(x/√2))/2, BERT's "gelu" (the exact form, not the tanh approximation).

    ``out`` may be ``x`` itself, for the feed-forward layer to work in place.
    """
    x = np.asarray(x, dtype=np.float64)
    phi = np.multiply(x, _SQRT1_2)
    erf(phi, out=phi)
    phi += 1.0
    phi *= 0.5
    return np.multiply(x, phi, out=phi if out is None else out)
