"""Export animation…: this stage, a range of steps, or the whole lesson, as a GIF or an MP4.

The film is drawn on a stage drawing of its own, the size of the window's, so the window stays
where the teacher left it while the frames are made.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QProgressDialog, QSpinBox, QWidget

from attn_gui.export.animation import (
    ANIMATION_FORMATS,
    AnimationError,
    AnimationOptions,
    ExportCancelled,
    film_too_long,
    write_animation,
)
from attn_gui.timeline.timeline import Timeline
from attn_gui.ui.dialogs.export_dialog_base import ExportDialog
from attn_gui.ui.stage.standalone import StandaloneDrawing
from attn_gui.ui.stage.view_options import ViewOptions

SPIN_LIMIT = 2**31 - 1


class AnimationExportDialog(ExportDialog):
    """Renders frame by frame behind a progress dialog; Cancel leaves no partial file."""

    def __init__(
        self,
        timeline: Timeline,
        position: int,
        options: ViewOptions,
        size: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AnimationExportDialog", "Export animation"),
            Path.home() / "attention.gif",
            parent,
        )
        self.timeline, self.options, self.drawing_size = timeline, options, size
        segment = timeline.segment_at(position)
        self.range = QComboBox(self)
        self.range.setObjectName("range")
        self.range.addItem(
            QCoreApplication.translate("AnimationExportDialog", "This stage ({count} steps)").format(
                count=segment.count
            ),
            (segment.start, segment.start + segment.count),
        )
        self.range.addItem(
            QCoreApplication.translate("AnimationExportDialog", "The whole lesson ({count} steps)").format(
                count=len(timeline)
            ),
            (0, len(timeline)),
        )
        self.range.addItem(QCoreApplication.translate("AnimationExportDialog", "Steps from … to …"), None)
        self.first, self.last = QSpinBox(self), QSpinBox(self)
        # A spin box holds 32-bit numbers; a lesson of 512 tokens at one term a step has more steps.
        reachable = min(len(timeline), SPIN_LIMIT)
        for spin, value in ((self.first, segment.start + 1), (self.last, segment.start + segment.count)):
            spin.setRange(1, reachable)
            spin.setValue(min(value, reachable))
        self.first.setObjectName("first_step")
        self.last.setObjectName("last_step")
        self.frame_width = QSpinBox(self)
        self.frame_width.setObjectName("width")
        self.frame_width.setRange(64, 3840)
        self.frame_width.setValue(960)
        self.frame_width.setSuffix(" px")
        self.frames = QSpinBox(self)
        self.frames.setObjectName("frames_per_step")
        self.frames.setRange(1, 60)
        self.speed = QDoubleSpinBox(self)
        self.speed.setObjectName("speed")
        self.speed.setRange(0.25, 30)
        self.speed.setValue(2.0)
        self.speed.setSuffix(QCoreApplication.translate("AnimationExportDialog", " steps/s"))
        self.add_field(QCoreApplication.translate("AnimationExportDialog", "&Steps:"), self.range)
        self.add_field(QCoreApplication.translate("AnimationExportDialog", "F&rom step:"), self.first)
        self.add_field(QCoreApplication.translate("AnimationExportDialog", "&To step:"), self.last)
        self.add_field(QCoreApplication.translate("AnimationExportDialog", "&Width:"), self.frame_width)
        self.add_field(QCoreApplication.translate("AnimationExportDialog", "Frames per st&ep:"), self.frames)
        self.add_field(QCoreApplication.translate("AnimationExportDialog", "S&peed:"), self.speed)
        self.cancelled = False

    def file_filter(self) -> str:
        return QCoreApplication.translate("AnimationExportDialog", "Animations (*.gif *.mp4)")

    def steps(self) -> range:
        chosen = self.range.currentData()
        first, stop = chosen if chosen is not None else (self.first.value() - 1, self.last.value())
        return range(first, stop)

    def film_options(self) -> AnimationOptions:
        return AnimationOptions(self.frame_width.value(), self.frames.value(), self.speed.value())

    def refusal(self, path: Path) -> str | None:
        if path.suffix.lower() not in ANIMATION_FORMATS:
            return QCoreApplication.translate(
                "AnimationExportDialog", "The file name must end in .gif or .mp4."
            )
        if not self.steps():
            return QCoreApplication.translate(
                "AnimationExportDialog", "The last step must come after the first."
            )
        # Before a frame is drawn (and before a progress bar would count past 2^31).
        return film_too_long(path.suffix, len(self.steps()), self.film_options())

    def write(self, path: Path) -> str | None:
        steps, options = self.steps(), self.film_options()
        progress = QProgressDialog(
            QCoreApplication.translate("AnimationExportDialog", "Drawing the animation…"),
            QCoreApplication.translate("AnimationExportDialog", "Cancel"),
            0,
            len(steps),
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        drawing = StandaloneDrawing(self.timeline, self.options, self.drawing_size)
        try:
            write_animation(drawing.frame, steps, path, options, report)
        except ExportCancelled:
            self.cancelled = True
            return QCoreApplication.translate("AnimationExportDialog", "Cancelled: no file was written.")
        except AnimationError as error:
            return str(error)
        finally:
            drawing.close()
            progress.close()
        return None
