"""Every shape reads: the paper's d_k = 64, a real model's 10 × 384 with 12 heads, 64 and 512 tokens.

Each test sets the window up as a teacher would, takes a screenshot, and checks what the class
would see on it: the result drawn large with its numbers, labels that do not run into each
other, an equation strip of at most two lines, a step counter that says what a step is.
"""

import itertools

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.timeline.model import AUTO_STEPS
from attn_gui.timeline.timeline import Timeline
from attn_gui.ui.stage.standalone import StandaloneDrawing
from attn_gui.ui.stage.view_options import ViewOptions
from tests.ui.conftest import process

PAPER = AttentionConfig(tokens=("I", "love", "learning"), d_model=512, num_heads=8)
SENTENCE = tuple(["the", "cat", "sat", "on", "the", "mat", "because", "it", "was", "tired"])
MODEL_SIZED = AttentionConfig(tokens=SENTENCE, d_model=384, num_heads=12)
TOKENS_64 = AttentionConfig(tokens=tuple(f"w{i}" for i in range(64)), d_model=64, num_heads=4)
TOKENS_512 = AttentionConfig(tokens=tuple(f"t{i}" for i in range(512)), d_model=1024, num_heads=16)


def at(qtbot, window, stage, local):
    window.navigator.seek_in_stage(stage, local)
    process()
    window.drawing.finish_animations()
    return window.grab().toImage()


def label_boxes(view, side):
    """The tick labels the view asks pyqtgraph to draw on ``side``, as on-screen intervals."""
    axis = view.plot.getAxis(side)
    metrics = QFontMetricsF(axis.style["tickFont"])
    boxes = []
    for value, text in axis._tickLevels[0]:
        point = view.plot.vb.mapViewToScene(QPointF(value, value))
        if side == "top":
            centre, size = point.x(), metrics.horizontalAdvance(text)
        else:
            centre, size = point.y(), metrics.height()
        boxes.append((centre - size / 2, centre + size / 2))
    return sorted(boxes)


def assert_labels_apart(view):
    for side in ("top", "left"):
        boxes = label_boxes(view, side)
        overlaps = [(a, b) for a, b in itertools.pairwise(boxes) if a[1] > b[0] + 0.5]
        assert not overlaps, (view.matrix.name, side, overlaps[:3])


def assert_equation_bounded(window):
    strip = window.drawing.equation
    lines = strip.height() / strip.fontMetrics().lineSpacing()
    assert lines < 2.6, strip.text()
    assert strip.text().count(",") <= 8
    assert strip.text().count("+") <= 8


def ink_in(image, rect, background: QColor) -> int:
    """Pixels within ``rect`` (of the image) that differ clearly from ``background``."""
    rect = rect.toRect()
    count = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.lightness() - background.lightness()) > 80:
                count += 1
    return count


def on_window(view, rect, window):
    """A rect in the view's graphics widget, in window coordinates (for the screenshot)."""
    return rect.translated(QPointF(view.graphics.mapTo(window, view.graphics.rect().topLeft())))


def test_the_papers_scores_draw_s_large_and_magnify_the_64_terms(qtbot, make_window, tmp_path):
    window = make_window(PAPER)
    image = at(qtbot, window, "scores", 100)  # term 37 of S[I, love]
    q, k_t, s = window.drawing.shown_views()
    assert (q.matrix.name, k_t.matrix.name, s.matrix.name) == ("q", "k_t", "scores")
    # S of 3 × 3 is not a sliver: as wide as the operands on average, its numbers in the cells.
    assert s.plot.vb.width() >= (q.plot.vb.width() + k_t.plot.vb.width()) / 2 - 2
    assert s.numbers_visible()
    done = s.cell_rect(0, 0)  # S[I, I], finished: its number is on the screenshot
    assert ink_in(image, on_window(s, done.adjusted(4, 4, -4, -4), window), s.palette().base().color()) > 10
    assert s.cell_text(0, 0) == f"{window.document.trace.get('scores', 0).array[0, 0]:.2f}".replace("-", "−")
    # The 64 terms read on the focus strip: the current one and its neighbours, with numbers.
    focus = window.drawing.focus
    assert focus.isVisible()
    assert 37 - 1 in focus.terms()
    assert len(focus.terms()) >= 6
    assert window.controls.position.text() == "term 37 of 64 of S[I, love]"
    assert_equation_bounded(window)
    assert "…" in window.drawing.equation.text()
    for view in (q, k_t, s):
        assert_labels_apart(view)
    image.save(str(tmp_path / "paper.png"))  # kept by pytest, for a look after a failure


def test_a_model_sized_input_reads_its_384_terms_and_12_heads(qtbot, make_window):
    window = make_window(MODEL_SIZED)
    at(qtbot, window, "q", 4)
    x_in, w_q, q = window.drawing.shown_views()
    assert x_in.matrix.array.shape == (10, 384)
    assert w_q.matrix.array.shape == (384, 32)
    # Cells about equally wide, capped for the long X_in; the result Q at least as wide as W_Q.
    assert q.plot.vb.width() >= w_q.plot.vb.width() - 2
    assert window.drawing.focus.isVisible()
    assert window.controls.position.text() == "cell 5 of 320"
    for view in (x_in, w_q, q):
        assert_labels_apart(view)
    assert_equation_bounded(window)
    assert window.head_selector.count() == 12


def test_64_tokens_summarise_a_row_by_its_largest_weights(qtbot, make_window):
    window = make_window(TOKENS_64)
    at(qtbot, window, "weights", 63 * 4 + 3)  # row 64, as percentages
    text = window.drawing.equation.text().replace("\u00a0", " ")  # no line breaks inside a part
    row = window.document.trace.get("weights", 0).array[63]
    top = int(np.argmax(row))
    assert text.startswith(f"{100 * row[top]:.0f}% → w{top},")
    assert ",  … 60 more, together " in text
    assert_equation_bounded(window)
    pane = window.explanation.text.toPlainText()
    assert pane.count("%") < 20, pane
    for view in window.drawing.shown_views():
        assert_labels_apart(view)
    # The full row is a click away.
    qtbot.mouseClick(window.drawing.equation, Qt.MouseButton.LeftButton)
    assert window.explanation.pinned_text().count("%") == 64


def test_512_tokens_keep_their_heatmaps_and_count_rows(qtbot, make_window):
    window = make_window(TOKENS_512)
    at(qtbot, window, "weights", 11)  # row 12, a step a row
    views = window.drawing.shown_views()
    for view in views:
        assert view.plot.vb.height() > 300  # not a strip a few pixels high
        assert_labels_apart(view)
    assert window.controls.position.text().startswith("row 12 of 512")
    assert_equation_bounded(window)
    assert max(segment.count for segment in window.navigator.timeline.segments) <= AUTO_STEPS


def test_an_exported_figure_uses_the_windows_layout():
    timeline = Timeline(compute_trace(PAPER), "auto")
    drawing = StandaloneDrawing(timeline, ViewOptions())
    index = timeline.start_of("scores", 0) + 100
    shown = drawing.show(index)
    q, k_t, s = shown.shown_views()
    assert s.numbers_visible()
    assert shown.focus.isVisible()
    assert s.plot.vb.width() >= (q.plot.vb.width() + k_t.plot.vb.width()) / 2 - 2
    drawing.close()
