"""The vectorised erf against math.erf (the C library's), to 1e-15, and GELU against its definition."""

import math

import numpy as np
import pytest

from attn_gui.models.bert.activation import erf, gelu, scratch

# Where a wrong comparison would show: 0.84375, where fdlibm's small formula meets the fitted tail;
# 6, where the tail is clamped; 2**-28, where fdlibm (not this code) has a shortcut; and fdlibm's
# other seams (1.25, 1/0.35), which a port of all its intervals would have. Each with its neighbours.
BOUNDARIES = [2.0**-28, 0.84375, 1.25, 1 / 0.35, 6.0]
EDGES = (
    [0.0, -0.0, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1e-20, 28.0, 1e10, 1e300, -1e300]
    + BOUNDARIES
    + [np.nextafter(b, 0.0) for b in BOUNDARIES]
    + [np.nextafter(b, np.inf) for b in BOUNDARIES]
)


def reference(x: np.ndarray) -> np.ndarray:
    return np.array([math.erf(v) for v in x.ravel()]).reshape(x.shape)


def check(x: np.ndarray) -> None:
    x = np.concatenate([x, -x])
    expected, actual = reference(x), erf(x)
    assert np.max(np.abs(actual - expected)) <= 1e-15
    nonzero = expected != 0
    assert np.max(np.abs(actual - expected)[nonzero] / np.abs(expected[nonzero])) <= 4.5e-16  # 2 ulp
    assert np.array_equal(np.signbit(actual), np.signbit(expected))


def test_a_dense_grid_over_minus_ten_to_ten():
    check(np.linspace(0.0, 10.0, 1_000_001))


def test_the_edges_and_every_interval_boundary():
    check(np.array(EDGES))


def test_many_random_values_at_every_scale():
    rng = np.random.default_rng(2019)
    normal = rng.standard_normal(200_000) * 2.0
    scales = 10.0 ** rng.uniform(-300, 2, 50_000)
    check(np.concatenate([normal, scales]))


def test_infinities_nan_and_negative_zero_as_in_c():
    result = erf(np.array([np.inf, -np.inf, np.nan, -0.0]))
    assert result[0] == 1.0
    assert result[1] == -1.0
    assert np.isnan(result[2])
    assert result[3] == 0.0
    assert np.signbit(result[3])


def test_shapes_scalars_and_writing_in_place():
    grid = np.linspace(-3, 3, 24).reshape(2, 3, 4)
    expected = reference(grid)
    assert erf(grid).shape == (2, 3, 4)
    assert erf(0.5) == pytest.approx(math.erf(0.5), abs=1e-16)
    erf(grid, out=grid)
    assert np.max(np.abs(grid - expected)) <= 1e-15


def test_gelu_is_x_times_the_normal_cdf_and_works_in_place():
    x = np.linspace(-12, 12, 100_001)
    expected = np.array([v * 0.5 * (1.0 + math.erf(v / math.sqrt(2.0))) for v in x])
    assert np.max(np.abs(gelu(x) - expected)) <= 1e-14
    gelu(x, out=x)
    assert np.max(np.abs(x - expected)) <= 1e-14


def test_gelu_far_from_zero_and_at_the_infinities():
    x = np.linspace(-40, 40, 80_001)
    expected = np.array([v * 0.5 * (1.0 + math.erf(v / math.sqrt(2.0))) for v in x])
    assert np.max(np.abs(gelu(x) - expected)) <= 2e-15  # one ulp of x between 8 and 16
    far = gelu(np.array([np.inf, -np.inf, np.nan, 1e300, -1e300]))
    assert far[0] == np.inf
    assert far[1] == 0.0
    assert np.isnan(far[2])
    assert far[3] == 1e300
    assert far[4] == 0.0


def test_kept_work_space_gives_the_same_values_at_any_smaller_size():
    work = scratch(10_000)
    for size in (10_000, 37, 1):
        x = np.random.default_rng(size).standard_normal(size) * 3
        assert np.array_equal(erf(x, work=work), erf(x))
        assert np.array_equal(gelu(x, work=work), gelu(x))


def test_an_out_array_that_cannot_hold_the_result_is_refused():
    with pytest.raises(ValueError, match="C-contiguous float64"):
        erf(np.zeros((4, 4)), out=np.zeros((4, 4)).T[:, :3])
    with pytest.raises(ValueError, match="C-contiguous float64"):
        gelu(np.zeros(4), out=np.zeros(4, dtype=np.float32))
