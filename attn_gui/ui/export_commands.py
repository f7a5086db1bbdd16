"""The File menu's export and copy commands, opened on whatever the window shows."""

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from attn_gui.export.figures import render_image
from attn_gui.ui.animation_export_dialog import AnimationExportDialog
from attn_gui.ui.figure_export_dialog import FigureExportDialog
from attn_gui.ui.matrix_export_dialog import MatrixExportDialog, copy_matrix_to_clipboard

if TYPE_CHECKING:
    from attn_gui.ui.main_window import MainWindow

CLIPBOARD_DPI = 192  # twice the screen's: sharp when pasted into slides


class ExportCommands:
    """Each command opens its dialog window-modally and returns it (for tests to drive)."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window

    def figure(self) -> FigureExportDialog:
        dialog = FigureExportDialog(self.window.stage_view, self.window)
        dialog.open()
        return dialog

    def animation(self) -> AnimationExportDialog:
        self.window.player.pause()
        dialog = AnimationExportDialog(self.window, self.window)
        dialog.open()
        return dialog

    def matrix(self) -> MatrixExportDialog:
        window = self.window
        head = window.head if window.timeline[window.player.position].head is not None else None
        dialog = MatrixExportDialog(window.document.trace, (window.stage, head), window)
        dialog.open()
        return dialog

    def copy_figure(self) -> None:
        self.window.stage_view.finish_animations()
        QGuiApplication.clipboard().setImage(render_image(self.window.stage_view, CLIPBOARD_DPI))

    def copy_matrix(self) -> None:
        """The current stage's result as tab-separated text, for a spreadsheet."""
        window = self.window
        copy_matrix_to_clipboard(window.document.trace.get(window.stage, window.head))
