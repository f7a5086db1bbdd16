"""The tabs the trained translator adds beside the stage: the next word's probabilities at the
decoding step shown, and the cross-attention alignment of the whole translation.

Made on first use, so the toy and the encoder import none of it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget

from attn_gui.ui.model_mode.view_tabs import hide_tabs, show_tabs
from attn_gui.ui.stage.view_options import ViewOptions

if TYPE_CHECKING:
    from attn_gui.models.translator import Translation


class TranslatorTabs(QObject):
    """ "Next word" and "Alignment" in ``tabs`` while the translator is shown."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        from attn_gui.ui.translator.alignment_view import AlignmentView
        from attn_gui.ui.translator.next_word_chart import NextWordChart

        self._tabs = tabs
        self.next_word = NextWordChart(tabs)
        self.alignment = AlignmentView(tabs)
        self._shown: Translation | None = None
        self._quiz = False

    def show(self, translation: "Translation | None", step: int) -> None:
        """Decoding step ``step`` (from 1) of ``translation``; None: not the translator, no tabs."""
        views = (self.next_word, self.alignment)
        if translation is None:
            hide_tabs(self._tabs, views)
            self._shown = None
            return
        show_tabs(
            self._tabs,
            (
                (self.next_word, QCoreApplication.translate("MainWindow", "Next word")),
                (self.alignment, QCoreApplication.translate("MainWindow", "Alignment")),
            ),
        )
        if translation is not self._shown:
            weights = translation.cross_weights
            self.alignment.show_alignment(weights, translation.output_tokens, translation.source_tokens)
            self._shown = translation
        output = translation.output
        self.next_word.show_step(
            output.logits[step - 1],
            output.vocabulary,
            output.predicted[step - 1],
            translation.decoder_tokens[1:step],
        )
        self.next_word.hide_answer(self._quiz)

    def set_quiz(self, on: bool) -> None:
        """In quiz mode the class predicts each next word before the chart reveals it."""
        self._quiz = on
        self.next_word.hide_answer(on)

    def set_view_options(self, options: ViewOptions) -> None:
        self.alignment.set_view_options(options)
