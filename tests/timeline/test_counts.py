"""How many steps each stage takes, written out from the sizes alone (not from the matrices)."""

import pytest

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.timeline.model import GRANULARITIES
from attn_gui.timeline.timeline import Timeline, build_timeline

from .conftest import trace_for

PER_HEAD = ("q", "k", "v", "k_t", "scores", "scaled", "masked", "weights", "head_output")


def expected_segments(config: AttentionConfig, g: str) -> list[tuple[str, int | None, int]]:
    """(stage, head, count) in pipeline order, from the arithmetic of the lesson's brief."""
    n_q, n_kv, d_model, heads, d_k, d_v = config.dims

    def product(m: int, p: int, q: int) -> int:  # (m × p) · (p × q)
        return {"term": m * q * p, "cell": m * q, "row": m, "stage": 1}[g]

    def cells(m: int, q: int) -> int:
        return {"term": m * q, "cell": m * q, "row": m, "stage": 1}[g]

    def rows(m: int) -> int:
        return 1 if g == "stage" else m

    causal = config.mask == "causal"
    segments = [("x", None, rows(n_q)), ("pe", None, rows(n_q)), ("x_in", None, cells(n_q, d_model))]
    for h in range(heads):
        segments += [
            ("q", h, product(n_q, d_model, d_k)),
            ("k", h, product(n_kv, d_model, d_k)),
            ("v", h, product(n_kv, d_model, d_v)),
            ("k_t", h, rows(n_kv)),
            ("scores", h, product(n_q, d_k, n_kv)),
            ("scaled", h, cells(n_q, n_kv)),
            ("masked", h, rows(n_q) if causal else 1),
            ("weights", h, {"term": 4 * n_q, "cell": 4 * n_q, "row": n_q, "stage": 1}[g]),
            ("head_output", h, product(n_q, n_kv, d_v)),
        ]
    return [*segments, ("concat", None, rows(heads)), ("output", None, product(n_q, heads * d_v, d_model))]


def auto_segments(config: AttentionConfig) -> list[tuple[str, int | None, int]]:
    """ "auto": each segment at the finest granularity that keeps it within 600 steps."""
    by_granularity = [expected_segments(config, g) for g in ("term", "cell", "row", "stage")]
    chosen = []
    for options in zip(*by_granularity, strict=True):
        chosen.append(next((o for o in options if o[2] <= 600), options[-1]))
    return chosen


def test_every_segment_has_the_lesson_s_step_count_in_pipeline_order(trace, granularity):
    timeline = build_timeline(trace, granularity)
    config = trace.source
    expected = auto_segments(config) if granularity == "auto" else expected_segments(config, granularity)
    assert [(s.stage, s.head, s.count) for s in timeline.segments] == expected
    assert len(timeline) == sum(count for _, _, count in expected)
    assert timeline.granularity == granularity
    assert timeline.trace is trace


@pytest.mark.parametrize(
    ("granularity", "total"),
    # By hand for "I love learning", d_model 4, 2 heads (d_k = d_v = 2), no mask:
    # term: 3 + 3 + 12 + 2·(24 + 24 + 24 + 3 + 18 + 9 + 1 + 12 + 18) + 2 + 48
    [("term", 334), ("cell", 148), ("row", 64), ("stage", 23), ("auto", 334)],
)
def test_the_default_lesson_has_these_many_steps(granularity, total):
    """(auto is term by term here: no stage of the toy lesson has 600 terms.)"""
    assert len(build_timeline(trace_for("default"), granularity)) == total


def test_q_times_k_transposed_takes_n_n_d_k_term_steps_per_head():
    trace = trace_for("causal")  # 4 tokens, 3 heads, d_k = 2
    timeline = build_timeline(trace, "term")
    scores = [s for s in timeline.segments if s.stage == "scores"]
    assert [s.head for s in scores] == [0, 1, 2]
    assert all(s.count == 4 * 4 * 2 for s in scores)


def test_segments_tile_the_timeline_without_gaps(trace, granularity):
    timeline = build_timeline(trace, granularity)
    stops = [0] + [s.start + s.count for s in timeline.segments]
    assert [s.start for s in timeline.segments] == stops[:-1]
    assert stops[-1] == len(timeline)
    assert timeline.stage_starts() == tuple(stops[:-1])


def test_the_classroom_maximum_builds_at_once_with_its_millions_of_steps():
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(64)), d_model=256, num_heads=8)
    timeline = build_timeline(compute_trace(config), "term")
    # 64 + 64 + 64·256 + 8·(3·64·32·256 + 64 + 64·64·32 + 64·64 + 1 + 4·64 + 64·64·32) + 8 + 64·256·256
    assert len(timeline) == 18_926_224
    assert len(timeline) == sum(count for _, _, count in expected_segments(config, "term"))
    last = timeline[-1]
    assert (last.stage, last.current, last.equation.complete) == ("output", (63, 255), True)
    assert last.partial == float(timeline.trace.get("output").array[63, 255])


@pytest.mark.parametrize("granularity", ["terms", "", "Term", None])
def test_an_unknown_granularity_is_refused_with_the_valid_ones_listed(granularity):
    with pytest.raises(ValueError, match="term, cell, row, stage"):
        build_timeline(trace_for("default"), granularity)


def test_granularities_are_the_model_s():
    assert GRANULARITIES == ("auto", "term", "cell", "row", "stage")
    assert isinstance(build_timeline(trace_for("default")), Timeline)
    assert build_timeline(trace_for("default")).granularity == "term"


def test_auto_keeps_every_stage_of_a_large_lesson_within_a_few_hundred_steps():
    """The paper's example goes term by term where that fits (its Q·Kᵀ: 9 cells of 64 terms), a
    cell or a row at a time elsewhere; 512 tokens, d_model 1024, a row at a time."""
    paper = build_timeline(
        compute_trace(AttentionConfig(tokens=("I", "love", "learning"), d_model=512, num_heads=8)), "auto"
    )
    counts = {(s.stage, s.head): s.count for s in paper.segments}
    assert counts["scores", 0] == 3 * 3 * 64  # term by term
    assert counts["q", 0] == 3 * 64  # cell by cell: 3 × 64 cells of 512 terms would be 98,304
    assert counts["x_in", None] == 3  # row by row: 1,536 cells
    large = build_timeline(
        compute_trace(AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=64, num_heads=2)),
        "auto",
    )
    assert max(s.count for s in large.segments) <= 600
    assert {(s.stage, s.count) for s in large.segments if s.head in (None, 0)} >= {
        ("scores", 512),
        ("weights", 512),
    }
