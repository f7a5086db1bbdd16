"""Why √d_k: the variance of q · k grows with d_k, that of q · k / √d_k stays near 1.

Measured, not asserted: the curves come from thousands of random q and k (core.score_variance).
"""

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget

from attn_gui.core import ScoreVariance, score_variance
from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.compare.comparison_widgets import (
    NOTE_SCALE,
    TEXT_SCALE,
    note_label,
    still_plot,
    style_plot,
)

MAX_D_K = 256
DRAWS = 4000
SEED = 0
DEFAULT_D_K = 64  # the curriculum's worked example: d_model 512 over 8 heads


class ScoreVarianceTab(QWidget):
    """Two plots against d_k, raw and scaled, with the chosen d_k marked and its numbers below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variance: ScoreVariance = score_variance(range(1, MAX_D_K + 1), DRAWS, SEED)
        self.note = note_label(self)
        self.note.setText(
            QCoreApplication.translate(
                "Comparisons",
                "If the d_k components of q and k are independent with variance 1, the score q · k has "
                "variance d_k: large d_k means large scores and a softmax close to one-hot. Dividing "
                "by √d_k brings the variance back to 1.",
            )
        )
        self.caption = QLabel(QCoreApplication.translate("Comparisons", "d_k:"), self)
        tip = QCoreApplication.translate(
            "Comparisons", "The length of q and k: the number of products added up in q · k"
        )
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("d_k_slider")
        self.spin = QSpinBox(self)
        self.spin.setObjectName("d_k_spin")
        for control in (self.slider, self.spin):
            control.setRange(1, MAX_D_K)
            control.setValue(DEFAULT_D_K)
            control.setToolTip(tip)
        self.slider.setPageStep(16)
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.valueChanged.connect(self._mark)
        self.raw_title, self.raw_plot = self._plot()
        self.scaled_title, self.scaled_plot = self._plot()
        self.raw_title.setText(
            QCoreApplication.translate("Comparisons", "Var(q · k) grows like d_k (dashed: y = d_k)")
        )
        self.scaled_title.setText(
            QCoreApplication.translate("Comparisons", "Var(q · k / √d_k) stays near 1 (dashed: y = 1)")
        )
        self.readout = QLabel(self)
        self.readout.setObjectName("variance_readout")
        self.readout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.readout.setWordWrap(True)
        d_k = self.variance.d_k
        self.raw_curve = self.raw_plot.plot(d_k, self.variance.raw)
        self.raw_reference = self.raw_plot.plot(d_k, d_k)
        self.scaled_curve = self.scaled_plot.plot(d_k, self.variance.scaled)
        self.scaled_reference = pg.InfiniteLine(pos=1.0, angle=0)
        self.scaled_plot.addItem(self.scaled_reference)
        self.scaled_plot.setYRange(0, 2, padding=0.03)
        self.markers = [pg.InfiniteLine(angle=90) for _ in range(2)]
        self.points = [pg.ScatterPlotItem(size=14) for _ in range(2)]
        for plot, marker, point in zip(
            (self.raw_plot, self.scaled_plot), self.markers, self.points, strict=True
        ):
            plot.addItem(marker)
            plot.addItem(point)
        controls = QHBoxLayout()
        controls.addWidget(self.caption)
        controls.addWidget(self.slider, stretch=1)
        controls.addWidget(self.spin)
        plots = QGridLayout()
        plots.addWidget(self.raw_title, 0, 0)
        plots.addWidget(self.scaled_title, 0, 1)
        plots.addWidget(self.raw_plot, 1, 0)
        plots.addWidget(self.scaled_plot, 1, 1)
        plots.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(controls)
        layout.addLayout(plots, stretch=1)
        layout.addWidget(self.readout)
        self._apply_style()
        self._mark(self.spin.value())

    @property
    def d_k(self) -> int:
        return self.spin.value()

    def _plot(self) -> tuple[QLabel, pg.PlotWidget]:
        title = QLabel(self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        plot = still_plot(self)
        plot.setXRange(1, MAX_D_K, padding=0.02)
        return title, plot

    def _mark(self, d_k: int) -> None:
        raw, scaled = self.variance.raw[d_k - 1], self.variance.scaled[d_k - 1]
        for marker, point, y in zip(self.markers, self.points, (raw, scaled), strict=True):
            marker.setValue(d_k)
            point.setData([d_k], [y])
        self.readout.setText(
            QCoreApplication.translate(
                "Comparisons",
                "At d_k = {d_k}: Var(q · k) = {raw}, Var(q · k / √d_k) = {scaled} "
                "(from {draws} random draws of q and k)",
            ).format(
                d_k=d_k, raw=format_number(raw, 2), scaled=format_number(scaled, 2), draws=self.variance.draws
            )
        )

    def _apply_style(self) -> None:
        """Fonts from the widget's, colours from the palette: light, dark and projector all read."""
        text_font = scaled_font(self, TEXT_SCALE)
        self.note.setFont(scaled_font(self, NOTE_SCALE))
        self.readout.setFont(scaled_font(self, NOTE_SCALE, bold=True))
        for widget in (self.caption, self.spin, self.raw_title, self.scaled_title):
            widget.setFont(text_font)
        for plot in (self.raw_plot, self.scaled_plot):
            curve, reference, marker = style_plot(plot, self, "d_k")
        self.raw_curve.setPen(curve)
        self.scaled_curve.setPen(curve)
        self.raw_reference.setPen(reference)
        self.scaled_reference.setPen(reference)
        for line, point in zip(self.markers, self.points, strict=True):
            line.setPen(marker)
            point.setBrush(pg.mkBrush(curve.color()))
            point.setPen(pg.mkPen(reference.color(), width=1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._apply_style()
        super().changeEvent(event)
