"""Larger text for the back row never breaks the layout, and smaller text gives it back."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from attn_gui.core import AttentionConfig
from attn_gui.ui.launch import LaunchRequest, create_window
from attn_gui.ui.window.preferences import Preferences

START = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2)


def zoom(qtbot, window, times):
    key = Qt.Key.Key_Equal if times > 0 else Qt.Key.Key_Minus
    for _ in range(abs(times)):
        qtbot.keyClick(window.drawing, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def readable(window) -> bool:
    """The explanation shows lines of words, not letters; every field of the input panel, the
    New random button included, is inside the dock."""
    pane = window.explanation
    wide_enough = pane.text.viewport().width() >= 15 * pane.text.fontMetrics().averageCharWidth()
    scroller = window.input_dock.widget()
    button = window.input_panel.findChild(QPushButton, "new_seed")
    right = button.mapTo(scroller, QPoint(button.width(), 0)).x()
    return wide_enough and right <= scroller.viewport().width()


@pytest.fixture
def restore_font():
    points = QApplication.font().pointSizeF()
    yield
    font = QApplication.font()
    font.setPointSizeF(points)
    QApplication.setFont(font)


@pytest.mark.usefixtures("restore_font")
@pytest.mark.parametrize("times", [1, 2, 3])
def test_larger_text_keeps_every_panel_readable(qtbot, window, times):
    assert readable(window)
    zoom(qtbot, window, times)
    assert QApplication.font().pointSizeF() > 9
    assert readable(window)
    assert window.width() <= 1920  # it may grow, but stays within a projector's screen


@pytest.mark.usefixtures("restore_font")
def test_as_many_smaller_steps_give_the_layout_back(qtbot, window):
    before = (window.size(), [d.width() for d in (window.input_dock, window.explanation_dock)])
    zoom(qtbot, window, 3)
    assert [d.width() for d in (window.input_dock, window.explanation_dock)] != before[1]
    zoom(qtbot, window, -3)
    after = (window.size(), [d.width() for d in (window.input_dock, window.explanation_dock)])
    assert after == before


@pytest.mark.usefixtures("restore_font")
def test_a_squeezed_layout_saved_before_is_repaired_on_start(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = create_window(LaunchRequest(config=START), Preferences(settings))
    qtbot.addWidget(first)
    first.show()
    first.resizeDocks([first.explanation_dock], [40], Qt.Orientation.Horizontal)  # as an old version left it
    geometry, state = first.saveGeometry(), first.saveState()
    first.close()
    Preferences(settings).set_window_state(geometry, state)
    Preferences(settings).set_font_points(13.0)
    second = create_window(LaunchRequest(config=START), Preferences(settings))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert QApplication.font().pointSizeF() == 13.0
    assert readable(second)
