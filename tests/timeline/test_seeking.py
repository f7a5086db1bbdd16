"""Seeking: any step computed from its index equals the step reached by walking from the start."""

import dataclasses
import random

import pytest

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.timeline.timeline import Segment, build_timeline

from .conftest import trace_for

MEDIUM = AttentionConfig(tokens=("a", "b", "c", "d", "e"), d_model=8, num_heads=4, mask="causal", seed=5)


@pytest.fixture(scope="module")
def medium():
    timeline = build_timeline(compute_trace(MEDIUM), "term")
    return timeline, list(timeline)


def test_seeking_gives_the_step_walking_reaches(medium):
    timeline, walked = medium
    assert len(walked) == len(timeline)
    boundaries = {i + d for i in timeline.stage_starts() for d in (-1, 0, 1)} - {-1, len(timeline)}
    sample = random.Random(0).sample(range(len(timeline)), 300)
    for i in sorted(boundaries | set(sample) | {0, len(timeline) - 1}):
        assert timeline[i] == walked[i]
        assert timeline[i].index == i


def test_every_small_timeline_seeks_like_it_walks(trace, granularity):
    timeline = build_timeline(trace, granularity)
    walked = list(timeline)
    assert [timeline[i] for i in range(len(timeline))] == walked
    assert [s.index for s in walked] == list(range(len(timeline)))


def test_steps_are_values_two_builds_agree():
    first, second = (build_timeline(trace_for("causal"), "term") for _ in range(2))
    assert first[123] == second[123]
    assert hash(first[123]) == hash(second[123])
    assert first[123] != first[124]
    assert dataclasses.is_dataclass(first[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].index = 5


def test_negative_indices_count_from_the_end_and_slices_give_tuples(medium):
    timeline, walked = medium
    assert timeline[-1] == walked[-1]
    assert timeline[-len(timeline)] == walked[0]
    assert timeline[-7] == walked[len(walked) - 7]
    assert timeline[10:20] == tuple(walked[10:20])
    assert timeline[-5:] == tuple(walked[-5:])
    assert timeline[100:40:-9] == tuple(walked[100:40:-9])
    for bad in (len(timeline), -len(timeline) - 1, 10**12):
        with pytest.raises(IndexError):
            timeline[bad]
    with pytest.raises(TypeError):
        timeline[1.5]


def test_segment_at_start_of_index_of_and_stage_starts_agree(trace, granularity):
    timeline = build_timeline(trace, granularity)
    assert timeline.stage_starts() == tuple(s.start for s in timeline.segments)
    for segment in timeline.segments:
        assert timeline.start_of(segment.stage, segment.head) == segment.start
        for local in {0, segment.count // 2, segment.count - 1}:
            index = timeline.index_of(segment.stage, segment.head, local)
            assert index == segment.start + local
            assert timeline.segment_at(index) == segment
            assert timeline.segment_at(index - len(timeline)) == segment
            step = timeline[index]
            assert (step.stage, step.head, step.local, step.count) == (
                segment.stage,
                segment.head,
                local,
                segment.count,
            )


def test_start_of_defaults_to_head_zero_and_ignores_the_head_for_shared_stages():
    timeline = build_timeline(trace_for("causal"), "cell")
    assert timeline.start_of("scores") == timeline.start_of("scores", 0)
    assert timeline.start_of("scores", 2) > timeline.start_of("scores", 1) > timeline.start_of("scores", 0)
    assert timeline.start_of("x_in", 2) == timeline.start_of("x_in") == timeline.start_of("x_in", None)
    assert timeline.start_of("output") == timeline.segments[-1].start
    with pytest.raises(ValueError, match="no stage"):
        timeline.start_of("scores", 3)
    with pytest.raises(ValueError, match="no stage"):
        timeline.start_of("softmax")
    with pytest.raises(IndexError):
        timeline.index_of("scaled", 0, 16)
    with pytest.raises(IndexError):
        timeline.index_of("scaled", 0, -1)


def test_a_timeline_cannot_be_changed():
    timeline = build_timeline(trace_for("default"))
    with pytest.raises(AttributeError):
        timeline.granularity = "cell"
    with pytest.raises(AttributeError):
        timeline._segments = ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        timeline.segments[0].count = 0
    assert isinstance(timeline.segments, tuple)
    assert isinstance(timeline.segments[0], Segment)


def test_seeking_deep_into_the_classroom_maximum_needs_no_walk():
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(64)), d_model=256, num_heads=8)
    trace = compute_trace(config)
    timeline = build_timeline(trace, "term")
    # The last term of Q·Kᵀ for head 7, cell (63, 63): 32 terms in, the trace's own value.
    step = timeline[timeline.start_of("scores", 7) + 64 * 64 * 32 - 1]
    assert (step.stage, step.head, step.current, step.equation.complete) == ("scores", 7, (63, 63), True)
    assert step.partial == trace.get("scores", 7).array[63, 63]
    assert len(step.equation.terms) == 32
    assert timeline.segment_at(step.index).stage == "scores"
