"""The timeline's speed at the classroom maximum: 64 tokens, d_model 256, 8 heads, term by term.

Targets: build_timeline within 200 ms (it only counts each segment's steps) and seeking to any of
its ~19 million steps in well under a frame. Medians are printed and kept in extra_info.
Run: `pytest tests/benchmarks/test_timeline_speed.py --benchmark-only -s`.
"""

import random

import pytest

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.timeline.timeline import build_timeline

BUILD_TARGET_S = 0.200
SEEK_TARGET_S = 0.002  # a 60 Hz frame is 16.7 ms; seeking must be a small part of it
SEEKS = 1000


@pytest.fixture(scope="module")
def trace():
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(64)), d_model=256, num_heads=8)
    return compute_trace(config)


def test_build_timeline_at_term_granularity(benchmark, trace):
    timeline = benchmark(build_timeline, trace, "term")
    median = benchmark.stats.stats.median
    benchmark.extra_info["steps"] = len(timeline)
    print(f"\nbuild_timeline, {len(timeline):,} steps: median {median * 1e3:.3f} ms")
    assert len(timeline) == 18_926_224
    assert median <= BUILD_TARGET_S


def test_random_access_to_any_step(benchmark, trace):
    timeline = build_timeline(trace, "term")
    indices = random.Random(0).sample(range(len(timeline)), SEEKS)

    def seek_all() -> None:
        for index in indices:
            timeline[index]

    benchmark(seek_all)
    per_step = benchmark.stats.stats.median / SEEKS
    benchmark.extra_info["median_per_step_s"] = per_step
    print(f"\ntimeline[i] at random i: median {per_step * 1e6:.1f} µs per step")
    assert per_step <= SEEK_TARGET_S
