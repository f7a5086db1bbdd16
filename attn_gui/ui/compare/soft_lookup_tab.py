"""Attention as a soft lookup: a one-hot row picks one row of V, a softmax row blends them all."""

import dataclasses

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from attn_gui.core import AttentionTrace, TraceMatrix, soft_lookup
from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.compare.comparison_widgets import NOTE_SCALE, TEXT_SCALE, note_label
from attn_gui.ui.stage.matrix_view import MatrixView
from attn_gui.ui.stage.view_options import ViewOptions

OPERATOR_SCALE = 2.6  # "·" and "=" large enough to see between the matrices


class SoftLookupTab(QWidget):
    """one_hot · V = V[j] above softmax_row · V = Σ A[i, j] v_j, with V shown once between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note_label(self)
        self.note.setText(
            QCoreApplication.translate(
                "Comparisons",
                "A one-hot row times a matrix picks out exactly one of its rows: a table lookup. "
                "A softmax row is a soft one-hot: the same product blends all the rows of V, "
                "a lookup that can be differentiated.",
            )
        )
        self.caption = QLabel(QCoreApplication.translate("Comparisons", "Query token:"), self)
        self.query = QComboBox(self)
        self.query.setObjectName("lookup_query")
        self.query.setToolTip(
            QCoreApplication.translate("Comparisons", "Whose attention row to use as the lookup")
        )
        self.query.currentIndexChanged.connect(self._redraw)
        self.one_hot, self.weights, self.values, self.selected, self.blended = (
            self._view(name) for name in ("one_hot", "softmax_row", "values", "selected", "blended")
        )
        self.operators = [QLabel(symbol, self) for symbol in ("·", "=", "·", "=")]
        grid = QGridLayout()
        grid.addWidget(self.one_hot, 0, 0)
        grid.addWidget(self.operators[0], 0, 1)
        grid.addWidget(self.values, 0, 2, 2, 1)
        grid.addWidget(self.operators[1], 0, 3)
        grid.addWidget(self.selected, 0, 4)
        grid.addWidget(self.weights, 1, 0)
        grid.addWidget(self.operators[2], 1, 1)
        grid.addWidget(self.operators[3], 1, 3)
        grid.addWidget(self.blended, 1, 4)
        for column in (0, 2, 4):
            grid.setColumnStretch(column, 1)
        self.readout = QLabel(self)
        self.readout.setObjectName("lookup_readout")
        self.readout.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.caption)
        controls.addWidget(self.query)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(controls)
        layout.addLayout(grid, stretch=1)
        layout.addWidget(self.readout)
        self._shown: tuple[AttentionTrace, int, ViewOptions] | None = None
        self._apply_fonts()

    def _view(self, name: str) -> MatrixView:
        view = MatrixView(self, colour_bar=False)
        view.setObjectName(name)
        view.animation_ms = 0
        return view

    def show_head(self, trace: AttentionTrace, head: int, options: ViewOptions) -> None:
        self._shown = (trace, head, options)
        tokens = [f"{i + 1}. {token}" for i, token in enumerate(trace.tokens)]
        if tokens != [self.query.itemText(i) for i in range(self.query.count())]:
            # At first the last token: under a causal mask the first one can only attend to itself.
            row = self.query.currentIndex() if self.query.count() else len(tokens) - 1
            self.query.blockSignals(True)
            self.query.clear()
            self.query.addItems(tokens)
            self.query.setCurrentIndex(min(row, len(tokens) - 1))
            self.query.blockSignals(False)
        self._redraw()

    def _redraw(self) -> None:
        if self._shown is None or self.query.currentIndex() < 0:
            return
        trace, head, options = self._shown
        row = self.query.currentIndex()
        lookup = soft_lookup(trace, head, row)
        weights, values = trace.get("weights", head), trace.get("v", head)
        query, key = weights.rows[row], weights.columns[lookup.index]
        shown = {
            "decimals": options.decimals,
            "percent": options.percent,
            "colour_blind": options.colour_blind,
        }
        self.values.set_matrix(values, title="V", **shown)
        # The products in V's own colour scale: the selected row looks exactly like its row of V.
        levels = tuple(float(level) for level in self.values.image.getLevels())
        products = (
            (
                self.one_hot,
                _row_of(weights, lookup.one_hot, query),
                QCoreApplication.translate("Comparisons", "One-hot at “{key}”"),
                None,
            ),
            (
                self.weights,
                _row_of(weights, lookup.weights, query),
                QCoreApplication.translate("Comparisons", "Softmax row of “{query}”"),
                None,
            ),
            (
                self.selected,
                _row_of(values, lookup.selected, key),
                QCoreApplication.translate("Comparisons", "= row “{key}” of V"),
                levels,
            ),
            (
                self.blended,
                _row_of(values, lookup.blended, query),
                QCoreApplication.translate("Comparisons", "= a blend of all rows of V"),
                levels,
            ),
        )
        for view, matrix, title, scale in products:
            view.set_matrix(matrix, title=title.format(key=key, query=query), levels=scale, **shown)
        # Outlines, not tinted bands: the chosen row of V must keep the colours of its copy.
        for view in (self.one_hot, self.weights):
            view.set_highlights(cells=((0, lookup.index),))
        self.values.set_highlights(cells=tuple((lookup.index, j) for j in range(len(values.columns))))
        self.readout.setText(
            "\n".join(
                (
                    QCoreApplication.translate(
                        "Comparisons",
                        "Hard lookup: one-hot · V is row {index} of V (“{key}”), exactly.",
                    ),
                    QCoreApplication.translate(
                        "Comparisons",
                        "Soft lookup: softmax row · V adds up all {count} rows of V, each times its "
                        "weight: “{query}” takes {percent} of its answer from “{key}”.",
                    ),
                )
            ).format(
                index=lookup.index + 1,
                key=key,
                query=query,
                count=len(values.rows),
                percent=format_number(lookup.weights[lookup.index], 2, percent=True),
            )
        )

    def _apply_fonts(self) -> None:
        self.note.setFont(scaled_font(self, NOTE_SCALE))
        self.readout.setFont(scaled_font(self, NOTE_SCALE))
        self.caption.setFont(scaled_font(self, TEXT_SCALE))
        self.query.setFont(scaled_font(self, TEXT_SCALE))
        for label in self.operators:
            label.setFont(scaled_font(self, OPERATOR_SCALE, bold=True))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)


def _row_of(like: TraceMatrix, row: np.ndarray, label: str) -> TraceMatrix:
    """A (1, m) matrix labelled like the columns of ``like``: one row of weights or of V."""
    return dataclasses.replace(like, array=row[None, :], rows=(label,), symbols=("1", like.symbols[1]))
