"""Switching the translator's lesson to another decoding step or part: a new trace from the
translation the session keeps, and with it the timeline the player steps through.

Target: at most 50 ms (the median) for each, on the 12-word sentence of the translator's own
benchmark (13 source tokens, 7 decoding steps); every call is a real change, cycling through
the parts and steps.

    .venv/bin/python -m pytest tests/benchmarks/test_translator_lesson_speed.py --benchmark-only -s
"""

from itertools import cycle

import pytest

from attn_gui.models.lesson.session import ModelSession
from attn_gui.models.lesson.source import PARTS, ModelLesson
from attn_gui.models.locate import TINY_EN_ZH
from attn_gui.timeline.timeline import build_timeline

SENTENCE = "she reads books in the library every day on weekends at home"  # 12 words
TARGET_MS = 50.0


@pytest.fixture(scope="module")
def lessons():
    """The session with the sentence translated once, and the lessons of every part and step."""
    session = ModelSession()
    steps = len(session.translation(ModelLesson(SENTENCE, TINY_EN_ZH)).decoder_tokens)
    return session, cycle(
        [ModelLesson(SENTENCE, TINY_EN_ZH, part=p, step=s) for s in range(1, steps + 1) for p in PARTS]
    )


def _median_ms(benchmark) -> float:
    median_ms = benchmark.stats.stats.median * 1000
    benchmark.extra_info["median_ms"] = round(median_ms, 3)
    print(f"\nmedian {median_ms:.3f} ms, max {benchmark.stats.stats.max * 1000:.3f} ms")
    return median_ms


def test_another_step_or_part_is_a_new_trace(benchmark, lessons):
    session, ahead = lessons
    trace = benchmark(lambda: session.trace(next(ahead)))
    assert trace.source.model == TINY_EN_ZH
    assert _median_ms(benchmark) <= TARGET_MS


def test_another_step_or_part_with_its_timeline(benchmark, lessons):
    session, ahead = lessons
    timeline = benchmark(lambda: build_timeline(session.trace(next(ahead)), "auto"))
    assert len(timeline) > 0
    assert _median_ms(benchmark) <= TARGET_MS
