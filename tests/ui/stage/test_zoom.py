"""Zoom and pan in every matrix: the wheel, a drag, the keys, a Fit button; the view follows the
animation while zoomed, and the labels are thinned again for what is in view."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from tests.ui.conftest import cell_point, process
from tests.ui.stage.test_shapes import assert_labels_apart

TOKENS_64 = AttentionConfig(tokens=tuple(f"w{i}" for i in range(64)), d_model=64, num_heads=4)


def wheel(view, point: QPoint, notches: int) -> None:
    viewport = view.graphics.viewport()
    where = QPointF(point)
    event = QWheelEvent(
        where,
        QPointF(viewport.mapToGlobal(point)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    process()


def drag(view, start: QPoint, end: QPoint) -> None:
    viewport = view.graphics.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def send(kind, point, buttons):
        local = QPointF(point)
        global_ = QPointF(viewport.mapToGlobal(point))
        QApplication.sendEvent(viewport, QMouseEvent(kind, local, global_, left, buttons, none))

    send(QEvent.Type.MouseButtonPress, start, left)
    for k in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * k / 5, left)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    process()


def weights_view(window):
    return window.drawing.shown_views()[-1]


def test_the_wheel_zooms_and_fit_brings_the_whole_matrix_back(qtbot, make_window):
    window = make_window(TOKENS_64)
    window.set_stage("weights")
    view = weights_view(window)
    assert not view.zoomed()
    assert not view.fit_button.isVisible()
    wheel(view, cell_point(view, 32, 32), 3)
    top, rows, left, columns = view.visible_cells()
    assert view.zoomed()
    assert rows < 40
    assert columns < 40
    assert top < 32 < top + rows
    assert left < 32 < left + columns
    assert view.fit_button.isVisible()
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    assert view.visible_cells() == (0.0, 64.0, 0.0, 64.0)
    assert not view.fit_button.isVisible()


def test_a_drag_pans_a_zoomed_matrix_and_stops_at_its_edges(qtbot, make_window):
    window = make_window(TOKENS_64)
    window.set_stage("weights")
    view = weights_view(window)
    wheel(view, cell_point(view, 32, 32), 4)
    before = view.visible_cells()
    drag(
        view,
        cell_point(view, int(before[0] + 2), int(before[2] + 2)),
        cell_point(view, int(before[0]), int(before[2])),
    )
    after = view.visible_cells()
    assert after[0] > before[0]
    assert after[2] > before[2]
    for _ in range(10):
        drag(
            view,
            cell_point(view, int(after[0]), int(after[2])),
            cell_point(view, int(after[0] + 5), int(after[2] + 5)),
        )
    top, _, left, _ = view.visible_cells()
    assert top >= 0
    assert left >= 0


def test_keys_zoom_the_matrix_under_the_pointer_pan_and_fit(qtbot, make_window):
    window = make_window(TOKENS_64)
    window.set_stage("weights")
    scaled, weights = window.drawing.shown_views()
    qtbot.mouseMove(scaled.graphics.viewport(), cell_point(scaled, 10, 10))
    qtbot.waitUntil(lambda: window.drawing._pointed is scaled)
    window.drawing.setFocus()
    qtbot.keyClick(window.drawing, Qt.Key.Key_Plus)
    assert scaled.zoomed()
    assert not weights.zoomed()
    top, _rows, left, columns = scaled.visible_cells()
    qtbot.keyClick(window.drawing, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert scaled.visible_cells()[2] > left
    assert scaled.visible_cells()[0] == top
    qtbot.keyClick(window.drawing, Qt.Key.Key_Minus)
    assert scaled.visible_cells()[3] > columns
    qtbot.keyClick(window.drawing, Qt.Key.Key_0)
    assert not scaled.zoomed()


def test_a_zoomed_result_follows_the_cell_being_computed(qtbot, make_window):
    window = make_window(TOKENS_64)
    window.navigator.seek_in_stage("weights", 0)
    view = weights_view(window)
    view.zoom(8)
    for _ in range(4 * 20):  # to row 21, four phases a row
        window.actions.step_forward.trigger()
    process()
    step = window.navigator.step()
    top, rows, _, _ = view.visible_cells()
    assert step.highlights
    assert top <= 20
    assert top + rows > 20


def test_zoomed_labels_are_thinned_for_what_is_in_view(qtbot, make_window):
    window = make_window(TOKENS_64)
    window.set_stage("weights")
    view = weights_view(window)
    whole = len(view.plot.getAxis("left")._tickLevels[0])
    assert whole < 64  # every k-th of the 64 names
    view.zoom(4)
    process()
    top, rows, _, _ = view.visible_cells()
    in_view = [v for v, _ in view.plot.getAxis("left")._tickLevels[0] if top <= v <= top + rows]
    assert len(in_view) > whole / 4 + 1  # closer rows: more of their names
    assert_labels_apart(view)
