"""Animations for slides: a range of steps played into a GIF or an MP4, frame by frame.

Frames are rendered and encoded one at a time (nothing holds the film in memory), into a
temporary file that only becomes the target when every frame is in: cancelling, or any error,
ffmpeg's included, leaves no partial file and the previous one untouched. A film too long to
be worth making is refused before its first frame (``film_too_long``).
"""

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from attn_gui.export.atomic import atomic_path, atomic_write
from attn_gui.export.cancel import ExportCancelled, check_cancelled
from attn_gui.export.gif import GifWriter
from attn_gui.export.mp4 import Mp4Error, Mp4Writer
from attn_gui.translatable import QT_TRANSLATE_NOOP

ANIMATION_FORMATS = (".gif", ".mp4")
MACRO_BLOCK = 16  # H.264 wants frame sizes in multiples of 16
# A GIF holds a frame per step, and viewers and slide programs decode every frame of it:
# past this many, MP4 is the format.
MAX_GIF_FRAMES = 5_000
# About 55 minutes at 30 frames a second, and as long to make at 960 pixels: no class
# watches a longer film, and a whole paper-sized lesson (millions of steps) would take days.
MAX_MP4_FRAMES = 100_000

_GIF_TOO_LONG = QT_TRANSLATE_NOOP(
    "AnimationError",
    "This GIF would have {frames} frames and last {duration}, more than the {limit} frames a GIF "
    "should hold: choose a stage or a range of steps, or MP4.",
)
_MP4_TOO_LONG = QT_TRANSLATE_NOOP(
    "AnimationError",
    "This film would have {frames} frames and last {duration}, more than the {limit} frames "
    "attn-gui makes: choose a stage or a range of steps, or fewer frames per step.",
)


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


def _duration_text(seconds: float) -> str:
    """'1 h 5 min', '12 min 30 s' or '45 s': how long a film plays, as a teacher would say it."""
    whole = round(seconds)
    hours, minutes, rest = whole // 3600, whole // 60 % 60, whole % 60
    if hours:
        text = QCoreApplication.translate("AnimationError", "{hours} h {minutes} min")
    elif minutes:
        text = QCoreApplication.translate("AnimationError", "{minutes} min {seconds} s")
    else:
        text = QCoreApplication.translate("AnimationError", "{seconds} s")
    return text.format(hours=hours, minutes=minutes, seconds=rest)


def film_too_long(suffix: str, steps: int, options: AnimationOptions) -> str | None:
    """Why a film of ``steps`` steps is refused as ``suffix`` (.gif or .mp4), in one sentence
    in the interface language, or None when it may be made: for a dialog to ask before it starts."""
    gif = suffix.lower() == ".gif"
    frames, limit = (steps, MAX_GIF_FRAMES) if gif else (steps * options.frames_per_step, MAX_MP4_FRAMES)
    if frames <= limit:
        return None
    text = QCoreApplication.translate("AnimationError", _GIF_TOO_LONG if gif else _MP4_TOO_LONG)
    duration = _duration_text(steps / options.steps_per_second)
    return text.format(frames=frames, duration=duration, limit=limit)


def _ffmpeg() -> str:
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
    return ffmpeg


Frame = Callable[[int, int], QImage]  # (step index, width in pixels) → the step drawn that wide
Progress = Callable[[int, int], bool]


def frames(
    frame: Frame, indices: Sequence[int], width: int, even_to: int = 2, progress: Progress | None = None
) -> Iterator[np.ndarray]:
    """Each step of ``indices`` as RGB pixels, padded for the encoder, all the first one's size.

    After each step has been taken, ``progress(done, total)`` returning False, or Ctrl+C,
    raises ExportCancelled.
    """
    shape = None
    for done, index in enumerate(indices, start=1):
        pixels = _pixels(frame(index, width), even_to)
        shape = shape or pixels.shape
        yield _same_size(pixels, shape)
        if progress is not None and not progress(done, len(indices)):
            raise ExportCancelled
        check_cancelled()


def _write_gif(stream: BinaryIO, film: Iterator[np.ndarray], options: AnimationOptions) -> None:
    # One frame per step, shown as long as the step lasts: a film of the same rhythm, smaller.
    writer = GifWriter(stream, 1000 / options.steps_per_second)
    for pixels in film:
        writer.append(pixels)
    writer.close()


def _write_mp4(path: Path, film: Iterator[np.ndarray], options: AnimationOptions) -> None:
    ffmpeg = _ffmpeg()
    with atomic_path(path) as temp:
        try:
            with Mp4Writer(ffmpeg, temp, options.fps) as writer:
                for pixels in film:
                    writer.append(pixels, options.frames_per_step)
        except Mp4Error as error:
            message = QCoreApplication.translate("AnimationError", "ffmpeg could not make the MP4: {reason}")
            reason = QCoreApplication.translate("AnimationError", str(error))  # ffmpeg's words stay
            raise AnimationError(message.format(reason=reason)) from None
        with open(temp, "r+b") as written:  # ffmpeg does not sync; a full disk may only show now
            os.fsync(written.fileno())


def write_animation(
    frame: Frame,
    indices: Sequence[int],
    path: Path,
    options: AnimationOptions = AnimationOptions(),
    progress: Progress | None = None,
) -> None:
    """Render the steps ``indices``, each drawn by ``frame``, to ``path`` (.gif or .mp4).

    ``progress(done, total)`` is called after every step; returning False cancels, raising
    ExportCancelled with nothing left behind. A write that fails (a full disk) raises OSError;
    a film too long (``film_too_long``), or no ffmpeg for an MP4, raises AnimationError.
    """
    suffix = path.suffix.lower()
    if suffix not in ANIMATION_FORMATS:
        raise ValueError(f"not an animation format: {suffix!r} (use {', '.join(ANIMATION_FORMATS)})")
    refusal = film_too_long(suffix, len(indices), options)
    if refusal is not None:
        raise AnimationError(refusal)
    if suffix == ".gif":
        film = frames(frame, indices, options.width, 2, progress)
        atomic_write(path, lambda stream: _write_gif(stream, film, options))
    else:
        _write_mp4(path, frames(frame, indices, options.width, MACRO_BLOCK, progress), options)
