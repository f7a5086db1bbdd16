"""Export speed (issue 5): the whole per-cell animation of "I love learning" (d_model 4, 2 heads) as
a GIF ≤ 15 s, and a 300-dpi PNG of a stage ≤ 1 s."""

import pytest

from attn_gui.core import AttentionConfig
from attn_gui.export.animation import AnimationOptions, write_animation
from attn_gui.export.figures import write_figure
from attn_gui.ui.stage.standalone import StandaloneDrawing
from attn_gui.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow(
        AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2), stage="scores"
    )
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_gif_of_the_whole_per_cell_animation(benchmark, window, tmp_path):
    window.set_granularity("cell")
    steps = range(len(window.timeline))
    out = tmp_path / "lesson.gif"
    drawing = StandaloneDrawing(window.timeline, window.options)  # as the export dialog draws
    benchmark.pedantic(write_animation, args=(drawing.frame, steps, out, AnimationOptions()), rounds=2)
    drawing.close()
    median = benchmark.stats.stats.median
    benchmark.extra_info["frames"] = len(steps)
    print(f"\nGIF, {len(steps)} per-cell steps at 960 px: {median:.2f} s median (target 15 s)")
    assert median <= 15


def test_png_of_a_stage_at_300_dpi(benchmark, window, tmp_path):
    out = tmp_path / "stage.png"
    benchmark(write_figure, window.drawing, out, 300)
    median = benchmark.stats.stats.median
    print(f"\n300-dpi PNG of the Q·Kᵀ stage: {median:.3f} s median (target 1 s)")
    assert median <= 1
