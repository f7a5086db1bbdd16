"""Every layer's and head's weights as small heatmaps, painted by one widget.

One widget paints L × H images instead of holding L × H heatmap views: 72 MatrixViews, or 72
pyqtgraph ViewBoxes with their ImageItems, each bring a scene item, a layout slot and axes to lay
out and paint. Here the weights of all heads are resampled to the cell's size in pixels and coloured
in NumPy at once, when the sentence, a switch or the size changes, and a repaint copies 72 images
(tests/benchmarks/test_model_view_speed.py).
"""

import html

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from attn_gui.models.analysis import HeadRole
from attn_gui.ui.model.colour_scale import colour_table, resampled, weight_pixels
from attn_gui.ui.model.grid_geometry import GridGeometry
from attn_gui.ui.model.head_text import fitted_roles, head_label, heads_caption, layer_label, role_tooltip

LABEL_SCALE = 1.15  # "Layer 3", "Head 7": a little larger than the role words, and bold
GAP_LINES = 0.55  # room between heatmaps, in line heights (the outlines are drawn in it)
MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
CHOOSE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class HeadGrid(QWidget):
    """Rows are layers, columns heads; under each heatmap its role, on hover the evidence. A click,
    or Enter on the keyboard focus (moved by the arrow keys), chooses a head: it becomes the
    current one (outlined) and ``headChosen(layer, head)`` fires, 0-based."""

    headChosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("head_grid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("ModelView", "Attention of every layer and head"))
        self._weights = np.zeros((0, 0, 0, 0))
        self._pixels = np.zeros((0, 0, 0, 0), dtype=np.uint32)  # (L, H, side, side), the images' memory
        self._roles: tuple[tuple[HeadRole, ...], ...] = ()
        self._table = colour_table(False)
        self._images: list[list[QImage]] = []  # made when first painted at a new size
        self._current = self._focus = (0, 0)
        self._hover: tuple[int, int] | None = None
        self._pressed: tuple[int, int] | None = None
        self._geometry = GridGeometry.fit(QSize(), 0, 0, 0, 0, 0, 4)
        self._numbered = False  # the head labels are numbers alone: "Head 12" is wider than a cell
        self._role_words: list[list[str]] = []
        self._role_font = QFont(self.font())

    # -- what is shown ---------------------------------------------------------------------

    def set_heads(self, weights: NDArray[np.float64], roles: tuple[tuple[HeadRole, ...], ...]) -> None:
        """``weights`` (L, H, m, m) as shown, ``roles`` [layer][head] measured by the caller."""
        self._weights, self._roles = weights, roles
        self._relayout()

    def set_colour_blind(self, on: bool) -> None:
        self._table = colour_table(on)
        self._images = []
        self.update()

    def set_current(self, layer: int, head: int) -> None:
        """Outline ``(layer, head)`` (0-based); the keyboard focus moves there too. Emits nothing."""
        self._current = self._focus = (layer, head)
        self._describe_focus()
        self.update()

    def current(self) -> tuple[int, int]:
        return self._current

    def focused(self) -> tuple[int, int]:
        """The head the arrow keys have reached, which Enter would choose."""
        return self._focus

    @property
    def layers(self) -> int:
        return self._weights.shape[0]

    @property
    def heads(self) -> int:
        return self._weights.shape[1]

    def role_text(self, layer: int, head: int) -> str:
        """The role as painted under the heatmap."""
        return self._role_words[layer][head]

    def tooltip(self, layer: int, head: int) -> str:
        return role_tooltip(self._roles[layer][head])

    # -- geometry --------------------------------------------------------------------------

    def cell_rect(self, layer: int, head: int) -> QRect:
        """The heatmap of ``(layer, head)``, in this widget's coordinates."""
        return self._geometry.cell_rect(layer, head)

    def area_rect(self, layer: int, head: int) -> QRect:
        """The heatmap with its role words: what a click hits and the outline surrounds."""
        return self._geometry.area(layer, head)

    def head_at(self, pos: QPoint) -> tuple[int, int] | None:
        return self._geometry.head_at(pos)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * LABEL_SCALE)
        font.setBold(True)
        return font

    def _relayout(self) -> None:
        """Sizes from the widget's size and font; each role in words when they fit the cell's
        width, in a shorter word otherwise, shortened with "…" as the last resort."""
        labels = QFontMetrics(self._label_font())
        line = labels.height()
        layer_labels = [labels.horizontalAdvance(layer_label(k)) for k in range(self.layers)]
        self._geometry = geometry = GridGeometry.fit(
            self.size(),
            self.layers,
            self.heads,
            label_width=max(layer_labels, default=0),
            header=line,
            role_height=self.fontMetrics().height(),
            gap=max(4, round(line * GAP_LINES)),
        )
        room = geometry.side + geometry.gap - 4
        self._numbered = any(labels.horizontalAdvance(head_label(h)) > room for h in range(self.heads))
        self._role_font, self._role_words = fitted_roles(self._roles, self.font(), room)
        self._images = []
        self._describe_focus()
        self.update()

    def _heatmaps(self) -> list[list[QImage]]:
        """Each head's image at the cell's size in device pixels."""
        if self._images or not self.layers or not self._weights.shape[-1]:
            return self._images
        ratio = self.devicePixelRatioF()
        side = max(1, round(self._geometry.side * ratio))
        self._pixels = weight_pixels(resampled(self._weights, side), self._table)
        self._images = [
            [QImage(pixels.data, side, side, 4 * side, QImage.Format.Format_RGB32) for pixels in layer]
            for layer in self._pixels
        ]
        for image in (image for row in self._images for image in row):
            image.setDevicePixelRatio(ratio)
        return self._images

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink, highlight = palette.text().color(), palette.highlight().color()
        painter.fillRect(self.rect(), palette.base())
        if not self.layers:
            return
        geometry = self._geometry
        painter.setFont(self._label_font())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for layer in range(self.layers):
            painter.setPen(highlight if layer == self._current[0] else ink)
            painter.drawText(geometry.layer_label_rect(layer), right, layer_label(layer))
        for head in range(self.heads):
            painter.setPen(highlight if head == self._current[1] else ink)
            text = str(head + 1) if self._numbered else head_label(head)
            painter.drawText(geometry.head_label_rect(head), Qt.AlignmentFlag.AlignCenter, text)
        if self._numbered:  # narrow cells: the numbers alone, named once in the corner
            painter.setPen(ink)
            painter.drawText(geometry.corner_rect(), right, heads_caption())
        painter.setFont(self._role_font)
        frame = QPen(palette.mid().color(), 1)
        images = self._heatmaps()
        for layer in range(self.layers):
            for head in range(self.heads):
                cell = geometry.cell_rect(layer, head)
                if images:
                    painter.drawImage(cell.topLeft(), images[layer][head])
                painter.setPen(frame)
                painter.drawRect(cell.adjusted(-1, -1, 0, 0))  # just outside: zero weights are pale
                painter.setPen(ink)
                where = geometry.role_rect(layer, head)
                painter.drawText(where, Qt.AlignmentFlag.AlignCenter, self._role_words[layer][head])
        self._paint_outlines(painter)

    def _paint_outlines(self, painter: QPainter) -> None:
        palette, geometry = self.palette(), self._geometry
        width = max(3, geometry.gap // 4)
        if self._hover is not None and self._hover != self._current:
            painter.setPen(QPen(palette.text().color(), 1))
            painter.drawRect(geometry.area(*self._hover))
        if self._shows(self._current):
            painter.setPen(QPen(palette.highlight().color(), width))
            painter.drawRect(geometry.area(*self._current))
        if self.hasFocus() and self._shows(self._focus):
            painter.setPen(QPen(palette.text().color(), 2, Qt.PenStyle.DashLine))
            painter.drawRect(geometry.area(*self._focus).adjusted(-width, -width, width, width))

    # -- mouse, keys, hover ----------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.head_at(event.position().toPoint())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.head_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        chosen = self.head_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and chosen is not None and chosen == self._pressed:
            self._choose(*chosen)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        move = MOVES.get(event.key())
        if move is not None and self.layers:
            layer = min(max(self._focus[0] + move[0], 0), self.layers - 1)
            head = min(max(self._focus[1] + move[1], 0), self.heads - 1)
            self._focus = (layer, head)
            self._describe_focus()
            self.update()
        elif event.key() in CHOOSE and self.layers:
            self._choose(*self._focus)
        else:
            super().keyPressEvent(event)

    def _choose(self, layer: int, head: int) -> None:
        self.set_current(layer, head)
        self.headChosen.emit(layer, head)

    def _shows(self, head: tuple[int, int]) -> bool:
        """Whether ``head`` is in the grid (the lesson's head may be set before the sentence)."""
        return 0 <= head[0] < self.layers and 0 <= head[1] < self.heads

    def _describe_focus(self) -> None:
        """A screen reader reads the focused head's evidence, as the mouse would show it."""
        if self._shows(self._focus):
            self.setAccessibleDescription(self.tooltip(*self._focus))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            head = self.head_at(event.pos())
            if head is None:
                QToolTip.hideText()
                event.ignore()
            else:
                paragraphs = "".join(
                    f"<p>{html.escape(text)}</p>" for text in self.tooltip(*head).split("\n")
                )
                QToolTip.showText(event.globalPos(), paragraphs, self, self._geometry.area(*head))
            return True
        return super().event(event)

    def resizeEvent(self, event: QEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._relayout()
            self.updateGeometry()
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return self._size_for(cell_lines=6)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(cell_lines=2)

    def _size_for(self, cell_lines: int) -> QSize:
        """Room for every head with cells ``cell_lines`` label lines high (MiniLM's 6 × 12 before
        a sentence is shown), beside the labels."""
        labels = QFontMetrics(self._label_font())
        line = labels.height()
        heads, layers = self.heads or 12, self.layers or 6
        label = labels.horizontalAdvance(layer_label(layers - 1))
        return QSize(label + heads * cell_lines * line, (1 + layers * (cell_lines + 1)) * line)
