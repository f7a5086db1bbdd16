"""One head's cross-attention as a heatmap, painted: Chinese output words down, English source
tokens across, each weight in the model views' colours on their 0..1 scale, its percentage in the
cell when it fits, and each row's most-attended token outlined.

Painted rather than a MatrixView: a class reads the tokens, so the labels must stay whole (turned
a quarter when a column is narrower than its word, where a plot axis would shorten it), and the
outline, the hover and the keyboard cursor are drawn in the same pass.
"""

import html
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.model.colour_scale import colour_table, needs_light_ink, weight_pixels
from attn_gui.ui.stage.matrix_view import HIGHLIGHT, SAFE_HIGHLIGHT
from attn_gui.ui.translator.alignment_geometry import HeatmapGeometry

LABEL_SCALES = (1.4, 1.2, 1.0, 0.85)  # tokens and words: the largest whose cells stay readable
TITLE_SCALE = 1.25
NUMBER_SCALE = 1.1
MOVES = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


def head_title(layer: int, head: int) -> str:
    return QCoreApplication.translate("AlignmentView", "Layer {layer}, head {head}").format(
        layer=layer + 1, head=head + 1
    )


class AlignmentHeatmap(QWidget):
    """Rows: the Chinese words as written; columns: the English tokens; every row sums to 1.
    Hover, or the arrow keys once focused, give a cell's exact weight."""

    def __init__(self, layer: int, head: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"alignment_heatmap_{layer}_{head}")
        self.layer, self.head = layer, head
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._weights = np.zeros((0, 0))
        self._targets: tuple[str, ...] = ()
        self._sources: tuple[str, ...] = ()
        self._colour_blind = False
        self._pixels = np.zeros((0, 0), dtype=np.uint32)
        self._hover: tuple[int, int] | None = None
        self._cursor = (0, 0)
        self._retranslate()

    # -- what is shown ---------------------------------------------------------------------

    def set_weights(
        self, weights: NDArray[np.float64], targets: Sequence[str], sources: Sequence[str]
    ) -> None:
        """``weights`` (output words, source tokens) of this head."""
        self._weights = np.asarray(weights, dtype=np.float64)
        self._targets, self._sources = tuple(targets), tuple(sources)
        self._cursor = (0, 0)
        self._recolour()

    def set_colour_blind(self, on: bool) -> None:
        self._colour_blind = on
        self._recolour()

    def _recolour(self) -> None:
        self._pixels = weight_pixels(self._weights, colour_table(self._colour_blind))
        self._describe()
        self.update()

    def argmax(self) -> tuple[int, ...]:
        """Each row's most-attended source token (the first, on a tie): the outlined cells."""
        return tuple(int(j) for j in np.argmax(self._weights, axis=1)) if self._weights.size else ()

    def marked_cells(self) -> tuple[tuple[int, int], ...]:
        return tuple(enumerate(self.argmax()))

    def cell_text(self, row: int, column: int) -> str:
        """The percentage painted in the cell (when it fits)."""
        return format_number(float(self._weights[row, column]), 2, percent=True)

    def tooltip(self, row: int, column: int) -> str:
        target, source = self._targets[row], self._sources[column]
        weight = float(self._weights[row, column])
        lines = [
            QCoreApplication.translate("AlignmentView", "{target} → {source}: {share}").format(
                target=target, source=source, share=self.cell_text(row, column)
            ),
            QCoreApplication.translate(
                "AlignmentView",
                "Weight {weight} in layer {layer}, head {head}: the share of “{target}”'s attention "
                "that goes to “{source}” (its row sums to 1).",
            ).format(
                weight=format_number(weight, 4),
                layer=self.layer + 1,
                head=self.head + 1,
                target=target,
                source=source,
            ),
        ]
        if self.argmax()[row] == column:
            lines.append(
                QCoreApplication.translate(
                    "AlignmentView",
                    "“{source}” is the English token “{target}” attends to most in this head.",
                ).format(source=source, target=target)
            )
        return "\n".join(lines)

    @property
    def rows(self) -> int:
        return self._weights.shape[0]

    @property
    def columns(self) -> int:
        return self._weights.shape[1]

    def cursor(self) -> tuple[int, int]:
        """The cell the arrow keys have reached."""
        return self._cursor

    # -- geometry --------------------------------------------------------------------------

    def _fonts(self, scale: float) -> tuple[QFont, QFont, QFont, QFont]:
        """Labels, the title, numbers and the outlined cells' numbers."""
        return (
            scaled_font(self, scale),
            scaled_font(self, TITLE_SCALE, bold=True),
            scaled_font(self, NUMBER_SCALE * scale / LABEL_SCALES[0]),
            scaled_font(self, NUMBER_SCALE * scale / LABEL_SCALES[0], bold=True),
        )

    def _fit(self) -> tuple[HeatmapGeometry, tuple[QFont, QFont, QFont, QFont]]:
        """The largest label size whose cells are at least a label line high, else the smallest."""
        for scale in LABEL_SCALES:
            fonts = self._fonts(scale)
            geometry = self._geometry_for(fonts)
            if geometry.side >= QFontMetrics(fonts[0]).height():
                break
        return geometry, fonts

    def _geometry_for(self, fonts: tuple[QFont, ...]) -> HeatmapGeometry:
        labels, title = QFontMetrics(fonts[0]), QFontMetrics(fonts[1])
        line = labels.height()
        return HeatmapGeometry.fit(
            self.size(),
            self.rows,
            self.columns,
            title_height=title.height(),
            line=line,
            row_label_width=max((labels.horizontalAdvance(t) for t in self._targets), default=0),
            column_label_width=max((labels.horizontalAdvance(s) for s in self._sources), default=0),
            gap=max(4, line // 3),
        )

    def geometry_now(self) -> HeatmapGeometry:
        return self._fit()[0]

    def cell_rect(self, row: int, column: int) -> QRect:
        return self.geometry_now().cell_rect(row, column)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        return self.geometry_now().cell_at(pos) if self._weights.size else None

    def numbers_shown(self) -> bool:
        """Whether the percentages fit in the cells at this size."""
        geometry, fonts = self._fit()
        metrics = QFontMetrics(fonts[3])
        return metrics.horizontalAdvance("100%") + 4 <= geometry.side and metrics.height() <= geometry.side

    def marker_colour(self) -> QColor:
        """The outline of each row's most-attended cell: the lesson's highlight for this palette."""
        return QColor(SAFE_HIGHLIGHT if self._colour_blind else HIGHLIGHT)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink, paper = palette.text().color(), palette.base().color()
        painter.fillRect(self.rect(), paper)
        geometry, (label_font, title_font, number_font, bold_number_font) = self._fit()
        painter.setPen(ink)
        painter.setFont(title_font)
        painter.drawText(
            geometry.title_rect(self.width()), Qt.AlignmentFlag.AlignCenter, head_title(self.layer, self.head)
        )
        if not self._weights.size:
            return
        painter.setFont(label_font)
        self._paint_labels(painter, geometry, QFontMetrics(label_font).height())
        light = needs_light_ink(self._pixels)
        marked = set(self.marked_cells())
        shown = self.numbers_shown()
        for row in range(self.rows):
            for column in range(self.columns):
                cell = geometry.cell_rect(row, column)
                painter.fillRect(cell, QColor.fromRgba(int(self._pixels[row, column])))
                if shown:
                    painter.setFont(bold_number_font if (row, column) in marked else number_font)
                    painter.setPen(QColor("white") if light[row, column] else QColor("black"))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, self.cell_text(row, column))
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(geometry.grid_rect().adjusted(-1, -1, 0, 0))  # zero weights are pale
        self._paint_outlines(painter, geometry)

    def _paint_labels(self, painter: QPainter, geometry: HeatmapGeometry, line: int) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        row_step = max(1, -(-line // max(geometry.side, 1)))  # every k-th when rows are shorter than a line
        for row, word in enumerate(self._targets):
            if row % row_step == 0:
                painter.drawText(geometry.row_label_rect(row), right, word)
        column_step = row_step if geometry.turned else 1
        for column, token in enumerate(self._sources):
            if column % column_step:
                continue
            band = geometry.column_label_rect(column)
            if not geometry.turned:
                painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, token)
                continue
            painter.save()  # a quarter turn: read from the bottom up, standing on the cells
            painter.translate(band.center().x(), band.bottom())
            painter.rotate(-90)
            painter.drawText(
                QRect(0, -line // 2, band.height(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                token,
            )
            painter.restore()

    def _paint_outlines(self, painter: QPainter, geometry: HeatmapGeometry) -> None:
        palette = self.palette()
        width = max(3, geometry.side // 12)
        painter.setPen(
            QPen(
                self.marker_colour(),
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.SquareCap,
                Qt.PenJoinStyle.MiterJoin,
            )
        )
        inset = width // 2 + 1
        for row, column in self.marked_cells():
            painter.drawRect(geometry.cell_rect(row, column).adjusted(inset, inset, -inset, -inset))
        if self._hover is not None:
            painter.setPen(QPen(palette.text().color(), 2))
            painter.drawRect(geometry.cell_rect(*self._hover).adjusted(0, 0, -1, -1))
        if self.hasFocus():
            painter.setPen(QPen(palette.text().color(), 2, Qt.PenStyle.DashLine))
            painter.drawRect(geometry.cell_rect(*self._cursor).adjusted(-2, -2, 1, 1))

    # -- hover and keys --------------------------------------------------------------------

    def _rich(self, row: int, column: int) -> str:
        return "".join(f"<p>{html.escape(line)}</p>" for line in self.tooltip(row, column).split("\n"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._rich(*cell), self, self.cell_rect(*cell))
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.cell_at(event.position().toPoint())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        move = MOVES.get(event.key())
        if move is None or not self._weights.size:
            super().keyPressEvent(event)
            return
        row = min(max(self._cursor[0] + move[0], 0), self.rows - 1)
        column = min(max(self._cursor[1] + move[1], 0), self.columns - 1)
        self._cursor = (row, column)
        self._describe()
        self.update()
        where = self.cell_rect(row, column)
        QToolTip.showText(self.mapToGlobal(where.center()), self._rich(row, column), self, where)

    def focusInEvent(self, event: QEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _describe(self) -> None:
        """A screen reader hears the cursor's cell as the mouse would show it."""
        if self._weights.size:
            self.setAccessibleDescription(self.tooltip(*self._cursor).replace("\n", " "))

    def _retranslate(self) -> None:
        self.setAccessibleName(head_title(self.layer, self.head))
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self._fonts(LABEL_SCALES[0])[0]).height()
        return QSize(
            (max(self.columns, 9) + 3) * round(line * 1.8), (max(self.rows, 6) + 4) * round(line * 1.8)
        )

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self._fonts(LABEL_SCALES[-1])[0]).height()
        return QSize((max(self.columns, 1) + 4) * line // 2, (max(self.rows, 1) + 4) * line // 2)
