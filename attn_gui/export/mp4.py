"""MP4 through ffmpeg, fed raw frames on a pipe, with ffmpeg's verdict checked.

ffmpeg reports a failure (a full disk, above all) only on stderr and in its exit status, and
imageio-ffmpeg looks at neither: the export "succeeded" with a file no player opens. Here a
failure raises: OSError with the errno that ffmpeg names, so that it reads like any other
failed write, or Mp4Error with ffmpeg's own words. ffmpeg runs in a process group of its own,
so that Ctrl+C in the terminal reaches only attn-gui, which then closes the pipe and waits.
"""

import collections
import contextlib
import errno
import os
import subprocess
import threading
from fractions import Fraction
from pathlib import Path
from types import TracebackType

import numpy as np

from attn_gui.export.cancel import ExportCancelled, cancel_requested
from attn_gui.translatable import QT_TRANSLATE_NOOP

_CHECK_EVERY = 0.1  # seconds between looks for Ctrl+C while ffmpeg ends the file


class Mp4Error(Exception):
    """ffmpeg failed for a reason that is no file system error; the text is ffmpeg's last line
    (or, marked for translation, that it gave none)."""


def _failure(lines: list[str], path: Path) -> Exception:
    """The OSError ffmpeg's messages name (e.g. "No space left on device"), else Mp4Error."""
    text = "\n".join(lines)
    for code in sorted(errno.errorcode):
        if os.strerror(code) in text:
            return OSError(code, os.strerror(code), str(path))
    return Mp4Error(
        lines[-1] if lines else QT_TRANSLATE_NOOP("AnimationError", "it stopped without saying why")
    )


class Mp4Writer:
    """Writes H.264 frames to ``path`` with the ``ffmpeg`` executable, at ``fps`` frames a second.

    A context manager: leaving the block normally finishes the file and checks ffmpeg's exit;
    leaving it with an exception (a cancel included) stops ffmpeg and leaves the file to the
    caller to remove.
    """

    def __init__(self, ffmpeg: str, path: Path, fps: float) -> None:
        self._ffmpeg, self._path, self._fps = ffmpeg, path, fps
        self._process: subprocess.Popen[bytes] | None = None
        self._errors: collections.deque[str] = collections.deque(maxlen=20)
        self._reader: threading.Thread | None = None

    def _start(self, height: int, width: int) -> subprocess.Popen[bytes]:
        command = [
            self._ffmpeg, "-hide_banner", "-nostats", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}",
            "-r", str(Fraction(self._fps).limit_denominator()), "-i", "-",
            "-an", "-vcodec", "libx264", "-pix_fmt", "yuv420p", "-crf", "25", str(self._path),
        ]  # fmt: skip
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            process_group=0,  # not preexec_fn=os.setpgrp, which is unsafe in a threaded process
        )
        # A thread drains stderr, so that a chatty ffmpeg never blocks on a full pipe.
        self._reader = threading.Thread(target=self._read_errors, args=(process,), daemon=True)
        self._reader.start()
        return process

    def _read_errors(self, process: subprocess.Popen[bytes]) -> None:
        for line in process.stderr:
            self._errors.append(line.decode("utf-8", "replace").strip())

    def append(self, pixels: np.ndarray, repeats: int = 1) -> None:
        """Add the (height, width, 3) frame ``pixels`` ``repeats`` times; all frames share one size."""
        if self._process is None:
            self._process = self._start(*pixels.shape[:2])
        data = np.ascontiguousarray(pixels, dtype=np.uint8).data
        try:
            for _ in range(repeats):
                self._process.stdin.write(data)
        except BrokenPipeError:  # ffmpeg has stopped: its status and messages say why
            self._finish()
            raise

    def _finish(self) -> None:
        """Close ffmpeg's input, wait for it to end the file, and raise if it failed: as long as
        that takes (at 4K, seconds), but Ctrl+C still cancels."""
        process = self._process
        with contextlib.suppress(BrokenPipeError):  # ffmpeg stopped before reading it all
            process.stdin.close()
        while True:
            try:
                status = process.wait(_CHECK_EVERY)
                break
            except subprocess.TimeoutExpired:
                if cancel_requested():
                    self._stop()
                    raise ExportCancelled from None
        self._reader.join()
        process.stderr.close()
        if status:
            raise _failure(list(self._errors), self._path)

    def _stop(self) -> None:
        """End ffmpeg at once: the file is being thrown away, there is nothing for it to finish."""
        self._process.kill()
        self._process.wait()
        with contextlib.suppress(OSError):  # what is still buffered has nowhere to go
            self._process.stdin.close()
        self._reader.join()
        self._process.stderr.close()

    def __enter__(self) -> "Mp4Writer":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._process is None or self._process.returncode is not None:
            return
        if kind is None:
            self._finish()
        else:
            self._stop()
