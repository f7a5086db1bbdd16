"""Every step of every matrix product against NumPy: terms, running sums, the final cells."""

import numpy as np
import pytest

from attn_gui.timeline.timeline import build_timeline

from .conftest import trace_for
from .helpers import cells_before, cells_of, numbers, operand_names, operands, segments_with_steps, whole_rows

PRODUCT_STAGES = ("q", "k", "v", "scores", "head_output", "output")


def _product_segments(trace, granularity):
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        if segment.stage in PRODUCT_STAGES:
            a, b = operands(trace, segment.stage, segment.head)
            c = trace.get(segment.stage, segment.head).array
            np.testing.assert_allclose(a @ b, c, rtol=1e-12, atol=1e-12)  # the operands are the right ones
            yield segment, steps, a, b, c


@pytest.mark.parametrize("granularity", ["term", "cell"])
def test_each_dot_product_is_built_term_by_term_and_ends_on_the_trace_s_value(trace, granularity):
    for segment, steps, a, b, c in _product_segments(trace, granularity):
        (m, p), q = a.shape, b.shape[1]
        left, right = operand_names(trace, segment.stage)
        walk = iter(steps)
        shown = np.full(c.shape, np.nan)
        for i in range(m):
            for j in range(q):
                running = np.cumsum(a[i, :] * b[:, j])
                for k in range(p) if granularity == "term" else [p - 1]:
                    step = next(walk)
                    complete = k == p - 1
                    value = c[i, j] if complete else running[k]
                    assert (step.phase, step.current, step.partial) == (granularity, (i, j), value)
                    equation = step.equation
                    assert (equation.kind, equation.value, equation.complete) == ("dot", value, complete)
                    assert equation.terms == tuple(zip(a[i, : k + 1], b[: k + 1, j], strict=True))
                    if complete:
                        assert value == pytest.approx(running[-1], rel=1e-12, abs=1e-12)
                        shown[i, j] = step.partial
                    done = cells_before(c.shape, i, j) | ({(i, j)} if complete else set())
                    assert cells_of(step.filled, c.shape) == done
                    assert len(step.filled) <= 2
                    bands = {band.matrix: band for band in step.highlights}
                    assert (bands[left].rows, bands[right].columns) == ((i,), (j,))
                    term = granularity == "term"
                    assert bands[left].cells == (((i, k),) if term else ())
                    assert bands[right].cells == (((k, j),) if term else ())
                    caption = numbers(step)
                    if term:
                        assert (caption.pop("x"), caption.pop("y")) == (a[i, k], b[k, j])
                    assert caption == ({} if step.local == 0 and term else {"sum": value})
        assert next(walk, None) is None
        assert np.array_equal(shown, c)


def test_a_row_step_fills_one_row_of_the_product(trace):
    for segment, steps, a, b, c in _product_segments(trace, "row"):
        left, right = operand_names(trace, segment.stage)
        assert len(steps) == a.shape[0]
        for i, step in enumerate(steps):
            assert (step.phase, step.current, step.equation, numbers(step)) == ("row", None, None, {})
            assert cells_of(step.filled, c.shape) == whole_rows(c.shape, i + 1)
            bands = {band.matrix: band for band in step.highlights}
            assert bands[left].rows == (i,)
            assert bands[right].columns == tuple(range(b.shape[1]))


def test_the_first_step_of_every_product_states_the_shape_rule(trace, granularity):
    for segment, steps, a, b, c in _product_segments(trace, granularity):
        values = dict(steps[0].caption.values)
        assert values["a_shape"] == str(a.shape)
        assert values["b_shape"] == str(b.shape)
        assert values["c_shape"] == str(c.shape)
        assert values["terms"] == a.shape[1] == b.shape[0]
        assert "columns of {a} = rows of {b}" in steps[0].caption.template
        assert all("columns of {a} = rows of {b}" not in s.caption.template for s in steps[1:])
        assert (values["a"], values["b"]) == {
            "q": ("X_in", "W_Q"),
            "k": ("X_kv,in" if trace.cross else "X_in", "W_K"),
            "v": ("X_kv,in" if trace.cross else "X_in", "W_V"),
            "scores": ("Q", "Kᵀ"),
            "head_output": ("A", "V"),
            "output": ("Concat", "W_O"),
        }[segment.stage]


def test_term_captions_name_the_cells_by_their_labels():
    trace = trace_for("default")
    timeline = build_timeline(trace, "term")
    # S[love, learning] of head 0: term 2 of 2 is Q[love, 2] · Kᵀ[2, learning].
    step = timeline[timeline.index_of("scores", 0, (1 * 3 + 2) * 2 + 1)]
    values = dict(step.caption.values)
    assert {k: values[k] for k in ("c", "row", "col", "a", "k", "b", "b_col", "term", "terms")} == {
        "c": "S",
        "row": "love",
        "col": "learning",
        "a": "Q",
        "k": "2",
        "b": "Kᵀ",
        "b_col": "learning",
        "term": 2,
        "terms": 2,
    }
    q, k = trace.get("q", 0).array, trace.get("k", 0).array
    assert (values["x"], values["y"], values["sum"]) == (q[1, 1], k[2, 1], trace.get("scores", 0).array[1, 2])
    # Head 1's block of W_Q is labelled by its columns in the whole W_Q (3 and 4), Q's by 1 and 2.
    step = timeline[timeline.index_of("q", 1, 1)]
    assert (dict(step.caption.values)["b_col"], dict(step.caption.values)["col"]) == ("3", "1")
