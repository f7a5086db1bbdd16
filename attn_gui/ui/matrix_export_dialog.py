"""File → Export matrices: one matrix or all of them, in the format a slide or notebook needs.

Problems are said inline under the path, never in a second dialog on top of this one.
"""

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attn_gui.core import AttentionTrace, TraceMatrix
from attn_gui.export.matrix_formats import (
    ALL_MATRICES_FORMATS,
    MAX_PRECISION,
    TEX_ENVIRONMENTS,
    ExportError,
    MatrixExportOptions,
    each_matrix,
    export_matrices,
    matrix_file_name,
    tsv_text,
)
from attn_gui.export.write_errors import describe_write_error
from attn_gui.ui.field_errors import DARK_COLORS, LIGHT_COLORS, make_error_label
from attn_gui.ui.stage_view import matrix_title  # "Q (head 2)", as the stage view titles it

FORMATS = (".csv", ".npy", ".npz", ".json", ".tex", ".md")  # the order of the Format list
ROUNDED = (".tex", ".md")  # the formats that use the Decimals setting
ALL = -1  # the matrix list's data for "All matrices"
_W = TypeVar("_W", bound=QWidget)


def copy_matrix_to_clipboard(matrix: TraceMatrix, precision: int | None = None) -> None:
    """Put ``matrix`` on the clipboard as tab-separated text, which spreadsheets paste into cells."""
    QGuiApplication.clipboard().setText(tsv_text(matrix, precision))


def suggested_name(matrix: TraceMatrix | None, suffix: str) -> str:
    """A file name for the choice ('q_head2.csv', 'attention.npz'), or a folder's for all matrices."""
    if suffix in ALL_MATRICES_FORMATS:
        return f"attention{suffix}"
    if matrix is None:
        return f"attention_{suffix.removeprefix('.')}"
    return matrix_file_name(matrix, suffix)


def retarget(path: Path, old_suggestion: str, new_suggestion: str, suffix: str | None) -> Path:
    """The path after the matrix or format changed; it stays in its folder.

    A suggested name follows the new choice; a typed one keeps its stem and takes the new
    format's extension (``suffix``), or none when ``suffix`` is None because it names a folder.
    """
    if path.name in ("", old_suggestion):
        return path.with_name(new_suggestion) if path.name else path / new_suggestion
    stem = path.stem if path.suffix.lower() in FORMATS else path.name
    return path.with_name(stem + (suffix or ""))


def _documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _format_texts() -> dict[str, tuple[str, str]]:
    """Each format's entry in the list and its tooltip, by extension."""
    return {
        ".csv": (
            QCoreApplication.translate("MatrixExportDialog", "CSV spreadsheet (.csv)"),
            QCoreApplication.translate(
                "MatrixExportDialog",
                "Every digit, with the token labels as the first row and column. "
                "Opens in LibreOffice Calc and Excel, Chinese included.",
            ),
        ),
        ".npy": (
            QCoreApplication.translate("MatrixExportDialog", "NumPy array (.npy)"),
            QCoreApplication.translate(
                "MatrixExportDialog", "The numbers alone, every digit, for np.load in a notebook."
            ),
        ),
        ".npz": (
            QCoreApplication.translate("MatrixExportDialog", "NumPy archive, every matrix (.npz)"),
            QCoreApplication.translate(
                "MatrixExportDialog",
                "Every matrix under its stage name in one file; "
                "per-head matrices are stacked on a leading head axis.",
            ),
        ),
        ".json": (
            QCoreApplication.translate("MatrixExportDialog", "JSON, every matrix (.json)"),
            QCoreApplication.translate(
                "MatrixExportDialog", 'Every matrix with its labels and the settings; −∞ is written "-inf".'
            ),
        ),
        ".tex": (
            QCoreApplication.translate("MatrixExportDialog", "LaTeX matrix (.tex)"),
            QCoreApplication.translate(
                "MatrixExportDialog",
                "An amsmath matrix for slides and handouts, rounded to the chosen decimals; "
                "the labels are in comments.",
            ),
        ),
        ".md": (
            QCoreApplication.translate("MatrixExportDialog", "Markdown table (.md)"),
            QCoreApplication.translate(
                "MatrixExportDialog",
                "A table with the labels for notes, wikis and GitHub, rounded to the chosen decimals.",
            ),
        ),
    }


class MatrixExportDialog(QDialog):
    """Choose a matrix (or all), a format and where to save; ``export()`` writes it.

    ``initial_matrix`` is (stage name, 0-based head), e.g. what the window shows; None or a
    name the trace lacks starts on "All matrices". Save writes and closes; it replaces
    existing files only when pressed a second time, and failures stay on screen by the path.
    """

    def __init__(
        self,
        trace: AttentionTrace,
        initial_matrix: tuple[str, int | None] | None = None,
        parent: QWidget | None = None,
        directory: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matrix_export_dialog")
        self._trace = trace
        self._matrices = each_matrix(trace)
        self._folder = directory or _documents_folder()
        self._replace_confirmed: tuple[Path, str] | None = None
        self._kept_matrix = 0  # the matrix list's entry while NPZ or JSON shows "All matrices"
        self._build_widgets()
        self._matrix.setCurrentIndex(self._matrix.findData(self._matrix_index(initial_matrix)))
        self._suggestion = suggested_name(self.matrix(), self.suffix())
        self._path.setText(str(self._folder / self._suggestion))
        self._retranslate()
        self._choice_changed()
        self._connect()

    # Public API

    def matrix(self) -> TraceMatrix | None:
        """The chosen matrix; None for all of them (always so for NPZ and JSON)."""
        index = self._matrix.currentData()
        return None if index in (None, ALL) else self._matrices[index]

    def suffix(self) -> str:
        """The chosen format as its extension, e.g. '.csv'."""
        return self._format.currentData()

    def options(self) -> MatrixExportOptions:
        return MatrixExportOptions(self._precision.value(), self._environment.currentData())

    def writes_folder(self) -> bool:
        """True when the path names a folder: all matrices in a one-matrix format, one file each."""
        return self.matrix() is None and self.suffix() not in ALL_MATRICES_FORMATS

    def path(self) -> Path | None:
        """Where to write; a relative path starts in the dialog's folder, a file gets the extension."""
        text = self._path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if not self.writes_folder() and path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def set_path(self, path: Path) -> None:
        self._path.setText(str(path))

    def select(self, suffix: str, matrix: tuple[str, int | None] | None = None) -> None:
        """Choose a format and a matrix (None: all), as a user would in the lists."""
        self._format.setCurrentIndex(self._format.findData(suffix))
        index = self._matrix.findData(self._matrix_index(matrix))
        if self._matrix.isEnabled():
            self._matrix.setCurrentIndex(index)
        else:  # NPZ or JSON: the list shows "All matrices" and offers the choice after a format change
            self._kept_matrix = index

    def export(self) -> list[Path]:
        """Write the choice now; return the files written, or [] with the reason shown inline."""
        path = self.path()
        if path is None:
            self._say(self._no_path_text(), error=True)
            return []
        try:
            written = export_matrices(self._trace, self.matrix(), path, self.suffix(), self.options())
        except ExportError as failure:
            self._say(describe_write_error(failure.error, failure.path), error=True)
            return []
        self._say("", error=False)
        return written

    def copy_to_clipboard(self) -> None:
        """Copy the chosen matrix as tab-separated text, every digit, and say so."""
        matrix = self.matrix()
        if matrix is None:
            return
        copy_matrix_to_clipboard(matrix)
        self._say(
            QCoreApplication.translate(
                "MatrixExportDialog", "Copied {matrix}: paste it into a spreadsheet."
            ).format(matrix=matrix_title(matrix)),
            error=False,
        )

    # Building

    def _build_widgets(self) -> None:
        self._matrix = self._named(QComboBox(), "matrix")
        self._matrix.addItem("", ALL)
        self._matrix.insertSeparator(1)
        for index in range(len(self._matrices)):
            self._matrix.addItem("", index)
        self._matrix.setMaxVisibleItems(20)
        self._format = self._named(QComboBox(), "format")
        for suffix in FORMATS:
            self._format.addItem("", suffix)
        self._environment = self._named(QComboBox(), "environment")
        for environment in TEX_ENVIRONMENTS:
            self._environment.addItem("", environment)
        self._precision = self._named(QSpinBox(), "precision")
        self._precision.setRange(0, MAX_PRECISION)
        self._precision.setValue(MatrixExportOptions().precision)
        self._path = self._named(QLineEdit(), "path")
        self._path.setClearButtonEnabled(True)
        self._browse = self._named(QPushButton(), "browse")
        self._hint = self._named(QLabel(), "hint")
        self._hint.setWordWrap(True)
        self._message = make_error_label("export")
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._save = self._named(QPushButton(), "save")
        self._save.setDefault(True)
        self._copy = self._named(QPushButton(), "copy")
        self._cancel = self._named(QPushButton(), "cancel")
        buttons = QDialogButtonBox()  # Copy stands apart, on the left: it neither saves nor closes
        buttons.addButton(self._save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)

        path_row = QHBoxLayout()
        path_row.addWidget(self._path, 1)
        path_row.addWidget(self._browse)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._labels = [QLabel() for _ in range(5)]
        fields = (self._matrix, self._format, self._environment, self._precision, self._path)
        for row, (label, field) in enumerate(zip(self._labels, fields, strict=True)):
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            if field is self._path:
                grid.addLayout(path_row, row, 1)
            else:
                grid.addWidget(field, row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self._hint)
        layout.addWidget(self._message)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._copy)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(520)

    def _named(self, widget: _W, name: str) -> _W:
        widget.setObjectName(name)
        return widget

    def _connect(self) -> None:
        for combo in (self._matrix, self._format):
            combo.currentIndexChanged.connect(self._choice_changed)
        self._environment.currentIndexChanged.connect(self._forget_message)
        self._precision.valueChanged.connect(self._forget_message)
        self._path.textEdited.connect(self._forget_message)
        self._browse.clicked.connect(self._browse_clicked)
        self._save.clicked.connect(self._save_clicked)
        self._copy.clicked.connect(self.copy_to_clipboard)
        self._cancel.clicked.connect(self.reject)

    def _retranslate(self) -> None:
        """Set every visible text; rerun on a language change."""
        self.setWindowTitle(QCoreApplication.translate("MatrixExportDialog", "Export Matrices"))
        self._matrix.setItemText(0, QCoreApplication.translate("MatrixExportDialog", "All matrices"))
        for index, matrix in enumerate(self._matrices, start=2):  # after "All" and the separator
            self._matrix.setItemText(index, matrix_title(matrix))
        for index, (text, tip) in enumerate(_format_texts().values()):
            self._format.setItemText(index, text)
            self._format.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self._environment.setItemText(
            0, QCoreApplication.translate("MatrixExportDialog", "bmatrix: square brackets [ ]")
        )
        self._environment.setItemText(
            1, QCoreApplication.translate("MatrixExportDialog", "pmatrix: round brackets ( )")
        )
        self._labels[0].setText(QCoreApplication.translate("MatrixExportDialog", "&Matrix:"))
        self._labels[1].setText(QCoreApplication.translate("MatrixExportDialog", "&Format:"))
        self._format.setToolTip(
            QCoreApplication.translate("MatrixExportDialog", "The kind of file to write.")
        )
        self._labels[2].setText(QCoreApplication.translate("MatrixExportDialog", "LaTeX &environment:"))
        self._environment.setToolTip(
            QCoreApplication.translate(
                "MatrixExportDialog", "The amsmath environment around the numbers, for LaTeX only."
            )
        )
        self._labels[3].setText(QCoreApplication.translate("MatrixExportDialog", "&Decimals:"))
        self._precision.setToolTip(
            QCoreApplication.translate(
                "MatrixExportDialog",
                "Digits after the decimal point in LaTeX and Markdown; the other formats keep every digit.",
            )
        )
        self._browse.setText(QCoreApplication.translate("MatrixExportDialog", "&Browse…"))
        self._browse.setToolTip(
            QCoreApplication.translate("MatrixExportDialog", "Choose the place in a file dialog.")
        )
        self._copy.setText(QCoreApplication.translate("MatrixExportDialog", "&Copy"))
        self._copy.setToolTip(
            QCoreApplication.translate(
                "MatrixExportDialog",
                "Copy the matrix as tab-separated text with every digit, to paste into a spreadsheet.",
            )
        )
        self._cancel.setText(QCoreApplication.translate("MatrixExportDialog", "Cancel"))
        self._update_texts()

    def _update_texts(self) -> None:
        """The texts that follow the choice: the path's label, the hint, Save or Replace."""
        self._matrix.setToolTip(
            QCoreApplication.translate("MatrixExportDialog", "This format always holds every matrix.")
            if self.suffix() in ALL_MATRICES_FORMATS
            else QCoreApplication.translate("MatrixExportDialog", "The matrix to save, or all of them.")
        )
        matrix = self.matrix()
        if self.writes_folder():
            label = QCoreApplication.translate("MatrixExportDialog", "F&older:")
            tip = QCoreApplication.translate(
                "MatrixExportDialog", "The folder for the files; it is made if it does not exist."
            )
            first_per_head = next((m for m in self._matrices if m.head is not None), self._matrices[-1])
            hint = QCoreApplication.translate(
                "MatrixExportDialog", "One file per matrix: {count} files such as {first} and {per_head}."
            ).format(
                count=len(self._matrices),
                first=matrix_file_name(self._matrices[0], self.suffix()),
                per_head=matrix_file_name(first_per_head, self.suffix()),
            )
        else:
            label = QCoreApplication.translate("MatrixExportDialog", "F&ile:")
            tip = QCoreApplication.translate(
                "MatrixExportDialog", "The file to write; the extension is added if it is missing."
            )
            hint = (
                QCoreApplication.translate("MatrixExportDialog", "Every matrix of the lesson in one file.")
                if matrix is None
                else QCoreApplication.translate("MatrixExportDialog", "{matrix}, {shape}.").format(
                    matrix=matrix_title(matrix), shape=matrix.shape_label
                )
            )
        self._labels[4].setText(label)
        self._path.setToolTip(tip)
        self._hint.setText(hint)
        self._save.setText(
            QCoreApplication.translate("MatrixExportDialog", "&Replace")
            if self._replace_confirmed is not None
            else QCoreApplication.translate("MatrixExportDialog", "&Save")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch of interface language while the dialog is open."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Reacting

    def _matrix_index(self, key: tuple[str, int | None] | None) -> int:
        """Where (name, head) is in the list; a per-head matrix without a head is head 1's."""
        if key is not None:
            name, head = key
            for index, matrix in enumerate(self._matrices):
                if matrix.name == name and matrix.head in (None, head or 0):
                    return index
        return ALL

    def _choice_changed(self) -> None:
        """Enable what applies to the choice and let the path follow it."""
        suffix = self.suffix()
        every = suffix in ALL_MATRICES_FORMATS
        if every == self._matrix.isEnabled():  # show "All matrices" meanwhile, then the choice again
            if every:
                self._kept_matrix = self._matrix.currentIndex()
            with QSignalBlocker(self._matrix):
                self._matrix.setCurrentIndex(0 if every else self._kept_matrix)
        self._matrix.setEnabled(not every)
        self._environment.setEnabled(suffix == ".tex")
        self._precision.setEnabled(suffix in ROUNDED)
        self._copy.setEnabled(self.matrix() is not None)
        new = suggested_name(self.matrix(), suffix)
        folder_suffix = None if self.writes_folder() else suffix
        self._path.setText(
            str(retarget(Path(self._path.text().strip()), self._suggestion, new, folder_suffix))
        )
        self._suggestion = new
        self._forget_message()

    def _browse_clicked(self) -> None:
        start = str(self.path() or self._folder)
        title = QCoreApplication.translate("MatrixExportDialog", "Export Matrices")
        if self.writes_folder():
            chosen = QFileDialog.getExistingDirectory(self, title, start)
        else:
            text, _ = _format_texts()[self.suffix()]
            chosen, _ = QFileDialog.getSaveFileName(self, title, start, f"{text} (*{self.suffix()})")
        if not chosen:
            return
        self._path.setText(chosen)
        self._forget_message()
        if not self.writes_folder():  # the file dialog has already asked before replacing a file
            self._replace_confirmed = (self.path(), self.suffix())
            self._update_texts()

    def _save_clicked(self) -> None:
        """Write and close; if that would replace files, say so first and wait for a second Save."""
        path = self.path()
        if path is not None and (path, self.suffix()) != self._replace_confirmed:
            existing = self._existing_targets(path)
            if existing:
                self._replace_confirmed = (path, self.suffix())
                self._update_texts()
                self._say(self._replace_text(path, len(existing)), error=True)
                return
        if self.export():
            self.accept()

    def _existing_targets(self, path: Path) -> list[Path]:
        if not self.writes_folder():
            return [path] if path.exists() else []
        return [p for m in self._matrices if (p := path / matrix_file_name(m, self.suffix())).exists()]

    def _replace_text(self, path: Path, count: int) -> str:
        if self.writes_folder():
            return QCoreApplication.translate(
                "MatrixExportDialog",
                "{count} of these files are already in {folder}. Save again to replace them.",
            ).format(count=count, folder=path)
        return QCoreApplication.translate(
            "MatrixExportDialog", "{file} already exists. Save again to replace it."
        ).format(file=path.name)

    def _no_path_text(self) -> str:
        if self.writes_folder():
            return QCoreApplication.translate("MatrixExportDialog", "Choose a folder to save the files in.")
        return QCoreApplication.translate("MatrixExportDialog", "Choose a file to save to.")

    def _forget_message(self) -> None:
        """Something changed: a message or a confirmed replacement was about the old choice."""
        self._replace_confirmed = None
        self._update_texts()
        self._say("", error=False)

    def _say(self, text: str, error: bool) -> None:
        """Show ``text`` under the path, in the error colour if ``error``; empty hides it."""
        palette = QPalette()
        if error:
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            color = (DARK_COLORS if dark else LIGHT_COLORS)[0]
            palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        self._message.setPalette(palette)
        self._message.setText(text)
        self._message.setVisible(bool(text))
