"""A stage drawing with no window around it, for figures and films.

The exporters (the command line, and the animation dialog, which must not move the window's
own place in the lesson) draw the steps here: the same drawing the window shows, at the size
the window gives it, never shown on screen.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from attn_gui.export.figures import SCREEN_DPI, render_image
from attn_gui.timeline.timeline import Timeline
from attn_gui.ui.stage.drawing import StageDrawing
from attn_gui.ui.stage.view_options import ViewOptions

DRAWING_SIZE = (763, 652)  # what the drawing gets in the default 1400 × 860 window, as on a projector
MAX_WIDTH = 1920  # a figure grows up to a projector's width so that small matrices print their numbers


class StandaloneDrawing:
    """Draws any step of ``timeline`` with ``options``, highlights at rest."""

    def __init__(
        self, timeline: Timeline, options: ViewOptions, size: tuple[int, int] = DRAWING_SIZE
    ) -> None:
        self.timeline = timeline
        self.options = options
        # Inside a frame, as in the window: a top-level widget would get a window's wider margins.
        self._frame = QWidget()
        self._frame.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        layout = QVBoxLayout(self._frame)
        layout.setContentsMargins(0, 0, 0, 0)
        self.drawing = StageDrawing(self._frame)
        layout.addWidget(self.drawing)
        self._size = size
        self._frame.resize(*size)
        self._frame.show()  # laid out and polished, as in a window, but never mapped

    def show(self, index: int) -> StageDrawing:
        """Step ``index`` drawn, laid out and settled: ready to render. The figure widens (up to
        MAX_WIDTH) where that lets its matrices print their numbers: the translator's 9 and 16
        columns need more than a default window gives."""
        self.drawing.show_step(self.timeline.trace, self.timeline[index], self.options)
        QApplication.processEvents()
        width, height = self._size
        needed = self.drawing.numbers_width()
        width = needed if width < needed <= MAX_WIDTH else width
        if width != self._frame.width():
            self._frame.resize(width, height)
            QApplication.processEvents()
        self.drawing.finish_animations()
        QApplication.processEvents()
        return self.drawing

    def frame(self, index: int, width: int) -> QImage:
        """Step ``index`` as an image ``width`` pixels wide, drawn at that scale (sharp text)."""
        drawing = self.show(index)
        return render_image(drawing, SCREEN_DPI * width / max(drawing.width(), 1))

    def close(self) -> None:
        self._frame.close()
        self._frame.deleteLater()
