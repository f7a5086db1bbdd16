"""Softmax in four moves a row, against a softmax written out here from the curriculum's formula."""

import math

import numpy as np
import pytest

from attn_gui.timeline.timeline import build_timeline

from .conftest import trace_for
from .helpers import cells_of, numbers, segments_with_steps, whole_rows


def _rows(trace, granularity):
    """(segment, step, row i, phase, the row's scores, the trace's weights row) for every step."""
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        if segment.stage != "weights":
            continue
        scores = trace.get("masked", segment.head).array
        weights = trace.get("weights", segment.head).array
        per_row = len(steps) // scores.shape[0]
        for n, step in enumerate(steps):
            i = n // per_row if granularity != "stage" else None
            yield segment, step, i, scores, weights


@pytest.mark.parametrize("granularity", ["term", "cell"])
def test_each_row_goes_exp_sum_divide_percent_with_the_right_numbers(trace, granularity):
    phases = []
    for _, step, i, scores, weights in _rows(trace, granularity):
        phases.append(step.phase)
        row = scores[i]
        top = max(s for s in row if s != -math.inf)
        exps = np.array([math.exp(s - top) if s != -math.inf else 0.0 for s in row])
        total = math.fsum(exps)
        equation, caption = step.equation, numbers(step)
        assert equation.kind == step.phase
        if step.phase == "exp":
            assert equation.terms == tuple((s, top) for s in row)
            np.testing.assert_allclose(equation.values, exps, rtol=1e-15, atol=0)
            assert caption == {"max": top}
        elif step.phase == "row-sum":
            np.testing.assert_allclose(equation.values, exps, rtol=1e-15, atol=0)
            assert equation.value == pytest.approx(total, rel=1e-14)
            assert caption == {"sum": equation.value}
        elif step.phase == "divide-row":
            assert equation.value == pytest.approx(total, rel=1e-14)
            assert equation.results == tuple(weights[i])  # exactly the trace's weights
            np.testing.assert_allclose(np.array(equation.values) / equation.value, weights[i], rtol=1e-14)
            assert caption == {"sum": equation.value}
        else:
            assert equation.results == tuple(weights[i])
            assert sum(equation.results) == pytest.approx(1.0)
            best = int(np.argmax(weights[i]))
            assert caption == {"percent": weights[i, best] * 100}
            assert dict(step.caption.values)["key"] == trace.get("weights", 0).columns[best]
        masked_exps = [e for e, s in zip(equation.values, row, strict=False) if s == -math.inf]
        assert all(e == 0.0 for e in masked_exps)
        done = step.phase in ("divide-row", "percent")
        assert cells_of(step.filled, weights.shape) == whole_rows(weights.shape, i + done)
    assert phases == ["exp", "row-sum", "divide-row", "percent"] * (len(phases) // 4)


def test_a_row_step_shows_the_whole_softmax_of_its_row(trace):
    for _, step, i, scores, weights in _rows(trace, "row"):
        assert (step.phase, step.equation.kind) == ("row", "divide-row")
        assert step.equation.results == tuple(weights[i])
        finite = scores[i][np.isfinite(scores[i])]
        assert numbers(step) == {
            "sum": pytest.approx(math.fsum(np.exp(finite - finite.max())), rel=1e-14),
            "percent": weights[i].max() * 100,
        }
        assert cells_of(step.filled, weights.shape) == whole_rows(weights.shape, i + 1)


def test_masked_keys_get_exp_zero_and_the_caption_says_so():
    trace = trace_for("causal")
    timeline = build_timeline(trace, "term")
    first_row_exp = timeline[timeline.start_of("weights", 1)]
    assert first_row_exp.phase == "exp"
    assert first_row_exp.equation.values[1:] == (0.0, 0.0, 0.0)
    assert first_row_exp.equation.values[0] == 1.0  # the only score left is the maximum
    assert "masked" in first_row_exp.caption.template
    last_row_exp = timeline[timeline.start_of("weights", 1) + 4 * 3]
    assert "masked" not in last_row_exp.caption.template
