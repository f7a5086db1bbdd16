"""A temperature slider on a log scale, shared by every view that divides scores by T.

T = 10^(position / 100), from 0.1 to 5: equal moves multiply T by equal factors, so halving and
doubling T are the same distance either side of 1, where the slider starts and to which it resets.
"""

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSlider, QWidget

STEPS = (-100, 70)  # positions, in hundredths of a decade
KEY_STEP = 5  # one arrow key: ×1.12, so six presses halve T (0.50) or double it (2.00)
PAGE_STEP = 4 * KEY_STEP


def temperature_at(position: int) -> float:
    return 10 ** (position / 100)


def position_of(temperature: float) -> int:
    """The slider position nearest to ``temperature``, within the slider's range."""
    return min(max(round(100 * math.log10(temperature)), STEPS[0]), STEPS[1])


LOWEST, HIGHEST = temperature_at(STEPS[0]), temperature_at(STEPS[1])


class TemperatureSlider(QSlider):
    """A horizontal slider for T; ``temperatureChanged(T)`` fires when the position changes.
    Its owner gives it a tooltip, a value label and a reset button in its own words."""

    temperatureChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(*STEPS)
        self.setSingleStep(KEY_STEP)
        self.setPageStep(PAGE_STEP)
        self.setValue(0)
        self.valueChanged.connect(lambda position: self.temperatureChanged.emit(temperature_at(position)))

    def temperature(self) -> float:
        return temperature_at(self.value())

    def set_temperature(self, temperature: float) -> None:
        """Move to the position nearest ``temperature`` (clamped to 0.1..5)."""
        self.setValue(position_of(temperature))

    def reset(self) -> None:
        """Back to T = 1: the model's own probabilities."""
        self.setValue(0)

    @staticmethod
    def positions() -> range:
        """Every position the arrow keys reach from T = 1, lowest first."""
        return range(STEPS[0], STEPS[1] + 1, KEY_STEP)
