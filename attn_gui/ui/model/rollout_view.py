"""Attention rollout (Abnar & Zuidema 2020) as one labelled heatmap, after the layer chosen.

The rollout is computed once per sentence on the weights between all word pieces, [CLS] and [SEP]
included, as the model computed them: the residual path runs through every piece, and a rollout
of hidden or merged weights would be a different, made-up model. Hiding and merging are applied to
its result, for display only: merged, a word's rows are averaged and its columns summed (how much
of the word reaches a position); hidden, each row is renormalised over the words.
"""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike
from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from attn_gui.core import TraceMatrix
from attn_gui.models.analysis import LabelledAttention, attention_rollout
from attn_gui.notation import format_number
from attn_gui.ui.model.display_options import DisplayOptions
from attn_gui.ui.model.shown_attention import shown_attention
from attn_gui.ui.stage.matrix_view import MatrixView
from attn_gui.ui.stage.view_options import ViewOptions


class RolloutView(QWidget):
    """Rows: the positions after the chosen layer; columns: the input tokens. ``show_attentions``
    takes the same arguments as ModelView's; the layer selector defaults to the last layer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollout_view")
        self.options = DisplayOptions(self)
        self.layer_caption = QLabel(self)
        self.layer_box = QComboBox(self)
        self.layer_box.setObjectName("rollout_layer")
        self.layer_caption.setBuddy(self.layer_box)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("rollout_explanation")
        self.explanation.setWordWrap(True)
        self.matrix_view = MatrixView(self)
        self.matrix_view.setObjectName("rollout_matrix")
        self.matrix_view.tooltip_provider = self._tooltip
        top = QHBoxLayout()
        top.addWidget(self.layer_caption)
        top.addWidget(self.layer_box)
        top.addSpacing(self.fontMetrics().height())
        top.addWidget(self.options, stretch=1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.matrix_view, stretch=1)
        self._rollout = np.zeros((0, 0, 0))
        self._pieces: tuple[str, ...] = ()
        self._word_index: tuple[int | None, ...] = ()
        self._shown: LabelledAttention | None = None
        self._view_options = ViewOptions()
        self.options.changed.connect(self._redraw)
        self.layer_box.currentIndexChanged.connect(self._redraw)
        self._retranslate()

    def show_attentions(
        self, attentions: ArrayLike, pieces: Sequence[str], word_index: Sequence[int | None]
    ) -> None:
        """A new sentence: ``attentions`` (L, H, n, n); the rollout after the last layer is shown."""
        self._rollout = attention_rollout(attentions)
        self._pieces, self._word_index = tuple(pieces), tuple(word_index)
        with QSignalBlocker(self.layer_box):
            self._fill_layers()
            self.layer_box.setCurrentIndex(self.layer_box.count() - 1)
        self._redraw()

    def set_layer(self, layer: int) -> None:
        """Show the rollout after ``layer`` (0-based)."""
        self.layer_box.setCurrentIndex(layer)

    def layer(self) -> int:
        return self.layer_box.currentIndex()

    def set_view_options(self, options: ViewOptions) -> None:
        """Follow the View menu: decimals, percentages, the colour-blind-safe scale."""
        self._view_options = options
        self._redraw()

    def _fill_layers(self) -> None:
        index = self.layer_box.currentIndex()
        self.layer_box.clear()
        for layer in range(len(self._rollout)):
            self.layer_box.addItem(
                QCoreApplication.translate("RolloutView", "after layer {layer}").format(layer=layer + 1)
            )
        self.layer_box.setCurrentIndex(index)

    def _redraw(self) -> None:
        layer = self.layer_box.currentIndex()
        if layer < 0:
            return
        self._shown = shown = shown_attention(
            self._rollout[layer],
            self._pieces,
            self._word_index,
            hide_specials=self.options.hide_specials,
            merge_words=self.options.merge_words,
        )
        matrix = TraceMatrix("weights", None, shown.weights, shown.labels, shown.labels, ("n", "n"))
        title = QCoreApplication.translate("RolloutView", "Attention rollout after layer {layer} of {layers}")
        options = self._view_options
        self.matrix_view.set_matrix(
            matrix,
            title=title.format(layer=layer + 1, layers=len(self._rollout)),
            decimals=options.decimals,
            percent=options.percent,
            colour_blind=options.colour_blind,
        )

    def _tooltip(self, i: int, j: int) -> str:
        shown = self._shown
        if shown is None:
            return ""
        return QCoreApplication.translate(
            "RolloutView",
            "About {share} of what position “{row}” holds after layer {layer} comes from the input "
            "token “{column}”.",
        ).format(
            share=format_number(float(shown.weights[i, j]), 2, percent=True),
            row=shown.labels[i],
            layer=self.layer_box.currentIndex() + 1,
            column=shown.labels[j],
        )

    def _retranslate(self) -> None:
        self.layer_caption.setText(QCoreApplication.translate("RolloutView", "Rollout:"))
        self.layer_box.setToolTip(
            QCoreApplication.translate("RolloutView", "How many layers to follow the attention through")
        )
        self.explanation.setText(
            QCoreApplication.translate(
                "RolloutView",
                "Attention rollout (Abnar & Zuidema 2020): average the heads, add the identity for "
                "the residual, renormalise the rows, multiply the layers. Each cell estimates how much "
                "of an input token (column) reaches a position after that layer (row).",
            )
        )
        with QSignalBlocker(self.layer_box):
            self._fill_layers()
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
