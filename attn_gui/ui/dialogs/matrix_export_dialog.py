"""File → Export matrices: one matrix or all of them, in the format a slide or notebook needs."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QWidget

from attn_gui.core import AttentionTrace, TraceMatrix
from attn_gui.export.lesson_file import SUFFIX as LESSON_SUFFIX
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
from attn_gui.translatable import QT_TRANSLATE_NOOP
from attn_gui.ui.described import Described, translated
from attn_gui.ui.dialogs.export_dialog_base import ExportDialog, named
from attn_gui.ui.stage.drawing import matrix_title  # "Q (head 2)", as the stage view titles it

FORMATS = (".csv", ".npy", ".npz", ".json", ".tex", ".md")  # the order of the Format list
ROUNDED = (".tex", ".md")  # the formats that use the Decimals setting
ALL = -1  # the matrix list's data for "All matrices"


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


_FORMATS: dict[str, Described] = {
    ".csv": (
        QT_TRANSLATE_NOOP("MatrixExportDialog", "CSV spreadsheet (.csv)"),
        QT_TRANSLATE_NOOP(
            "MatrixExportDialog",
            "Every digit, with the token labels as the first row and column. "
            "Opens in LibreOffice Calc and Excel, Chinese included.",
        ),
    ),
    ".npy": (
        QT_TRANSLATE_NOOP("MatrixExportDialog", "NumPy array (.npy)"),
        QT_TRANSLATE_NOOP("MatrixExportDialog", "The numbers alone, every digit, for np.load in a notebook."),
    ),
    ".npz": (
        QT_TRANSLATE_NOOP("MatrixExportDialog", "NumPy archive, every matrix (.npz)"),
        QT_TRANSLATE_NOOP(
            "MatrixExportDialog",
            "Every matrix under its stage name in one file; "
            "per-head matrices are stacked on a leading head axis.",
        ),
    ),
    ".json": (
        QT_TRANSLATE_NOOP("MatrixExportDialog", "JSON, every matrix (.json)"),
        QT_TRANSLATE_NOOP(
            "MatrixExportDialog", 'Every matrix with its labels and the settings; −∞ is written "-inf".'
        ),
    ),
    ".tex": (
        QT_TRANSLATE_NOOP("MatrixExportDialog", "LaTeX matrix (.tex)"),
        QT_TRANSLATE_NOOP(
            "MatrixExportDialog",
            "An amsmath matrix for slides and handouts, rounded to the chosen decimals; "
            "the labels are in comments.",
        ),
    ),
    ".md": (
        QT_TRANSLATE_NOOP("MatrixExportDialog", "Markdown table (.md)"),
        QT_TRANSLATE_NOOP(
            "MatrixExportDialog",
            "A table with the labels for notes, wikis and GitHub, rounded to the chosen decimals.",
        ),
    ),
}


def _format_texts() -> dict[str, tuple[str, str]]:
    """Each format's entry in the list and its tooltip, by extension."""
    return translated("MatrixExportDialog", _FORMATS)


class MatrixExportDialog(ExportDialog):
    """Choose a matrix (or all), a format and where to save; ``export()`` writes it.

    ``initial_matrix`` is (stage name, 0-based head), e.g. what the window shows; None or a
    name the trace lacks starts on "All matrices". ``written`` lists the files of the last
    export.
    """

    def __init__(
        self,
        trace: AttentionTrace,
        initial_matrix: tuple[str, int | None] | None = None,
        parent: QWidget | None = None,
        directory: Path | None = None,
    ) -> None:
        self._folder = directory or _documents_folder()
        super().__init__("", self._folder, parent)
        self.setObjectName("matrix_export_dialog")
        self._trace = trace
        self._matrices = each_matrix(trace)
        self._kept_matrix = 0  # the matrix list's entry while NPZ or JSON shows "All matrices"
        self.written: list[Path] = []
        self._build_widgets()
        self._matrix.setCurrentIndex(self._matrix.findData(self._matrix_index(initial_matrix)))
        self._suggestion = suggested_name(self.matrix(), self.suffix())
        self.path.setText(str(self._folder / self._suggestion))
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

    def target(self) -> Path | None:
        """Where to write; a relative path starts in the dialog's folder, a file gets the extension."""
        path = super().target()
        if path is None:
            return None
        if not path.is_absolute():
            path = self._folder / path
        if not self.writes_folder() and path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))

    def select(self, suffix: str, matrix: tuple[str, int | None] | None = None) -> None:
        """Choose a format and a matrix (None: all), as a user would in the lists."""
        self._format.setCurrentIndex(self._format.findData(suffix))
        index = self._matrix.findData(self._matrix_index(matrix))
        if self._matrix.isEnabled():
            self._matrix.setCurrentIndex(index)
        else:  # NPZ or JSON: the list shows "All matrices" and offers the choice after a format change
            self._kept_matrix = index

    def file_filter(self) -> str:
        text, _ = _format_texts()[self.suffix()]
        return f"{text} (*{self.suffix()})"

    def existing(self, path: Path) -> list[Path]:
        if not self.writes_folder():
            return super().existing(path)
        return [p for m in self._matrices if (p := path / matrix_file_name(m, self.suffix())).exists()]

    def refusal(self, path: Path) -> str | None:
        if path.name.lower().endswith(LESSON_SUFFIX):  # a trace there would replace a lesson
            return QCoreApplication.translate(
                "MatrixExportDialog",
                "Names ending in {suffix} are lessons: choose another, e.g. attention.json.",
            ).format(suffix=LESSON_SUFFIX)
        return None

    def write(self, path: Path) -> str | None:
        try:
            self.written = export_matrices(self._trace, self.matrix(), path, self.suffix(), self.options())
        except ExportError as failure:  # names the file or folder that could not be written
            return describe_write_error(failure.error, failure.path)
        return None

    def copy_to_clipboard(self) -> None:
        """Copy the chosen matrix as tab-separated text, every digit, and say so."""
        matrix = self.matrix()
        if matrix is None:
            return
        copy_matrix_to_clipboard(matrix)
        self.say(
            QCoreApplication.translate(
                "MatrixExportDialog", "Copied {matrix}: paste it into a spreadsheet."
            ).format(matrix=matrix_title(matrix)),
            error=False,
        )

    # Building

    def _build_widgets(self) -> None:
        self._matrix = named(QComboBox(), "matrix")
        self._matrix.addItem("", ALL)
        self._matrix.insertSeparator(1)
        for index in range(len(self._matrices)):
            self._matrix.addItem("", index)
        self._matrix.setMaxVisibleItems(20)
        self._format = named(QComboBox(), "format")
        for suffix in FORMATS:
            self._format.addItem("", suffix)
        self._environment = named(QComboBox(), "environment")
        for environment in TEX_ENVIRONMENTS:
            self._environment.addItem("", environment)
        self._precision = named(QSpinBox(), "precision")
        self._precision.setRange(0, MAX_PRECISION)
        self._precision.setValue(MatrixExportOptions().precision)
        self._labels = [
            self.add_field("", field)
            for field in (self._matrix, self._format, self._environment, self._precision)
        ]
        self._hint = named(QLabel(), "hint")
        self._hint.setWordWrap(True)
        self.form.addRow(self._hint)
        self._copy = named(QPushButton(), "copy")
        self.side.addWidget(self._copy)  # Copy stands apart, on the left: it neither saves nor closes

    def _connect(self) -> None:
        for combo in (self._matrix, self._format):
            combo.currentIndexChanged.connect(self._choice_changed)
        self._environment.currentIndexChanged.connect(self.forget_message)
        self._precision.valueChanged.connect(self.forget_message)
        self._copy.clicked.connect(self.copy_to_clipboard)

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
        self._copy.setText(QCoreApplication.translate("MatrixExportDialog", "&Copy"))
        self._copy.setToolTip(
            QCoreApplication.translate(
                "MatrixExportDialog",
                "Copy the matrix as tab-separated text with every digit, to paste into a spreadsheet.",
            )
        )
        self._update_texts()

    def _update_texts(self) -> None:
        """The texts that follow the choice: the path's label and tip, and the hint."""
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
        self.path_label.setText(label)
        self.path.setToolTip(tip)
        self._hint.setText(hint)

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
        self.path.setText(str(retarget(Path(self.path.text().strip()), self._suggestion, new, folder_suffix)))
        self._suggestion = new
        self.forget_message()

    def forget_message(self) -> None:
        super().forget_message()
        if hasattr(self, "_hint"):  # the base forgets its message while it is being built
            self._update_texts()
