"""A thousand seeded random actions, as a restless class would press them: nothing may break.

After every action the screen must show exactly the timeline's step: the stage and head, the
slider, the caption, and which cells of the result are filled. The language is switched in
whatever state the others leave (presenting, in a quiz, zoomed, comparing), which rebuilds the
window: the actions go on in the new one.
"""

import random

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from attn_gui.i18n.language import current_language, install_language
from attn_gui.ui import launch
from attn_gui.ui.stage.equation_text import caption_text
from attn_gui.ui.window.actions import choice
from attn_gui.ui.window.main_window import MainWindow
from tests.reference import TOY_STAGES as STAGES
from tests.ui.conftest import START, cell_point, field, retype

SEED = 20261123
ACTIONS = 1000
KEYS = [
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
]
STATES = [(False, False), (True, False), (False, True), (True, True)]  # presenting, in a quiz
SWITCHED: list[tuple[bool, bool]] = []  # the states the language was switched in
SENTENCES = ["I love learning", "we love maths", "a b", "the cat sat on the mat", "x"]


def press_key(rng, qtbot, window):
    key, modifier = rng.choice(KEYS)
    window.drawing.setFocus()
    qtbot.keyClick(window.drawing, key, modifier)


def scrub(rng, qtbot, window):
    window.controls.slider.setValue(rng.randrange(len(window.timeline)))


def choose(rng, combo):
    combo.setCurrentIndex(rng.randrange(combo.count()))


def pick_speed(rng, qtbot, window):
    choose(rng, window.controls.speed)


def pick_granularity(rng, qtbot, window):
    choose(rng, window.controls.granularity)


def pick_stage(rng, qtbot, window):
    if rng.random() < 0.5:
        qtbot.mouseClick(window.strip.buttons[rng.choice(STAGES)], Qt.MouseButton.LeftButton)
    else:
        window.stage_list.setCurrentRow(rng.randrange(len(STAGES)))


def pick_head(rng, qtbot, window):
    if window.head_selector.isEnabled():
        choose(rng, window.head_selector)


def type_sentence(rng, qtbot, window):
    retype(qtbot, field(window, "tokens"), rng.choice(SENTENCES))


def change_size(rng, qtbot, window):
    retype(qtbot, field(window, rng.choice(["d_model", "num_heads"])), str(rng.choice([1, 2, 3, 4, 6, 8])))


def toggle_switch(rng, qtbot, window):
    name = rng.choice(["positional_encoding", "scale", "cross"])
    field(window, name).setChecked(not field(window, name).isChecked())
    if name == "cross":
        retype(qtbot, field(window, "kv_tokens"), rng.choice(SENTENCES))


def choose_mask(rng, qtbot, window):
    choose(rng, field(window, "mask"))


def switch_tab(rng, qtbot, window):
    window.tabs.setCurrentIndex(rng.randrange(window.tabs.count()))


def edit_a_cell(rng, qtbot, window):
    window.tabs.setCurrentWidget(window.drawing)
    window.set_stage("x")
    view = next(v for v in window.drawing.views if not v.isHidden() and v.matrix.name == "x")
    rows, cols = view.matrix.array.shape
    i, j = rng.randrange(rows), rng.randrange(cols)
    qtbot.mouseDClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=cell_point(view, i, j))
    if view.editor.isVisible():
        view.editor.selectAll()
        qtbot.keyClicks(view.editor, rng.choice(["1.5", "-2", "0", "abc"]))
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
        qtbot.keyClick(view.editor, Qt.Key.Key_Escape)


def undo_or_redo(rng, qtbot, window):
    rng.choice([window.actions.undo, window.actions.redo, window.actions.reset_edits]).trigger()


def hover(rng, qtbot, window):
    window.tabs.setCurrentWidget(window.drawing)
    views = [v for v in window.drawing.views if not v.isHidden() and v.matrix is not None]
    view = rng.choice(views)
    rows, cols = view.matrix.array.shape
    qtbot.mouseMove(view.graphics.viewport(), cell_point(view, rng.randrange(rows), rng.randrange(cols)))


def save_lesson(rng, qtbot, window):
    window.lessons.save_as(window.test_folder / rng.choice(["a.attn.json", "b.attn.json"]))


def open_lesson(rng, qtbot, window):
    path = window.test_folder / rng.choice(["a.attn.json", "b.attn.json", "damaged.attn.json"])
    if path.exists():
        window.lessons.open(path)


def export_something(rng, qtbot, window):
    """A figure, the matrices or a short animation, through the same dialogs a teacher uses."""
    kind = rng.choice(["figure", "matrix", "animation"])
    dialog = getattr(window.exports, kind)()
    if kind == "figure":
        dialog.dpi.setValue(48)
        dialog.path.setText(str(window.test_folder / rng.choice(["f.png", "f.svg", "f.pdf", "f.txt"])))
        dialog.export()
    elif kind == "animation":
        dialog.range.setCurrentIndex(2)
        dialog.first.setValue(window.player.position + 1)
        dialog.last.setValue(min(window.player.position + 3, len(window.timeline)))
        dialog.frame_width.setValue(160)
        dialog.path.setText(str(window.test_folder / "a.gif"))
        dialog.export()
    else:
        dialog.select(".npz", None)
        dialog.set_path(window.test_folder / "m.npz")
        dialog.export()
    dialog.close()


def toggle_quiz(rng, qtbot, window):
    window.actions.quiz.trigger()


def zoom(rng, qtbot, window):
    rng.choice([window.actions.magnify, window.actions.shrink, window.actions.fit]).trigger()


def compare(rng, qtbot, window):
    if window.comparisons is not None and window.comparisons.isVisible() and rng.random() < 0.5:
        window.comparisons.close()
    else:
        window.actions.compare.trigger()


def switch_language(rng, qtbot, window):
    """Through the View menu's choice, as a teacher would; the window is rebuilt in the language.
    Presenting and the quiz take each of their four combinations in turn; the rest of the state
    is whatever the random actions left."""
    presenting, quiz = STATES[len(SWITCHED) % len(STATES)]
    window.set_presentation(presenting)
    window.quiz.set_active(quiz)
    SWITCHED.append((window.presentation.active, window.quiz.active))
    choice(window.actions.languages, "en" if current_language() == "zh_CN" else "zh_CN").trigger()
    new = launch._windows[-1]
    assert new is not window
    # The old window is deleted later, by the event loop the app runs; a test must ask for it.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    new.test_folder = window.test_folder
    new.input_panel.debounce_ms = 0
    _can_switch(new)
    return new


def _can_switch(window):
    window.language_switcher = lambda language: launch.switch_language(window, language)


ALL_ACTIONS = [
    (press_key, 30),
    (scrub, 8),
    (pick_speed, 3),
    (pick_granularity, 4),
    (pick_stage, 8),
    (pick_head, 4),
    (type_sentence, 4),
    (change_size, 4),
    (toggle_switch, 4),
    (choose_mask, 3),
    (switch_tab, 3),
    (edit_a_cell, 3),
    (undo_or_redo, 3),
    (hover, 5),
    (save_lesson, 2),
    (open_lesson, 2),
    (export_something, 2),
    (toggle_quiz, 2),
    (zoom, 3),
    (compare, 1),
    (switch_language, 3),
]


def assert_shows_the_timeline(window):
    step = window.timeline[window.player.position]
    trace = window.document.trace
    assert window.stage == step.stage
    if step.head is not None:
        assert window.head == step.head
    assert window.controls.slider.value() == window.player.position
    assert window.controls.slider.maximum() == len(window.timeline) - 1
    if window.tabs.currentWidget() is not window.drawing or window.quiz.active:
        return  # a quiz shows the step with its answer blanked
    assert window.drawing.caption.text() == caption_text(step.caption, window.options.decimals)
    result = next(v for v in window.drawing.views if not v.isHidden() and v.matrix.name == step.stage)
    assert result.matrix.array is trace.get(step.stage, step.head).array
    shown = result.numbers._shown
    expected = np.zeros(result.matrix.array.shape, dtype=bool)
    for top, bottom, left, right in step.filled:
        expected[top:bottom, left:right] = True
    assert np.array_equal(shown, expected)


@pytest.mark.qt_log_level_fail("WARNING")
# The offscreen platform says it cannot raise windows or propagate size hints; nothing else may warn.
@pytest.mark.qt_log_ignore("^This plugin does not support (propagateSizeHints|raise)")
def test_a_thousand_random_actions(qtbot, tmp_path):
    window = MainWindow(START)  # not qtbot's to close: a language switch replaces it
    window.show()
    qtbot.waitExposed(window)
    rng = random.Random(SEED)
    window.test_folder = tmp_path
    (tmp_path / "damaged.attn.json").write_text('{"format": "attn-gui lesson", "version": 1, "config": 7}')
    functions, weights = zip(*ALL_ACTIONS, strict=True)
    window.input_panel.debounce_ms = 0
    _can_switch(window)
    launch._windows[:] = [window]
    original_font, original_palette = QApplication.font(), QApplication.palette()
    try:
        for _ in range(ACTIONS):
            action = rng.choices(functions, weights)[0]
            window = action(rng, qtbot, window) or window
            QApplication.processEvents()
            QApplication.processEvents()  # the debounced panel, then the recomputation
            assert_shows_the_timeline(window)
        assert set(SWITCHED) == set(STATES)
    finally:
        window.player.pause()
        window.set_presentation(False)
        install_language("en")
        launch._windows.clear()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.setFont(original_font)
        QApplication.setPalette(original_palette)
