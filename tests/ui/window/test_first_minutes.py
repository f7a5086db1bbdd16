"""The small things a teacher notices in a lesson's first minutes (issue 12): where the window
opens, what closing asks, a pin that goes with its stage, the heads' colour scale, labels that use
their room, the pinned text's lines."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from attn_gui.core import AttentionConfig
from attn_gui.ui.launch import LaunchRequest, create_window
from attn_gui.ui.stage.matrix_view import _fitted
from attn_gui.ui.window.preferences import Preferences
from tests.ui.conftest import cell_point, field, retype

START = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2)


def test_a_fresh_start_opens_at_the_first_step_not_at_the_last_row(qtbot):
    window = create_window(LaunchRequest(config=START), None)
    qtbot.addWidget(window)
    window.show()
    assert window.player.position == 0
    assert window.controls.position.text() == "step 1 of 334"
    x = next(v for v in window.drawing.shown_views() if v.matrix.name == "x")
    bands = x.highlights.visible_rects()
    assert [(r.top(), r.height()) for r in bands] == [(0.0, 1.0)]  # row 1 highlighted, not row 3


def test_the_lesson_opens_where_it_was_left(qtbot, preferences):
    first = create_window(LaunchRequest(config=None), preferences)
    qtbot.addWidget(first)
    first.player.seek(first.timeline.index_of("scores", 1, 4))
    first.close()
    second = create_window(LaunchRequest(config=None), preferences)
    qtbot.addWidget(second)
    assert second.player.position == second.timeline.index_of("scores", 1, 4)


def test_closing_asks_whenever_the_title_marks_unsaved_changes(qtbot, window, answered_dialogs):
    retype(qtbot, field(window, "tokens"), "I love learning too")
    qtbot.waitUntil(lambda: window.document.config.tokens[-1] == "too")
    assert window.isWindowModified()
    answered_dialogs["answer"] = QMessageBox.StandardButton.Cancel
    window.actions.quit.trigger()  # File → Quit (its key is the platform's, none offscreen)
    assert answered_dialogs["question"]  # asked, although no cell was typed over
    assert window.isVisible()  # Cancel: still open


def test_an_unchanged_lesson_closes_without_a_question(qtbot, window, answered_dialogs):
    assert not window.isWindowModified()
    window.close()
    assert answered_dialogs["question"] == []


def test_a_pinned_cell_goes_with_its_stage(qtbot, window):
    window.set_stage("scores")
    view = next(v for v in window.drawing.shown_views() if v.matrix.name == "scores")
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 0, 1))
    assert window.explanation.pinned_text().splitlines()[1].startswith("S[I, love] = ")
    qtbot.keyClick(window.drawing, Qt.Key.Key_Left)  # another step of the same stage keeps it
    assert window.explanation.pinned_text()
    window.set_stage("scaled")
    assert window.explanation.pinned_text() == ""


def test_the_pinned_arithmetic_never_strands_a_parenthesis(qtbot, window):
    window.set_stage("scores")
    view = next(v for v in window.drawing.shown_views() if v.matrix.name == "scores")
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, 0, 2))
    document = window.explanation.pin_text.document()
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        lines += [
            block.text()[line.textStart() : line.textStart() + line.textLength()]
            for line in (layout.lineAt(k) for k in range(layout.lineCount()))
        ]
        block = block.next()
    assert len(lines) > document.blockCount()  # the pane is narrow: lines do wrap
    assert all(line.strip() not in (")", "(", "") for line in lines), lines


def test_all_heads_share_one_scale_with_its_colour_bar_and_tell_near_weights_apart(qtbot, window):
    window.tabs.setCurrentWidget(window.heads_overview)
    overview = window.heads_overview
    weights = window.document.trace.stacked("weights")
    assert overview.colour_bar.isVisible()
    assert overview.colour_bar.levels() == pytest.approx((weights.min(), weights.max()))
    view = overview.views[0]
    values = weights[0]
    (a_i, a_j), (b_i, b_j) = np.unravel_index(np.argsort(values, axis=None)[[0, 1]], values.shape)
    image = view.graphics.grab().toImage()
    colours = [image.pixelColor(cell_point(view, i, j)).name() for i, j in ((a_i, a_j), (b_i, b_j))]
    assert abs(values[a_i, a_j] - values[b_i, b_j]) < 0.05
    assert colours[0] != colours[1]  # the two smallest weights, close as they are, look different


def test_a_column_label_uses_its_neighbours_free_room_before_it_is_shortened(qapp):
    metrics = QFontMetrics(QApplication.font())
    column = metrics.horizontalAdvance("learning") - 4  # a little narrower than the word
    labels = dict(_fitted(("I", "learning", "x"), column, metrics))
    assert labels[1.5] == "learning"
    crowded = dict(_fitted(("mmmmmmmm", "learning", "mmmmmmmm"), column, metrics))
    assert crowded[1.5].endswith("…")


def test_the_preferences_remember_the_step_within_the_stage(preferences):
    Preferences(preferences.settings).set_position("weights", 1, 7)
    assert preferences.position() == ("weights", 1, 7)
