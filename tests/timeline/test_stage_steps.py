"""The stages that are not products or softmax, step by step against the trace and NumPy:
input rows, X + PE, Kᵀ, the scaling, the mask and the concatenation."""

import math

import numpy as np
import pytest

from attn_gui.timeline.timeline import build_timeline

from .conftest import trace_for
from .helpers import cells_before, cells_of, divisor, numbers, segments_with_steps, whole_rows


def _segments(trace, granularity, stage):
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        if segment.stage == stage:
            yield segment, steps


@pytest.mark.parametrize("stage", ["x", "pe"])
def test_input_rows_appear_one_by_one_with_their_values(trace, granularity, stage):
    matrix = trace.get(stage)
    for _, steps in _segments(trace, granularity, stage):
        if granularity == "stage":
            assert (steps[0].phase, steps[0].equation) == ("stage", None)
            continue
        assert len(steps) == matrix.array.shape[0]
        for r, step in enumerate(steps):
            assert (step.phase, step.equation.kind) == ("row", "copy")
            assert step.equation.values == tuple(matrix.array[r])
            assert cells_of(step.filled, matrix.array.shape) == whole_rows(matrix.array.shape, r + 1)
            assert step.highlights[0].matrix == stage
            assert step.highlights[0].rows == (r,)
            values = dict(step.caption.values)
            assert (values["position"], values["token"]) == (r + 1, trace.tokens[r])


@pytest.mark.parametrize("granularity", ["term", "cell"])
def test_x_in_is_x_plus_pe_cell_by_cell(trace, granularity):
    x, pe, x_in = (trace.get(name).array for name in ("x", "pe", "x_in"))
    on = trace.positional_encoding
    (_, steps), *_ = _segments(trace, granularity, "x_in")
    cells = [(i, j) for i in range(x.shape[0]) for j in range(x.shape[1])]
    assert len(steps) == len(cells)
    for (i, j), step in zip(cells, steps, strict=True):
        added = pe[i, j] if on else 0.0
        assert step.equation.kind == "sum"
        assert step.equation.terms == ((x[i, j], added),)
        assert step.partial == step.equation.value == x_in[i, j] == x[i, j] + added
        assert step.current == (i, j)
        assert numbers(step) == ({"x": x[i, j], "pe": pe[i, j]} if on else {}) | {"value": x_in[i, j]}
        assert {band.matrix for band in step.highlights} == ({"x", "pe"} if on else {"x"})
        assert cells_of(step.filled, x.shape) == cells_before(x.shape, i, j) | {(i, j)}


def test_k_transposed_lays_each_row_of_k_down_as_a_column(trace, granularity):
    for segment, steps in _segments(trace, granularity, "k_t"):
        k, k_t = trace.get("k", segment.head).array, trace.get("k_t", segment.head).array
        if granularity == "stage":
            assert cells_of(steps[0].filled, k_t.shape) == whole_rows(k_t.shape, k_t.shape[0])
            continue
        shown = np.full(k_t.shape, np.nan)
        for r, step in enumerate(steps):
            assert step.equation.values == tuple(k[r])
            shown[:, r] = step.equation.values
            assert cells_of(step.filled, k_t.shape) == {
                (a, b) for a in range(k.shape[1]) for b in range(r + 1)
            }
            bands = {band.matrix: band for band in step.highlights}
            assert (bands["k"].rows, bands["k_t"].columns) == ((r,), (r,))
            assert dict(step.caption.values)["in_shape"] == str(k.shape)
            assert dict(step.caption.values)["shape"] == str(k_t.shape)
        assert np.array_equal(shown, k_t)


@pytest.mark.parametrize("granularity", ["term", "cell"])
def test_each_score_is_divided_by_root_d_k_or_by_one_when_scaling_is_off(trace, granularity):
    d = divisor(trace)
    label = f"√{trace.dims.d_k}" if trace.scale else "1"
    for segment, steps in _segments(trace, granularity, "scaled"):
        scores, scaled = trace.get("scores", segment.head).array, trace.get("scaled", segment.head).array
        for n, step in enumerate(steps):
            i, j = divmod(n, scores.shape[1])
            assert step.equation.kind == "divide"
            assert step.equation.label == label
            assert step.equation.terms == ((scores[i, j], d),)
            assert step.partial == step.equation.value == scaled[i, j] == scores[i, j] / d
            shown = {"score": scores[i, j], "divisor": d} if trace.scale else {}
            assert numbers(step) == shown | {"value": scaled[i, j]}
            assert ("off" in step.caption.template) is not trace.scale


def test_with_scaling_off_every_granularity_says_so():
    trace = trace_for("switches-off")
    for granularity in ("term", "row", "stage"):
        timeline = build_timeline(trace, granularity)
        assert timeline[timeline.start_of("scaled")].caption.template.startswith("Scaling is off")
        assert timeline[timeline.start_of("x_in")].caption.template.startswith("Positional encoding is off")


def test_the_causal_mask_turns_the_future_of_each_row_to_minus_infinity(trace, granularity):
    causal = trace.mask == "causal"
    for segment, steps in _segments(trace, granularity, "masked"):
        scaled, masked = trace.get("scaled", segment.head).array, trace.get("masked", segment.head).array
        if not causal or granularity == "stage":
            assert len(steps) == 1
            assert steps[0].equation is None
            assert cells_of(steps[0].filled, masked.shape) == whole_rows(masked.shape, masked.shape[0])
            continue
        for i, step in enumerate(steps):
            future = np.arange(scaled.shape[1]) > i
            offsets = np.where(future, -math.inf, 0.0)
            assert step.equation.kind == "mask"
            assert step.equation.terms == tuple(zip(scaled[i], offsets, strict=True))
            assert step.equation.results == tuple(masked[i]) == tuple(scaled[i] + offsets)
            values = dict(step.caption.values)
            assert (values["seen"], values.get("hidden", 0)) == (int((~future).sum()), int(future.sum()))
            hidden = {cell for band in step.highlights if band.matrix == "masked" for cell in band.cells}
            assert hidden == {(i, int(j)) for j in np.flatnonzero(future)}
            assert cells_of(step.filled, masked.shape) == whole_rows(masked.shape, i + 1)


def test_without_a_mask_one_step_says_the_scores_pass_unchanged(granularity):
    timeline = build_timeline(trace_for("default"), granularity)
    step = timeline[timeline.start_of("masked", 1)]
    assert step.count == 1
    assert step.caption.template.startswith("No mask")


def test_concat_places_each_head_s_z_in_its_block_of_columns(trace, granularity):
    (_, steps), *_ = _segments(trace, granularity, "concat")
    concat = trace.get("concat").array
    d_v = trace.dims.d_v
    if granularity == "stage":
        assert cells_of(steps[0].filled, concat.shape) == whole_rows(concat.shape, concat.shape[0])
        return
    for h, step in enumerate(steps):
        z = trace.get("head_output", h).array
        assert np.array_equal(concat[:, h * d_v : (h + 1) * d_v], z)
        block = tuple(range(h * d_v, (h + 1) * d_v))
        bands = {band.matrix: band for band in step.highlights}
        assert (bands["head_output"].head, bands["head_output"].columns) == (h, tuple(range(d_v)))
        assert bands["concat"].columns == block
        filled = cells_of(step.filled, concat.shape)
        assert filled == {(r, c) for r in range(concat.shape[0]) for c in range(block[-1] + 1)}
        values = dict(step.caption.values)
        assert (values["head"], values["first"], values["last"]) == (h + 1, block[0] + 1, block[-1] + 1)
