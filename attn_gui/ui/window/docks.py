"""The window's side panels: the sentence and sizes, the list of stages, and the explanation."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from attn_gui.core import AttentionConfig, tokenize
from attn_gui.ui.explain.explanation_pane import ExplanationPane
from attn_gui.ui.input.input_panel import InputPanel
from attn_gui.ui.player.stage_navigator import StageList


@dataclass(frozen=True)
class Docks:
    """The panels and the docks that hold them."""

    input_panel: InputPanel
    stage_list: StageList
    explanation: ExplanationPane
    input_dock: QDockWidget
    stages_dock: QDockWidget
    explanation_dock: QDockWidget

    def all(self) -> tuple[QDockWidget, ...]:
        return (self.input_dock, self.stages_dock, self.explanation_dock)


class PanelScroller(QScrollArea):
    """Scrolls the input panel up and down (at large text sizes it is taller than the screen),
    never sideways: the dock is always as wide as the panel needs at the current text size."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the panel's text size changed: so does the width it needs
        return super().eventFilter(watched, event)


def _dock(
    window: QMainWindow, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def build_docks(
    window: QMainWindow, config: AttentionConfig, split_cjk: bool, texts: tuple[str | None, str | None]
) -> Docks:
    """The three docks, the input panel showing ``config`` as it was typed (``texts``, when they
    still give its tokens)."""
    input_panel = InputPanel(config, window)
    tokens_text, kv_text = texts
    if tokens_text is None or tokenize(tokens_text, split_cjk) != config.tokens:
        tokens_text = None
    if kv_text is None or config.kv_tokens is None or tokenize(kv_text, split_cjk) != config.kv_tokens:
        kv_text = None
    input_panel.set_config(config, split_cjk=split_cjk, tokens_text=tokens_text, kv_tokens_text=kv_text)
    scroller = PanelScroller(input_panel, window)
    stage_list = StageList(window)
    explanation = ExplanationPane(window)
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    docks = Docks(
        input_panel,
        stage_list,
        explanation,
        _dock(
            window,
            "input_dock",
            QCoreApplication.translate("MainWindow", "Sentence and sizes"),
            scroller,
            left,
        ),
        _dock(window, "stages_dock", QCoreApplication.translate("MainWindow", "Stages"), stage_list, left),
        _dock(
            window,
            "explanation_dock",
            QCoreApplication.translate("MainWindow", "Explanation"),
            explanation,
            Qt.DockWidgetArea.RightDockWidgetArea,
        ),
    )
    window.resizeDocks([docks.input_dock, docks.explanation_dock], [336, 271], Qt.Orientation.Horizontal)
    return docks
