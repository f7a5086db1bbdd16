"""Opening the main window as the command line asks, and rendering it to a file instead of showing it."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice
from PySide6.QtWidgets import QApplication

from attn_gui.core import AttentionConfig
from attn_gui.export.atomic import atomic_write
from attn_gui.export.lesson_file import Lesson
from attn_gui.i18n import model_error_text
from attn_gui.i18n.language import install_language, system_language
from attn_gui.models.errors import ModelError
from attn_gui.models.lesson.source import ModelLesson
from attn_gui.ui import appearance
from attn_gui.ui.application import application, quiet_offscreen_notices
from attn_gui.ui.window.main_window import MainWindow
from attn_gui.ui.window.preferences import Preferences


@dataclass(frozen=True)
class LaunchRequest:
    """What the command line asked for. ``config`` None means "the last lesson, as it was left"."""

    config: AttentionConfig | None
    model: ModelLesson | None = None  # a real model's layer instead of the toy (--model)
    lesson: Lesson | None = None
    lesson_path: Path | None = None
    stage: str | None = None
    head: int | None = None
    step: int | None = None
    split_cjk: bool = False
    texts: tuple[str | None, str | None] = (None, None)
    theme: str | None = None
    language: str | None = None
    screenshot: Path | None = None


def render_png(window: MainWindow) -> bytes:
    """The window as it would appear, as PNG bytes (works without a display)."""
    window.show()
    QApplication.processEvents()
    window.drawing.finish_animations()  # highlights at their places, not mid-slide
    QApplication.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    window.grab().save(buffer, "PNG")
    buffer.close()
    return data.data()


def create_window(request: LaunchRequest, preferences: Preferences | None) -> MainWindow:
    """The main window in the requested state; saved preferences fill in what was not asked."""
    language = request.language or (preferences.language() if preferences else None) or system_language()
    install_language(language)
    saved = preferences.position() if preferences else ("x", 0, 0, "auto")
    saved_stage, saved_head, saved_step, saved_granularity = saved
    config = request.config or (preferences.config() if preferences else None)
    theme = request.theme or (preferences.theme() if preferences else "light")
    appearance.apply_theme(theme)
    points = preferences.font_points() if preferences else None
    if points:
        appearance.set_font_points(points)
    split_cjk, texts = request.split_cjk, request.texts
    if request.config is None and preferences is not None:
        split_cjk, texts = preferences.typing()
    window = MainWindow(
        config or AttentionConfig(tokens=("I", "love", "learning")),
        preferences=preferences,
        stage=request.stage or saved_stage,
        head=request.head if request.head is not None else saved_head,
        # A stage asked for shows complete, or at --step (counted a term at a time); otherwise
        # where the lesson was left.
        step=request.step if request.stage else saved_step,
        granularity=("term" if request.step is not None else "auto") if request.stage else saved_granularity,
        split_cjk=split_cjk,
        texts=texts,
    )
    window.theme = theme
    window.language_switcher = lambda chosen: switch_language(window, chosen)
    if request.lesson is not None:
        window.lessons.apply(request.lesson, request.lesson_path)
    elif request.model is not None:  # checked by the command line: it loads
        step = request.step if request.stage else 0
        _show_model(window, request.model, request.stage or "x_in", request.head or 0, step)
    elif request.config is None and preferences is not None and (saved := preferences.model()) is not None:
        try:  # the model left open last time, where it was left; gone since, the toy stays
            _show_model(window, saved, saved_stage, saved_head, saved_step)
        except ModelError as error:
            window.statusBar().showMessage(model_error_text(error))
    return window


def _show_model(window: MainWindow, lesson: ModelLesson, stage: str, head: int, step: int | None) -> None:
    """``lesson`` shown at ``stage`` (complete when ``step`` is None), as opened: unchanged."""
    window.model_mode.apply(lesson)
    window.input_panel.set_model(lesson)
    window.navigator.head = min(head, window.document.trace.num_heads - 1)
    window.navigator.seek_in_stage(stage, step)
    window.lessons.restore_saved_content(window.lessons.current_content())


def switch_language(old: MainWindow, language: str) -> MainWindow:
    """Change the interface language at run time by building the window afresh in it, with
    the same lesson, place, view and layout: every text is then translated once, at creation."""
    install_language(language)
    if old.preferences is not None:
        old.preferences.set_language(language)
    presenting, quiz, score, position = (
        old.presentation.active,
        old.quiz.active,
        old.quiz.score,
        old.player.position,
    )
    # Presenting, the new window starts from the layout before presentation mode, then presents.
    geometry, state = old.presentation.hand_over() if presenting else (old.saveGeometry(), old.saveState())
    lesson, path, saved = old.lessons.snapshot(), old.lessons.path, old.lessons.saved_content()
    new = MainWindow(
        lesson.config,
        preferences=old.preferences,
        stage=lesson.stage,
        head=lesson.head,
        step=lesson.step,
        granularity=lesson.granularity,
    )
    new.theme = old.theme
    new.lessons.apply(lesson, path)
    new.lessons.restore_saved_content(saved)  # unsaved changes stay unsaved
    new.restoreGeometry(geometry)
    new.restoreState(state)
    new.language_switcher = lambda chosen: switch_language(new, chosen)
    new.show()
    if quiz:  # the same question, the same score
        new.quiz.set_active(True)
        new.quiz.score = score
        new.player.seek(position)
    if presenting:
        new.set_presentation(True)
    old.lessons.restore_saved_content(old.lessons.current_content())  # nothing to ask: it lives on
    old.close()
    old.deleteLater()
    _windows[:] = [new]
    return new


_windows: list[MainWindow] = []  # the window being shown, which may be rebuilt in another language


def run_app(request: LaunchRequest) -> int:
    """Open the main window; with ``request.screenshot``, render it to that file and exit.

    A screenshot uses neither saved preferences nor the saved lesson, so that it shows exactly
    what the command line says, the same on every machine.
    """
    app = application()
    if request.screenshot:
        quiet_offscreen_notices()
    preferences = None if request.screenshot else Preferences()
    window = create_window(request, preferences)
    _windows[:] = [window]
    try:
        if request.screenshot is not None:
            png = render_png(window)
            atomic_write(request.screenshot, lambda stream: stream.write(png))
            return 0
        window.show()
        return app.exec()
    finally:
        # Destroy the window while Qt is still alive: left to interpreter shutdown,
        # pyqtgraph's items are torn down in the wrong order and the process segfaults.
        for shown in (*_windows, window):
            shown.close()
            shown.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
