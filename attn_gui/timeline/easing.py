"""Rate functions for sliding a highlight from one cell to the next, as pure functions of time.

A rate maps the fraction of a transition that has elapsed, t in [0, 1], to how far the
motion has got; t outside [0, 1] (a late timer tick) is clamped, so a highlight never
overshoots its target. ``interpolate`` applies a rate between two numbers or points.
"""

from collections.abc import Callable
from typing import TypeVar

Rate = Callable[[float], float]
Point = TypeVar("Point", float, tuple[float, ...])


def _clamp(t: float) -> float:
    """t limited to [0, 1]; NaN counts as not started."""
    if not t > 0.0:
        return 0.0
    return 1.0 if t >= 1.0 else float(t)


def linear(t: float) -> float:
    """Constant speed: for scrubbing, where the position must follow the hand exactly."""
    return _clamp(t)


def ease_out_cubic(t: float) -> float:
    """Fast start, gentle arrival: the eye finds where the highlight lands."""
    return 1.0 - (1.0 - _clamp(t)) ** 3


def smooth(t: float) -> float:
    """Smoothstep, 3t² − 2t³: gentle at both ends, for longer moves between matrices."""
    t = _clamp(t)
    return t * t * (3.0 - 2.0 * t)


def interpolate(a: Point, b: Point, t: float, rate: Rate = ease_out_cubic) -> Point:
    """The point ``rate(t)`` of the way from ``a`` to ``b``; exactly ``a`` at 0 and ``b`` at 1.

    ``a`` and ``b`` are numbers, or tuples of numbers of the same length (a cell's (row,
    column), a rectangle); tuples are interpolated component by component.
    """
    s = rate(t)
    if isinstance(a, tuple) or isinstance(b, tuple):
        if not (isinstance(a, tuple) and isinstance(b, tuple)) or len(a) != len(b):
            raise ValueError(f"cannot interpolate between {a!r} and {b!r}: give two tuples of one length")
        return tuple(x * (1.0 - s) + y * s for x, y in zip(a, b, strict=True))
    return a * (1.0 - s) + b * s
