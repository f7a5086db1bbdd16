"""Softmax at a temperature: a slider for T, the weights, and how the rows' entropy follows T."""

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from attn_gui.core import AttentionTrace, with_temperature
from attn_gui.notation import format_number
from attn_gui.ui.appearance import scaled_font
from attn_gui.ui.compare.comparison_widgets import (
    NOTE_SCALE,
    TEXT_SCALE,
    WeightsPanel,
    note_label,
    still_plot,
    style_plot,
)
from attn_gui.ui.compare.softmax_tabs import logits_formula
from attn_gui.ui.stage.view_options import ViewOptions
from attn_gui.ui.temperature_slider import HIGHEST, LOWEST, TemperatureSlider, temperature_at

TICKS = (0.1, 0.2, 0.5, 1, 2, 5)


class TemperatureTab(QWidget):
    """softmax(logits / T) with a slider for T: a cold softmax picks one key, a hot one spreads out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note_label(self)
        self.note.setText(
            QCoreApplication.translate(
                "Comparisons",
                "Dividing by a temperature T < 1 sharpens every row towards one-hot (its entropy falls); "
                "T > 1 flattens it towards uniform. At T = 1 these are the lesson's weights.",
            )
        )
        self.caption = QLabel(QCoreApplication.translate("Comparisons", "Temperature:"), self)
        self.slider = TemperatureSlider(self)
        self.slider.setObjectName("temperature_slider")
        self.slider.setToolTip(
            QCoreApplication.translate(
                "Comparisons",
                "The temperature T divides the scores before softmax, from 0.1 to 5 "
                "(drag, or use the arrow keys; each key multiplies or divides T by 1.12)",
            )
        )
        self.value = QLabel(self)
        self.value.setObjectName("temperature_value")
        self.reset = QPushButton(QCoreApplication.translate("Comparisons", "T = 1"), self)
        self.reset.setToolTip(QCoreApplication.translate("Comparisons", "Back to the lesson's own weights"))
        self.reset.clicked.connect(self.slider.reset)
        self.reset.setAutoDefault(False)  # Enter in the window's other fields must not reset T
        self.panel = WeightsPanel(self, side_by_side=True)
        self.curve_title = QLabel(
            QCoreApplication.translate("Comparisons", "Mean entropy (nats) against T: colder is peakier"),
            self,
        )
        self.curve_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.curve_title.setWordWrap(True)
        self.plot = still_plot(self)
        self.plot.setObjectName("entropy_plot")
        self.plot.getAxis("bottom").setTicks([[(math.log10(t), f"{t:g}") for t in TICKS]])
        self.plot.setXRange(math.log10(LOWEST), math.log10(HIGHEST), padding=0.05)  # "0.1" and "5" in view
        self.curve = self.plot.plot()
        self.marker = pg.InfiniteLine(angle=90)
        self.point = pg.ScatterPlotItem(size=14)
        self.plot.addItem(self.marker)
        self.plot.addItem(self.point)
        self.panel.numbers.addWidget(self.curve_title)
        self.panel.numbers.addWidget(self.plot, stretch=2)
        controls = QHBoxLayout()
        controls.addWidget(self.caption)
        controls.addWidget(self.slider, stretch=1)
        controls.addWidget(self.value)
        controls.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(controls)
        layout.addWidget(self.panel, stretch=1)
        self._shown: tuple[AttentionTrace, int, ViewOptions] | None = None
        self.slider.valueChanged.connect(self._redraw)
        self._apply_style()
        self._redraw()

    @property
    def temperature(self) -> float:
        return self.slider.temperature()

    def show_head(self, trace: AttentionTrace, head: int, options: ViewOptions) -> None:
        self._shown = (trace, head, options)
        # The curve through every position the arrow keys reach: the marker always sits on it.
        temperatures = [temperature_at(p) for p in self.slider.positions()]
        entropies = [with_temperature(trace, head, t).mean_entropy for t in temperatures]
        self.curve.setData([math.log10(t) for t in temperatures], entropies)
        self.plot.setYRange(0, max(entropies) or 1.0, padding=0.05)  # from 0: one-hot rows
        self._redraw()

    def _redraw(self) -> None:
        temperature = self.temperature
        self.value.setText(
            QCoreApplication.translate("Comparisons", "T = {value}").format(
                value=format_number(temperature, 2)
            )
        )
        if self._shown is None:
            return
        trace, head, options = self._shown
        logits = logits_formula(trace.scale, trace.mask == "causal")
        title = f"softmax(({logits}) / T)" if " " in logits else f"softmax({logits} / T)"
        rows = with_temperature(trace, head, temperature)
        self.panel.show_rows(trace, head, rows, title, options)
        self.marker.setValue(math.log10(temperature))
        self.point.setData([math.log10(temperature)], [rows.mean_entropy])

    def _apply_style(self) -> None:
        self.note.setFont(scaled_font(self, NOTE_SCALE))
        for widget in (self.caption, self.reset, self.curve_title):
            widget.setFont(scaled_font(self, TEXT_SCALE))
        self.value.setFont(scaled_font(self, NOTE_SCALE, bold=True))
        # Wide enough for "T = 5.01" in this font: the slider must not jump as the text changes.
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("T = 00.00") + 8)
        curve, reference, marker = style_plot(self.plot, self, "T")
        self.curve.setPen(curve)
        self.marker.setPen(marker)
        self.point.setBrush(pg.mkBrush(curve.color()))
        self.point.setPen(pg.mkPen(reference.color(), width=1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._apply_style()
        super().changeEvent(event)
