"""Highlighted rows, columns and cells over a heatmap, sliding from one place to the next."""

import shiboken6
from PySide6.QtCore import QRectF, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from attn_gui.timeline.easing import ease_out_cubic, interpolate

BAND_ALPHA = 45
BAND_EDGE = 3
CELL_EDGE = 5


def _rect_tuple(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.x(), rect.y(), rect.width(), rect.height())


class _Highlight(QGraphicsRectItem):
    """One highlight; moves to a new rectangle with an ease-out, so the eye can follow it."""

    def __init__(self, parent_plot: object) -> None:
        super().__init__()
        self._animation = QVariantAnimation()
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.valueChanged.connect(self._on_frame)
        self._from = self._to = (0.0, 0.0, 0.0, 0.0)
        parent_plot.addItem(self)
        self.setZValue(20)

    def move_to(self, rect: QRectF, duration_ms: int) -> None:
        target = _rect_tuple(rect)
        if not self.isVisible() or duration_ms <= 0 or target == self._to:
            self._animation.stop()
            self._to = target
            self.setRect(rect)
            return
        self._from, self._to = _rect_tuple(self.rect()), target
        self._animation.stop()
        self._animation.setDuration(duration_ms)
        self._animation.start()

    def finish(self) -> None:
        if self._animation.state() == QVariantAnimation.State.Running:
            self._animation.stop()
            self.setRect(QRectF(*self._to))

    def _on_frame(self, t: float) -> None:
        if not shiboken6.isValid(self):  # the view closed mid-slide
            self._animation.stop()
            return
        self.setRect(QRectF(*interpolate(self._from, self._to, t, ease_out_cubic)))


class HighlightLayer:
    """The highlights of one matrix view: translucent bands for rows and columns, a strong
    outline for single cells. Items are pooled and reused from step to step."""

    def __init__(self, plot: object) -> None:
        self._plot = plot
        self._items: list[_Highlight] = []
        self.colour = QColor("#f59e00")  # the matrix view sets it to suit its colour map
        self.cell_colour = QColor("black")

    def show(
        self,
        shape: tuple[int, int],
        rows: tuple[int, ...],
        columns: tuple[int, ...],
        cells: tuple[tuple[int, int], ...],
        duration_ms: int,
    ) -> None:
        n_rows, n_cols = shape
        wanted = [(QRectF(0, r, n_cols, 1), False) for r in rows]
        wanted += [(QRectF(c, 0, 1, n_rows), False) for c in columns]
        wanted += [(QRectF(j, i, 1, 1), True) for i, j in cells]
        while len(self._items) < len(wanted):
            item = _Highlight(self._plot)
            item.setVisible(False)
            self._items.append(item)
        for item, (rect, is_cell) in zip(self._items, wanted, strict=False):
            self._style(item, is_cell)
            item.move_to(rect, duration_ms)
            item.setVisible(True)
        for item in self._items[len(wanted) :]:
            item.setVisible(False)

    def clear(self) -> None:
        for item in self._items:
            item.setVisible(False)

    def finish(self) -> None:
        for item in self._items:
            item.finish()

    def visible_rects(self) -> list[QRectF]:
        """Where the highlights are now (for tests and screenshots)."""
        return [item.rect() for item in self._items if item.isVisible()]

    def _style(self, item: _Highlight, is_cell: bool) -> None:
        pen = QPen(self.cell_colour if is_cell else self.colour, CELL_EDGE if is_cell else BAND_EDGE)
        pen.setCosmetic(True)
        item.setPen(pen)
        fill = QColor(self.colour)
        fill.setAlpha(0 if is_cell else BAND_ALPHA)
        item.setBrush(QBrush(fill))
