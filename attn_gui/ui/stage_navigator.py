"""Moving through the lesson: a list of stages with formulas and shapes, and a compact strip."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from attn_gui.core import AttentionTrace
from attn_gui.timeline.stages import shape_equation, stages
from attn_gui.translatable import QT_TRANSLATE_NOOP

# The strip's short names, in lesson order: notation, except the one word, translated where shown.
SHORT_NAMES = {
    "x": "X", "pe": "PE", "x_in": "X_in", "q": "Q", "k": "K", "v": "V", "k_t": "Kᵀ", "scores": "Q·Kᵀ",
    "scaled": "÷√d_k", "masked": QT_TRANSLATE_NOOP("PipelineStrip", "mask"), "weights": "softmax",
    "head_output": "A·V", "concat": "concat", "output": "·W_O",
}  # fmt: skip


class StageList(QListWidget):
    """Every stage with its number, title, formula and shapes; selecting one shows it."""

    stageSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_list")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        for stage in stages():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, stage.name)
            self.addItem(item)
        self.currentItemChanged.connect(self._on_current)

    def set_trace(self, trace: AttentionTrace, head: int) -> None:
        """Refresh the formulas and shapes for the current sizes."""
        for index, stage in enumerate(stages()):
            title = QCoreApplication.translate("Stage", stage.title)
            item = self.item(index)
            item.setText(
                f"{index + 1}. {title}\n    {stage.formula_for(trace.config.cross)}\n"
                f"    {shape_equation(trace, stage.name, head)}"
            )
            item.setToolTip(QCoreApplication.translate("Stage", stage.explanation))

    def set_current(self, name: str) -> None:
        for index in range(self.count()):
            if self.item(index).data(Qt.ItemDataRole.UserRole) == name:
                self.blockSignals(True)
                self.setCurrentRow(index)
                self.blockSignals(False)

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.stageSelected.emit(item.data(Qt.ItemDataRole.UserRole))


class PipelineStrip(QWidget):
    """The whole pipeline on one line, the current stage marked: where we are in the lesson."""

    stageSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_strip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for index, stage in enumerate(stages()):
            if index:
                layout.addWidget(QLabel("→", self))
            button = QToolButton(self)
            button.setObjectName(f"strip_{stage.name}")
            button.setText(QCoreApplication.translate("PipelineStrip", SHORT_NAMES[stage.name]))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(QCoreApplication.translate("Stage", stage.title))
            button.clicked.connect(lambda _=False, name=stage.name: self.stageSelected.emit(name))
            self.group.addButton(button)
            self.buttons[stage.name] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def set_current(self, name: str) -> None:
        self.buttons[name].setChecked(True)
        for stage_name, button in self.buttons.items():
            font = button.font()
            font.setBold(stage_name == name)
            button.setFont(font)
