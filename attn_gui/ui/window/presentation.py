"""Presentation mode: full screen, the panels out of the way, large type, projector colours.

Leaving gives back exactly what was there: the window's state (normal, maximised or full
screen) and geometry, and the panels at their sizes. The panels are put back only once the
window has its old size again: a window manager answers a request to leave full screen later,
and panels restored into the full-screen width would be squeezed, or would widen the window,
when it shrinks.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from attn_gui.ui import appearance
from attn_gui.ui.player.player_controls import PlayerControls
from attn_gui.ui.stage.drawing import StageDrawing

FONT_SCALE = 1.5
CAPTION_SCALE = 2.0
UNMANAGED = ("offscreen", "minimal")  # platforms without a window manager
SETTLE_MS = 1000  # the longest a window manager takes to give the window its size back


class Presentation(QObject):
    """Enters and leaves presentation mode, putting everything back as it was on leaving.

    ``panels`` are hidden while presenting (docks, toolbar, status bar); the caption of the
    ``drawing`` and the buttons of the ``controls`` grow; ``theme`` gives the colours to return to.
    """

    def __init__(
        self,
        window: QMainWindow,
        panels: Sequence[QWidget],
        drawing: StageDrawing,
        controls: PlayerControls,
        theme: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panels = panels
        self.drawing = drawing
        self.controls = controls
        self.theme = theme
        self.active = False
        self._state = QByteArray()
        self._geometry = QByteArray()
        self._points = 0.0
        self._size = QSize()
        self._shown: list[QWidget] = []
        self._window_state = Qt.WindowState.WindowNoState
        self._restoring = False  # left, waiting for the window to leave full screen
        window.installEventFilter(self)

    def enter(self) -> None:
        if self.active:
            return
        window = self.window
        self.active = True
        self._restoring = False
        self._state = window.saveState()
        self._geometry = window.saveGeometry()  # normal, maximised or full screen, and where
        self._size = window.size()
        self._window_state = window.windowState()
        self._points = QApplication.font().pointSizeF()
        self._shown = [panel for panel in self.panels if panel.isVisible()]
        for panel in self._shown:
            panel.hide()
        window.menuBar().hide()
        appearance.apply_theme("projector")
        appearance.set_font_points(self._points * FONT_SCALE)
        self.drawing.set_caption_scale(CAPTION_SCALE)
        self.controls.set_presenting(True)
        window.showFullScreen()

    def leave(self) -> None:
        if not self.active:
            return
        window = self.window
        self.active = False
        self.drawing.set_caption_scale(None)
        self.controls.set_presenting(False)
        appearance.set_font_points(self._points)
        appearance.apply_theme(self.theme())
        # Qt hands the new text size to the widgets through posted events: deliver them now, or
        # the panels come back beside a central area still as wide as the large type made it.
        QApplication.sendPostedEvents()
        window.menuBar().show()
        self._restoring = True
        window.setWindowState(self._window_state)  # the geometry alone cannot clear full screen
        window.restoreGeometry(self._geometry)  # a window manager resizes the window later
        if window.size() == self._size or QGuiApplication.platformName() in UNMANAGED:
            self._restore_panels()  # no window manager to wait for: it is back already
        else:  # should the window manager never give the old size exactly
            QTimer.singleShot(SETTLE_MS, self, self._restore_panels)  # not after the window is gone

    def hand_over(self) -> tuple[QByteArray, QByteArray]:
        """Stop presenting without touching the window, which is about to be replaced (a new
        language): the text and colours go back to normal, and the geometry and panels from
        before presenting are returned for the new window to start from."""
        self.active = False
        self._restoring = False
        self.controls.set_presenting(False)
        appearance.set_font_points(self._points)
        appearance.apply_theme(self.theme())
        return self._geometry, self._state

    def _restore_panels(self) -> None:
        """With the window at its old size, the panels at theirs, and the geometry once more."""
        if not self._restoring:
            return
        self._restoring = False
        for panel in self._shown:
            panel.show()
        self.window.restoreState(self._state)
        self.window.restoreGeometry(self._geometry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._restoring
            and watched is self.window
            and event.type() == QEvent.Type.Resize
            and event.size() == self._size
        ):
            self._restore_panels()
        return super().eventFilter(watched, event)
