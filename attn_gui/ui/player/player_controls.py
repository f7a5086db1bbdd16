"""The transport bar: play, step, stage jumps, a scrub slider marked at every stage, speed, granularity."""

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from attn_gui.timeline.model import GRANULARITIES
from attn_gui.translatable import QT_TRANSLATE_NOOP
from attn_gui.ui.player.player import SPEEDS

GRANULARITY_LABELS = {
    "term": QT_TRANSLATE_NOOP("PlayerControls", "one term at a time"),
    "cell": QT_TRANSLATE_NOOP("PlayerControls", "one cell at a time"),
    "row": QT_TRANSLATE_NOOP("PlayerControls", "one row at a time"),
    "stage": QT_TRANSLATE_NOOP("PlayerControls", "one stage at a time"),
}


PRESENTING_ICON_SCALE = 2.0
SLIDER_MIN_CHARS = 14
SLIDER_LIMIT = 1 << 30  # a QSlider counts in 32-bit ints; a 512-token lesson has billions of steps


class StageSlider(QSlider):
    """A horizontal slider over every step, with a mark where each stage begins.

    Up to SLIDER_LIMIT steps a slider position is a step; beyond, positions are spread evenly
    over the steps (no pixel could tell the difference).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._marks: tuple[int, ...] = ()
        self._last = 0  # the last step's index

    def set_length(self, length: int) -> None:
        self._last = max(length - 1, 0)
        self.setRange(0, min(self._last, SLIDER_LIMIT))

    def value_for(self, index: int) -> int:
        return index if self._last <= SLIDER_LIMIT else index * SLIDER_LIMIT // self._last

    def index_for(self, value: int) -> int:
        return value if self._last <= SLIDER_LIMIT else value * self._last // SLIDER_LIMIT

    @property
    def marks(self) -> tuple[int, ...]:
        return self._marks

    def set_marks(self, starts: tuple[int, ...]) -> None:
        self._marks = starts
        self.update()

    def mark_x(self, value: int) -> int:
        """Where a step sits along the groove, in pixels (the centre of the handle there)."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = self.width() - handle.width()
        position = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), self.value_for(value), span)
        return position + handle.width() // 2

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().text().color(), 2))
        for start in self._marks:
            x = self.mark_x(start)
            painter.drawLine(x, self.height() - 6, x, self.height())
        painter.end()


class PlayerControls(QWidget):
    """Buttons share the window's actions, so a button, its menu item and its key are one command."""

    seekRequested = Signal(object)  # a step index: may exceed a C++ int
    speedChosen = Signal(float)
    granularityChosen = Signal(str)

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player_controls")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            layout.addWidget(button)
            self.buttons.append(button)
        self.slider = StageSlider(self)
        self.slider.setObjectName("scrub")
        self.slider.setToolTip(
            QCoreApplication.translate("PlayerControls", "Drag to any step; marks show where stages begin")
        )
        self.slider.valueChanged.connect(lambda value: self.seekRequested.emit(self.slider.index_for(value)))
        layout.addWidget(self.slider, stretch=1)
        self.position = QLabel(self)
        self.position.setObjectName("position")
        layout.addWidget(self.position)
        self.speed = QComboBox(self)
        self.speed.setObjectName("speed")
        self.speed.setToolTip(QCoreApplication.translate("PlayerControls", "Playback speed"))
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda i: self.speedChosen.emit(self.speed.itemData(i)))
        layout.addWidget(self.speed)
        self.granularity = QComboBox(self)
        self.granularity.setObjectName("granularity")
        self.granularity.setToolTip(QCoreApplication.translate("PlayerControls", "How much each step shows"))
        for name in GRANULARITIES:
            self.granularity.addItem(
                QCoreApplication.translate("PlayerControls", GRANULARITY_LABELS[name]), name
            )
        self.granularity.currentIndexChanged.connect(
            lambda i: self.granularityChosen.emit(self.granularity.itemData(i))
        )
        layout.addWidget(self.granularity)
        for widget in (self.slider, self.speed, self.granularity):  # clicked, they keep no keys
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._presenting = False
        self._fit_to_text()

    def set_presenting(self, on: bool) -> None:
        """Large buttons for the back row in presentation mode, the usual ones otherwise."""
        self._presenting = on
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """Icons and the slider follow the text size: a teacher who enlarges the text for the
        room gets buttons to match, and the slider never shrinks to nothing."""
        metrics = self.fontMetrics()
        icon = round(metrics.height() * (PRESENTING_ICON_SCALE if self._presenting else 1.0))
        for button in self.buttons:
            button.setIconSize(QSize(icon, icon))
        self.slider.setMinimumWidth(metrics.averageCharWidth() * SLIDER_MIN_CHARS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()
        super().changeEvent(event)

    def show_position(self, index: int, length: int, starts: tuple[int, ...]) -> None:
        """Move the slider without echoing a seek back, and say where we are."""
        with QSignalBlocker(self.slider):
            if self.slider.index_for(self.slider.maximum()) != length - 1:
                self.slider.set_length(length)
            if self.slider.marks != starts:
                self.slider.set_marks(starts)
            self.slider.setValue(self.slider.value_for(index))
        self.position.setText(
            QCoreApplication.translate("PlayerControls", "step {step} of {count}").format(
                step=index + 1, count=length
            )
        )
