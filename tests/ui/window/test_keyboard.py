"""The keyboard belongs to the lesson: after a field is done with, Space plays and the arrows step.

Every key press here goes where a real one would: to the widget that has the focus.
"""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import field, retype


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed by the user: it reaches the focused widget."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


@pytest.fixture
def typed(qtbot, window):
    """The teacher has just typed a sentence into the tokens field."""
    window.activateWindow()
    window.player.seek(0)
    retype(qtbot, field(window, "tokens"), "I love learning too")
    return window


def test_enter_applies_the_field_at_once_and_hands_the_keyboard_to_the_lesson(qtbot, typed):
    tokens = field(typed, "tokens")
    typed.input_panel.debounce_ms = 60_000  # nothing would apply it but Enter
    retype(qtbot, tokens, "I love learning a lot")
    press(qtbot, Qt.Key.Key_Return)
    assert typed.document.config.tokens == ("I", "love", "learning", "a", "lot")
    assert QApplication.focusWidget() is typed.drawing
    position = typed.player.position
    press(qtbot, Qt.Key.Key_Right)
    assert typed.player.position == position + 1
    press(qtbot, Qt.Key.Key_Space)
    assert typed.player.is_playing()
    assert tokens.text() == "I love learning a lot"  # no space typed into the sentence
    press(qtbot, Qt.Key.Key_Space)
    assert not typed.player.is_playing()


def test_enter_in_a_size_field_applies_it_too(qtbot, typed):
    d_model = field(typed, "d_model")
    d_model.setFocus()
    qtbot.keyClick(d_model, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(d_model, "6")
    press(qtbot, Qt.Key.Key_Enter)
    assert typed.document.config.d_model == 6
    assert QApplication.focusWidget() is typed.drawing


def test_enter_on_an_invalid_value_keeps_the_keyboard_in_the_field(qtbot, typed):
    tokens = field(typed, "tokens")
    retype(qtbot, tokens, "   ")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tokens
    assert typed.document.config.tokens == ("I", "love", "learning", "too")


def test_a_click_anywhere_on_the_stage_takes_the_keyboard(qtbot, typed):
    assert QApplication.focusWidget() is field(typed, "tokens")
    qtbot.mouseClick(typed.drawing.caption, Qt.MouseButton.LeftButton)  # not a matrix: the caption
    assert QApplication.focusWidget() is typed.drawing
    position = typed.player.position
    press(qtbot, Qt.Key.Key_Right)
    assert typed.player.position == position + 1


def test_a_click_on_a_matrix_takes_the_keyboard_too(qtbot, typed):
    view = typed.drawing.shown_views()[0]
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert QApplication.focusWidget() is typed.drawing


@pytest.mark.parametrize("name", ["tokens", "d_model", "seed"])
def test_the_clicker_keys_step_whatever_has_the_focus(qtbot, typed, name):
    widget = field(typed, name)
    widget.setFocus()
    before = widget.value() if hasattr(widget, "value") else widget.text()
    position = typed.player.position
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageUp)
    assert typed.player.position == position + 1
    assert (widget.value() if hasattr(widget, "value") else widget.text()) == before


def test_the_clicker_keys_step_with_the_stage_list_focused(qtbot, typed):
    typed.stage_list.setFocus()
    position = typed.player.position
    press(qtbot, Qt.Key.Key_PageDown)
    assert typed.player.position == position + 1


def test_choosing_a_stage_in_the_list_hands_the_keyboard_to_the_lesson(qtbot, typed):
    item = typed.stage_list.item(7)
    qtbot.mouseClick(
        typed.stage_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=typed.stage_list.visualItemRect(item).center(),
    )
    assert typed.stage == "scores"
    assert QApplication.focusWidget() is typed.drawing
