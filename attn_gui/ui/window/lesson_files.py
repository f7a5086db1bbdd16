"""Lessons on disk for the window: open, save, recent files, drag-and-drop, unsaved changes.

A teacher prepares a lesson the night before (sentence, sizes, typed values, where to start)
and opens it in class. Moving through the steps does not count as a change worth a question
on closing; changing what is computed does.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from attn_gui.export.lesson_file import SUFFIX, Lesson, LessonError, load_lesson, save_lesson
from attn_gui.export.write_errors import describe_write_error
from attn_gui.i18n import lesson_error_text, model_error_text
from attn_gui.models.errors import ModelError

MAX_RECENT = 8


class LessonFiles(QObject):
    """The File menu's commands for lessons, and what they remember.

    ``snapshot()`` gives the lesson on screen and ``show(lesson)`` puts one on screen; ``changed``
    says that the file name or the saved state changed (the window title follows), ``failed`` a
    problem in one sentence (after the message box).
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        settings: QSettings | None,
        snapshot: Callable[[], Lesson],
        show: Callable[[Lesson], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.snapshot = snapshot
        self._show = show
        self.path: Path | None = None
        self._saved = self._content()
        self.recent_menu = QMenu(QCoreApplication.translate("LessonFiles", "Open &recent"), parent)
        self._fill_recent()

    # -- what a lesson holds ---------------------------------------------------------------

    def _content(self) -> tuple:
        lesson = self.snapshot()
        return (lesson.config, lesson.model, lesson.split_cjk, lesson.tokens_text, lesson.kv_tokens_text)

    def is_modified(self) -> bool:
        return self._content() != self._saved

    def current_content(self) -> tuple:
        return self._content()

    def saved_content(self) -> tuple:
        return self._saved

    def restore_saved_content(self, content: tuple) -> None:
        """Carry the last-saved state over to a rebuilt window (a language change)."""
        self._saved = content
        self.changed.emit()

    def apply(self, lesson: Lesson, path: Path | None) -> None:
        """Show ``lesson`` exactly as saved; the undo history starts afresh."""
        self._show(lesson)
        self.path = path
        self._saved = self._content()
        self.changed.emit()

    # -- commands --------------------------------------------------------------------------

    def open(self, path: Path | None = None) -> bool:
        """Open a lesson (asking for a file when none is given); a bad file changes nothing."""
        if not self.maybe_discard():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                QCoreApplication.translate("LessonFiles", "Open lesson"),
                str(self.path.parent if self.path else Path.home()),
                QCoreApplication.translate("LessonFiles", "Lessons (*{suffix})").format(suffix=SUFFIX),
            )
            if not name:
                return False
            path = Path(name)
        try:
            lesson = load_lesson(path)
            self.apply(lesson, path)
        except (LessonError, ModelError) as error:  # a lesson of a model that is not here
            text = lesson_error_text(error) if isinstance(error, LessonError) else model_error_text(error)
            self._complain(QCoreApplication.translate("LessonFiles", "Could not open the lesson"), text)
            return False
        self._remember(path)
        return True

    def save(self) -> bool:
        return self.save_as(self.path) if self.path is not None else self.save_as()

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                QCoreApplication.translate("LessonFiles", "Save lesson"),
                str(self.path or Path.home() / f"lesson{SUFFIX}"),
                QCoreApplication.translate("LessonFiles", "Lessons (*{suffix})").format(suffix=SUFFIX),
            )
            if not name:
                return False
            path = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
        try:
            save_lesson(self.snapshot(), path)
        except OSError as error:
            self._complain(
                QCoreApplication.translate("LessonFiles", "Could not save the lesson"),
                describe_write_error(error, path),
            )
            return False
        self.path = path
        self._saved = self._content()
        self._remember(path)
        self.changed.emit()
        return True

    def maybe_discard(self) -> bool:
        """True when it is fine to replace or close the lesson: saved, discarded, or unchanged."""
        if not self.is_modified():  # the title's mark and this question always agree
            return True
        answer = QMessageBox.question(
            self.parent_widget,
            QCoreApplication.translate("LessonFiles", "Unsaved changes"),
            QCoreApplication.translate(
                "LessonFiles", "The lesson has changes that are not saved. Save them first?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- recent files ----------------------------------------------------------------------

    def recent(self) -> list[Path]:
        if self.settings is None:
            return []
        value = self.settings.value("lessons/recent", [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(n) for n in names if isinstance(n, str)]

    def _remember(self, path: Path) -> None:
        if self.settings is None:
            return
        paths = [path.resolve(), *(p for p in self.recent() if p != path.resolve())][:MAX_RECENT]
        self.settings.setValue("lessons/recent", [str(p) for p in paths])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            action = QAction(path.name, self.recent_menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open(p))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _complain(self, title: str, message: str) -> None:
        """One plain message; the window keeps showing what it showed."""
        self.last_error = message
        QMessageBox.warning(self.parent_widget, title, message)
        self.failed.emit(message)
