"""The File menu's export and copy commands, opened on what the window shows."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from attn_gui.core import AttentionTrace
from attn_gui.export.figures import render_image
from attn_gui.ui.dialogs.figure_export_dialog import FigureExportDialog
from attn_gui.ui.dialogs.matrix_export_dialog import MatrixExportDialog, copy_matrix_to_clipboard
from attn_gui.ui.player.navigator import Navigator
from attn_gui.ui.stage.drawing import StageDrawing
from attn_gui.ui.stage.view_options import ViewOptions

if TYPE_CHECKING:  # its film writers load PIL and imageio: only when a film is first made
    from attn_gui.ui.dialogs.animation_export_dialog import AnimationExportDialog

CLIPBOARD_DPI = 192  # twice the screen's: sharp when pasted into slides


class ExportCommands:
    """Each command opens its dialog window-modally over ``parent`` and returns it (for tests).

    The figure and the clipboard take the window's ``drawing`` as it is; the others read the
    trace, the ``navigator``'s place and the view options when they are opened.
    """

    def __init__(
        self,
        drawing: StageDrawing,
        navigator: Navigator,
        trace: Callable[[], AttentionTrace],
        options: Callable[[], ViewOptions],
        parent: QWidget,
    ) -> None:
        self.drawing = drawing
        self.navigator = navigator
        self.trace = trace
        self.options = options
        self.parent = parent

    def figure(self) -> FigureExportDialog:
        dialog = FigureExportDialog(self.drawing, self.parent)
        dialog.open()
        return dialog

    def animation(self) -> "AnimationExportDialog":
        from attn_gui.ui.dialogs.animation_export_dialog import AnimationExportDialog

        self.navigator.player.pause()
        size = self.drawing.size()
        dialog = AnimationExportDialog(
            self.navigator.timeline,
            self.navigator.position,
            self.options(),
            (size.width(), size.height()),
            self.parent,
        )
        dialog.open()
        return dialog

    def matrix(self) -> MatrixExportDialog:
        navigator = self.navigator
        head = navigator.head if navigator.step().head is not None else None
        dialog = MatrixExportDialog(self.trace(), (navigator.stage, head), self.parent)
        dialog.open()
        return dialog

    def copy_figure(self) -> None:
        self.drawing.finish_animations()
        QGuiApplication.clipboard().setImage(render_image(self.drawing, CLIPBOARD_DPI))

    def copy_matrix(self) -> None:
        """The current stage's result as tab-separated text, for a spreadsheet."""
        copy_matrix_to_clipboard(self.trace().get(self.navigator.stage, self.navigator.head))
