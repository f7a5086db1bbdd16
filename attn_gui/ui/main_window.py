"""The teacher's screen: input panel, stage navigator, the current stage, and its explanation."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import STAGES, AttentionConfig, AttentionTrace, tokenize
from attn_gui.timeline.stages import STAGE_BY_NAME, shape_equation
from attn_gui.ui import appearance
from attn_gui.ui.document import LessonDocument
from attn_gui.ui.explanation_pane import ExplanationPane
from attn_gui.ui.heads_overview import HeadsOverview
from attn_gui.ui.input_panel import InputPanel
from attn_gui.ui.menus import build_menus
from attn_gui.ui.preferences import Preferences
from attn_gui.ui.stage_navigator import PipelineStrip, StageList
from attn_gui.ui.stage_view import StageView
from attn_gui.ui.view_options import ViewOptions


class MainWindow(QMainWindow):
    """Data flows one way: the input panel sets the document's configuration, the document
    recomputes the trace, and every view redraws from it (views never compute attention)."""

    def __init__(
        self,
        config: AttentionConfig,
        preferences: Preferences | None = None,
        stage: str = "x",
        head: int = 0,
        split_cjk: bool = False,
        texts: tuple[str | None, str | None] = (None, None),
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.preferences = preferences
        self.document = LessonDocument(config, self)
        self.options = preferences.view_options() if preferences else ViewOptions()
        self.theme = preferences.theme() if preferences else "system"
        self.stage = stage if stage in STAGES else "x"
        self.head = head
        self._build_central()
        self._build_docks(split_cjk, texts)
        self.actions = build_menus(self)
        self.document.traceChanged.connect(self._on_trace_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_colour_scheme_changed)
        self.resize(1400, 860)
        self._restore_window()
        self._on_trace_changed(self.document.trace)

    # -- building ---------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.strip = PipelineStrip(self)
        self.strip.stageSelected.connect(self.set_stage)
        self.head_selector = QComboBox(self)
        self.head_selector.setObjectName("head_selector")
        self.head_selector.setToolTip(
            QCoreApplication.translate("MainWindow", "Which head's Q, K, V and weights to show")
        )
        self.head_selector.currentIndexChanged.connect(self._on_head_selected)
        self.stage_title = QLabel(self)
        self.stage_title.setObjectName("stage_title")
        header = QHBoxLayout()
        header.addWidget(self.stage_title, stretch=1)
        header.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Head:"), self))
        header.addWidget(self.head_selector)
        self.stage_view = StageView(self)
        self.stage_view.cellEdited.connect(self.document.edit_cell)
        self.heads_overview = HeadsOverview(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("view_tabs")
        self.tabs.addTab(self.stage_view, QCoreApplication.translate("MainWindow", "Stage"))
        self.tabs.addTab(self.heads_overview, QCoreApplication.translate("MainWindow", "All heads"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.strip)
        layout.addLayout(header)
        layout.addWidget(self.tabs, stretch=1)
        self.setCentralWidget(central)
        self._update_title_font()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self, split_cjk: bool, texts: tuple[str | None, str | None]) -> None:
        self.input_panel = InputPanel(self.document.config, self)
        config = self.document.config
        tokens_text, kv_text = texts
        if tokens_text is None or tokenize(tokens_text, split_cjk) != config.tokens:
            tokens_text = None
        if kv_text is None or config.kv_tokens is None or tokenize(kv_text, split_cjk) != config.kv_tokens:
            kv_text = None
        self.input_panel.set_config(
            config, split_cjk=split_cjk, tokens_text=tokens_text, kv_tokens_text=kv_text
        )
        self.input_panel.configChanged.connect(self.document.set_config)
        self.input_panel.resetEditsRequested.connect(self.document.reset_edits)
        self.stage_list = StageList(self)
        self.stage_list.stageSelected.connect(self.set_stage)
        self.explanation = ExplanationPane(self)
        self.stage_view.cellPinned.connect(self.explanation.pin_cell)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        scroller = QScrollArea(self)  # at large text sizes the panel is taller than the screen
        scroller.setWidget(self.input_panel)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(
            self.input_panel.minimumSizeHint().width() + scroller.verticalScrollBar().sizeHint().width()
        )
        self.input_dock = self._dock(
            "input_dock", QCoreApplication.translate("MainWindow", "Sentence and sizes"), scroller, left
        )
        self.stages_dock = self._dock(
            "stages_dock", QCoreApplication.translate("MainWindow", "Stages"), self.stage_list, left
        )
        self.explanation_dock = self._dock(
            "explanation_dock",
            QCoreApplication.translate("MainWindow", "Explanation"),
            self.explanation,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.resizeDocks([self.input_dock, self.explanation_dock], [360, 330], Qt.Orientation.Horizontal)

    # -- navigation -------------------------------------------------------------------------

    def set_stage(self, name: str) -> None:
        if name in STAGES and name != self.stage:
            self.stage = name
            self.refresh()

    def step_stage(self, delta: int) -> None:
        index = min(max(STAGES.index(self.stage) + delta, 0), len(STAGES) - 1)
        self.set_stage(STAGES[index])

    def set_head(self, head: int) -> None:
        head = min(max(head, 0), self.document.config.num_heads - 1)
        if head != self.head:
            self.head = head
            self.refresh()

    def _on_head_selected(self, index: int) -> None:
        if index >= 0:
            self.set_head(index)

    def set_view_options(self, options: ViewOptions) -> None:
        self.options = options
        self.refresh()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        appearance.apply_theme(theme)

    def _on_colour_scheme_changed(self) -> None:
        if self.theme == "system":
            appearance.apply_theme("system")

    def change_font_size(self, delta: float) -> None:
        appearance.set_font_points(self.font().pointSizeF() + delta)

    # -- showing ----------------------------------------------------------------------------

    def _on_trace_changed(self, trace: AttentionTrace) -> None:
        self.head = min(self.head, trace.config.num_heads - 1)
        self.head_selector.blockSignals(True)
        self.head_selector.clear()
        for h in range(trace.config.num_heads):
            label = QCoreApplication.translate("MainWindow", "{head} of {heads}")
            self.head_selector.addItem(label.format(head=h + 1, heads=trace.config.num_heads))
        self.head_selector.blockSignals(False)
        self.input_panel.set_edits_present(bool(trace.config.edits))
        self.actions.reset_edits.setEnabled(bool(trace.config.edits))
        self.refresh()

    def refresh(self) -> None:
        """Redraw everything for the current trace, stage, head and options."""
        trace, stage = self.document.trace, STAGE_BY_NAME[self.stage]
        self.head_selector.blockSignals(True)
        self.head_selector.setCurrentIndex(self.head)
        self.head_selector.blockSignals(False)
        self.head_selector.setEnabled(stage.per_head)
        title = QCoreApplication.translate("Stage", stage.title)
        number = STAGES.index(self.stage) + 1
        self.stage_title.setText(f"{number}. {title}")
        self.strip.set_current(self.stage)
        self.stage_list.set_trace(trace, self.head)
        self.stage_list.set_current(self.stage)
        if self.tabs.currentWidget() is self.heads_overview:
            self.heads_overview.show_trace(trace, self.options)
        else:
            self.stage_view.show_stage(trace, self.stage, self.head, self.options)
        self.explanation.show_stage(stage, trace, self.head if stage.per_head else None)
        status = QCoreApplication.translate("MainWindow", "Stage {number} of {count}: {title} — {shapes}")
        text = status.format(
            number=number, count=len(STAGES), title=title, shapes=shape_equation(trace, self.stage, self.head)
        )
        if stage.per_head:
            head_text = QCoreApplication.translate("MainWindow", "head {head} of {heads}")
            text += " — " + head_text.format(head=self.head + 1, heads=trace.config.num_heads)
        self.statusBar().showMessage(text)
        self._update_title()

    def _update_title(self) -> None:
        tokens = " ".join(self.document.config.tokens)
        if len(tokens) > 60:
            tokens = tokens[:57] + "…"
        self.setWindowTitle(f"{tokens} — attn-gui")

    def _update_title_font(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.stage_title.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._update_title_font()
        super().changeEvent(event)

    # -- persistence ------------------------------------------------------------------------

    def _restore_window(self) -> None:
        if self.preferences is None:
            return
        geometry, state = self.preferences.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def _typed_texts(self) -> tuple[str, str]:
        """The sentences as typed (e.g. "我爱学习" split per character), to show them so again."""
        tokens, kv_tokens = (self.input_panel.findChild(QLineEdit, n).text() for n in ("tokens", "kv_tokens"))
        return tokens, kv_tokens

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.preferences is not None:
            split_cjk = self.input_panel.findChild(QCheckBox, "split_cjk").isChecked()
            self.preferences.set_config(self.document.config, split_cjk, self._typed_texts())
            self.preferences.set_position(self.stage, self.head)
            self.preferences.set_view_options(self.options)
            self.preferences.set_theme(self.theme)
            self.preferences.set_font_points(QCoreApplication.instance().font().pointSizeF())
            self.preferences.set_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
