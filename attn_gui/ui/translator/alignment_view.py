"""The translator's encoder-decoder attention (编码器-解码器注意力) over the whole sentence: for
each layer and head, which English tokens each Chinese word looked at as it was written."""

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike
from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.model.colour_scale import ColourBar
from attn_gui.ui.stage.view_options import ViewOptions
from attn_gui.ui.translator.alignment_heatmap import AlignmentHeatmap, head_title

NOTE_SCALE = 1.2
TEXT_SCALE = 1.2
ALL = -1  # the head selector's "all heads" entry


def alignment_bar_words() -> tuple[str, str]:
    """The colour bar's caption and tooltip: what these weights are a share of."""
    return (
        QCoreApplication.translate("AlignmentView", "Weight:"),
        QCoreApplication.translate(
            "AlignmentView",
            "One scale, 0 to 1, for every head: a weight is the share of a Chinese word's attention "
            "that goes to an English token, so the same colour means the same share in every head.",
        ),
    )


class AlignmentView(QWidget):
    """Heatmaps of cross-attention weights, Chinese output words (rows) against English source
    tokens (columns), all heads side by side or the one chosen; each row's most-attended token
    outlined. ``show_alignment`` hands it the weights; it computes nothing of the model.
    ``headChanged(index)`` fires when the selector changes: -1 for all heads, else
    layer × heads + head."""

    headChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alignment_view")
        self.note = QLabel(self)
        self.note.setObjectName("alignment_note")
        self.note.setWordWrap(True)
        self.head_caption = QLabel(self)
        self.head_box = QComboBox(self)
        self.head_box.setObjectName("alignment_heads")
        self.head_caption.setBuddy(self.head_box)
        self.colour_bar = ColourBar(self, alignment_bar_words)
        self.legend = QLabel(self)
        self.legend.setObjectName("alignment_legend")
        self.legend.setWordWrap(True)
        self.area = QWidget(self)
        self.grid = QGridLayout(self.area)
        self.grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.head_caption)
        top.addWidget(self.head_box)
        top.addSpacing(self.fontMetrics().height())
        top.addWidget(self.colour_bar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.area, stretch=1)
        layout.addWidget(self.legend)
        self.heatmaps: dict[tuple[int, int], AlignmentHeatmap] = {}
        self._shape = (0, 0)
        self._stacked = False  # heads one under the other, for a tall, narrow dock
        self._colour_blind = False
        self.head_box.currentIndexChanged.connect(self._on_head_chosen)
        self._apply_fonts()
        self._retranslate()

    # -- what is shown ---------------------------------------------------------------------

    def show_alignment(self, weights: ArrayLike, targets: Sequence[str], sources: Sequence[str]) -> None:
        """A new sentence: ``weights`` (layers, heads, output words, source tokens), the Chinese
        ``targets`` as written and the English ``sources`` as the encoder read them."""
        array = np.asarray(weights, dtype=np.float64)
        if array.ndim != 4 or array.shape[2:] != (len(targets), len(sources)):
            raise ValueError(
                f"weights of shape {array.shape} for {len(targets)} words and {len(sources)} tokens"
            )
        layers, heads = array.shape[:2]
        if (layers, heads) != self._shape:
            self._make_heatmaps(layers, heads)
        for (layer, head), heatmap in self.heatmaps.items():
            heatmap.set_weights(array[layer, head], targets, sources)
            heatmap.set_colour_blind(self._colour_blind)
        self._arrange()

    def show_head(self, layer: int, head: int) -> None:
        """Only ``(layer, head)`` (0-based), as large as the view allows."""
        self.head_box.setCurrentIndex(1 + layer * self._shape[1] + head)

    def show_all_heads(self) -> None:
        self.head_box.setCurrentIndex(0)

    def shown_heads(self) -> tuple[tuple[int, int], ...]:
        """The heads on screen, in reading order."""
        return tuple(key for key, heatmap in self.heatmaps.items() if not heatmap.isHidden())

    def heatmap(self, layer: int, head: int) -> AlignmentHeatmap:
        return self.heatmaps[layer, head]

    def set_view_options(self, options: ViewOptions) -> None:
        """Follow the View menu: the colour-blind-safe scale and outline."""
        self._colour_blind = options.colour_blind
        for heatmap in self.heatmaps.values():
            heatmap.set_colour_blind(options.colour_blind)
        self.colour_bar.set_colour_blind(options.colour_blind)

    # -- layout ----------------------------------------------------------------------------

    def _make_heatmaps(self, layers: int, heads: int) -> None:
        for heatmap in self.heatmaps.values():
            self.grid.removeWidget(heatmap)
            heatmap.deleteLater()
        self._shape = (layers, heads)
        self.heatmaps = {
            (layer, head): AlignmentHeatmap(layer, head, self.area)
            for layer in range(layers)
            for head in range(heads)
        }
        with QSignalBlocker(self.head_box):
            self._fill_heads()
            self.head_box.setCurrentIndex(0)

    def _fill_heads(self) -> None:
        index = self.head_box.currentIndex()
        self.head_box.clear()
        self.head_box.addItem(QCoreApplication.translate("AlignmentView", "All heads"))
        for layer, head in self.heatmaps:
            self.head_box.addItem(head_title(layer, head))
        self.head_box.setCurrentIndex(max(index, 0))

    def _on_head_chosen(self, index: int) -> None:
        self._arrange()
        self.headChanged.emit(index - 1 if index > 0 else ALL)

    def _arrange(self) -> None:
        """All heads in a grid (layers down, heads across; heads down in a tall narrow view),
        or the chosen one alone."""
        for heatmap in self.heatmaps.values():
            self.grid.removeWidget(heatmap)
        chosen = self.head_box.currentIndex() - 1
        for index, ((layer, head), heatmap) in enumerate(self.heatmaps.items()):
            visible = chosen < 0 or index == chosen
            heatmap.setVisible(visible)
            if visible and chosen >= 0:
                self.grid.addWidget(heatmap, 0, 0)
            elif visible:
                self.grid.addWidget(heatmap, *((head, layer) if self._stacked else (layer, head)))

    def _stacks_better(self) -> bool:
        """Whether heads one under another get larger cells here than side by side."""
        layers, heads = self._shape
        some = next(iter(self.heatmaps.values()), None)
        if some is None or heads < 2:
            return False
        rows, columns = some.rows + 3, some.columns + 3  # the labels take about three cells
        width, height = max(self.area.width(), 1), max(self.area.height(), 1)
        across = min(width / (heads * columns), height / (layers * rows))
        down = min(width / (layers * columns), height / (heads * rows))
        return down > across * 1.1  # a margin, so that a resize near the balance does not flicker

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        stacked = self._stacks_better()
        if stacked != self._stacked:
            self._stacked = stacked
            self._arrange()

    # -- fonts and language ----------------------------------------------------------------

    def _apply_fonts(self) -> None:
        self.note.setFont(scaled_font(self, NOTE_SCALE))
        self.legend.setFont(scaled_font(self, TEXT_SCALE))
        for widget in (self.head_caption, self.head_box):
            widget.setFont(scaled_font(self, TEXT_SCALE))

    def _retranslate(self) -> None:
        self.note.setText(
            QCoreApplication.translate(
                "AlignmentView",
                "Encoder-decoder attention: as the decoder writes each Chinese word, its query looks "
                "back at the English tokens the encoder read. Each row is one Chinese word and sums "
                "to 1.",
            )
        )
        self.head_caption.setText(QCoreApplication.translate("AlignmentView", "Heads:"))
        self.head_box.setToolTip(
            QCoreApplication.translate("AlignmentView", "Every head side by side, or one of them larger")
        )
        self.legend.setText(
            QCoreApplication.translate(
                "AlignmentView",
                "Outlined: the English token each Chinese word attends to most. Hover a cell (or "
                "click a heatmap and use the arrow keys) for its exact weight.",
            )
        )
        with QSignalBlocker(self.head_box):
            self._fill_heads()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)
