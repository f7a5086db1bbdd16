"""Pieces the comparison tabs share: a weights heatmap with each row's entropy and largest weight.

Sizes are multiples of the widget's own font, so that scaling the application's font for the
projector scales the comparisons too.
"""

import dataclasses

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import AttentionTrace, SoftmaxRows, TraceMatrix
from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.stage.matrix_view import MatrixView
from attn_gui.ui.stage.view_options import ViewOptions

TEXT_SCALE = 1.3  # tables and sentences, read from the back row
TABLE_ROWS = 6  # rows a table asks room for; a longer sentence scrolls
PRECISION_ROWS = 64  # rows measured for the columns' widths
NOTE_SCALE = 1.35  # the one sentence that says what a tab shows


def still_plot(parent: QWidget) -> pg.PlotWidget:
    """A plot to look at, not to explore: no panning, zooming or context menu in front of a class."""
    plot = pg.PlotWidget(parent)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.getPlotItem().setContentsMargins(4, 12, 16, 4)  # room for the end ticks' labels
    return plot


def style_plot(plot: pg.PlotWidget, widget: QWidget, x_label: str) -> tuple[QPen, QPen, QPen]:
    """Colours from ``widget``'s palette and ticks in its font; returns the pens for a measured
    curve (the highlight colour), a dashed reference line and a dotted marker (the text colour)."""
    palette = widget.palette()
    ink = palette.text().color()
    font = scaled_font(widget, TEXT_SCALE)
    plot.setBackground(palette.base().color())
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(ink)
        axis.setTextPen(ink)
        axis.setStyle(tickFont=font)
    plot.setLabel("bottom", x_label, color=ink.name(), **{"font-size": f"{font.pointSizeF():.1f}pt"})
    return (
        pg.mkPen(palette.highlight().color(), width=3),
        pg.mkPen(ink, width=2, style=Qt.PenStyle.DashLine),
        pg.mkPen(ink, width=1, style=Qt.PenStyle.DotLine),
    )


def note_label(parent: QWidget) -> QLabel:
    """A wrapped, centred sentence; its owner sets its (large) font."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def derived_weights(trace: AttentionTrace, head: int, array: np.ndarray) -> TraceMatrix:
    """A weights-shaped matrix labelled like the head's own weights (tokens, symbols, 0..1 scale)."""
    return dataclasses.replace(trace.get("weights", head), array=array)


HEADERS = (
    QT_TRANSLATE_NOOP("Comparisons", "Query"),
    QT_TRANSLATE_NOOP("Comparisons", "Entropy (nats)"),
    QT_TRANSLATE_NOOP("Comparisons", "Largest weight"),
)


class RowStatsModel(QAbstractTableModel):
    """Each query's entropy and largest weight, written when a cell is drawn: a table of 512
    queries costs what is on screen, not 1,536 items made at every notch of a slider."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: SoftmaxRows | None = None
        self._queries: tuple[str, ...] = ()
        self._keys: tuple[str, ...] = ()
        self._options = ViewOptions()

    def show_rows(
        self, rows: SoftmaxRows, queries: tuple[str, ...], keys: tuple[str, ...], options: ViewOptions
    ) -> None:
        self.beginResetModel()
        self._rows, self._queries, self._keys, self._options = rows, queries, keys, options
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._queries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        i, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return side | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole or self._rows is None:
            return None
        rows, decimals = self._rows, self._options.decimals
        if column == 0:
            return self._queries[i]
        if column == 1:
            return format_number(rows.entropy[i], decimals)
        largest = format_number(rows.largest[i], decimals, percent=self._options.percent)
        return f"{largest} → {self._keys[rows.largest_at[i]]}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Comparisons", HEADERS[section])
        return None


class RowStatsTable(QTableView):
    """One line per query: its entropy in nats and its largest weight, with the key it goes to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(RowStatsModel(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the numbers keep their room
        header.setResizeContentsPrecision(PRECISION_ROWS)  # widths from the first rows, not all 512
        self.setToolTip(
            QCoreApplication.translate(
                "Comparisons",
                "Entropy −Σ p·ln p of each row, in nats: 0 when one key takes everything, "
                "ln n when all n keys share equally. The largest weight goes to the key after the arrow.",
            )
        )

    def show_rows(
        self, rows: SoftmaxRows, queries: tuple[str, ...], keys: tuple[str, ...], options: ViewOptions
    ) -> None:
        self.model().show_rows(rows, queries, keys, options)
        self.fit_rows()

    def rowCount(self) -> int:
        return self.model().rowCount()

    def fit_rows(self) -> None:
        """Rows one line of the current font high; ask for up to TABLE_ROWS of them and never
        take more room than all of them need."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setMaximumHeight(self._height(self.rowCount()))
        self.setMinimumHeight(self._height(min(self.rowCount(), TABLE_ROWS)))
        self.updateGeometry()

    def _height(self, rows: int) -> int:
        header = self.horizontalHeader().sizeHint().height()
        return header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(min(self.rowCount(), TABLE_ROWS)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()
        super().changeEvent(event)


class WeightsPanel(QWidget):
    """A weights heatmap with its row table and a one-line summary (mean entropy, mean maximum),
    under it or, ``side_by_side``, to its right."""

    def __init__(self, parent: QWidget | None = None, side_by_side: bool = False) -> None:
        super().__init__(parent)
        self.view = MatrixView(self, colour_bar=False)
        self.view.animation_ms = 0
        self.table = RowStatsTable(self)
        self.summary = note_label(self)
        self.numbers = QVBoxLayout()  # an owner may add more under the summary
        self.numbers.addWidget(self.table, stretch=1)
        self.numbers.addWidget(self.summary)
        layout = QHBoxLayout(self) if side_by_side else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, stretch=1 if side_by_side else 3)
        layout.addLayout(self.numbers, stretch=1 if side_by_side else 0)
        self._apply_fonts()

    def show_rows(
        self, trace: AttentionTrace, head: int, rows: SoftmaxRows, title: str, options: ViewOptions
    ) -> None:
        matrix = derived_weights(trace, head, rows.weights)
        self.view.set_matrix(
            matrix,
            title=title,
            decimals=options.decimals,
            percent=options.percent,
            row_sums=True,
            colour_blind=options.colour_blind,
        )
        self.table.show_rows(rows, matrix.rows, matrix.columns, options)
        self.summary.setText(
            QCoreApplication.translate(
                "Comparisons", "Mean entropy {entropy} nats · mean largest weight {largest}"
            ).format(
                entropy=format_number(rows.mean_entropy, options.decimals),
                largest=format_number(rows.mean_largest, options.decimals, percent=options.percent),
            )
        )

    def _apply_fonts(self) -> None:
        """The table and summary are set explicitly, so they follow this panel's (inherited) font."""
        self.table.horizontalHeader().setFont(scaled_font(self, TEXT_SCALE, bold=True))
        self.table.setFont(scaled_font(self, TEXT_SCALE))  # after the header: it fits its rows to both
        self.summary.setFont(scaled_font(self, TEXT_SCALE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)
