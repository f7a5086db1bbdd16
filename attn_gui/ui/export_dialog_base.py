"""What every export dialog shares: a file field with Browse, an inline error, Export and Cancel."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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


class ExportDialog(QDialog):
    """Subclasses add their options to ``form`` and implement ``write(path)``.

    A failure is shown inside the dialog, which stays open with everything as typed; nothing
    is written unless the whole export succeeds.
    """

    def __init__(
        self, title: str, file_filter: str, default_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._filter = file_filter
        self.form = QFormLayout()
        self.path = QLineEdit(str(Path.home() / default_name), self)
        self.path.setObjectName("path")
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, stretch=1)
        row.addWidget(browse)
        self.form.addRow(QCoreApplication.translate("ExportDialog", "&File:"), row)
        self.error = QLabel(self)
        self.error.setObjectName("export_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c00000;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), self._filter)
        if name:
            self.path.setText(name)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def export(self) -> bool:
        """Write the file; on success close the dialog, otherwise say why inside it."""
        path = Path(self.path.text()).expanduser()
        self.error.hide()
        try:
            message = self.write(path)
        except OSError as error:
            self.show_error(describe_write_error(error, path))
            return False
        if message:
            self.show_error(message)
            return False
        self.accept()
        return True

    def write(self, path: Path) -> str | None:
        """Write ``path``; return a message instead when the options do not allow it."""
        raise NotImplementedError
