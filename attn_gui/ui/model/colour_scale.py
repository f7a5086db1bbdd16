"""The weights' colours, 0 to 1 on one scale for every head, as pixels and as a colour bar.

0 to 1, not 0 to the largest weight shown: a weight is a share of its row, and the same colour
should mean the same share in every head, after every switch, in every sentence, and in the
lesson's weights matrix that a click opens (it uses the same map on the same 0..1 scale). In MiniLM
the largest weight of some head is close to 1 in almost every sentence anyway, so 0..max would
differ little while changing meaning from sentence to sentence.
"""

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from attn_gui.ui.stage.matrix_view import colour_map_for

LEVELS = 256
TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)
BAR_EMS = 16  # the bar's length, in line heights
DARK = 0.55  # luma below which a colour takes light ink, as the lesson's heatmaps decide


def colour_table(colour_blind: bool) -> NDArray[np.uint32]:
    """The weights map as 256 opaque 0xAARRGGBB pixels, 0 first."""
    rgb = colour_map_for(True, colour_blind).getLookupTable(nPts=LEVELS, alpha=False, mode="byte")
    rgb = rgb.astype(np.uint32)
    return np.uint32(0xFF000000) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


def resampled(weights: NDArray[np.float64], side: int) -> NDArray[np.float64]:
    """``weights`` (..., m, m) as (..., side, side): enlarged by repeating cells; reduced by
    keeping the largest weight under each pixel, so that a one-cell [SEP] column or a diagonal
    keeps its colour in a thumbnail instead of fading into its neighbours (averaging would show a
    0.6 column at 0.3 when two columns share a pixel): a thumbnail is for spotting the pattern,
    the lesson shows every number."""
    return _pooled(_pooled(weights, side, axis=-2), side, axis=-1)  # rows first: whole-row copies


def _pooled(weights: NDArray[np.float64], side: int, axis: int) -> NDArray[np.float64]:
    """``side`` cells along ``axis``, each the largest of the cells it covers. A gather per offset
    within a pixel, at most m / side of them: ten times faster than ``np.maximum.reduceat``."""
    m = weights.shape[axis]
    starts = np.arange(side) * m // side
    pooled = np.take(weights, starts, axis=axis)
    if side < m:
        ends = np.append(starts[1:], m)
        for offset in range(1, int((ends - starts).max())):
            np.maximum(pooled, np.take(weights, np.minimum(starts + offset, ends - 1), axis=axis), out=pooled)
    return pooled


def weight_pixels(weights: NDArray[np.float64], table: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """Each weight (clipped to 0..1) as its colour's pixel, same shape, C-contiguous."""
    levels = np.rint(np.clip(weights, 0.0, 1.0) * (LEVELS - 1)).astype(np.intp)
    return np.ascontiguousarray(table[levels])


def needs_light_ink(pixels: NDArray[np.uint32]) -> NDArray[np.bool_]:
    """Whether a number written on each 0xAARRGGBB pixel should be light: a dark colour."""
    red, green, blue = ((pixels >> np.uint32(shift)) & np.uint32(0xFF) for shift in (16, 8, 0))
    return (0.299 * red + 0.587 * green + 0.114 * blue) / 255 < DARK


def model_view_words() -> tuple[str, str]:
    """The bar's caption and tooltip under the model view's heads."""
    return (
        QCoreApplication.translate("ModelView", "Weight (all heads):"),
        QCoreApplication.translate(
            "ModelView",
            "One scale, 0 to 1, for every head, every switch and every sentence: a weight is a "
            "share of its row, and the same colour means the same share everywhere, as in the "
            "lesson's weights.",
        ),
    )


class ColourBar(QWidget):
    """A horizontal bar from 0 to 1 with its ticks and what it measures, in the widget's font.
    ``words`` gives its caption and tooltip in the interface language, asked again on a language
    change: each view says what its weights are a share of."""

    def __init__(
        self, parent: QWidget | None = None, words: Callable[[], tuple[str, str]] = model_view_words
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weights_colour_bar")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._table = colour_table(False)
        self._words = words
        self._retranslate()

    def set_colour_blind(self, on: bool) -> None:
        self._table = colour_table(on)
        self.update()

    def _retranslate(self) -> None:
        self.caption, tooltip = self._words()
        self.setToolTip(tooltip)
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        return QSize(metrics.horizontalAdvance(self.caption) + (BAR_EMS + 2) * line, int(line * 2.4))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        ink = self.palette().windowText().color()
        painter.setPen(ink)
        caption_width = metrics.horizontalAdvance(self.caption)
        half_tick = metrics.horizontalAdvance("0.75") / 2
        left = caption_width + line
        length = max(min(self.width() - left - half_tick - 4, BAR_EMS * line), 0)
        painter.drawText(QRectF(0, 0, caption_width, line), Qt.AlignmentFlag.AlignVCenter, self.caption)
        image = QImage(self._table.tobytes(), LEVELS, 1, LEVELS * 4, QImage.Format.Format_RGB32)
        bar = QRectF(left, 0, length, line)
        painter.drawImage(bar, image)
        painter.setPen(QPen(ink, 1))
        painter.drawRect(bar)
        crowded = length < 2 * len(TICKS) * metrics.horizontalAdvance("0.75")
        for tick in TICKS[::2] if crowded else TICKS:
            x = left + tick * length
            painter.drawLine(int(x), int(line), int(x), int(line * 1.2))
            text = f"{tick:g}"
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(x - width / 2, line * 1.2, width, line), Qt.AlignmentFlag.AlignCenter, text
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
        super().changeEvent(event)
