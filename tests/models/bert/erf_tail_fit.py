"""How attn_gui.models.bert.activation's tail coefficients were fitted (run by hand, not collected).

For |x| >= 0.84375, erf(|x|) = 1 − erfc(|x|) and erfc(a) = exp(−a²)·erfcx(a). The fit is a (6, 6)
rational R(a) = P(a)/Q(a), Q(0) = 1, to erfcx on [0.84375, 6] (beyond 6 erf rounds to 1), weighted
by erfc(a) so that what is minimised is the absolute error of erfc, hence of erf: linearised least
squares iterated to convergence (Sanathanan–Koerner) at 3000 Chebyshev points, in 40-digit
arithmetic (mpmath, which comes with torch's sympy in the test extra). Every coefficient comes out
positive, so Horner's rule in float64 adds no cancellation.

    .venv/bin/python -m tests.models.bert.erf_tail_fit
"""

import mpmath as mp

LOW, HIGH, DEGREE, POINTS = 0.84375, 6.0, 6, 3000


def fit() -> tuple[list[float], list[float], mp.mpf]:
    mp.mp.dps = 40
    nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / POINTS) for k in range(POINTS)]
    xs = [LOW + (HIGH - LOW) * (1 + t) / 2 for t in nodes]
    targets = [mp.erfc(x) * mp.exp(x * x) for x in xs]
    weights = [mp.erfc(x) for x in xs]
    previous_q = [mp.mpf(1)] * POINTS
    for _ in range(12):
        rows, rhs = [], []
        for x, f, w, q in zip(xs, targets, weights, previous_q, strict=True):
            s = w / q
            rows.append([s * x**j for j in range(DEGREE + 1)] + [-s * f * x**j for j in range(1, DEGREE + 1)])
            rhs.append(s * f)
        solution = mp.qr_solve(mp.matrix(rows), mp.matrix(rhs))[0]
        p = [solution[j] for j in range(DEGREE + 1)]
        q = [mp.mpf(1)] + [solution[DEGREE + 1 + j] for j in range(DEGREE)]
        previous_q = [mp.polyval(q[::-1], x) for x in xs]
    error = max(
        w * abs(mp.polyval(p[::-1], x) / mp.polyval(q[::-1], x) - f) / f
        for x, f, w in zip(xs, targets, weights, strict=True)
    )
    return [float(c) for c in p], [float(c) for c in q], error


if __name__ == "__main__":
    numerator, denominator, error = fit()
    print("P, lowest degree first:", numerator)
    print("Q, lowest degree first:", denominator)
    print("largest absolute error of erfc at the points:", mp.nstr(error, 3))
