"""Figures without a window: small matrices print their numbers, widening the figure if need be."""

import pytest

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.models.lesson.session import ModelSession
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.timeline.timeline import build_timeline
from attn_gui.ui.stage.standalone import DRAWING_SIZE, MAX_WIDTH, StandaloneDrawing
from attn_gui.ui.stage.view_options import ViewOptions

SHE = "she reads books in the library every day"


def drawn(qapp, trace, stage):
    timeline = build_timeline(trace, "stage")
    figure = StandaloneDrawing(timeline, ViewOptions())
    drawing = figure.show(timeline.index_of(stage, 0, 0))
    return figure, drawing


@pytest.mark.parametrize(("part", "stage"), [("cross", "weights"), ("cross", "scores"), ("output", "x_in")])
def test_the_translators_matrices_print_their_numbers(qapp, part, stage):
    trace = ModelSession().trace(ModelLesson(SHE, model="tiny-en-zh", part=part, step=4))
    figure, drawing = drawn(qapp, trace, stage)
    assert all(view.numbers_visible() for view in drawing.shown_views())
    assert DRAWING_SIZE[0] < drawing.width() <= MAX_WIDTH
    figure.close()


def test_a_figure_that_fits_keeps_the_windows_size(qapp):
    figure, drawing = drawn(qapp, compute_trace(AttentionConfig(tokens=("I", "love", "learning"))), "scores")
    assert drawing.width() == DRAWING_SIZE[0]
    assert all(view.numbers_visible() for view in drawing.shown_views())
    figure.close()


def test_a_heatmap_too_wide_for_numbers_does_not_widen_the_figure(qapp):
    config = AttentionConfig(tokens=tuple(f"t{i}" for i in range(64)), d_model=64, num_heads=2)
    figure, drawing = drawn(qapp, compute_trace(config), "scores")
    assert drawing.width() == DRAWING_SIZE[0]
    figure.close()


def test_columns_given_their_numbers_width_do_not_widen_the_figure(qapp):
    """LayerNorm's μ and σ² already get the width of their numbers beside 384-column heatmaps."""
    trace = ModelSession().trace(ModelLesson("The cat sat on the mat", layer=3))
    figure, drawing = drawn(qapp, trace, "attn_norm")
    assert drawing.width() == DRAWING_SIZE[0]
    statistics = [view for view in drawing.shown_views() if view.matrix.array.shape[1] == 1]
    assert len(statistics) == 2
    assert all(view.numbers_visible() for view in statistics)
    figure.close()
