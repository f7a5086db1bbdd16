"""The teacher's screen: input panel, stage navigator, the current stage, and its explanation.

The window composes the parts and wires them; each part is handed what it needs (the document,
the navigator, a widget, a few callables), never the window itself.
"""

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import AttentionConfig, AttentionTrace
from attn_gui.export.lesson_file import SUFFIX, Lesson
from attn_gui.i18n.language import current_language
from attn_gui.timeline.stage_matrices import shape_equation
from attn_gui.timeline.timeline import Timeline
from attn_gui.ui import appearance
from attn_gui.ui.dialogs.export_commands import ExportCommands
from attn_gui.ui.model_mode.mode import ModelMode
from attn_gui.ui.player.navigator import Navigator
from attn_gui.ui.player.player_controls import PlayerControls
from attn_gui.ui.player.stage_navigator import PipelineStrip
from attn_gui.ui.quiz.quiz_controller import QuizController
from attn_gui.ui.quiz.quiz_panel import QuizPanel
from attn_gui.ui.stage.drawing import StageDrawing
from attn_gui.ui.stage.equation_text import where_text
from attn_gui.ui.stage.heads_overview import HeadsOverview
from attn_gui.ui.stage.view_options import ViewOptions
from attn_gui.ui.window.actions import create_actions
from attn_gui.ui.window.docks import build_docks
from attn_gui.ui.window.document import LessonDocument
from attn_gui.ui.window.keyboard import ClickerKeys
from attn_gui.ui.window.lesson_files import LessonFiles
from attn_gui.ui.window.menus import build_menus, show_about
from attn_gui.ui.window.preferences import Preferences
from attn_gui.ui.window.presentation import Presentation

if TYPE_CHECKING:  # imported when first opened: the comparisons are not needed to start
    from attn_gui.ui.compare.comparison_window import ComparisonWindow

ZOOM_STEP = 2.0
DEFAULT_SIZE = QSize(1400, 860)


class MainWindow(QMainWindow):
    """Data flows one way: the input panel sets the document's configuration, the document
    recomputes the trace, and every view redraws from it (views never compute attention)."""

    def __init__(
        self,
        config: AttentionConfig,
        preferences: Preferences | None = None,
        stage: str = "x",
        head: int = 0,
        step: int | None = 0,
        granularity: str = "auto",
        split_cjk: bool = False,
        texts: tuple[str | None, str | None] = (None, None),
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.preferences = preferences
        self.document = LessonDocument(config, self)
        self.options = preferences.view_options() if preferences else ViewOptions()
        self.theme = preferences.theme() if preferences else "system"
        self.navigator = Navigator(self.document.trace, stage, head, step, granularity, self)
        self.player = self.navigator.player
        self._context: tuple[str, int] | None = None  # the stage and head the titles show
        self._layouts: dict[float, tuple[QSize, QByteArray]] = {}  # by text size: see change_font_size
        self.comparisons: ComparisonWindow | None = None  # made when first opened (Ctrl+K)
        # Set by the application: a language change rebuilds the window in the new language.
        self.language_switcher: Callable[[str], object] | None = None
        self.actions = create_actions(
            self, self.document.undo_stack, self.theme, self.options.decimals, current_language()
        )
        self.menus = build_menus(self, self.actions)
        self._build_central()
        self._build_docks(split_cjk, texts)
        self.presentation = Presentation(
            self,
            (*self._docks(), self.menus.toolbar, self.statusBar()),
            self.drawing,
            self.controls,
            lambda: self.theme,
        )
        self.lessons = LessonFiles(
            self,
            preferences.settings if preferences else None,
            snapshot=self.lesson_snapshot,
            show=self._show_lesson,
        )
        self.lessons.changed.connect(self.update_title)
        self.lessons.failed.connect(self.statusBar().showMessage)
        self.menus.file.insertMenu(self.actions.save_lesson, self.lessons.recent_menu)
        self.exports = ExportCommands(
            self.drawing, self.navigator, lambda: self.document.trace, lambda: self.options, self
        )
        self.quiz = QuizController(
            self.navigator,
            self.quiz_panel,
            lambda: self.options.decimals,
            self.explanation.pin_cell,
            self,
        )
        self.quiz.modeChanged.connect(self._on_quiz_mode)
        self.quiz.redrawRequested.connect(self.refresh)
        self._connect_actions()
        self.document.traceChanged.connect(self._on_trace_changed)
        self.navigator.stepChanged.connect(self._show_step)
        self.navigator.timelineChanged.connect(self._on_timeline_changed)
        self._on_timeline_changed(self.timeline)  # the granularity it opens with, in its box
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_colour_scheme_changed)
        self.clicker = ClickerKeys(self)
        self.setAcceptDrops(True)  # a lesson file dropped on the window opens
        self.resize(self._default_size())
        self._restore_window()
        self._fill_heads(self.document.trace)
        self._show_edits(self.document.trace)
        self.refresh()

    def _default_size(self) -> QSize:
        """1400 × 860, as on a projector, or as much of a smaller screen as it can take (the
        offscreen platform's screen is make-believe: screenshots keep the projector's size)."""
        room = self.screen().availableGeometry().size() * 0.95
        if QGuiApplication.platformName() == "offscreen" or not room.isValid():
            return DEFAULT_SIZE
        return DEFAULT_SIZE.boundedTo(room)

    # -- the navigator's place, for the views and the tests ----------------------------------

    @property
    def timeline(self) -> Timeline:
        return self.navigator.timeline

    @property
    def stage(self) -> str:
        return self.navigator.stage

    @property
    def head(self) -> int:
        return self.navigator.head

    # -- building ---------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.strip = PipelineStrip(self)
        self.strip.stageSelected.connect(self.set_stage)
        self.head_selector = QComboBox(self)
        self.head_selector.setObjectName("head_selector")
        # As wide as its entries, whichever lesson filled it ("1 of 2", then a model's "1 of 12").
        self.head_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.head_selector.setToolTip(
            QCoreApplication.translate("MainWindow", "Which head's Q, K, V and weights to show")
        )
        self.head_selector.currentIndexChanged.connect(self._on_head_selected)
        self.stage_title = QLabel(self)
        self.stage_title.setObjectName("stage_title")
        header = QHBoxLayout()
        header.addWidget(self.stage_title, stretch=1)
        self._header = header  # the model mode puts its layer selector before the head's
        header.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Head:"), self))
        header.addWidget(self.head_selector)
        self.drawing = StageDrawing(self)
        self.drawing.cellEdited.connect(self.document.edit_cell)
        self.heads_overview = HeadsOverview(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("view_tabs")
        self.tabs.addTab(self.drawing, QCoreApplication.translate("MainWindow", "Stage"))
        self.tabs.addTab(self.heads_overview, QCoreApplication.translate("MainWindow", "All heads"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        # Clicking a tab, a list or the slider must not take the lesson's keys (arrows, Space).
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.head_selector.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.controls = PlayerControls(self.actions.transport(), self)
        self.controls.seekRequested.connect(self.player.seek)
        self.controls.speedChosen.connect(self.player.set_speed)
        self.controls.speedChosen.connect(lambda _: self._on_playing_changed(self.player.is_playing()))
        self.controls.granularityChosen.connect(self.navigator.set_granularity)
        self.player.playingChanged.connect(self._on_playing_changed)
        self.quiz_panel = QuizPanel(self)  # a bar just above the transport controls
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.strip)
        layout.addLayout(header)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self.quiz_panel)
        layout.addWidget(self.controls)
        self.setCentralWidget(central)
        self._update_title_font()

    def _build_docks(self, split_cjk: bool, texts: tuple[str | None, str | None]) -> None:
        docks = build_docks(self, self.document.config, split_cjk, texts)
        self.input_panel, self.stage_list, self.explanation = (
            docks.input_panel,
            docks.stage_list,
            docks.explanation,
        )
        self.input_dock, self.stages_dock, self.explanation_dock = docks.all()
        self.input_panel.configChanged.connect(self.document.set_config)
        self.model_mode = ModelMode(
            self.document,
            self.input_panel,
            self.statusBar().showMessage,
            self.tabs,
            (lambda: self.navigator.head, self.set_head),
            self,
        )
        self.model_mode.set_view_options(self.options)
        for index, widget in enumerate(self.model_mode.selectors.widgets, start=1):
            self._header.insertWidget(index, widget)
        self.input_panel.resetEditsRequested.connect(self.document.reset_edits)
        self.input_panel.finished.connect(self.focus_lesson)
        self.stage_list.stageSelected.connect(self.set_stage)
        self.stage_list.stageSelected.connect(self.focus_lesson)
        self.drawing.cellPinned.connect(self.explanation.pin_cell)
        for dock in docks.all():
            self.menus.view.addAction(dock.toggleViewAction())

    def _docks(self) -> tuple[QDockWidget, ...]:
        return (self.input_dock, self.stages_dock, self.explanation_dock)

    def _connect_actions(self) -> None:
        a, nav, player = self.actions, self.navigator, self.player
        slots: list[tuple[object, Callable[..., object]]] = [
            (a.open_lesson, lambda: self.lessons.open()),
            (a.open_model_folder, self.model_mode.open_folder),
            (a.save_lesson, lambda: self.lessons.save()),
            (a.save_lesson_as, lambda: self.lessons.save_as()),
            (a.export_figure, lambda: self.exports.figure()),
            (a.copy_figure, lambda: self.exports.copy_figure()),
            (a.export_animation, lambda: self.exports.animation()),
            (a.export_matrix, lambda: self.exports.matrix()),
            (a.copy_matrix, lambda: self.exports.copy_matrix()),
            (a.quit, self.close),
            (a.reset_edits, self.document.reset_edits),
            (a.play, player.toggle),
            (a.step_forward, lambda: self.step(1)),
            (a.step_back, lambda: self.step(-1)),
            (a.next_stage, lambda: nav.step_stage(1)),
            (a.previous_stage, lambda: nav.step_stage(-1)),
            (a.first_step, lambda: player.seek(0)),
            (a.last_step, lambda: player.seek(player.length - 1)),
            (a.quiz, self.quiz.set_active),
            (a.presentation, self.set_presentation),
            (a.leave_presentation, lambda: self.set_presentation(False)),
            (a.next_head, lambda: self.set_head(self.head + 1)),
            (a.previous_head, lambda: self.set_head(self.head - 1)),
            (a.compare, lambda: self.show_comparisons()),
            (a.zoom_in, lambda: self.change_font_size(ZOOM_STEP)),
            (a.zoom_out, lambda: self.change_font_size(-ZOOM_STEP)),
            (a.magnify, lambda: self.drawing.zoom(1)),
            (a.shrink, lambda: self.drawing.zoom(-1)),
            (a.fit, self.drawing.fit),
            (a.percent, lambda on: self.set_view_options(dataclasses.replace(self.options, percent=on))),
            (
                a.colour_blind,
                lambda on: self.set_view_options(dataclasses.replace(self.options, colour_blind=on)),
            ),
            (a.about, lambda: show_about(self)),
        ]
        for action, slot in slots:
            action.triggered.connect(slot)
        a.percent.setChecked(self.options.percent)
        a.colour_blind.setChecked(self.options.colour_blind)
        a.themes.triggered.connect(lambda action: self.set_theme(action.data()))
        a.decimals.triggered.connect(
            lambda action: self.set_view_options(dataclasses.replace(self.options, decimals=action.data()))
        )
        a.languages.triggered.connect(lambda action: self.choose_language(action.data()))

    # -- commands ---------------------------------------------------------------------------

    def focus_lesson(self) -> None:
        """Give the keyboard back to the lesson: Space plays, the arrows step, not a text field."""
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def set_stage(self, name: str) -> None:
        """Show stage ``name`` complete: its last step, for the current head."""
        self.navigator.set_stage(name)

    def step(self, delta: int) -> None:
        """One step along the lesson; in quiz mode, reveal the answer and then the next question."""
        self.quiz.step(delta) if self.quiz.active else self.player.step(delta)

    def set_head(self, head: int) -> None:
        """The same moment of another head's pipeline (shared stages are the same for all)."""
        self.navigator.set_head(head)

    def _on_head_selected(self, index: int) -> None:
        if index >= 0:
            self.set_head(index)

    def set_granularity(self, granularity: str) -> None:
        """Rebuild the timeline at another granularity, staying at the same stage."""
        self.navigator.set_granularity(granularity)

    def set_view_options(self, options: ViewOptions) -> None:
        self.options = options
        self.model_mode.set_view_options(options)
        self.refresh()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        appearance.apply_theme(theme)

    def _on_colour_scheme_changed(self) -> None:
        if self.theme == "system":
            appearance.apply_theme("system")

    def change_font_size(self, delta: float) -> None:
        """Larger or smaller text everywhere. The layout seen last at each text size comes back
        with it, so n × Ctrl+= and then n × Ctrl+- give back the window as it was."""
        before = QApplication.font().pointSizeF()
        self._layouts[before] = (self.size(), self.saveState())
        points = appearance.set_font_points(before + delta)
        QApplication.sendPostedEvents()  # every widget takes the new size before the layout is set
        if points in self._layouts:
            size, state = self._layouts[points]
            if not (self.isMaximized() or self.isFullScreen()):
                self.resize(size)
            self.restoreState(state)

    def choose_language(self, language: str) -> None:
        if self.language_switcher is not None and language != current_language():
            self.language_switcher(language)

    def set_presentation(self, on: bool) -> None:
        """Full screen for the class (F11); Esc leaves."""
        self.presentation.enter() if on else self.presentation.leave()
        self.actions.presentation.setChecked(self.presentation.active)
        self.actions.leave_presentation.setEnabled(self.presentation.active)  # Esc is free otherwise

    def show_comparisons(self) -> None:
        """Open, or bring forward, the side-by-side comparisons; they follow the trace and head."""
        if self.comparisons is None:
            from attn_gui.ui.compare.comparison_window import ComparisonWindow

            self.comparisons = ComparisonWindow(self)
        self.comparisons.show_trace(self.document.trace, self.head, self.options)
        self.comparisons.show()
        self.comparisons.raise_()
        self.comparisons.activateWindow()

    # -- showing ----------------------------------------------------------------------------

    def _on_trace_changed(self, trace: AttentionTrace) -> None:
        # The translator's next-word layer has no attention weights to set side by side.
        self.tabs.setTabVisible(self.tabs.indexOf(self.heads_overview), "weights" in trace.stage_names)
        self._fill_heads(trace)
        self._show_edits(trace)
        self.navigator.set_trace(trace)
        self._show_stage_context(trace)

    def _fill_heads(self, trace: AttentionTrace) -> None:
        with QSignalBlocker(self.head_selector):
            self.head_selector.clear()
            for h in range(trace.num_heads):
                label = QCoreApplication.translate("MainWindow", "{head} of {heads}")
                self.head_selector.addItem(label.format(head=h + 1, heads=trace.num_heads))

    def _show_edits(self, trace: AttentionTrace) -> None:
        edited = bool(self.document.config.edits)
        self.input_panel.set_edits_present(edited)
        self.actions.reset_edits.setEnabled(edited)

    def _on_timeline_changed(self, timeline: Timeline) -> None:
        with QSignalBlocker(self.controls.granularity):
            self.controls.granularity.setCurrentIndex(
                self.controls.granularity.findData(timeline.granularity)
            )

    def _on_quiz_mode(self, on: bool) -> None:
        """The quiz's bar tells the captions; playing and the granularity wait until it ends."""
        self.actions.quiz.setChecked(on)
        if on:
            self.tabs.setCurrentWidget(self.drawing)  # the heads overview shows every weight
        self.drawing.caption.setVisible(not on)
        self.explanation.set_quiz(on)
        self.model_mode.set_quiz(on)
        self.actions.play.setEnabled(not on)
        self.controls.granularity.setEnabled(not on)

    def refresh(self) -> None:
        """Redraw the current step for the current trace, head and options."""
        self._show_step(self.player.position, force=True)

    def _show_step(self, index: int, force: bool = False) -> None:
        step = self.quiz.step_to_show(index)
        trace = self.document.trace
        if self.tabs.currentWidget() is self.heads_overview and "weights" in trace.stage_names:
            self.heads_overview.show_trace(trace, self.options)
        else:
            self.drawing.show_step(trace, step, self.options)
            if self.quiz.active:  # again once the new matrices are laid out
                self._show_givens()
                QTimer.singleShot(0, self, self._show_givens)
        where = where_text(self.timeline[index].where)
        self.controls.show_position(index, len(self.timeline), self.timeline.stage_starts(), where)
        if self._context is not None and self._context != (self.stage, self.head):
            self.explanation.clear_pin()  # a pinned cell is one of the stage it was pinned in
        if force or self._context != (self.stage, self.head):
            self._show_stage_context(trace)

    def _show_givens(self) -> None:
        self.quiz_panel.show_givens(self.drawing.operands_readable())

    def _show_stage_context(self, trace: AttentionTrace) -> None:
        """Everything that changes only with the stage or head: titles, lists, explanation, status."""
        self._context = (self.stage, self.head)
        self.model_mode.show_head(self.head)
        stage = trace.stage(self.stage)
        with QSignalBlocker(self.head_selector):
            self.head_selector.setCurrentIndex(self.head)
        self.head_selector.setEnabled(stage.per_head)
        title = QCoreApplication.translate("Stage", stage.title)
        number = trace.stage_names.index(self.stage) + 1
        self.stage_title.setText(f"{number}. {title}")
        self.strip.show_trace(trace)
        self.strip.set_current(self.stage)
        self.stage_list.set_trace(trace, self.head)
        self.stage_list.set_current(self.stage)
        self.explanation.show_stage(stage, trace, self.head if stage.per_head else None)
        status = QCoreApplication.translate("MainWindow", "Stage {number} of {count}: {title} — {shapes}")
        text = status.format(
            number=number,
            count=len(trace.stages),
            title=title,
            shapes=shape_equation(trace, self.stage, self.head),
        )
        if stage.per_head:
            head_text = QCoreApplication.translate("MainWindow", "head {head} of {heads}")
            text += " — " + head_text.format(head=self.head + 1, heads=trace.num_heads)
        self.statusBar().showMessage(text)
        self.update_title()
        if self.comparisons is not None:
            self.comparisons.show_trace(trace, self.head, self.options)

    def _on_playing_changed(self, playing: bool) -> None:
        self.actions.play.setText(
            QCoreApplication.translate("MainWindow", "Pause")
            if playing
            else QCoreApplication.translate("MainWindow", "Play")
        )
        self.drawing.set_animation_ms(min(120, self.player.interval_ms // 2))  # glide, never lag

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

    # -- lessons and persistence --------------------------------------------------------------

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
        kv_tokens = self.input_panel.findChild(QLineEdit, "kv_tokens").text()
        return split_cjk, (self.input_panel.toy_sentence(), kv_tokens)

    def lesson_snapshot(self) -> Lesson:
        """The window as a lesson: what is computed, how it was typed, where we are."""
        step = self.navigator.step()
        split_cjk, (tokens_text, kv_text) = self.typing()
        return Lesson(
            config=self.document.config,
            model=self.document.model,
            split_cjk=split_cjk,
            tokens_text=tokens_text or None,
            kv_tokens_text=kv_text or None,
            stage=step.stage,
            head=step.head if step.head is not None else self.head,
            step=None if step.local == step.count - 1 else step.local,
            granularity=self.timeline.granularity,
            decimals=self.options.decimals,
            percent=self.options.percent,
            theme=self.theme,
        )

    def _show_lesson(self, lesson: Lesson) -> None:
        """Show a saved lesson: its configuration with its typed values, its place in the steps,
        its view options and colours."""
        config = lesson.config
        if lesson.model is not None:  # first, so that a model missing here changes nothing
            self.model_mode.apply(lesson.model)
        self.input_panel.set_config(
            dataclasses.replace(config, edits=()),
            lesson.split_cjk,
            tokens_text=lesson.tokens_text,
            kv_tokens_text=lesson.kv_tokens_text,
        )
        self.document.load(config)
        self.model_mode.apply(lesson.model)  # for a toy lesson: back from a model, if one was shown
        self.input_panel.set_model(lesson.model)
        self.navigator.set_granularity(lesson.granularity)
        self.navigator.head = min(lesson.head, self.document.trace.num_heads - 1)
        self.navigator.seek_in_stage(lesson.stage, lesson.step)
        self.set_view_options(ViewOptions(decimals=lesson.decimals, percent=lesson.percent))
        if lesson.theme:
            self.set_theme(lesson.theme)

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
            self.preferences.set_model(self.document.model)
            step = self.navigator.step()
            self.preferences.set_position(self.stage, self.head, step.local, self.timeline.granularity)
            self.preferences.set_view_options(self.options)
            self.preferences.set_theme(self.theme)
            self.preferences.set_font_points(QCoreApplication.instance().font().pointSizeF())
            self.preferences.set_window_state(self.saveGeometry(), self.saveState())
        if self.comparisons is not None:  # it belongs to this window: it goes with it
            self.comparisons.close()
        super().closeEvent(event)
