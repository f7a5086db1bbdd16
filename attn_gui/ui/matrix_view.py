"""A matrix as a labelled heatmap with its numbers in the cells, readable from the back row."""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontMetrics

from attn_gui.core import TraceMatrix

# Diverging for signed values (white is zero), sequential for weights in [0, 1].
SIGNED_MAP = "CET-D1A"
WEIGHTS_MAP = "CET-L12"
CELL_FONT_POINTS = 16


class MatrixView(pg.GraphicsLayoutWidget):
    """Shows one TraceMatrix: token labels on the axes, a colour bar, values in the cells."""

    def __init__(self, parent: pg.QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.plot = self.addPlot()
        self.plot.invertY(True)
        self.plot.setAspectLocked(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showAxis("top")
        self.plot.hideAxis("bottom")
        for side in ("left", "top"):
            axis = self.plot.getAxis(side)
            axis.setTextPen("k")
            axis.setPen("k")
            axis.setStyle(tickFont=_font())
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(interactive=False, width=18)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        self.colour_bar.axis.setStyle(tickFont=_font())
        self.colour_bar.axis.setTextPen("k")
        self._labels: list[pg.TextItem] = []

    def set_matrix(self, matrix: TraceMatrix, decimals: int = 2) -> None:
        """Replace what is shown; weights use a 0..1 scale, other matrices one centred on 0."""
        values = np.asarray(matrix.array)
        finite = values[np.isfinite(values)]
        if matrix.name == "weights":
            self.colour_bar.setColorMap(pg.colormap.get(WEIGHTS_MAP))
            levels = (0.0, 1.0)
        else:
            self.colour_bar.setColorMap(pg.colormap.get(SIGNED_MAP))
            bound = float(np.max(np.abs(finite))) if finite.size else 1.0
            levels = (-bound or -1.0, bound or 1.0)
        self.image.setImage(np.where(np.isfinite(values), values, levels[0]), levels=levels)
        self.colour_bar.setLevels(levels)
        rows, cols = values.shape
        left, top = self.plot.getAxis("left"), self.plot.getAxis("top")
        left.setTicks([[(i + 0.5, label) for i, label in enumerate(matrix.rows)]])
        top.setTicks([[(j + 0.5, label) for j, label in enumerate(matrix.columns)]])
        # The axes do not grow to fit their labels before the first paint: size them now.
        metrics = QFontMetrics(_font())
        left.setWidth(max(metrics.horizontalAdvance(label) for label in matrix.rows) + 20)
        top.setHeight(metrics.height() + 16)
        self.plot.setRange(xRange=(0, cols), yRange=(0, rows), padding=0)
        self._write_numbers(values, levels, decimals)

    def _write_numbers(self, values: np.ndarray, levels: tuple[float, float], decimals: int) -> None:
        for label in self._labels:
            self.plot.removeItem(label)
        self._labels = []
        colour_map = self.colour_bar.colorMap()
        low, high = levels
        for (i, j), value in np.ndenumerate(values):
            text = (
                QCoreApplication.translate("MatrixView", "−∞")
                if np.isneginf(value)
                else f"{value:.{decimals}f}"
            )
            shade = colour_map.map((min(max(value, low), high) - low) / (high - low), mode="qcolor")
            label = pg.TextItem(text.replace("-", "−"), color=_readable_on(shade), anchor=(0.5, 0.5))
            label.setFont(_font())
            label.setPos(j + 0.5, i + 0.5)
            self.plot.addItem(label)
            self._labels.append(label)


def _font() -> QFont:
    # QFont("", size) crashes pyqtgraph's axis painting on PySide6 6.10; set the size apart.
    font = QFont()
    font.setPointSize(CELL_FONT_POINTS)
    return font


def _readable_on(background: QColor) -> QColor:
    """Black on light cells, white on dark ones."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("black") if luminance > 140 else QColor("white")
