"""All heads' attention weights side by side: small multiples, to compare what each head does."""

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from attn_gui.core import AttentionTrace
from attn_gui.ui.stage.matrix_view import MatrixView
from attn_gui.ui.stage.view_options import ViewOptions


class HeadsOverview(QWidget):
    """A grid of every head's weights on the same 0..1 scale; views are reused between traces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heads_overview")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.grid = QGridLayout(self)
        self.views: list[MatrixView] = []

    def show_trace(self, trace: AttentionTrace, options: ViewOptions) -> None:
        heads = trace.num_heads
        columns = math.ceil(math.sqrt(heads))
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
            )
            view.setVisible(True)
