"""Driving model mode with the keyboard, as a teacher at the projector would."""

from PySide6.QtCore import Qt

from tests.ui.conftest import field, retype

MINILM, TRANSLATOR = 1, 2  # their places in the input panel's source list, after the toy


def choose(qtbot, combo, index):
    """An entry of a combo box, chosen with the arrow keys."""
    combo.setFocus()
    steps = index - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentIndex() == index


def choose_source(qtbot, window, index, text):
    """A model picked in the source list, then its text typed and applied with Enter."""
    choose(qtbot, field(window, "source"), index)
    assert window.document.model is not None
    retype(qtbot, field(window, "tokens"), text)
    qtbot.keyClick(field(window, "tokens"), Qt.Key.Key_Return)
    assert window.document.model.text == text
