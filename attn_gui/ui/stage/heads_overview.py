"""All heads' attention weights side by side: small multiples, to compare what each head does."""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from attn_gui.core import AttentionTrace
from attn_gui.ui.stage.matrix_view import MatrixView, colour_map_for
from attn_gui.ui.stage.view_options import ViewOptions


class HeadsOverview(QWidget):
    """A grid of every head's weights on one shared scale, with its colour bar; views are reused.

    The scale runs from the smallest weight of any head to the largest, not from 0 to 1: with few
    tokens every weight is near 1/n, and on a 0 to 1 scale 0.33 and 0.34 take the same colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heads_overview")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.grid = QGridLayout()
        self.views: list[MatrixView] = []
        self.bar_view = pg.GraphicsLayoutWidget(self)
        self.bar_view.setObjectName("heads_colour_bar")
        self.bar_view.setFixedHeight(56)
        self.colour_bar = pg.ColorBarItem(interactive=False, width=14, orientation="horizontal")
        self.bar_view.addItem(self.colour_bar)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid, stretch=1)
        layout.addWidget(self.bar_view)

    def show_trace(self, trace: AttentionTrace, options: ViewOptions) -> None:
        heads = trace.num_heads
        columns = math.ceil(math.sqrt(heads))
        weights = trace.stacked("weights")
        low, high = float(np.min(weights)), float(np.max(weights))
        levels = (low, high) if high > low else (0.0, high or 1.0)
        while len(self.views) < heads:
            view = MatrixView(self, colour_bar=False)
            view.setObjectName(f"head_{len(self.views)}")
            self.views.append(view)
        for h, view in enumerate(self.views):
            if h >= heads:
                view.setVisible(False)
                continue
            self.grid.addWidget(view, h // columns, h % columns)
            title = QCoreApplication.translate("HeadsOverview", "Head {head}").format(head=h + 1)
            view.set_matrix(
                trace.get("weights", h),
                title=title,
                decimals=options.decimals,
                percent=options.percent,
                colour_blind=options.colour_blind,
                levels=levels,
            )
            view.setVisible(True)
        self.colour_bar.setColorMap(colour_map_for(True, options.colour_blind))
        self.colour_bar.setLevels(levels)
        palette = self.palette()
        self.bar_view.setBackground(palette.base().color())
        self.colour_bar.axis.setTextPen(palette.text().color())
