"""A real model's attention on one sentence: every layer and head at once, each labelled with
what it does, for choosing the head the lesson opens."""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from attn_gui.models.analysis import head_roles
from attn_gui.translatable import QT_TRANSLATE_NOOP
from attn_gui.ui.model.colour_scale import ColourBar
from attn_gui.ui.model.display_options import DisplayOptions
from attn_gui.ui.model.head_grid import HeadGrid
from attn_gui.ui.model.shown_attention import shown_attention
from attn_gui.ui.stage.view_options import ViewOptions

SHOWN = {  # (merged, hidden): what one row and one column of a small heatmap stands for
    (False, False): QT_TRANSLATE_NOOP("ModelView", "word pieces"),
    (True, False): QT_TRANSLATE_NOOP("ModelView", "words"),
    (False, True): QT_TRANSLATE_NOOP("ModelView", "word pieces without [CLS] and [SEP]"),
    (True, True): QT_TRANSLATE_NOOP("ModelView", "words without [CLS] and [SEP]"),
}


class ModelView(QWidget):
    """All L × H heads' weights as small multiples on the 0..1 scale, with the two switches.

    The view computes nothing of the model: ``show_attentions`` hands it the weights. The roles are
    measured once per sentence on those weights as given; the switches change only what is drawn.
    ``headChosen(layer, head)`` (0-based) fires on a click or Enter; ``set_current`` outlines the
    head the lesson shows without emitting.
    """

    headChosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("model_view")
        self.options = DisplayOptions(self)
        self.note = QLabel(self)
        self.note.setObjectName("sink_note")
        self.note.setWordWrap(True)
        self.grid = HeadGrid(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("model_summary")
        self.summary.setWordWrap(True)
        self.colour_bar = ColourBar(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.colour_bar)
        bottom.addSpacing(self.fontMetrics().height())
        bottom.addWidget(self.summary, stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addWidget(self.note)
        layout.addWidget(self.grid, stretch=1)
        layout.addLayout(bottom)
        self._sentence: tuple[np.ndarray, tuple[str, ...], tuple[int | None, ...]] | None = None
        self._roles: tuple = ()
        self._size = 0  # rows (and columns) of each heatmap as shown
        self.options.changed.connect(self._redraw)
        self.grid.headChosen.connect(self.headChosen)
        self._retranslate()

    def show_attentions(
        self, attentions: ArrayLike, pieces: Sequence[str], word_index: Sequence[int | None]
    ) -> None:
        """A new sentence: ``attentions`` (L, H, n, n) between ``pieces``, ``word_index`` each
        piece's word (None for [CLS] and [SEP]), as the tokenizer gives them."""
        weights = np.asarray(attentions, dtype=np.float64)
        self._sentence = (weights, tuple(pieces), tuple(word_index))
        self._roles = head_roles(weights, pieces)
        self._redraw()

    def set_current(self, layer: int, head: int) -> None:
        """Outline the head the lesson shows (0-based); emits nothing."""
        self.grid.set_current(layer, head)

    def current(self) -> tuple[int, int]:
        return self.grid.current()

    def set_view_options(self, options: ViewOptions) -> None:
        """Follow the View menu: the colour-blind-safe scale."""
        self.grid.set_colour_blind(options.colour_blind)
        self.colour_bar.set_colour_blind(options.colour_blind)

    def _redraw(self) -> None:
        if self._sentence is None:
            return
        weights, pieces, word_index = self._sentence
        shown = shown_attention(
            weights,
            pieces,
            word_index,
            hide_specials=self.options.hide_specials,
            merge_words=self.options.merge_words,
        )
        self._size = len(shown.labels)
        self.grid.set_heads(shown.weights, self._roles)
        self._summarise()

    def _summarise(self) -> None:
        if self._sentence is None:
            return
        what = SHOWN[self.options.merge_words, self.options.hide_specials]
        self.summary.setText(
            QCoreApplication.translate(
                "ModelView", "Each heatmap: {size} × {size}, {what}. Hover for the numbers, click to open."
            ).format(
                size=self._size,
                what=QCoreApplication.translate("ModelView", what),
            )
        )

    def _retranslate(self) -> None:
        self.note.setText(
            QCoreApplication.translate(
                "ModelView",
                "Why so much weight on [CLS] and [SEP]? A head with nothing to do parks it there, a "
                "“no-op” sink: over half of BERT's attention in its middle layers goes to [SEP] (Clark "
                "et al. 2019).",
            )
        )
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
