"""Moving through the lesson: a list of stages with formulas and shapes, and a compact strip.

Both read the stages from the trace, so a lesson with other stages (a model's layer) gets its
own list and strip.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from attn_gui.core import AttentionTrace
from attn_gui.timeline.stage_matrices import shape_equation

MIN_LIST_CHARS = 24  # the stage list's narrowest: a title per line, not a word
MIN_STRIP_WIDTH = 120  # narrower than this the strip scrolls: it never widens the window


class StageList(QListWidget):
    """Every stage with its number, title, formula and shapes; selecting one shows it."""

    stageSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_list")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self._names: tuple[str, ...] = ()
        self.currentItemChanged.connect(self._on_current)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for a stage's title at the current text size."""
        width = self.fontMetrics().averageCharWidth() * MIN_LIST_CHARS
        return super().minimumSizeHint().expandedTo(QSize(width, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def set_trace(self, trace: AttentionTrace, head: int) -> None:
        """One entry per stage of ``trace``, with the formulas and shapes for its sizes."""
        if trace.stage_names != self._names:
            self.blockSignals(True)
            self.clear()
            for name in trace.stage_names:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, name)
                self.addItem(item)
            self.blockSignals(False)
            self._names = trace.stage_names
        for index, stage in enumerate(trace.stages):
            title = QCoreApplication.translate("Stage", stage.title)
            item = self.item(index)
            item.setText(
                f"{index + 1}. {title}\n    {stage.formula}\n    {shape_equation(trace, stage.name, head)}"
            )
            item.setToolTip(QCoreApplication.translate("Stage", stage.explanation))

    def set_current(self, name: str) -> None:
        if name in self._names:
            self.blockSignals(True)
            self.setCurrentRow(self._names.index(name))
            self.blockSignals(False)

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.stageSelected.emit(item.data(Qt.ItemDataRole.UserRole))


class PipelineStrip(QScrollArea):
    """The whole pipeline on one line, the current stage marked: where we are in the lesson.

    A lesson with many stages, or large text for the back row, makes the line longer than the
    window: it then scrolls, keeping the current stage in view, rather than widen the window.
    """

    stageSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_strip")
        self._row = QWidget(self)
        self._layout = QHBoxLayout(self._row)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(2)
        self.setWidget(self._row)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}

    def show_trace(self, trace: AttentionTrace) -> None:
        """A button per stage of ``trace`` (rebuilt only when its stages differ)."""
        if tuple(self.buttons) == trace.stage_names:
            return
        while (item := self._layout.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().hide()  # at once: deleted only when the event loop comes round
                item.widget().deleteLater()
        for button in self.buttons.values():
            self.group.removeButton(button)
        self.buttons = {}
        for index, stage in enumerate(trace.stages):
            if index:
                self._layout.addWidget(QLabel("→", self._row))
            button = QToolButton(self._row)
            button.setObjectName(f"strip_{stage.name}")
            button.setText(QCoreApplication.translate("PipelineStrip", stage.short))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(QCoreApplication.translate("Stage", stage.title))
            button.clicked.connect(lambda _=False, name=stage.name: self.stageSelected.emit(name))
            self.group.addButton(button)
            self.buttons[stage.name] = button
            self._layout.addWidget(button)
        self._layout.addStretch(1)
        self.updateGeometry()

    def set_current(self, name: str) -> None:
        self.buttons[name].setChecked(True)
        for stage_name, button in self.buttons.items():
            font = QFont()  # only the weight: the size still follows the application's text size
            font.setBold(stage_name == name)
            button.setFont(font)
        self.ensureWidgetVisible(self.buttons[name])

    def _height(self) -> int:
        """The row's height, and the scroll bar's when the row is wider than the strip."""
        height = self._row.sizeHint().height()
        if self._row.sizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(self._row.sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_STRIP_WIDTH, self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the scroll bar comes or goes with the width
