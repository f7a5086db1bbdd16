"""Animations for slides: a range of steps played into a GIF or an MP4, frame by frame.

Frames are rendered and encoded one at a time (nothing holds the whole film in memory but
the GIF encoder), into a temporary file that only becomes the target when every frame is in:
cancelling, or any error, leaves no partial file.
"""

import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import imageio.v2 as imageio
import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from attn_gui.export.atomic import atomic_path

ANIMATION_FORMATS = (".gif", ".mp4")
MACRO_BLOCK = 16  # H.264 wants frame sizes in multiples of 16


class ExportCancelled(Exception):  # noqa: N818 (a choice, not an error)
    """The user pressed Cancel; the partial file is already gone."""


@dataclass(frozen=True)
class AnimationOptions:
    """``width`` of a frame in pixels; each step held for ``frames_per_step`` frames; played
    at ``steps_per_second`` (so a clicker-paced lesson becomes a film of the same rhythm)."""

    width: int = 960
    frames_per_step: int = 1
    steps_per_second: float = 2.0

    @property
    def fps(self) -> float:
        return self.steps_per_second * self.frames_per_step


def _pixels(image: QImage, even_to: int) -> np.ndarray:
    """RGB array of ``image``, padded with its edge colour to a multiple of ``even_to``."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    height, width = image.height(), image.width()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(height, image.bytesPerLine())
    rgb = rows[:, : width * 3].reshape(height, width, 3)
    pad = ((0, -height % even_to), (0, -width % even_to), (0, 0))
    return np.pad(rgb, pad, mode="edge")


class AnimationError(Exception):
    """An animation cannot be written here, said plainly (e.g. MP4 without ffmpeg)."""


def _same_size(frame: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Pad or crop ``frame`` to ``shape``: a wrapped caption may make one step taller than the
    first, and a film needs every frame the same size."""
    height, width = shape[:2]
    frame = frame[:height, :width]
    pad = ((0, height - frame.shape[0]), (0, width - frame.shape[1]), (0, 0))
    return np.pad(frame, pad, mode="edge") if any(p[1] for p in pad[:2]) else frame


def _mp4_writer(path: Path, fps: float) -> object:
    try:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        ffmpeg = None
    if ffmpeg is None or not (Path(ffmpeg).is_file() or shutil.which(ffmpeg)):
        message = QCoreApplication.translate(
            "AnimationError",
            "MP4 needs ffmpeg, which was not found: install it, or set IMAGEIO_FFMPEG_EXE to one. "
            "GIF works without.",
        )
        raise AnimationError(message)
    return imageio.get_writer(path, fps=fps, codec="libx264", macro_block_size=1, ffmpeg_log_level="error")


Frame = Callable[[int, int], QImage]  # (step index, width in pixels) → the step drawn that wide


def frames(frame: Frame, indices: Sequence[int], width: int, even_to: int = 2) -> Iterator[np.ndarray]:
    """Each step of ``indices`` as RGB pixels, padded for the encoder."""
    for index in indices:
        yield _pixels(frame(index, width), even_to)


def write_animation(
    frame: Frame,
    indices: Sequence[int],
    path: Path,
    options: AnimationOptions = AnimationOptions(),
    progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Render the steps ``indices``, each drawn by ``frame``, to ``path`` (.gif or .mp4).

    ``progress(done, total)`` is called after every step; returning False cancels, raising
    ExportCancelled with nothing left behind.
    """
    suffix = path.suffix.lower()
    if suffix not in ANIMATION_FORMATS:
        raise ValueError(f"not an animation format: {suffix!r} (use {', '.join(ANIMATION_FORMATS)})")
    with atomic_path(path) as temp:
        repeats = options.frames_per_step
        if suffix == ".gif":
            # A GIF holds each step once, for as long as its frames would last: Pillow merges
            # identical frames anyway.
            writer = imageio.get_writer(temp, mode="I", duration=1000 / options.steps_per_second, loop=0)
            repeats = 1
        else:
            writer = _mp4_writer(temp, options.fps)
        with writer:
            even = 2 if suffix == ".gif" else MACRO_BLOCK
            shape = None
            for done, pixels in enumerate(frames(frame, indices, options.width, even), start=1):
                shape = shape or pixels.shape
                pixels = _same_size(pixels, shape)
                for _ in range(repeats):
                    writer.append_data(pixels)
                if progress is not None and not progress(done, len(indices)):
                    raise ExportCancelled
