"""Presentation mode: full screen, the panels out of the way, large type, projector colours."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from attn_gui.ui import appearance
from attn_gui.ui.stage.drawing import StageDrawing

FONT_SCALE = 1.5
CAPTION_SCALE = 2.0


class Presentation:
    """Enters and leaves presentation mode, putting everything back as it was on leaving.

    ``panels`` are hidden while presenting (docks, toolbar, menu bar); ``theme`` gives the
    colours to return to.
    """

    def __init__(
        self,
        window: QMainWindow,
        panels: Sequence[QWidget],
        drawing: StageDrawing,
        theme: Callable[[], str],
    ) -> None:
        self.window = window
        self.panels = panels
        self.drawing = drawing
        self.theme = theme
        self.active = False
        self._state = QByteArray()
        self._maximized = False
        self._points = 0.0

    def enter(self) -> None:
        if self.active:
            return
        window = self.window
        self.active = True
        self._state = window.saveState()
        self._maximized = window.isMaximized()
        self._points = QApplication.font().pointSizeF()
        for panel in self.panels:
            panel.hide()
        window.menuBar().hide()
        appearance.apply_theme("projector")
        appearance.set_font_points(self._points * FONT_SCALE)
        self.drawing.set_caption_scale(CAPTION_SCALE)
        window.showFullScreen()

    def leave(self) -> None:
        if not self.active:
            return
        window = self.window
        self.active = False
        self.drawing.set_caption_scale(None)
        appearance.set_font_points(self._points)
        appearance.apply_theme(self.theme())
        window.menuBar().show()
        window.restoreState(self._state)
        window.showMaximized() if self._maximized else window.showNormal()
