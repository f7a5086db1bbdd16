"""The error function in NumPy, for BERT's exact GELU, x·Φ(x) = x·(1 + erf(x/√2))/2.

NumPy has no erf; scipy's is too large for the frozen build and math.erf, one value at a time, is
far too slow for 6 layers × n × 1536 inputs. This is fdlibm's s_erf.c (the algorithm under glibc's
erf, hence math.erf) vectorised: the same rational approximations on the same intervals, within
2 ulp of math.erf (fdlibm's separate shortcut for |x| < 2**-28 is its general small formula here).
About two thirds of a trained model's GELU inputs fall in the first interval, so that one is
computed for every element and the others only on the elements that need them, in work space the
caller can keep (``scratch``) rather than a dozen fresh temporaries.

The coefficients are fdlibm's: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
Developed at SunPro, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and
distribute this software is freely granted, provided that this notice is preserved.
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


def _erf_mid(a: Array, work: Array) -> None:
    """erf(a) in place for 0.84375 <= a < 1.25; ``work`` is (2, len(a)) scratch."""
    s, denominator = work
    np.subtract(a, 1.0, out=s)
    _ratio(s, _PA, _QA, a, denominator)
    a += _ERX


def _erf_tail(a: Array, work: Array) -> None:
    """erf(a) in place for a >= 1.25 (a may be +inf); ``work`` is (4, len(a)) scratch."""
    s, ratio, head, cut = work
    np.minimum(a, _ONE_FROM, out=a)  # from 6 on the formula gives exactly 1.0, and inf would give NaN
    np.multiply(a, a, out=s)
    np.divide(1.0, s, out=s)
    _ratio(s, _RA, _SA, ratio, head)
    far = np.flatnonzero(a >= _RB_FROM)  # rare in a trained model: their own small arrays
    if far.size:
        near_s = s[far]
        ratio[far] = _ratio(near_s, _RB, _SB, np.empty_like(near_s), np.empty_like(near_s))
    # exp(-a²) as exp(-z²)·exp((z - a)(z + a)) with z = a cut to 21 bits, so that z² is exact.
    np.bitwise_and(a.view(np.uint64), _HIGH_WORD, out=cut.view(np.uint64))
    np.multiply(cut, cut, out=head)
    np.subtract(-0.5625, head, out=head)
    np.exp(head, out=head)
    np.add(cut, a, out=s)
    np.subtract(cut, a, out=cut)
    cut *= s
    cut += ratio
    np.exp(cut, out=cut)
    cut *= head
    cut /= a
    np.subtract(1.0, cut, out=a)


ERF_ROWS = 7  # the scratch rows erf needs; gelu needs one more


def scratch(size: int, rows: int = ERF_ROWS + 1) -> Array:
    """Work space for erf or gelu on up to ``size`` values, to keep from one call to the next.

    On these machines a fresh 1.5 MB temporary costs about 0.5 ms in page faults, more than the
    arithmetic it holds; a kept block costs nothing after the first call.
    """
    return np.empty((rows, size))


def _erf_flat(z: Array, out: Array, work: Array) -> None:
    """erf of the 1-d ``z`` into ``out`` (which may be ``z``), with (ERF_ROWS, len(z)) ``work``."""
    square, ratio, denominator, large_z, values = work[0], work[1], work[2], work[5], work[6]
    # The small formula everywhere (it is most of them); it overflows for large |z|, replaced below.
    with np.errstate(over="ignore", invalid="ignore"):
        np.multiply(z, z, out=square)
        _ratio(square, _PP, _QQ, ratio, denominator)
    large = np.flatnonzero(square >= _SMALL_BELOW**2)  # NaN compares false: the small formula keeps it
    m = large.size
    np.take(z, large, out=large_z[:m])  # before ``out``, which may be ``z``, is written
    ratio *= z
    np.add(z, ratio, out=out)
    if not m:
        return
    a = np.abs(large_z[:m], out=values[:m])
    mid = np.flatnonzero(a < _MID_BELOW)
    tail = np.flatnonzero(a >= _MID_BELOW)
    for indices, branch, rows in ((mid, _erf_mid, 2), (tail, _erf_tail, 4)):
        if indices.size:  # rows 0-4 are free again; 5 and 6 hold large_z and a
            part = np.take(a, indices, out=work[0, : indices.size])
            branch(part, work[1 : 1 + rows, : indices.size])
            a[indices] = part
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
    out, work = _out_and_work(x, out, work, ERF_ROWS)
    _erf_flat(x.reshape(-1), out.reshape(-1), work)
    return out


def gelu(x: ArrayLike, out: Array | None = None, work: Array | None = None) -> Array:
    """x·Φ(x) = x·(1 + erf(x/√2))/2, BERT's "gelu" (the exact form, not the tanh approximation).

    ``out`` may be ``x`` itself, for the feed-forward layer to work in place; ``work`` as for erf.
    """
    x = np.asarray(x, dtype=np.float64)
    out, work = _out_and_work(x, out, work, ERF_ROWS + 1)
    flat, phi = x.reshape(-1), work[ERF_ROWS]
    np.multiply(flat, _SQRT1_2, out=phi)
    _erf_flat(phi, phi, work)
    phi += 1.0
    phi *= 0.5
    np.multiply(flat, phi, out=out.reshape(-1))
    return out
