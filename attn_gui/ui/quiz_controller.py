"""Quiz mode: the class predicts each result before it is shown.

The quiz follows the player's position, so every way of moving (keys, clicker, slider, stage
jumps) stays valid: at a step that answers a question not yet revealed, the window draws the
step with the answer hidden and the bar asks; forward reveals it, forward again goes to the
next question, back to the previous one as it was left.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker

from attn_gui.timeline.model import Step
from attn_gui.timeline.quiz import (
    GRANULARITY,
    Question,
    Score,
    check,
    hidden_step,
    next_question,
    previous_question,
    question_at,
)
from attn_gui.timeline.timeline import Timeline
from attn_gui.ui.cell_explanations import explain_cell
from attn_gui.ui.equation_text import caption_text
from attn_gui.ui.quiz_panel import QuizPanel

if TYPE_CHECKING:
    from attn_gui.ui.main_window import MainWindow


class QuizController(QObject):
    """Quiz state for one window: on or off, the score, and the questions revealed so far."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.score = Score()
        self._verdicts: dict[int, bool | None] = {}  # revealed steps: right, wrong, None if no guess
        self._timeline: Timeline | None = None  # the timeline the verdicts belong to
        self._granularity = GRANULARITY  # the one to restore on leaving
        self.panel = QuizPanel(window)
        self.panel.hide()
        layout = window.centralWidget().layout()  # a bar just above the transport controls
        layout.insertWidget(layout.indexOf(window.controls), self.panel)
        self.panel.advanceRequested.connect(lambda: self.step(1))
        self.panel.resetRequested.connect(self.reset_score)

    def set_active(self, on: bool) -> None:
        """Enter quiz mode (one cell at a time, playback stopped, the next question asked) or
        leave it (the granularity from before)."""
        window = self.window
        window.actions.quiz.setChecked(on)
        if on == self.active:
            return
        window.player.pause()
        if on:
            self._granularity = window.timeline.granularity
            window.tabs.setCurrentWidget(window.stage_view)  # the heads overview shows every weight
        self.active = on
        self._show_mode()
        window.set_granularity(GRANULARITY if on else self._granularity)
        with QSignalBlocker(window.controls.granularity):
            window.controls.granularity.setCurrentIndex(
                window.controls.granularity.findData(window.timeline.granularity)
            )
        if on:
            timeline, position, decimals = window.timeline, window.player.position, self._decimals
            question = next_question(timeline, position, decimals) or next_question(timeline, -1, decimals)
            if question is not None:
                window.player.seek(question.reveal)
        window.refresh()

    def step(self, delta: int) -> None:
        """Forward reveals the question asked, then goes to the next one; back goes to the
        previous question, as it was left."""
        if not self.active:
            return
        window = self.window
        position = window.player.position
        if delta > 0 and self._asked(position) is not None:
            self.reveal()
            return
        find = next_question if delta > 0 else previous_question
        question = find(window.timeline, position, self._decimals)
        if question is not None:
            window.player.seek(question.reveal)

    def reveal(self) -> None:
        """Mark the class's guess, if it made one, and show the answer."""
        position = self.window.player.position
        question = self._asked(position)
        if question is None:
            return
        guess = self.panel.guess()
        correct = None
        if guess is not None:
            try:
                correct = check(question, guess, self._decimals)
            except ValueError:
                self.panel.refuse(question)
                return
            self.score = self.score.record(correct)
            self.panel.show_score(self.score)
        self._verdicts[position] = correct
        if question.cell is not None:  # every term, in the explanation pane (hidden when presenting)
            trace, decimals = self.window.document.trace, self._decimals
            text = explain_cell(
                trace, question.stage, question.head, *question.cell, decimals, max_terms=None
            )
            self.window.explanation.pin_cell(text)
        self.window.refresh()

    def reset_score(self) -> None:
        """Start again at 0 / 0, with every question to be asked anew."""
        self.score = Score()
        self._verdicts.clear()
        self.panel.show_score(self.score)
        self.window.refresh()

    def step_to_show(self, index: int) -> Step:
        """What the window draws at step ``index``; in quiz mode an unrevealed question's step has
        its answer hidden, and the bar asks the question or shows its answer."""
        window = self.window
        step = window.timeline[index]
        if not self.active:
            return step
        if window.timeline.granularity != GRANULARITY:  # a lesson was opened at its own granularity
            self.active = False
            self._show_mode()
            window.actions.quiz.setChecked(False)
            return step
        if window.timeline is not self._timeline:  # new numbers: every question is a new one
            self._timeline = window.timeline
            self._verdicts.clear()
        question = question_at(window.timeline, index, self._decimals)
        caption = caption_text(step.caption, self._decimals)  # the bar tells it, the stage's is hidden
        if question is None:
            self.panel.show_between(caption)
            return step
        if index in self._verdicts:
            self.panel.show_answer(question, self._decimals, self._verdicts[index], caption)
            return step
        self.panel.ask(question, self._decimals)
        return hidden_step(step, question)

    @property
    def _decimals(self) -> int:
        return self.window.options.decimals

    def _asked(self, index: int) -> Question | None:
        """The question step ``index`` answers, while it is not yet revealed."""
        if not self.active or index in self._verdicts:
            return None
        return question_at(self.window.timeline, index, self._decimals)

    def _show_mode(self) -> None:
        """The bar shows in quiz mode; playing and the granularity wait until it ends."""
        window = self.window
        self.panel.setVisible(self.active)
        window.stage_view.caption.setVisible(not self.active)  # the bar tells the captions
        window.explanation.set_quiz(self.active)
        window.actions.play.setEnabled(not self.active)
        window.controls.granularity.setEnabled(not self.active)
