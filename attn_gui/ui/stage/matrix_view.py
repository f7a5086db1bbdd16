"""A matrix as a labelled heatmap: numbers in the cells, arithmetic on hover, typing to edit."""

import html
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QLabel,
    QLineEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import TraceMatrix
from attn_gui.core.toy.config import MAX_ABS_VALUE
from attn_gui.notation import DISTRIBUTIONS, format_number, read_number
from attn_gui.ui.stage.cell_text import CellTextItem
from attn_gui.ui.stage.highlights import HighlightLayer

# Diverging for signed values (white is zero), sequential for weights in [0, 1]. The
# colour-blind-safe pair runs blue to yellow, the two hues every kind of colour vision tells apart.
SIGNED_MAP = "CET-D1A"
WEIGHTS_MAP = "CET-L12"
SAFE_SIGNED_MAP = "CET-CBD1"
SAFE_WEIGHTS_MAP = "CET-CBL2"  # runs dark to light: reversed below, so that 0 stays pale
HIGHLIGHT = "#f59e00"  # amber: reads on both ends of the diverging map
SAFE_HIGHLIGHT = "#d55e00"  # vermillion (Okabe-Ito): apart from blue and from yellow
MASKED_RGBA = (90, 90, 90, 255)
EDGE_ROOM = 20  # pixels a column label may reach past the matrix's first and last columns
CELL_FONT_SCALE = 1.2  # cell numbers slightly larger than the interface text, for the back row
ROW_VECTOR_LINES = 10  # lines of cell text a one-row matrix is given: its row about three lines high
FRAME_WIDTH = 24  # the view's and the plot's margins, beside the axes
ZOOM_STEP = 1.5  # one press of + or one notch of the wheel


def parse_number(text: str) -> float | None:
    """A typed value: accepts a comma as decimal point and the Unicode minus; None if not a number
    or beyond what the core accepts."""
    value = read_number(text)
    return value if value is not None and abs(value) <= MAX_ABS_VALUE else None


class MatrixView(QWidget):
    """Shows one TraceMatrix. ``tooltip_provider(i, j)`` supplies the hover text (the owner
    knows which stage the matrix belongs to); ``editable`` allows typing over a cell."""

    cellHovered = Signal(int, int)
    cellClicked = Signal(int, int)
    cellEdited = Signal(int, int, float)

    def __init__(self, parent: QWidget | None = None, colour_bar: bool = True) -> None:
        super().__init__(parent)
        self.tooltip_provider: Callable[[int, int], str] | None = None
        self.editable = False
        self.matrix: TraceMatrix | None = None
        self._values = np.zeros((0, 0))
        self._row_sums = False
        self._shown_rows: np.ndarray | None = None
        self._progress: tuple | None = None
        self._format: Callable[[float], str] = str
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.title, self.caption):  # a narrow matrix wraps its labels, not widens the stage
            label.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMouseTracking(True)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click gives the keys to the stage
        self.plot = self.graphics.addPlot()
        self._configure_plot()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.masked_overlay = pg.ImageItem(axisOrder="row-major")
        self.numbers = CellTextItem()
        self.cover = pg.ImageItem(axisOrder="row-major")  # blanks the cells not computed yet
        self.hover_box = QGraphicsRectItem()
        self.hover_box.setVisible(False)
        for item in (self.image, self.masked_overlay, self.cover, self.numbers, self.hover_box):
            self.plot.addItem(item)
        self.highlights = HighlightLayer(self.plot)
        self.animation_ms = 120
        # Horizontal, under the matrix: side by side, matrices are short of width, not height.
        self.colour_bar = None
        if colour_bar:
            self.colour_bar = pg.ColorBarItem(interactive=False, width=12, orientation="horizontal")
            self.colour_bar.setImageItem(self.image)
            self.graphics.addItem(self.colour_bar, row=1, col=0)
        self.fit_button = QToolButton(self.graphics)
        self.fit_button.setObjectName("fit_button")
        self.fit_button.setText(QCoreApplication.translate("MatrixView", "Fit"))
        self.fit_button.setToolTip(
            QCoreApplication.translate("MatrixView", "Show the whole matrix again (0)")
        )
        self.fit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fit_button.clicked.connect(self.fit)
        self.fit_button.hide()
        self.editor = QLineEdit(self.graphics)
        self.editor.setObjectName("cell_editor")
        self.editor.hide()
        self.editor.returnPressed.connect(self._commit_edit)
        self.editor.installEventFilter(self)
        self.graphics.viewport().installEventFilter(self)
        self._editing: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.graphics, stretch=1)
        layout.addWidget(self.caption)
        scene = self.graphics.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self.plot.vb.sigResized.connect(self._on_view_resized)
        self.plot.vb.sigRangeChanged.connect(self._on_view_resized)
        self._apply_style()

    def _configure_plot(self) -> None:
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=True, y=True)  # the wheel zooms, a drag pans
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showAxis("top")
        self.plot.hideAxis("bottom")

    # -- showing a matrix ------------------------------------------------------------------

    def set_matrix(
        self,
        matrix: TraceMatrix,
        title: str = "",
        decimals: int = 2,
        percent: bool = False,
        row_sums: bool = False,
        colour_blind: bool = False,
        levels: tuple[float, float] | None = None,
    ) -> None:
        """Replace what is shown. Weights use a 0..1 sequential scale; any other matrix a
        diverging one centred on 0, so that the sign reads at a glance. ``levels`` borrows
        another matrix's scale, so that equal numbers take equal colours in both."""
        self.matrix = matrix
        values = np.asarray(matrix.array)
        self._values = values
        masked = np.isneginf(values)
        finite = values[np.isfinite(values)]
        weights = matrix.name in DISTRIBUTIONS
        levels = levels or ((0.0, 1.0) if weights else _symmetric_levels(finite))
        colour_map = colour_map_for(weights, colour_blind)
        self.highlights.colour = QColor(SAFE_HIGHLIGHT if colour_blind else HIGHLIGHT)
        self.image.setColorMap(colour_map)
        self.image.setImage(np.where(np.isfinite(values), values, 0.0), levels=levels)
        if self.colour_bar is not None:
            self.colour_bar.setColorMap(colour_map)
            self.colour_bar.setLevels(levels)
        if masked.any():
            overlay = np.zeros((*values.shape, 4), dtype=np.ubyte)
            overlay[masked] = MASKED_RGBA
            self.masked_overlay.setImage(overlay, levels=(0, 255))
        else:
            self.masked_overlay.clear()  # nothing to draw: nothing to repaint at every step
        self._format = lambda v: format_number(v, decimals, percent=percent and weights)
        self.numbers.set_cells(values, self._format, _darkness(colour_map, levels), self._cell_font())
        self.title.setText(title)
        self.caption.setText(matrix.shape_label)
        self._row_sums = row_sums
        self._progress = None
        self._shown_rows = None
        rows, cols = values.shape
        self.plot.vb.setLimits(
            xMin=0, xMax=cols, yMin=0, yMax=rows, minXRange=min(1, cols), minYRange=min(1, rows)
        )
        self.fit()
        self.hover_box.setVisible(False)
        self.cover.clear()
        self.highlights.clear()
        self._cancel_edit()

    def set_progress(
        self,
        filled: tuple[tuple[int, int, int, int], ...] | None,
        current: tuple[int, int] | None,
        partial: str,
    ) -> None:
        """Show only the ``filled`` rectangles (top, bottom, left, right) of the matrix, and in
        the ``current`` cell the value built so far; None shows the whole matrix."""
        self._progress = None if filled is None else (filled, current, partial)
        self._shown_rows = None
        if filled is None:
            self.cover.clear()
            self.numbers.set_progress(None, {}, self.palette().text().color())
            if self._row_sums and self.matrix is not None:
                self._set_ticks(self.matrix, True)
            return
        shown = np.zeros(self._values.shape, dtype=bool)
        for top, bottom, left, right in filled:
            shown[top:bottom, left:right] = True
        blank = np.zeros((*shown.shape, 4), dtype=np.ubyte)
        base = self.palette().base().color()
        blank[~shown] = (base.red(), base.green(), base.blue(), 255)
        self.cover.setImage(blank, levels=(0, 255))
        overrides = {current: partial} if current is not None and partial else {}
        self.numbers.set_progress(shown, overrides, self.palette().text().color())
        if self._row_sums:
            self._shown_rows = shown.all(axis=1)
            self._set_ticks(self.matrix, True)

    def set_highlights(
        self,
        rows: tuple[int, ...] = (),
        columns: tuple[int, ...] = (),
        cells: tuple[tuple[int, int], ...] = (),
    ) -> None:
        """Mark whole rows, whole columns and single cells; they slide to their new places, and a
        zoomed view follows them (the last cell is the one being worked on)."""
        self.highlights.show(self._values.shape, rows, columns, cells, self.animation_ms)
        if cells:
            self.follow(*cells[-1])
        elif rows or columns:
            self.follow(rows[0] if rows else None, columns[0] if columns else None)

    # -- zoom and pan ----------------------------------------------------------------------

    def visible_cells(self) -> tuple[float, float, float, float]:
        """The part of the matrix in view: (first row, rows, first column, columns), in cells."""
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()
        return (y0, y1 - y0, x0, x1 - x0)

    def zoomed(self) -> bool:
        """Whether only part of the matrix is in view."""
        rows, cols = self._values.shape
        _, height, _, width = self.visible_cells()
        return height < rows - 1e-6 or width < cols - 1e-6

    def fit(self) -> None:
        """The whole matrix in view."""
        rows, cols = self._values.shape
        self.plot.setRange(xRange=(0, cols), yRange=(0, rows), padding=0)

    def zoom(self, factor: float) -> None:
        """Magnify by ``factor`` (below 1: show more) about the centre of the view."""
        self.plot.vb.scaleBy((1 / factor, 1 / factor))

    def pan(self, rows: float, columns: float) -> None:
        """Move the view by whole cells (it stops at the matrix's edges)."""
        self.plot.vb.translateBy(x=columns, y=rows)

    def follow(self, i: int | None, j: int | None) -> None:
        """While zoomed, bring row ``i`` and column ``j`` (None: either) into view."""
        if not self.zoomed():
            return
        top, height, left, width = self.visible_cells()
        shift_y = 0.0 if i is None or top <= i <= top + height - 1 else i + 0.5 - (top + height / 2)
        shift_x = 0.0 if j is None or left <= j <= left + width - 1 else j + 0.5 - (left + width / 2)
        if shift_x or shift_y:
            self.pan(shift_y, shift_x)

    def _set_ticks(self, matrix: TraceMatrix, row_sums: bool) -> None:
        metrics = QFontMetrics(self._cell_font())
        left, top = self.plot.getAxis("left"), self.plot.getAxis("top")
        _, rows_seen, _, columns_seen = self.visible_cells()
        row_px = self.plot.vb.height() / max(rows_seen, 1e-3)
        left.setTicks([_thinned(matrix.rows, row_px, metrics.height())])
        column_px = self.plot.vb.width() / max(columns_seen, 1e-3)
        top.setTicks([_fitted(matrix.columns, column_px, metrics)])
        left.setWidth(max(metrics.horizontalAdvance(label) for label in matrix.rows) + 16)
        top.setHeight(metrics.height() + 12)
        if row_sums:
            sums = np.sum(matrix.array, axis=1)
            done = np.ones(len(sums), dtype=bool) if self._shown_rows is None else self._shown_rows
            # A row's sum appears with the row: before softmax reaches it there is nothing to add up.
            labels = [f"Σ {format_number(s, 2)}" if ok else "" for s, ok in zip(sums, done, strict=True)]
            self.plot.showAxis("right")
            right = self.plot.getAxis("right")
            right.setTicks([_thinned(labels, row_px, metrics.height())])
            right.setWidth(max(metrics.horizontalAdvance(label) for label in labels) + 16)
        else:
            self.plot.hideAxis("right")

    def row_vector_height(self) -> int:
        """The height that shows a single row at reading size: title, labels, the row, colour bar."""
        return round(QFontMetrics(self._cell_font()).height() * ROW_VECTOR_LINES)

    def number_width(self) -> int:
        """The width of a cell that prints the widest of this matrix's numbers."""
        return round(self.numbers.cell_size()[0]) + 2

    def label_width(self) -> int:
        """The width that is not cells: the row labels, the row sums, the margins."""
        right = self.plot.getAxis("right")
        sums = right.minimumWidth() if right.isVisible() else 0  # as set, before the next layout
        return int(self.plot.getAxis("left").minimumWidth() + sums + FRAME_WIDTH)

    def cell_text(self, i: int, j: int) -> str:
        """The number as printed in cell (i, j) (whether or not it currently fits)."""
        return self._format(float(self._values[i, j]))

    def numbers_visible(self) -> bool:
        """Whether the numbers currently fit inside the cells at this size."""
        rect = self.cell_rect(0, 0)
        return self.numbers.fits(rect.width(), rect.height())

    # -- geometry --------------------------------------------------------------------------

    def cell_rect(self, i: int, j: int) -> QRectF:
        """Cell (i, j) in the coordinates of ``self.graphics`` (the widget to click on)."""
        view = self.plot.vb
        top_left = self.graphics.mapFromScene(view.mapViewToScene(QPointF(j, i)))
        bottom_right = self.graphics.mapFromScene(view.mapViewToScene(QPointF(j + 1, i + 1)))
        return QRectF(QPointF(top_left), QPointF(bottom_right)).normalized()

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        if self.matrix is None or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        i, j = int(np.floor(point.y())), int(np.floor(point.x()))
        rows, cols = self._values.shape
        return (i, j) if 0 <= i < rows and 0 <= j < cols else None

    # -- hover, click, edit ----------------------------------------------------------------

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            self.hover_box.setVisible(False)
            QToolTip.hideText()
            return
        i, j = cell
        self.hover_box.setRect(QRectF(j, i, 1, 1))
        self.hover_box.setVisible(True)
        self.cellHovered.emit(i, j)
        text = self.tooltip_provider(i, j) if self.tooltip_provider else self.cell_text(i, j)
        where = self.graphics.mapToGlobal(self.graphics.mapFromScene(scene_pos))
        # As escaped rich text: a token such as "<b>" must show as typed, not as markup.
        QToolTip.showText(where, f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>", self.graphics)

    def _on_mouse_clicked(self, event: MouseClickEvent) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None and not event.double():
            self.cellClicked.emit(*cell)

    def start_edit(self, i: int, j: int) -> None:
        """Open a text field over cell (i, j), holding its exact value."""
        self._editing = (i, j)
        rect = self.cell_rect(i, j).toRect()
        self.editor.setGeometry(rect.adjusted(0, 0, 0, 0).united(rect.adjusted(-30, 0, 30, 0)))
        self.editor.setText(repr(float(self._values[i, j])))
        self.editor.setProperty("invalid", False)
        self.editor.show()
        self.editor.selectAll()
        self.editor.setFocus()

    def _commit_edit(self) -> None:
        value = parse_number(self.editor.text())
        if value is None or self._editing is None:
            self.editor.setProperty("invalid", True)
            self.editor.setStyleSheet("border: 2px solid #c00;")
            message = QCoreApplication.translate(
                "MatrixView",
                "Type a number between −{limit:g} and {limit:g}, then press Enter (Esc cancels).",
            ).format(limit=MAX_ABS_VALUE)
            QToolTip.showText(self.editor.mapToGlobal(QPoint(0, self.editor.height())), message, self.editor)
            self.editor.setToolTip(message)
            return
        i, j = self._editing
        self._cancel_edit()
        self.cellEdited.emit(i, j, value)

    def _cancel_edit(self) -> None:
        self._editing = None
        self.editor.setStyleSheet("")
        self.editor.setToolTip("")
        self.editor.hide()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Double clicks are taken from the viewport itself: pyqtgraph's click events do not
        # report every double click.
        if watched is self.graphics.viewport() and event.type() == QEvent.Type.MouseButtonDblClick:
            cell = self.cell_at(self.graphics.mapToScene(event.position().toPoint()))
            if cell is not None and self.editable:
                self.start_edit(*cell)
                return True
        keys = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
        if watched is self.editor and event.type() in keys and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Esc cancels the edit, not presentation mode
            else:
                self._cancel_edit()
            return True
        if watched is self.editor and event.type() == QEvent.Type.FocusOut and self._editing is not None:
            self._cancel_edit()
        return super().eventFilter(watched, event)

    # -- fonts and colours follow the application -------------------------------------------

    def _cell_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * CELL_FONT_SCALE)
        return font

    def _apply_style(self) -> None:
        palette = self.palette()
        background, ink = palette.base().color(), palette.text().color()
        self.graphics.setBackground(background)
        font = self._cell_font()
        for side in ("left", "top", "right"):
            axis = self.plot.getAxis(side)
            axis.setTextPen(ink)
            axis.setPen(ink)
            # No tick marks: beside a cell's number, a tick reads as a minus sign. Labels may
            # reach a little past the matrix's edges (pyqtgraph drops them otherwise).
            axis.setStyle(tickFont=font, tickLength=0, hideOverlappingLabels=EDGE_ROOM)
        if self.colour_bar is not None:
            self.colour_bar.axis.setTextPen(ink)
            self.colour_bar.axis.setStyle(tickFont=self.font())
        pen = QPen(QColor(palette.highlight().color()), 3)
        pen.setCosmetic(True)
        self.hover_box.setPen(pen)
        self.highlights.cell_colour = ink
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        if self.matrix is not None:
            self.numbers.set_font(font)
            if self._progress is not None:
                self.set_progress(*self._progress)  # the blank cells take the new background
            self._set_ticks(self.matrix, self._row_sums)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._apply_style()
        super().changeEvent(event)

    def _on_view_resized(self) -> None:
        """Labels are thinned or shortened for the room they have: recount when it changes."""
        if self.matrix is not None:
            self._set_ticks(self.matrix, self._row_sums)
        zoomed = self.matrix is not None and self.zoomed()
        if zoomed:
            hint = self.fit_button.sizeHint()
            self.fit_button.move(self.graphics.width() - hint.width() - 4, 4)
        self.fit_button.setVisible(zoomed)


def colour_map_for(weights: bool, colour_blind: bool) -> pg.ColorMap:
    """The map for weights (sequential) or signed values (diverging), in the chosen palette."""
    if not colour_blind:
        return pg.colormap.get(WEIGHTS_MAP if weights else SIGNED_MAP)
    if weights:
        return pg.colormap.get(SAFE_WEIGHTS_MAP).getSubset(1.0, -0.85)  # reversed, a copy (get() caches)
    return pg.colormap.get(SAFE_SIGNED_MAP)


def _darkness(colour_map: pg.ColorMap, levels: tuple[float, float]) -> Callable[[np.ndarray], np.ndarray]:
    """Which values take a dark colour, to be written in light ink: asked only for the cells that
    print their numbers (a 512 × 512 heatmap prints none), from the map's table of 256 colours."""
    table = colour_map.getLookupTable(nPts=256, alpha=False, mode="float")
    dark = table @ np.array([0.299, 0.587, 0.114]) < 0.55
    low, high = levels
    span = (high - low) or 1.0

    def of(values: np.ndarray) -> np.ndarray:
        shade = np.clip((np.where(np.isfinite(values), values, low) - low) / span, 0.0, 1.0)
        return dark[np.rint(shade * 255).astype(np.intp)] | np.isneginf(values)

    return of


def _symmetric_levels(finite: np.ndarray) -> tuple[float, float]:
    bound = float(np.max(np.abs(finite))) if finite.size else 0.0
    bound = bound or 1.0
    return (-bound, bound)


def _fitted(labels: tuple[str, ...], column_px: float, metrics: QFontMetrics) -> list[tuple[float, str]]:
    """Column labels that fit: whole, shortened with "…", or whole every k-th column.

    A centred label may reach into the free halves of its neighbours' columns ("learning" over
    a narrow column beside "I"); only what still does not fit is shortened. pyqtgraph silently
    drops labels that overlap, and a shortened "learn…" says more than a gap.
    """
    gap = 6
    widths = [metrics.horizontalAdvance(label) + gap for label in labels]
    if column_px >= metrics.horizontalAdvance("Wi…") + gap:
        spare = [max(column_px - width, 0.0) / 2 for width in widths]
        fitted = []
        for k, label in enumerate(labels):
            left = spare[k - 1] if k > 0 else EDGE_ROOM
            right = spare[k + 1] if k + 1 < len(labels) else EDGE_ROOM
            room = int(column_px + 2 * min(left, right)) - gap
            fitted.append((k + 0.5, metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)))
        return fitted
    step = int(np.ceil(max(widths) / max(column_px, 1e-3)))
    return [(k + 0.5, label) for k, label in enumerate(labels) if k % step == 0]


def _thinned(
    labels: tuple[str, ...] | list[str], row_px: float, label_height: int
) -> list[tuple[float, str]]:
    """Every label when the rows are tall enough, otherwise every k-th, so none overlap (the
    cell's tooltip names the rest)."""
    step = max(1, int(np.ceil(label_height / max(row_px, 1e-3))))
    return [(k + 0.5, label) for k, label in enumerate(labels) if k % step == 0]
