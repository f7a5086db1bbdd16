"""Export figure…: the whole stage as laid out, or one of its matrices, as PNG, SVG or PDF."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from attn_gui.export.figures import FIGURE_FORMATS, write_figure
from attn_gui.ui.dialogs.export_dialog_base import ExportDialog
from attn_gui.ui.stage.drawing import StageDrawing, matrix_title


class FigureExportDialog(ExportDialog):
    """PNG at a chosen DPI (300 by default, transparent on request); SVG and PDF are vector."""

    def __init__(self, drawing: StageDrawing, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("FigureExportDialog", "Export figure"),
            Path.home() / "attention.png",
            parent,
        )
        self.drawing = drawing
        self.what = QComboBox(self)
        self.what.setObjectName("what")
        self.what.addItem(QCoreApplication.translate("FigureExportDialog", "The whole stage"), None)
        for view in drawing.shown_views():
            self.what.addItem(matrix_title(view.matrix), view)
        self.dpi = QSpinBox(self)
        self.dpi.setObjectName("dpi")
        self.dpi.setRange(30, 1200)
        self.dpi.setValue(300)
        self.dpi.setSuffix(" dpi")
        self.dpi.setToolTip(
            QCoreApplication.translate("FigureExportDialog", "300 dpi prints sharply; SVG and PDF need none")
        )
        self.transparent = QCheckBox(
            QCoreApplication.translate("FigureExportDialog", "&Transparent background (PNG)"), self
        )
        self.transparent.setObjectName("transparent")
        self.add_field(QCoreApplication.translate("FigureExportDialog", "&What:"), self.what)
        self.add_field(QCoreApplication.translate("FigureExportDialog", "&Resolution:"), self.dpi)
        self.form.addRow("", self.transparent)

    def file_filter(self) -> str:
        return QCoreApplication.translate("FigureExportDialog", "Figures (*.png *.svg *.pdf)")

    def write(self, path: Path) -> str | None:
        if path.suffix.lower() not in FIGURE_FORMATS:
            return QCoreApplication.translate(
                "FigureExportDialog", "The file name must end in .png, .svg or .pdf."
            )
        widget = self.what.currentData() or self.drawing
        self.drawing.finish_animations()
        write_figure(widget, path, dpi=self.dpi.value(), transparent=self.transparent.isChecked())
        return None
