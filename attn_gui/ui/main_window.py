"""The teacher's screen: input panel, stage navigator, the current stage, and its explanation."""

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
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
from attn_gui.export.lesson_file import SUFFIX, Lesson
from attn_gui.i18n.language import current_language
from attn_gui.timeline.stages import STAGE_BY_NAME, shape_equation
from attn_gui.timeline.timeline import build_timeline
from attn_gui.ui import appearance
from attn_gui.ui.document import LessonDocument
from attn_gui.ui.explanation_pane import ExplanationPane
from attn_gui.ui.export_commands import ExportCommands
from attn_gui.ui.heads_overview import HeadsOverview
from attn_gui.ui.input_panel import InputPanel
from attn_gui.ui.lesson_files import LessonFiles
from attn_gui.ui.menus import build_menus
from attn_gui.ui.player import Player
from attn_gui.ui.player_controls import PlayerControls
from attn_gui.ui.preferences import Preferences
from attn_gui.ui.presentation import Presentation
from attn_gui.ui.quiz_controller import QuizController
from attn_gui.ui.stage_navigator import PipelineStrip, StageList
from attn_gui.ui.stage_view import StageView
from attn_gui.ui.view_options import ViewOptions

if TYPE_CHECKING:  # imported when first opened: the comparisons are not needed to start
    from attn_gui.ui.comparison_window import ComparisonWindow


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
        self.head = min(max(head, 0), config.num_heads - 1)
        self.timeline = build_timeline(self.document.trace, "term")
        self.player = Player(self)
        self.presentation = Presentation(self)
        self._context: tuple[str, int] | None = None  # the stage and head the titles show
        self.comparisons: ComparisonWindow | None = None  # made when first opened (Ctrl+K)
        # Set by the application: a language change rebuilds the window in the new language.
        self.language_switcher: Callable[[str], object] | None = None
        self.actions = build_menus(self)
        self._build_central()
        self._build_docks(split_cjk, texts)
        self.document.traceChanged.connect(self._on_trace_changed)
        self.player.stepChanged.connect(self._show_step)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_colour_scheme_changed)
        self.lessons = LessonFiles(self, preferences.settings if preferences else None)
        self.actions.file_menu.insertMenu(self.actions.save_lesson, self.lessons.recent_menu)
        self.exports = ExportCommands(self)
        self.quiz = QuizController(self)
        self.setAcceptDrops(True)  # a lesson file dropped on the window opens
        self.resize(1400, 860)
        self._restore_window()
        wanted = self.stage, self.head
        self._on_trace_changed(self.document.trace)
        self.stage, self.head = wanted
        self.player.set_length(len(self.timeline), self._stage_end(self.stage))

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
        a = self.actions
        self.controls = PlayerControls(
            [a.first_step, a.previous_stage, a.step_back, a.play, a.step_forward, a.next_stage, a.last_step],
            self,
        )
        self.controls.seekRequested.connect(self.player.seek)
        self.controls.speedChosen.connect(self.player.set_speed)
        self.controls.speedChosen.connect(lambda _: self._on_playing_changed(self.player.is_playing()))
        self.controls.granularityChosen.connect(self.set_granularity)
        self.player.playingChanged.connect(self._on_playing_changed)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.strip)
        layout.addLayout(header)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self.controls)
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
        for dock in (self.input_dock, self.stages_dock, self.explanation_dock):
            self.actions.view_menu.addAction(dock.toggleViewAction())

    # -- navigation: every move is a position on the timeline ----------------------------------

    def set_stage(self, name: str) -> None:
        """Show stage ``name`` complete: its last step, for the current head."""
        if name in STAGES:
            self.player.seek(self._stage_end(name))

    def _stage_end(self, name: str) -> int:
        segment = self.timeline.segment_at(self.timeline.start_of(name, self.head))
        return segment.start + segment.count - 1

    def step_stage(self, delta: int) -> None:
        """To the start of the next stage; back to the start of this one, or of the one before
        when already there (as a media player's chapter buttons do)."""
        starts = self.timeline.stage_starts()
        position = self.player.position
        if delta > 0:
            later = [s for s in starts if s > position]
            self.player.seek(later[0] if later else self.player.length - 1)
        else:
            earlier = [s for s in starts if s < position]
            self.player.seek(earlier[-1] if earlier else 0)

    def step(self, delta: int) -> None:
        """One step along the lesson; in quiz mode, reveal the answer and then the next question."""
        self.quiz.step(delta) if self.quiz.active else self.player.step(delta)

    def set_head(self, head: int) -> None:
        """The same moment of another head's pipeline (shared stages are the same for all)."""
        head = min(max(head, 0), self.document.config.num_heads - 1)
        if head == self.head:
            return
        self.head = head
        step = self.timeline[self.player.position]
        if STAGE_BY_NAME[step.stage].per_head:
            self.player.seek(self.timeline.index_of(step.stage, head, step.local))
        else:
            self._show_step(self.player.position, force=True)

    def _on_head_selected(self, index: int) -> None:
        if index >= 0:
            self.set_head(index)

    def set_granularity(self, granularity: str) -> None:
        """Rebuild the timeline at another granularity, staying at the same stage."""
        if granularity != self.timeline.granularity:
            self._rebuild(self.document.trace, granularity)

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

    def choose_language(self, language: str) -> None:
        if self.language_switcher is not None and language != current_language():
            self.language_switcher(language)

    def set_presentation(self, on: bool) -> None:
        """Full screen for the class (F11); Esc leaves."""
        self.presentation.enter() if on else self.presentation.leave()
        self.actions.presentation.setChecked(self.presentation.active)
        self.actions.leave_presentation.setEnabled(self.presentation.active)  # Esc is free otherwise

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
        self._rebuild(trace, self.timeline.granularity)
        self._show_stage_context(trace)

    def _rebuild(self, trace: AttentionTrace, granularity: str) -> None:
        """A new timeline for a new trace or granularity; the position stays at the same stage
        (and the same relative place within it), even while playing."""
        old = self.timeline[self.player.position]
        self.timeline = build_timeline(trace, granularity)
        head = min(old.head if old.head is not None else self.head, trace.config.num_heads - 1)
        segment = self.timeline.segment_at(self.timeline.start_of(old.stage, head))
        local = (
            round(old.local * (segment.count - 1) / (old.count - 1)) if old.count > 1 else segment.count - 1
        )
        self.player.set_length(len(self.timeline), segment.start + local)

    def refresh(self) -> None:
        """Redraw the current step for the current trace, head and options."""
        self._show_step(self.player.position, force=True)

    def _show_step(self, index: int, force: bool = False) -> None:
        step = self.quiz.step_to_show(index)
        self.stage = step.stage
        if step.head is not None:
            self.head = step.head
        trace = self.document.trace
        if self.tabs.currentWidget() is self.heads_overview:
            self.heads_overview.show_trace(trace, self.options)
        else:
            self.stage_view.show_step(trace, step, self.options)
        self.controls.show_position(index, len(self.timeline), self.timeline.stage_starts())
        if force or self._context != (self.stage, self.head):
            self._show_stage_context(trace)

    def _show_stage_context(self, trace: AttentionTrace) -> None:
        """Everything that changes only with the stage or head: titles, lists, explanation, status."""
        self._context = (self.stage, self.head)
        stage = STAGE_BY_NAME[self.stage]
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
        self.explanation.show_stage(stage, trace, self.head if stage.per_head else None)
        status = QCoreApplication.translate("MainWindow", "Stage {number} of {count}: {title} — {shapes}")
        text = status.format(
            number=number, count=len(STAGES), title=title, shapes=shape_equation(trace, self.stage, self.head)
        )
        if stage.per_head:
            head_text = QCoreApplication.translate("MainWindow", "head {head} of {heads}")
            text += " — " + head_text.format(head=self.head + 1, heads=trace.config.num_heads)
        self.statusBar().showMessage(text)
        self.update_title()
        if self.comparisons is not None:
            self.comparisons.show_trace(trace, self.head, self.options)

    def show_comparisons(self) -> None:
        """Open, or bring forward, the side-by-side comparisons; they follow the trace and head."""
        if self.comparisons is None:
            from attn_gui.ui.comparison_window import ComparisonWindow

            self.comparisons = ComparisonWindow(self)
        self.comparisons.show_trace(self.document.trace, self.head, self.options)
        self.comparisons.show()
        self.comparisons.raise_()
        self.comparisons.activateWindow()

    def _on_playing_changed(self, playing: bool) -> None:
        self.actions.play.setText(
            QCoreApplication.translate("MainWindow", "Pause")
            if playing
            else QCoreApplication.translate("MainWindow", "Play")
        )
        for view in self.stage_view.views:  # highlights glide, but never lag behind the steps
            view.animation_ms = min(120, self.player.interval_ms // 2)

    def update_title(self) -> None:
        """The lesson's file name (or the sentence), with the platform's unsaved-changes mark."""
        if self.lessons.path is not None:
            name = self.lessons.path.name
        else:
            name = " ".join(self.document.config.tokens)
            name = name if len(name) <= 60 else name[:57] + "…"
        self.setWindowTitle(f"{name}[*] — attn-gui")
        self.setWindowModified(self.lessons.is_modified())

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

    def typing(self) -> tuple[bool, tuple[str, str]]:
        """Whether CJK text is split per character, and the sentences as typed ("我爱学习")."""
        split_cjk = self.input_panel.findChild(QCheckBox, "split_cjk").isChecked()
        tokens, kv_tokens = (self.input_panel.findChild(QLineEdit, n).text() for n in ("tokens", "kv_tokens"))
        return split_cjk, (tokens, kv_tokens)

    def load_lesson_state(self, lesson: Lesson) -> None:
        """Show a saved lesson: its configuration with its typed values, its place in the steps."""
        config = lesson.config
        panel_config = dataclasses.replace(config, edits=())
        self.input_panel.set_config(
            panel_config,
            lesson.split_cjk,
            tokens_text=lesson.tokens_text,
            kv_tokens_text=lesson.kv_tokens_text,
        )
        self.document.load(config)
        if lesson.granularity != self.timeline.granularity:
            self._rebuild(self.document.trace, lesson.granularity)
        self.head = min(lesson.head, config.num_heads - 1)
        if lesson.step is None:
            self.player.seek(self._stage_end(lesson.stage))
        else:
            segment = self.timeline.segment_at(self.timeline.start_of(lesson.stage, self.head))
            self.player.seek(segment.start + min(lesson.step, segment.count - 1))
        self.controls.granularity.blockSignals(True)
        self.controls.granularity.setCurrentIndex(self.controls.granularity.findData(lesson.granularity))
        self.controls.granularity.blockSignals(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith(SUFFIX) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [
            Path(url.toLocalFile()) for url in event.mimeData().urls() if url.toLocalFile().endswith(SUFFIX)
        ]
        if paths:
            event.acceptProposedAction()
            self.lessons.open(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lessons.maybe_discard():
            event.ignore()
            return
        if self.preferences is not None:
            split_cjk, texts = self.typing()
            self.preferences.set_config(self.document.config, split_cjk, texts)
            self.preferences.set_position(self.stage, self.head)
            self.preferences.set_view_options(self.options)
            self.preferences.set_theme(self.theme)
            self.preferences.set_font_points(QCoreApplication.instance().font().pointSizeF())
            self.preferences.set_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
