"""The core's numbers equal the curriculum's formulas written out as plain Python loops, without NumPy."""

import math
import warnings

import numpy as np
import pytest

from attn_gui.core import (
    AttentionConfig,
    causal_mask,
    compute_trace,
    dot_product,
    positional_encoding,
    product_cell,
    softmax,
)

TOL = 1e-12


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    """C[i][j] = Σ_k A[i][k]·B[k][j], one multiply-add at a time."""
    assert all(len(row) == len(b) for row in a)
    c = []
    for i in range(len(a)):
        row = []
        for j in range(len(b[0])):
            total = 0.0
            for k in range(len(b)):
                total += a[i][k] * b[k][j]
            row.append(total)
        c.append(row)
    return c


def columns(m: list[list[float]], start: int, stop: int) -> list[list[float]]:
    return [row[start:stop] for row in m]


def transpose(m: list[list[float]]) -> list[list[float]]:
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def assert_close(actual, expected: list[list[float]]) -> None:
    actual = np.asarray(actual).tolist()
    assert len(actual) == len(expected)
    for got_row, want_row in zip(actual, expected, strict=True):
        assert got_row == pytest.approx(want_row, abs=TOL, rel=0)


def loop_softmax(row: list[float]) -> list[float]:
    """The textbook e^x_i / Σ_j e^x_j (inputs kept small enough not to overflow)."""
    exps = [math.exp(x) for x in row]
    total = sum(exps)
    return [e / total for e in exps]


CONFIGS = {
    "self": AttentionConfig(tokens=("the", "cat", "sat", "on", "the", "mat"), d_model=6, num_heads=2),
    "causal-explicit-dk-dv": AttentionConfig(
        tokens=("I", "love", "you"), d_model=5, num_heads=2, d_k=3, d_v=4, mask="causal", seed=5
    ),
    "cross": AttentionConfig(
        tokens=("I", "love", "cats"), kv_tokens=("我", "爱", "猫", "咪"), d_model=4, num_heads=2, seed=2
    ),
}


# --- matrix products --------------------------------------------------------------------------


@pytest.mark.parametrize("config", CONFIGS.values(), ids=CONFIGS.keys())
def test_trace_products_equal_triple_loops(config):
    trace = compute_trace(config)
    d_k, d_v = config.dims.d_k, config.dims.d_v
    m = {name: trace.get(name).array.tolist() for name in ("x_in", "w_q", "w_k", "w_v", "w_o")}
    x_kv_in = trace.get("x_kv_in").array.tolist() if config.cross else m["x_in"]
    for h in range(config.num_heads):
        q = matmul(m["x_in"], columns(m["w_q"], h * d_k, (h + 1) * d_k))
        k = matmul(x_kv_in, columns(m["w_k"], h * d_k, (h + 1) * d_k))
        v = matmul(x_kv_in, columns(m["w_v"], h * d_v, (h + 1) * d_v))
        assert_close(trace.get("q", h).array, q)
        assert_close(trace.get("k", h).array, k)
        assert_close(trace.get("v", h).array, v)
        assert trace.get("k_t", h).array.tolist() == transpose(trace.get("k", h).array.tolist())
        scores = matmul(trace.get("q", h).array.tolist(), trace.get("k_t", h).array.tolist())
        assert_close(trace.get("scores", h).array, scores)
        head_output = matmul(trace.get("weights", h).array.tolist(), trace.get("v", h).array.tolist())
        assert_close(trace.get("head_output", h).array, head_output)
    assert_close(trace.get("output").array, matmul(trace.get("concat").array.tolist(), m["w_o"]))


def test_dot_product_spells_out_one_cell():
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((3, 5)), rng.standard_normal((5, 4))
    la, lb = a.tolist(), b.tolist()
    for i in range(3):
        for j in range(4):
            cell = dot_product(a, b, i, j)
            assert cell.left.tolist() == la[i]
            assert cell.right.tolist() == [lb[k][j] for k in range(5)]
            assert cell.terms.tolist() == [la[i][k] * lb[k][j] for k in range(5)]
            partial, running = 0.0, []
            for k in range(5):
                partial += la[i][k] * lb[k][j]
                running.append(partial)
            assert cell.running.tolist() == running
            assert cell.value == running[-1]


@pytest.mark.parametrize(
    ("shape_a", "shape_b"),
    [((2, 3), (2, 3)), ((3, 4), (3, 4)), ((1, 2), (3, 1)), ((4, 2), (1, 2))],
)
def test_dot_product_rejects_mismatched_shapes(shape_a, shape_b):
    with pytest.raises(ValueError, match="columns"):
        dot_product(np.ones(shape_a), np.ones(shape_b), 0, 0)


@pytest.mark.parametrize(("i", "j"), [(-1, 0), (0, -1), (2, 0), (0, 4)])
def test_dot_product_refuses_cells_outside_the_product(i, j):
    with pytest.raises(IndexError, match="outside"):
        dot_product(np.ones((2, 3)), np.ones((3, 4)), i, j)


def test_product_cell_needs_a_head_exactly_for_per_head_stages():
    trace = compute_trace(AttentionConfig(tokens=("a", "b")))
    with pytest.raises(ValueError, match="per head"):
        product_cell(trace, "scores", 0, 0)
    with pytest.raises(ValueError, match="not per head"):
        product_cell(trace, "output", 0, 0, head=0)


def _operands(trace, name: str, head: int | None) -> tuple[list[list[float]], list[list[float]]]:
    """The curriculum's operands of each product, picked out by hand from the trace."""
    dims = trace.dims

    def get(matrix: str) -> list[list[float]]:
        return trace.get(matrix, head).array.tolist()

    x_kv_in = "x_kv_in" if trace.cross else "x_in"
    if name == "q":
        return get("x_in"), columns(get("w_q"), head * dims.d_k, (head + 1) * dims.d_k)
    if name == "k":
        return get(x_kv_in), columns(get("w_k"), head * dims.d_k, (head + 1) * dims.d_k)
    if name == "v":
        return get(x_kv_in), columns(get("w_v"), head * dims.d_v, (head + 1) * dims.d_v)
    if name == "scores":
        return get("q"), get("k_t")
    if name == "head_output":
        return get("weights"), get("v")
    return get("concat"), get("w_o")


@pytest.mark.parametrize("config", CONFIGS.values(), ids=CONFIGS.keys())
@pytest.mark.parametrize("name", ["q", "k", "v", "scores", "head_output", "output"])
def test_product_cell_follows_the_loop(config, name):
    trace = compute_trace(config)
    heads = [None] if name == "output" else range(config.num_heads)
    for head in heads:
        left, right = _operands(trace, name, head)
        target = trace.get(name, head).array
        for i in range(target.shape[0]):
            for j in range(target.shape[1]):
                cell = product_cell(trace, name, i, j, head)
                terms = [left[i][k] * right[k][j] for k in range(len(right))]
                assert cell.terms.tolist() == terms
                partial, running = 0.0, []
                for term in terms:
                    partial += term
                    running.append(partial)
                assert cell.running.tolist() == running
                assert cell.value == pytest.approx(float(target[i, j]), abs=TOL, rel=0)


# --- positional encoding, mask ----------------------------------------------------------------


@pytest.mark.parametrize("d_model", [1, 2, 3, 4, 5, 8, 9, 16])
@pytest.mark.parametrize("n", [1, 7, 60])
def test_positional_encoding_matches_formula(n, d_model):
    expected = []
    for pos in range(n):
        row = []
        for col in range(d_model):
            i = col // 2
            angle = pos / 10000 ** (2 * i / d_model)
            row.append(math.sin(angle) if col % 2 == 0 else math.cos(angle))
        expected.append(row)
    pe = positional_encoding(n, d_model)
    assert pe.shape == (n, d_model)
    assert_close(pe, expected)


def test_positional_encoding_first_row_alternates_zero_and_one():
    assert positional_encoding(1, 5).tolist() == [[0.0, 1.0, 0.0, 1.0, 0.0]]


@pytest.mark.parametrize("n", [1, 2, 3, 6])
def test_causal_mask_allows_only_the_past(n):
    mask = causal_mask(n)
    assert mask.dtype == np.bool_
    assert mask.tolist() == [[j <= i for j in range(n)] for i in range(n)]


@pytest.mark.parametrize(("n", "n_k"), [(2, 5), (5, 2), (3, 3)])
def test_rectangular_causal_mask_is_top_left_aligned(n, n_k):
    assert causal_mask(n, n_k).tolist() == [[j <= i for j in range(n_k)] for i in range(n)]


# --- softmax ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [[0.0], [1.0, 2.0, 3.0], [-2.5, 0.0, 2.5, 0.1], [5.0, 5.0, 5.0], [-30.0, 30.0, 0.0, 12.0, -7.5]],
)
def test_softmax_matches_loop(row):
    assert softmax(row).tolist() == pytest.approx(loop_softmax(row), abs=TOL, rel=0)


def test_softmax_is_row_wise_on_matrices():
    rows = [[1.0, 2.0, 3.0], [0.5, -0.5, 4.0]]
    result = softmax(np.array(rows))
    for got, row in zip(result.tolist(), rows, strict=True):
        assert got == pytest.approx(loop_softmax(row), abs=TOL, rel=0)


@pytest.mark.parametrize("offset", [1000.0, -1000.0, 1e6, 710.0])
def test_softmax_is_stable_for_large_inputs(offset):
    # exp(1000) overflows a float, yet softmax only depends on the differences.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = softmax([offset, offset + 1, offset + 2])
    assert np.all(np.isfinite(result))
    assert result.tolist() == pytest.approx(loop_softmax([0.0, 1.0, 2.0]), abs=TOL, rel=0)


def test_softmax_gives_minus_infinity_exactly_zero():
    result = softmax([1.0, -math.inf, 2.0, -math.inf]).tolist()
    assert result[1] == 0.0
    assert result[3] == 0.0
    assert [result[0], result[2]] == pytest.approx(loop_softmax([1.0, 2.0]), abs=TOL, rel=0)


def test_softmax_of_an_all_minus_infinity_row_is_zeros_without_warning():
    x = np.array([[-math.inf, -math.inf, -math.inf], [0.0, 1.0, -math.inf]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = softmax(x)
    assert not np.isnan(result).any()
    assert result[0].tolist() == [0.0, 0.0, 0.0]
    assert result[1].tolist() == pytest.approx([*loop_softmax([0.0, 1.0]), 0.0], abs=TOL, rel=0)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ([math.inf, 1.0, math.inf, -math.inf], [0.5, 0.0, 0.5, 0.0]),
        ([2.0, math.inf, 1e300], [0.0, 1.0, 0.0]),
        ([math.inf, math.inf, math.inf], [1 / 3, 1 / 3, 1 / 3]),
    ],
)
def test_softmax_shares_weight_among_plus_infinity(row, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = softmax(row)
    assert result.tolist() == pytest.approx(expected, abs=TOL, rel=0)


@pytest.mark.parametrize("row", [[math.nan, 1.0], [math.nan, 1000.0], [0.5, math.nan, -math.inf]])
def test_softmax_lets_nan_show_instead_of_passing_for_a_weight(row):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = softmax(np.array(row))
    assert np.isnan(result).all()


def test_softmax_of_extreme_finite_values_is_exact_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert softmax(np.array([-1.7e308, 1.7e308])).tolist() == [0.0, 1.0]
