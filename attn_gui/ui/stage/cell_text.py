"""Numbers drawn inside heatmap cells, in one paint pass, only when they fit."""

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText


class CellTextItem(pg.GraphicsObject):
    """Draws each cell's value, formatted by ``formatter``, over a grid of 1×1 cells.

    Text keeps its size in screen pixels whatever the zoom. Strings are made only for the
    cells being painted, and only when the widest number fits a cell: a 512×512 matrix costs
    nothing until it is zoomed in, and its values remain available on hover.
    """

    def __init__(self) -> None:
        super().__init__()
        self._values = np.zeros((0, 0))
        self._dark_of: Callable[[np.ndarray], np.ndarray] = lambda v: np.zeros(v.shape, dtype=bool)
        self._format: Callable[[float], str] = str
        self._font = QFont()
        self._size = (0.0, 0.0)
        self._cache: dict[tuple[int, int], QStaticText] = {}
        self._light, self._ink = QColor("white"), QColor("black")
        self._shown: np.ndarray | None = None
        self._overrides: dict[tuple[int, int], QStaticText] = {}

    def set_cells(
        self,
        values: np.ndarray,
        formatter: Callable[[float], str],
        dark_of: Callable[[np.ndarray], np.ndarray],
        font: QFont,
    ) -> None:
        """``dark_of(block)`` marks the values whose background needs light text."""
        self.prepareGeometryChange()
        self._values, self._format, self._dark_of = values, formatter, dark_of
        self._shown, self._overrides = None, {}
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        """A new text size (the user's zoom), keeping what the animation shows."""
        self._font = QFont(font)
        self._cache = {}
        self._overrides = {cell: self._static(text.text()) for cell, text in self._overrides.items()}
        metrics = QFontMetricsF(self._font)
        values = self._values
        finite = values[np.isfinite(values)]
        # The widest string is the most negative or the largest value (or −∞).
        candidates = [float(finite.min()), float(finite.max())] if finite.size else []
        candidates += [-np.inf] if np.isneginf(values).any() else []
        widest = max((metrics.horizontalAdvance(self._format(v)) for v in candidates), default=0.0)
        self._size = (widest + 4, metrics.height())
        self.update()

    def set_progress(
        self, shown: np.ndarray | None, overrides: dict[tuple[int, int], str], ink: QColor
    ) -> None:
        """Draw only the ``shown`` cells (None: all), and ``overrides`` (e.g. a running sum in
        the cell being built) in ``ink`` over a blank background."""
        self._shown = shown
        self._overrides = {cell: self._static(text) for cell, text in overrides.items()}
        self._override_ink = ink
        self.update()

    def _static(self, text: str) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=self._font)
        return static

    def cell_size(self) -> tuple[float, float]:
        """The smallest cell, in pixels, that prints every number."""
        return self._size

    def fits(self, cell_width: float, cell_height: float) -> bool:
        """True when the widest number fits a cell of that size in pixels."""
        return self._values.size > 0 and cell_width >= self._size[0] and cell_height >= self._size[1]

    def boundingRect(self) -> QRectF:
        rows, cols = self._values.shape
        return QRectF(0, 0, cols, rows)

    def _text(self, i: int, j: int) -> QStaticText:
        text = self._cache.get((i, j))
        if text is None:
            text = self._cache[i, j] = self._static(self._format(float(self._values[i, j])))
        return text

    def paint(self, painter: QPainter, *args: object) -> None:
        transform = painter.transform()
        origin, corner = transform.map(QPointF(0, 0)), transform.map(QPointF(1, 1))
        if not self.fits(abs(corner.x() - origin.x()), abs(corner.y() - origin.y())):
            return
        visible = painter.clipBoundingRect() if painter.hasClipping() else self.boundingRect()
        visible = visible.intersected(self.boundingRect())
        rows, cols = self._values.shape
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        top, bottom = max(0, int(visible.top())), min(rows, int(np.ceil(visible.bottom())))
        left, right = max(0, int(visible.left())), min(cols, int(np.ceil(visible.right())))
        dark = self._dark_of(self._values[top:bottom, left:right])
        for i in range(top, bottom):
            for j in range(left, right):
                override = self._overrides.get((i, j))
                if override is None and self._shown is not None and not self._shown[i, j]:
                    continue
                text = override or self._text(i, j)
                centre = transform.map(QPointF(j + 0.5, i + 0.5))
                size = text.size()
                if override is not None:
                    painter.setPen(self._override_ink)
                else:
                    painter.setPen(self._light if dark[i - top, j - left] else self._ink)
                painter.drawStaticText(
                    QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), text
                )
        painter.restore()
