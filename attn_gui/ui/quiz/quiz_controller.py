"""Quiz mode: the class predicts each result before it is shown.

The quiz follows the player's position, so every way of moving (keys, clicker, slider, stage
jumps) stays valid: at a step that answers a question not yet revealed, the window draws the
step with the answer hidden and the bar asks; forward reveals it, forward again goes to the
next question, back to the previous one as it was left.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

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
from attn_gui.ui.explain.cell_explanations import explain_cell
from attn_gui.ui.player.navigator import Navigator
from attn_gui.ui.quiz.quiz_panel import QuizPanel
from attn_gui.ui.stage.equation_text import caption_text


class QuizController(QObject):
    """Quiz state: on or off, the score, and the questions revealed so far.

    It moves the ``navigator``, asks through ``panel``, reads the user's ``decimals()`` and pins
    a revealed cell's arithmetic with ``pin(text)``. ``modeChanged`` tells the window to show or
    hide what the quiz replaces (the caption, the play button, the granularity);
    ``redrawRequested`` that the current step must be drawn again.
    """

    modeChanged = Signal(bool)
    redrawRequested = Signal()

    def __init__(
        self,
        navigator: Navigator,
        panel: QuizPanel,
        decimals: Callable[[], int],
        pin: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.panel = panel
        self._decimals = decimals
        self._pin = pin
        self.active = False
        self.score = Score()
        self._verdicts: dict[int, bool | None] = {}  # revealed steps: right, wrong, None if no guess
        self._timeline: Timeline | None = None  # the timeline the verdicts belong to
        self._granularity = GRANULARITY  # the one to restore on leaving
        self.panel.hide()
        self.panel.advanceRequested.connect(lambda: self.step(1))
        self.panel.resetRequested.connect(self.reset_score)

    def set_active(self, on: bool) -> None:
        """Enter quiz mode (one cell at a time, playback stopped, the next question asked) or
        leave it (the granularity from before)."""
        if on == self.active:
            self.modeChanged.emit(on)  # a toggled action that changed nothing is set back
            return
        navigator = self.navigator
        navigator.player.pause()
        if on:
            self._granularity = navigator.timeline.granularity
        self.active = on
        self.panel.setVisible(on)
        navigator.set_granularity(GRANULARITY if on else self._granularity)
        self.modeChanged.emit(on)
        if on:
            timeline, position, decimals = navigator.timeline, navigator.position, self._decimals()
            question = next_question(timeline, position, decimals) or next_question(timeline, -1, decimals)
            if question is not None:
                navigator.player.seek(question.reveal)
        self.redrawRequested.emit()

    def step(self, delta: int) -> None:
        """Forward reveals the question asked, then goes to the next one; back goes to the
        previous question, as it was left."""
        if not self.active:
            return
        navigator = self.navigator
        position = navigator.position
        if delta > 0 and self._asked(position) is not None:
            self.reveal()
            return
        find = next_question if delta > 0 else previous_question
        question = find(navigator.timeline, position, self._decimals())
        if question is not None:
            navigator.player.seek(question.reveal)

    def reveal(self) -> None:
        """Mark the class's guess, if it made one, and show the answer."""
        position = self.navigator.position
        question = self._asked(position)
        if question is None:
            return
        decimals = self._decimals()
        guess = self.panel.guess()
        correct = None
        if guess is not None:
            try:
                correct = check(question, guess, decimals)
            except ValueError:
                self.panel.refuse(question)
                return
            self.score = self.score.record(correct)
            self.panel.show_score(self.score)
        self._verdicts[position] = correct
        if question.cell is not None:  # every term, in the explanation pane (hidden when presenting)
            trace = self.navigator.timeline.trace
            self._pin(
                explain_cell(trace, question.stage, question.head, *question.cell, decimals, max_terms=None)
            )
        self.redrawRequested.emit()

    def reset_score(self) -> None:
        """Start again at 0 / 0, with every question to be asked anew."""
        self.score = Score()
        self._verdicts.clear()
        self.panel.show_score(self.score)
        self.redrawRequested.emit()

    def step_to_show(self, index: int) -> Step:
        """What the window draws at step ``index``; in quiz mode an unrevealed question's step has
        its answer hidden, and the bar asks the question or shows its answer."""
        timeline = self.navigator.timeline
        step = timeline[index]
        if not self.active:
            return step
        if timeline.granularity != GRANULARITY:  # a lesson was opened at its own granularity
            self.active = False
            self.panel.hide()
            self.modeChanged.emit(False)
            return step
        if timeline is not self._timeline:  # new numbers: every question is a new one
            self._timeline = timeline
            self._verdicts.clear()
        decimals = self._decimals()
        question = question_at(timeline, index, decimals)
        caption = caption_text(step.caption, decimals)  # the bar tells it, the stage's is hidden
        if question is None:
            self.panel.show_between(caption)
            return step
        if index in self._verdicts:
            self.panel.show_answer(question, decimals, self._verdicts[index], caption)
            return step
        self.panel.ask(question, decimals)
        return hidden_step(step, question)

    def _asked(self, index: int) -> Question | None:
        """The question step ``index`` answers, while it is not yet revealed."""
        if not self.active or index in self._verdicts:
            return None
        return question_at(self.navigator.timeline, index, self._decimals())
