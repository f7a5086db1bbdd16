"""Quiz mode driven through the real window: keys, clicker keys, the options and a typed guess.

What the class sees is read from the widgets: the question's text, the buttons, and the pixels
of the asked cell (blank while the class thinks, a number once revealed).
"""

import math

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from attn_gui.ui.quiz.quiz_panel import LETTERS
from tests.ui.conftest import field, retype


def key(qtbot, window, key):
    qtbot.keyClick(window.drawing, key)


def activate(qtbot, window):
    """Shortcuts reach only the active window, and activation is not immediate."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.drawing.setFocus()


def result_view(window):
    return next(v for v in window.drawing.views if v.isVisible() and v.matrix.name == window.stage)


def inks(view, i, j):
    """The colours inside cell (i, j), away from its border: one colour when blank."""
    view.highlights.finish()
    QApplication.processEvents()
    rect = view.cell_rect(i, j)
    middle = QRectF(
        rect.x() + rect.width() / 4, rect.y() + rect.height() / 4, rect.width() / 2, rect.height() / 2
    )
    image = view.graphics.grab(middle.toRect()).toImage()
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def shown(value, decimals=2):
    return f"{value:.{decimals}f}".replace("-", "−")


def q_by_hand(trace, i, j, head=0):
    """Q[i, j] of a head: row i of X_in times column j of the head's block of W_Q."""
    d_k = trace.dims.d_k
    return float(trace.get("x_in").array[i] @ trace.get("w_q").array[:, head * d_k + j])


@pytest.fixture
def quiz(qtbot, window):
    """The window in quiz mode, entered with F6 after the positional encoding is added."""
    window.set_stage("x_in")
    activate(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F6)
    return window


def test_f6_asks_the_next_cell_and_blanks_it(quiz):
    panel = quiz.quiz.panel
    assert quiz.actions.quiz.isChecked()
    assert panel.isVisible()
    assert quiz.stage == "q"
    assert panel.question.text().startswith("What is Q[I, 1]? Row “I” of X_in times column “1” of W_Q")
    view = result_view(quiz)
    assert view.numbers_visible()
    assert len(inks(view, 0, 0)) == 1  # nothing written in the asked cell
    assert quiz.drawing.equation.text() == ""  # no arithmetic to give it away
    labels = [button.text() for button in panel.options]
    assert [label.split()[0] for label in labels] == list(LETTERS)
    assert sum(label.endswith(" " + shown(q_by_hand(quiz.document.trace, 0, 0))) for label in labels) == 1
    assert quiz.timeline.granularity == "cell"
    assert not quiz.controls.granularity.isEnabled()
    assert not quiz.actions.play.isEnabled()


def test_a_typed_right_answer_scores_and_shows_the_cell(qtbot, quiz):
    panel, view = quiz.quiz.panel, result_view(quiz)
    position = quiz.player.position
    qtbot.mouseClick(panel.answer, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.answer, f"{q_by_hand(quiz.document.trace, 0, 0):.2f}".replace(".", ","))
    qtbot.keyClick(panel.answer, Qt.Key.Key_Return)
    assert panel.verdict.text().startswith("✓ Correct!")
    assert panel.score.text() == "Score: 1 / 1"
    assert quiz.player.position == position
    assert len(inks(view, 0, 0)) > 1  # the number is written in now
    assert quiz.drawing.equation.text().endswith("= " + shown(q_by_hand(quiz.document.trace, 0, 0)))
    assert "Row 1 (I) of X_in times column 1 of W_Q" in quiz.explanation.pinned_text()
    qtbot.keyClick(QApplication.focusWidget() or quiz, Qt.Key.Key_Right)  # the field gave the arrows back
    assert quiz.player.position == position + 1


def test_a_wrong_option_chosen_by_key_counts_against_and_shows_the_answer(qtbot, quiz):
    panel = quiz.quiz.panel
    qtbot.keyClick(panel.answer, Qt.Key.Key_Return)  # revealed with no guess: not scored
    assert panel.score.text() == "Score: 0 / 0"
    key(qtbot, quiz, Qt.Key.Key_PageDown)  # to Q[I, 2]
    right = shown(q_by_hand(quiz.document.trace, 0, 1))
    wrong = next(k for k, b in enumerate(panel.options) if not b.text().endswith(" " + right))
    key(qtbot, quiz, Qt.Key(Qt.Key.Key_1.value + wrong))  # "2" chooses B
    assert panel.options[wrong].isChecked()
    assert panel.score.text() == "Score: 0 / 0"  # chosen, not yet marked
    key(qtbot, quiz, Qt.Key.Key_PageDown)
    assert panel.verdict.text() == f"✗ Not quite: the answer is {right}."
    assert panel.score.text() == "Score: 0 / 1"
    assert panel.options[wrong].text().startswith("✗")
    assert next(b for b in panel.options if b.isChecked()).text().endswith(" " + right)


def test_letters_choose_like_digits(qtbot, quiz):
    panel = quiz.quiz.panel
    right = next(
        k
        for k, b in enumerate(panel.options)
        if b.text().endswith(" " + shown(q_by_hand(quiz.document.trace, 0, 0)))
    )
    key(qtbot, quiz, Qt.Key(Qt.Key.Key_A.value + right))
    key(qtbot, quiz, Qt.Key.Key_Right)
    assert panel.score.text() == "Score: 1 / 1"


def test_the_clicker_reveals_then_moves_on_and_goes_back(qtbot, quiz):
    panel, view = quiz.quiz.panel, result_view(quiz)
    first = quiz.player.position
    key(qtbot, quiz, Qt.Key.Key_PageDown)
    assert quiz.player.position == first
    assert panel.verdict.text() == f"The answer is {shown(q_by_hand(quiz.document.trace, 0, 0))}."
    assert len(inks(view, 0, 0)) > 1
    key(qtbot, quiz, Qt.Key.Key_PageDown)
    assert quiz.player.position == first + 1
    assert panel.question.text().startswith("What is Q[I, 2]?")
    assert len(inks(view, 0, 0)) > 1
    assert len(inks(view, 0, 1)) == 1
    assert not panel.verdict.isVisible()
    key(qtbot, quiz, Qt.Key.Key_PageUp)
    assert quiz.player.position == first
    assert panel.verdict.text().startswith("The answer is")  # as it was left: revealed
    key(qtbot, quiz, Qt.Key.Key_Right)
    key(qtbot, quiz, Qt.Key.Key_Right)  # Q[I, 2] revealed
    key(qtbot, quiz, Qt.Key.Key_Right)
    assert panel.question.text().startswith("What is Q[love, 1]?")


def test_space_and_the_blank_key_break_nothing(qtbot, quiz):
    panel = quiz.quiz.panel
    position = quiz.player.position
    key(qtbot, quiz, Qt.Key.Key_Space)
    key(qtbot, quiz, Qt.Key.Key_B)
    assert not quiz.player.is_playing()
    assert quiz.player.position == position
    assert panel.score.text() == "Score: 0 / 0"
    assert panel.options[1].isChecked()  # B is only the class's choice until the reveal
    assert len(inks(result_view(quiz), 0, 0)) == 1


def test_a_typo_is_refused_without_scoring(qtbot, quiz):
    panel = quiz.quiz.panel
    qtbot.mouseClick(panel.answer, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.answer, "zero")
    qtbot.keyClick(panel.answer, Qt.Key.Key_Return)
    assert panel.verdict.text().startswith("Type a number")
    assert panel.score.text() == "Score: 0 / 0"
    assert len(inks(result_view(quiz), 0, 0)) == 1


def test_a_softmax_row_is_asked_whole_and_answered_by_its_token(qtbot, window):
    window.set_stage("masked")
    activate(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F6)
    panel, view = window.quiz.panel, result_view(window)
    assert window.stage == "weights"
    assert panel.question.text() == "Row “I” of A: which key gets the most attention?"
    assert all(len(inks(view, 0, j)) == 1 for j in range(3))
    assert "%" not in window.explanation.text.toPlainText()  # the worked percentages would tell
    trace, d_k = window.document.trace, window.document.trace.dims.d_k
    scores = trace.get("q", 0).array @ trace.get("k", 0).array.T / math.sqrt(d_k)
    best = int(np.argmax(np.exp(scores[0]) / np.exp(scores[0]).sum()))
    qtbot.mouseClick(panel.answer, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.answer, ("I", "love", "learning")[best])
    qtbot.keyClick(panel.answer, Qt.Key.Key_Return)
    assert panel.verdict.text().startswith("✓ Correct!")
    assert panel.working.text().startswith("exp(")  # the exponentials, then their sum
    assert all(len(inks(view, 0, j)) > 1 for j in range(3))


def test_leaving_quiz_mode_restores_normal_stepping(qtbot, quiz):
    window_explains = quiz.explanation.text.toPlainText
    quiz.set_stage("weights")
    assert "%" not in window_explains()
    assert quiz.timeline.granularity == "cell"
    key(qtbot, quiz, Qt.Key.Key_F6)
    assert not quiz.actions.quiz.isChecked()
    assert not quiz.quiz.panel.isVisible()
    assert quiz.timeline.granularity == "term"
    assert quiz.controls.granularity.currentData() == "term"
    assert quiz.controls.granularity.isEnabled()
    assert quiz.actions.play.isEnabled()
    assert quiz.drawing.caption.isVisible()
    assert quiz.stage == "weights"
    assert "%" in window_explains()  # the worked example is back
    position = quiz.player.position
    key(qtbot, quiz, Qt.Key.Key_Right)
    assert quiz.player.position == position + 1
    assert quiz.drawing.equation.text() != ""


def test_the_quiz_works_by_keys_in_presentation_mode(qtbot, quiz):
    key(qtbot, quiz, Qt.Key.Key_F11)
    try:
        assert not quiz.menuBar().isVisible()
        panel = quiz.quiz.panel
        assert panel.isVisible()
        key(qtbot, quiz, Qt.Key.Key_3)
        key(qtbot, quiz, Qt.Key.Key_PageDown)
        assert panel.score.text() == "Score: {} / 1".format(int(panel.options[2].text().startswith("✓")))
        key(qtbot, quiz, Qt.Key.Key_F6)
        assert not panel.isVisible()
    finally:
        key(qtbot, quiz, Qt.Key.Key_Escape)
    assert not quiz.presentation.active


def test_new_numbers_ask_the_question_again(qtbot, quiz):
    panel, view = quiz.quiz.panel, result_view(quiz)
    key(qtbot, quiz, Qt.Key.Key_PageDown)
    assert len(inks(view, 0, 0)) > 1
    with qtbot.waitSignal(quiz.document.traceChanged, timeout=2000):
        retype(qtbot, field(quiz, "seed"), "5")
    assert quiz.document.trace.source.seed == 5
    assert panel.question.text().startswith("What is Q[I, 1]?")
    assert len(inks(result_view(quiz), 0, 0)) == 1  # hidden again: a new number to predict
    right = " " + shown(q_by_hand(quiz.document.trace, 0, 0))
    assert sum(button.text().endswith(right) for button in panel.options) == 1


def test_the_question_names_the_numbers_the_cells_are_too_small_to_show(qtbot, make_window):
    """The default window on a fresh start, at the paper's sizes: X and PE are strips of 512
    columns, so the question about X_in[I, 1] says what X[I, 1] and PE[I, 1] are."""
    window = make_window(AttentionConfig(tokens=("I", "love", "learning"), d_model=512, num_heads=8))
    window.set_stage("pe")
    activate(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F6)
    assert window.stage == "x_in"
    trace = window.document.trace
    x, pe = trace.get("x").array[0, 0], trace.get("pe").array[0, 0]
    given = f"Given: X[I, 1] = {shown(x)},  PE[I, 1] = {shown(pe)}"
    qtbot.waitUntil(lambda: window.quiz.panel.question.text().endswith("\n" + given))
    assert not window.drawing.operands_readable()


def test_numbers_the_cells_show_are_not_repeated_in_the_question(qtbot, quiz):
    qtbot.waitUntil(quiz.drawing.operands_readable)
    qtbot.waitUntil(lambda: "Given" not in quiz.quiz.panel.question.text())


def test_a_product_question_gives_its_row_and_column_cut_short(qtbot, make_window):
    window = make_window(AttentionConfig(tokens=("I", "love", "learning"), d_model=64, num_heads=1))
    window.set_stage("x_in")
    activate(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F6)
    assert window.stage == "q"
    qtbot.waitUntil(lambda: "Given" in window.quiz.panel.question.text())
    given = window.quiz.panel.question.text().splitlines()[-1]
    row = window.document.trace.get("x_in").array[0]
    assert given.startswith(f"Given: X_in[I, :] = ({shown(row[0])}, {shown(row[1])}, ")
    assert f"…, {shown(row[-1])}; 64 numbers)" in given
    assert "W_Q[:, 1] = (" in given
