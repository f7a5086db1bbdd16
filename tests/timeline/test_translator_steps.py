"""The translator's lesson animates like the toy's: every part at every granularity, each stage
ending on the trace's own numbers, highlights on the matrices the stage shows."""

from functools import cache

import pytest

from attn_gui.models.lesson.session import ModelSession
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.locate import TINY_EN_ZH
from attn_gui.timeline.model import GRANULARITIES
from attn_gui.timeline.stage_matrices import stage_matrices
from attn_gui.timeline.timeline import build_timeline

from .helpers import cells_of, segments_with_steps

SESSION = ModelSession()


@cache
def trace_of(part: str, step: int):
    return SESSION.trace(
        ModelLesson("she reads books in the library every day", TINY_EN_ZH, part=part, step=step)
    )


@pytest.fixture(params=[(part, step) for part in PARTS for step in (1, 4)], ids=lambda p: f"{p[0]}-{p[1]}")
def trace(request):
    return trace_of(*request.param)


def test_every_stage_ends_on_the_traces_numbers(trace, granularity):
    timeline = build_timeline(trace, granularity)
    assert [s.stage for s in timeline.segments if s.head in (None, 0)] == list(trace.stage_names)
    for segment, steps in segments_with_steps(timeline):
        result = trace.get(segment.stage, segment.head).array
        before: set[tuple[int, int]] = set()
        for step in steps:
            filled = cells_of(step.filled, result.shape)
            assert before <= filled, (segment, step.local)
            before = filled
        assert steps[-1].filled == ((0, result.shape[0], 0, result.shape[1]),)
        if steps[-1].current is not None:
            assert steps[-1].partial == result[steps[-1].current]


def test_highlights_stay_inside_the_matrices_the_stage_shows(trace, granularity):
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        shown = stage_matrices(trace, segment.stage, segment.head or 0)
        shapes = {m.name: m.array.shape for m in (*shown.operands, shown.result)}
        for step in steps:
            for band in step.highlights:
                if band.head is not None:  # a head's Z in the concatenation
                    rows, columns = trace.get(band.matrix, band.head).array.shape
                else:
                    rows, columns = shapes[band.matrix]
                assert all(0 <= r < rows for r in band.rows)
                assert all(0 <= c < columns for c in band.columns)
                assert all(0 <= r < rows and 0 <= c < columns for r, c in band.cells)


def test_each_head_plays_its_path_and_the_decoder_masks_the_future():
    decoder = build_timeline(trace_of("decoder", 4), "row")
    heads = [s.head for s in decoder.segments if s.stage == "masked"]
    assert heads == [0, 1]
    rows = [decoder[i] for i in range(decoder.start_of("masked", 1), decoder.start_of("masked", 1) + 4)]
    assert [len(step.equation.terms) for step in rows] == [4, 4, 4, 4]
    assert [sum(m == float("-inf") for _, m in step.equation.terms) for step in rows] == [3, 2, 1, 0]


def test_the_next_word_is_a_product_then_softmax_over_the_vocabulary():
    trace = trace_of("output", 2)
    vocabulary = len(trace.kv_tokens)
    counts = {s.stage: s.count for s in build_timeline(trace, "term").segments}
    assert counts == {"x_in": 1, "logits": 16 * vocabulary, "probabilities": 4}
    auto = {s.stage: s.count for s in build_timeline(trace, "auto").segments}
    assert auto["logits"] == 16 * vocabulary  # few enough terms to go term by term


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_seeking_any_step_of_any_part_works(granularity):
    for part in PARTS:
        timeline = build_timeline(trace_of(part, 3), granularity)
        for index in (0, len(timeline) // 2, len(timeline) - 1):
            assert timeline[index].index == index
