"""The decoder's output at one decoding step: softmax over the vocabulary (词表上的 softmax) as
bars of the most probable Chinese words, with the temperature that divides the scores first."""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.temperature_slider import TemperatureSlider
from attn_gui.ui.translator.candidate_bars import CandidateBars
from attn_gui.ui.translator.candidates import TOP, Candidates, next_word_candidates, probability_text

NOTE_SCALE = 1.2  # the explanation
TEXT_SCALE = 1.35  # the question, the controls, the rest's share


class NextWordChart(QWidget):
    """softmax(logits / T) over the Chinese vocabulary as bars of the ``top`` most probable words,
    the written one marked, with a log-scaled T slider (0.1 to 5) that recomputes them live.

    ``show_step`` hands it one step's scores; it computes nothing of the model. ``hide_answer(True)``
    is for predicting the next word before it is revealed: under greedy decoding the written word
    is always the longest bar, so hiding only its mark would give it away. Hidden, every word reads
    "?" and none is marked, while the bars and percentages stay: how sure the model is belongs to
    the question. Tooltips and the accessible description hide the words too; a Reveal button
    (or ``hide_answer(False)``) shows them and emits ``answerRevealed``.
    """

    temperatureChanged = Signal(float)
    answerRevealed = Signal()

    def __init__(self, parent: QWidget | None = None, top: int = TOP) -> None:
        super().__init__(parent)
        self.setObjectName("next_word_chart")
        self.top = top
        self.note = QLabel(self)
        self.note.setObjectName("next_word_note")
        self.note.setWordWrap(True)
        self.caption = QLabel(self)
        self.slider = TemperatureSlider(self)
        self.slider.setObjectName("next_word_temperature")
        self.caption.setBuddy(self.slider)
        self.value = QLabel(self)
        self.value.setObjectName("next_word_temperature_value")
        self.reset = QPushButton(self)
        self.reset.setObjectName("next_word_temperature_reset")
        self.reset.setAutoDefault(False)  # Enter elsewhere in a dialog must not reset T
        self.reveal = QPushButton(self)
        self.reveal.setObjectName("next_word_reveal")
        self.reveal.setAutoDefault(False)
        self.reveal.hide()
        self.question = QLabel(self)
        self.question.setObjectName("next_word_question")
        self.question.setWordWrap(True)
        self.bars = CandidateBars(self)
        self.rest = QLabel(self)
        self.rest.setObjectName("next_word_rest")
        self.rest.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.caption)
        controls.addWidget(self.slider, stretch=1)
        controls.addWidget(self.value)
        controls.addWidget(self.reset)
        controls.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(controls)
        layout.addWidget(self.question)
        layout.addWidget(self.bars, stretch=1)
        layout.addWidget(self.rest)
        self._step: tuple[np.ndarray, tuple[str, ...], str, tuple[str, ...]] | None = None
        self._candidates: Candidates | None = None
        self._hidden = False
        self.slider.temperatureChanged.connect(self._on_temperature)
        self.reset.clicked.connect(self.slider.reset)
        self.reveal.clicked.connect(lambda: self.hide_answer(False))
        self._apply_fonts()
        self._retranslate()

    # -- what is shown ---------------------------------------------------------------------

    def show_step(
        self, logits: ArrayLike, vocabulary: Sequence[str], written: str, previous: Sequence[str] = ()
    ) -> None:
        """One decoding step: ``logits`` (V,) over ``vocabulary``, the ``written`` word (greedy:
        the most probable), and the words ``previous``ly written, shown as the question."""
        scores = np.asarray(logits, dtype=np.float64)
        self._step = (scores, tuple(vocabulary), written, tuple(previous))
        self._recompute()

    def candidates(self) -> Candidates | None:
        """The words, scores and probabilities shown, at the current temperature."""
        return self._candidates

    def temperature(self) -> float:
        return self.slider.temperature()

    def set_temperature(self, temperature: float) -> None:
        """Move the slider to ``temperature`` (clamped to 0.1..5); emits temperatureChanged."""
        self.slider.set_temperature(temperature)

    def hide_answer(self, hidden: bool) -> None:
        """Hide the words for the class to predict, or reveal them (emits answerRevealed)."""
        was_hidden, self._hidden = self._hidden, hidden
        self.reveal.setVisible(hidden)
        self._redraw()
        if was_hidden and not hidden:
            self.answerRevealed.emit()

    def answer_hidden(self) -> bool:
        return self._hidden

    # -- updating --------------------------------------------------------------------------

    def _on_temperature(self, temperature: float) -> None:
        self._recompute()
        self.temperatureChanged.emit(temperature)

    def _recompute(self) -> None:
        if self._step is not None:
            scores, vocabulary, written, _ = self._step
            self._candidates = next_word_candidates(scores, vocabulary, written, self.temperature(), self.top)
        self._redraw()

    def _redraw(self) -> None:
        self.value.setText(
            QCoreApplication.translate("NextWordChart", "T = {value}").format(
                value=format_number(self.temperature(), 2)
            )
        )
        self.bars.set_candidates(self._candidates, self._hidden)
        candidates = self._candidates
        if candidates is None or self._step is None:
            self.question.clear()
            self.rest.clear()
            return
        previous = " ".join(self._step[3])
        if self._hidden:
            question = QCoreApplication.translate(
                "NextWordChart", "After “{previous}”, which word comes next?"
            )
        else:
            question = QCoreApplication.translate(
                "NextWordChart", "After “{previous}” the decoder writes “{word}”."
            )
        self.question.setText(question.format(previous=previous, word=candidates.words[candidates.written]))
        self.question.setVisible(bool(previous))
        self.rest.setText(
            QCoreApplication.translate(
                "NextWordChart", "The {shown} most probable of {size} words; the other {count} share {share}."
            ).format(
                shown=len(candidates.words),
                size=candidates.vocabulary_size,
                count=candidates.rest_count,
                share=probability_text(candidates.rest),
            )
        )

    def _apply_fonts(self) -> None:
        self.note.setFont(scaled_font(self, NOTE_SCALE))
        for widget in (self.caption, self.reset, self.reveal, self.rest):
            widget.setFont(scaled_font(self, TEXT_SCALE))
        self.question.setFont(scaled_font(self, TEXT_SCALE, bold=True))
        self.value.setFont(scaled_font(self, TEXT_SCALE, bold=True))
        # Wide enough for "T = 5.01": the slider must not jump as the text changes.
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("T = 00.00") + 8)

    def _retranslate(self) -> None:
        self.note.setText(
            QCoreApplication.translate(
                "NextWordChart",
                "Softmax over the vocabulary: the decoder gives every Chinese word a score, softmax "
                "turns the scores into probabilities, and the most probable word is written. The "
                "temperature T divides the scores first: lower is sharper, higher flatter.",
            )
        )
        self.caption.setText(QCoreApplication.translate("NextWordChart", "Temperature:"))
        self.slider.setToolTip(
            QCoreApplication.translate(
                "NextWordChart",
                "softmax(scores / T): T from 0.1 to 5 (drag, or use the arrow keys; each key "
                "multiplies or divides T by 1.12). The order of the words never changes, only how "
                "sure the model looks.",
            )
        )
        self.reset.setText(QCoreApplication.translate("NextWordChart", "T = 1"))
        self.reset.setToolTip(
            QCoreApplication.translate("NextWordChart", "Back to the model's own probabilities")
        )
        self.reveal.setText(QCoreApplication.translate("NextWordChart", "Reveal"))
        self.reveal.setToolTip(
            QCoreApplication.translate("NextWordChart", "Show the words and the one written")
        )
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)
