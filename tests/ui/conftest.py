"""Shared fixtures for driving the real main window."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from attn_gui.core import AttentionConfig
from attn_gui.i18n.language import install_language
from attn_gui.ui.window.main_window import MainWindow
from attn_gui.ui.window.preferences import Preferences

START = AttentionConfig(tokens=("I", "love", "learning"), d_model=4, num_heads=2)


@pytest.fixture
def preferences(tmp_path):
    """Preferences in a private file, so no test reads or writes the user's settings."""
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def chinese(qapp):
    """The shipped Chinese catalogue installed, as View → Language installs it."""
    install_language("zh_CN")
    yield
    install_language("en")


@pytest.fixture
def make_window(qtbot):
    def make(config=START, **options):
        window = MainWindow(config, **options)
        qtbot.addWidget(window)
        window.input_panel.debounce_ms = 5
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def field(window, name):
    widget = window.input_panel.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def retype(qtbot, widget, text):
    """Select everything in a field and type over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def paste(qtbot, widget, text):
    """Select everything in a field and paste ``text`` over it: how Chinese (or any text the
    keyboard simulation cannot type) gets into a field."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def cell_point(view, i, j) -> QPoint:
    """The centre of cell (i, j) of a MatrixView, in the coordinates of its viewport."""
    return view.cell_rect(i, j).center().toPoint()


def process() -> None:
    QApplication.processEvents()
