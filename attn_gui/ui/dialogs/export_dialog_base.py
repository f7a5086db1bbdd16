"""What every export dialog shares: the file (or folder) with Browse, a message under it, Save and
Cancel, and a second Save before anything that exists is replaced.

Problems are said inline under the path, never in a second dialog on top of this one, and
nothing is written unless the whole export succeeds.
"""

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attn_gui.export.write_errors import describe_write_error
from attn_gui.ui.input.field_errors import DARK_COLORS, LIGHT_COLORS, make_error_label

_W = TypeVar("_W", bound=QWidget)


def named(widget: _W, name: str) -> _W:
    """``widget`` with an object name, so tests and screen readers can find it."""
    widget.setObjectName(name)
    return widget


class ExportDialog(QDialog):
    """Subclasses add their fields with ``add_field`` and implement ``file_filter`` and
    ``write(path)``; a dialog that may write a folder of files also overrides ``writes_folder``
    and ``existing``. ``export()`` writes at once; the Save button first asks before replacing.
    """

    def __init__(self, title: str, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.path = named(QLineEdit(str(default_path)), "path")
        self.path.setClearButtonEnabled(True)
        self.browse = named(QPushButton(QCoreApplication.translate("ExportDialog", "&Browse…")), "browse")
        self.browse.setToolTip(
            QCoreApplication.translate("ExportDialog", "Choose the place in a file dialog.")
        )
        row = QHBoxLayout()
        row.addWidget(self.path, stretch=1)
        row.addWidget(self.browse)
        self.path_label = QLabel(QCoreApplication.translate("ExportDialog", "&File:"))
        self.path_label.setBuddy(self.path)
        self.form.addRow(self.path_label, row)
        self.error = make_error_label("export")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = named(QPushButton(), "save")
        self.save_button.setDefault(True)
        self.cancel_button = named(
            QPushButton(QCoreApplication.translate("ExportDialog", "Cancel")), "cancel"
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.side = QHBoxLayout()  # buttons that neither save nor close, on the left
        bottom = QHBoxLayout()
        bottom.addLayout(self.side)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(520)
        self._replace_confirmed: Path | None = None
        self.path.textEdited.connect(self.forget_message)
        self.browse.clicked.connect(self._browse)
        self.save_button.clicked.connect(self._save_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self._show_save_text()

    # -- what subclasses say --------------------------------------------------------------

    def add_field(self, text: str, field: QWidget) -> QLabel:
        """A labelled row above the path; the label's mnemonic focuses ``field``."""
        label = QLabel(text)
        label.setBuddy(field)
        self.form.insertRow(self.form.rowCount() - 1, label, field)
        return label

    def file_filter(self) -> str:
        raise NotImplementedError

    def writes_folder(self) -> bool:
        """True when the path names a folder to fill with files rather than one file."""
        return False

    def target(self) -> Path | None:
        """Where the path field says to write; None when it is empty."""
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def existing(self, path: Path) -> list[Path]:
        """The files that writing ``path`` would replace."""
        return [path] if path.exists() else []

    def write(self, path: Path) -> str | None:
        """Write ``path``; return a message instead when the options do not allow it."""
        raise NotImplementedError

    # -- the flow -------------------------------------------------------------------------

    def export(self) -> bool:
        """Write the file now; on success close the dialog, otherwise say why under the path."""
        path = self.target()
        if path is None:
            self.say(self._no_path_text())
            return False
        try:
            message = self.refusal(path) or self.write(path)
        except OSError as error:
            self.say(describe_write_error(error, path))
            return False
        if message:
            self.say(message)
            return False
        self.say("", error=False)
        self.accept()
        return True

    def refusal(self, path: Path) -> str | None:
        """Why ``path`` cannot be written with these choices, found before anything is drawn or
        written (None: it can)."""
        return None

    def _save_clicked(self) -> None:
        """Write and close; if that would replace files, say so first and wait for a second Save."""
        path = self.target()
        refusal = None if path is None else self.refusal(path)
        if refusal:  # said before "it exists": replacing it would not help
            self.say(refusal)
            return
        if path is not None and path != self._replace_confirmed:
            existing = self.existing(path)
            if existing:
                self._replace_confirmed = path
                self._show_save_text()
                self.say(self._replace_text(path, len(existing)))
                return
        self.export()

    def _browse(self) -> None:
        start = str(self.target() or Path.home())
        if self.writes_folder():
            chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), start)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), start, self.file_filter())
        if not chosen:
            return
        self.path.setText(chosen)
        self.forget_message()
        if not self.writes_folder():  # the file dialog has already asked before replacing a file
            self._replace_confirmed = self.target()
            self._show_save_text()

    def forget_message(self) -> None:
        """Something changed: a message or a confirmed replacement was about the old choice."""
        self._replace_confirmed = None
        self._show_save_text()
        self.say("", error=False)

    def say(self, text: str, error: bool = True) -> None:
        """Show ``text`` under the path, in the error colour if ``error``; empty hides it."""
        palette = QPalette()
        if error:
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(
                QPalette.ColorRole.WindowText, QColor((DARK_COLORS if dark else LIGHT_COLORS)[0])
            )
        self.error.setPalette(palette)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_save_text(self) -> None:
        self.save_button.setText(
            QCoreApplication.translate("ExportDialog", "&Replace")
            if self._replace_confirmed is not None
            else QCoreApplication.translate("ExportDialog", "&Save")
        )

    def _replace_text(self, path: Path, count: int) -> str:
        if self.writes_folder():
            return QCoreApplication.translate(
                "ExportDialog", "{count} of these files are already in {folder}. Save again to replace them."
            ).format(count=count, folder=path)
        return QCoreApplication.translate(
            "ExportDialog", "{file} already exists. Save again to replace it."
        ).format(file=path.name)

    def _no_path_text(self) -> str:
        if self.writes_folder():
            return QCoreApplication.translate("ExportDialog", "Choose a folder to save the files in.")
        return QCoreApplication.translate("ExportDialog", "Choose a file to save to.")
