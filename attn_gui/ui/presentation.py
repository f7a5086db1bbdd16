"""Presentation mode: full screen, the panels out of the way, large type, projector colours."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from attn_gui.ui import appearance

if TYPE_CHECKING:
    from attn_gui.ui.main_window import MainWindow

FONT_SCALE = 1.5
CAPTION_SCALE = 2.0


class Presentation:
    """Enters and leaves presentation mode, putting everything back as it was on leaving."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
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
        for dock in (window.input_dock, window.stages_dock, window.explanation_dock):
            dock.hide()
        window.toolbar.hide()
        window.menuBar().hide()
        appearance.apply_theme("projector")
        appearance.set_font_points(self._points * FONT_SCALE)
        window.stage_view.set_caption_scale(CAPTION_SCALE)
        window.showFullScreen()

    def leave(self) -> None:
        if not self.active:
            return
        window = self.window
        self.active = False
        window.stage_view.set_caption_scale(None)
        appearance.set_font_points(self._points)
        appearance.apply_theme(window.theme)
        window.menuBar().show()
        window.restoreState(self._state)
        window.showMaximized() if self._maximized else window.showNormal()
