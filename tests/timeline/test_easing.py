"""Rate functions: pinned ends, clamping, monotone, and interpolation of numbers and points."""

import itertools
import math

import pytest

from attn_gui.timeline.easing import ease_out_cubic, interpolate, linear, smooth

RATES = (linear, ease_out_cubic, smooth)
TIMES = [i / 100 for i in range(101)]


@pytest.mark.parametrize("rate", RATES)
def test_rates_start_at_zero_end_at_one_and_never_go_back(rate):
    assert (rate(0.0), rate(1.0)) == (0.0, 1.0)
    values = [rate(t) for t in TIMES]
    assert all(a <= b for a, b in itertools.pairwise(values))
    assert all(0.0 <= v <= 1.0 for v in values)


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize(("t", "expected"), [(-0.5, 0.0), (1.7, 1.0), (math.nan, 0.0), (-math.inf, 0.0)])
def test_time_outside_the_transition_is_clamped(rate, t, expected):
    assert rate(t) == expected


def test_the_curves_are_the_textbook_ones():
    for t in TIMES:
        assert linear(t) == pytest.approx(t)
        assert ease_out_cubic(t) == pytest.approx(1 - (1 - t) ** 3)
        assert smooth(t) == pytest.approx(3 * t**2 - 2 * t**3)
    assert ease_out_cubic(0.5) > linear(0.5) == smooth(0.5) == 0.5  # ease-out is ahead halfway


def test_interpolate_numbers_and_points_exactly_at_the_ends():
    assert interpolate(2.0, 7.0, 0.0) == 2.0
    assert interpolate(2.0, 7.0, 1.0) == 7.0
    assert interpolate(0.1, 0.7, 1.0) == 0.7  # no rounding drift at the target
    assert interpolate(2.0, 6.0, 0.5, rate=linear) == 4.0
    assert interpolate(10.0, 0.0, 0.5) == pytest.approx(10 - 10 * ease_out_cubic(0.5))
    assert interpolate((0, 4), (2, 0), 0.5, rate=linear) == (1.0, 2.0)
    assert interpolate((1.0, 2.0, 3.0, 4.0), (5.0, 6.0, 7.0, 8.0), 2.0) == (5.0, 6.0, 7.0, 8.0)


@pytest.mark.parametrize(("a", "b"), [((0.0, 1.0), (1.0,)), ((0.0, 1.0), 1.0), (1.0, (0.0, 1.0))])
def test_interpolating_mismatched_points_is_refused(a, b):
    with pytest.raises(ValueError, match="cannot interpolate"):
        interpolate(a, b, 0.5)
