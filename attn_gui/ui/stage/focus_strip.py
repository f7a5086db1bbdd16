"""The dot product being built, magnified: the row and the column it multiplies, term by term.

Q of 3 × 64 or X_in of 10 × 384 fits the stage only as a heatmap without numbers; the step's
row of the left matrix and column of the right one are drawn here at reading size, a window of
terms around the one being added, with the products so far, so that a product of 64 or 384
terms still reads term by term on a projector.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from attn_gui.core import TraceMatrix
from attn_gui.notation import MATRIX_SYMBOLS, format_number

FONT_SCALE = 1.2  # as the numbers in the cells
HIGHLIGHT = QColor("#f59e00")


class FocusStrip(QWidget):
    """Row i of ``left`` against column j of ``right``, terms ``k`` and before multiplied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focus_strip")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._rows: tuple[str, str, str] = ("", "", "")
        self._left = self._right = np.zeros(0)
        self._labels: tuple[str, ...] = ()
        self._term: int | None = None
        self._largest = 1.0
        self._decimals = 2
        self.highlight = HIGHLIGHT
        self.hide()

    def show_product(
        self, left: TraceMatrix, right: TraceMatrix, i: int, j: int, term: int | None, decimals: int
    ) -> None:
        """The cell (i, j) of left · right; ``term`` (0-based) is the one being added, None when the
        whole dot product is shown at once."""
        self._rows = (
            f"{MATRIX_SYMBOLS.get(left.name, left.name)}[{left.rows[i]}, :]",
            f"{MATRIX_SYMBOLS.get(right.name, right.name)}[:, {right.columns[j]}]",
            QCoreApplication.translate("FocusStrip", "products"),
        )
        self._left, self._right = left.array[i], right.array[:, j]
        self._largest = float(
            np.max(np.abs(np.concatenate([self._left, self._right, self._left * self._right])))
        )
        self._labels = left.columns
        self._term, self._decimals = term, decimals
        self.updateGeometry()
        self.update()

    def terms(self) -> range:
        """The terms in view: a window around the one being added (from the start for a whole cell)."""
        count = len(self._left)
        visible = max(1, min(count, int((self.width() - self._label_width()) // self._column_width())))
        centre = self._term if self._term is not None else visible // 2
        first = min(max(centre - visible // 2, 0), count - visible)
        return range(first, first + visible)

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        return font

    def _column_width(self) -> float:
        metrics = QFontMetricsF(self._font())
        widest = metrics.horizontalAdvance(format_number(-self._largest, self._decimals))
        return widest + metrics.averageCharWidth() * 1.5

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self._font())
        texts = (*self._rows, self._window_text(len(self._left) - 1, len(self._left)))  # as wide as any
        return max(metrics.horizontalAdvance(text) for text in texts) + metrics.averageCharWidth() * 2

    def _window_text(self, first: int, last: int) -> str:
        return QCoreApplication.translate("FocusStrip", "terms {first}–{last} of {count}").format(
            first=first + 1, last=last, count=len(self._left)
        )

    def sizeHint(self) -> QSize:
        return QSize(400, round(QFontMetricsF(self._font()).height() * 4.6))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not len(self._left):
            return
        painter = QPainter(self)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height() * 1.15
        ink, muted = self.palette().text().color(), self.palette().placeholderText().color()
        label_width, column = self._label_width(), self._column_width()
        terms = self.terms()
        for row, text in enumerate(("", *self._rows)):
            painter.setPen(ink)
            painter.drawText(QRectF(0, row * line, label_width, line), Qt.AlignmentFlag.AlignVCenter, text)
        for place, k in enumerate(terms):
            x = label_width + place * column
            done = self._term is None or k <= self._term
            cells = (
                self._labels[k] if k < len(self._labels) else str(k + 1),
                format_number(float(self._left[k]), self._decimals),
                format_number(float(self._right[k]), self._decimals),
                format_number(float(self._left[k] * self._right[k]), self._decimals) if done else "",
            )
            for row, text in enumerate(cells):
                painter.setPen(muted if row == 0 or not done else ink)
                painter.drawText(QRectF(x, row * line, column, line), Qt.AlignmentFlag.AlignCenter, text)
            if k == self._term:
                pen = QPen(self.highlight, 3)
                painter.setPen(pen)
                painter.drawRect(QRectF(x + 1, line, column - 2, 3 * line))
        if terms.start > 0 or terms.stop < len(self._left):
            painter.setPen(muted)
            more = self._window_text(terms.start, terms.stop)
            painter.drawText(QRectF(0, 0, label_width, line), Qt.AlignmentFlag.AlignVCenter, more)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)
