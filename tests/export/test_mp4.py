"""MP4 through ffmpeg: its failure is the export's failure, whole or not at all.

A fake ffmpeg fails on demand everywhere; a real full disk (a small tmpfs) where it can be mounted.
"""

import errno
import os
import sys

import imageio.v2 as imageio
import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from attn_gui.export.animation import AnimationError, AnimationOptions, ExportCancelled, write_animation
from attn_gui.export.cancel import deferred, interrupt_cancels

OLD = b"yesterday's film"


def frame(index, width):
    """A step of a film: a plain picture whose colour changes with the step."""
    image = QImage(width, width * 3 // 4, QImage.Format.Format_RGB888)
    image.fill(QColor(index * 40 % 256, 128, 255 - index * 40 % 256))
    return image


def noise(index, width):
    """A step no encoder can shrink much: random pixels."""
    pixels = np.random.default_rng(index).integers(0, 256, (width * 3 // 4, width, 3), dtype=np.uint8)
    height = pixels.shape[0]
    return QImage(pixels.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


def fake_ffmpeg(tmp_path, monkeypatch, body):
    """An ffmpeg that runs ``body`` (Python, with os and sys imported); its output file is argv[-1]."""
    script = tmp_path / "fake-ffmpeg"
    script.write_text(f"#!{sys.executable}\nimport os, sys\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("IMAGEIO_FFMPEG_EXE", str(script))


def film(tmp_path, steps=6, width=320, previous=OLD):
    out = tmp_path / "film" / "lesson.mp4"
    out.parent.mkdir(exist_ok=True)
    if previous is not None:
        out.write_bytes(previous)
    return out, lambda: write_animation(frame, range(steps), out, AnimationOptions(width=width))


def assert_untouched(out, previous=OLD):
    assert [p.name for p in out.parent.iterdir()] == ([out.name] if previous is not None else [])
    if previous is not None:
        assert out.read_bytes() == previous


FAILURES = {
    # as ffmpeg 9 says it, and exits with 256 - ENOSPC
    "disk full at the end": (
        "sys.stdin.buffer.read()\nopen(sys.argv[-1], 'wb').write(b'no moov atom')\n"
        "sys.stderr.write('[out#0/mp4] Error writing trailer: No space left on device\\n')\nsys.exit(228)",
        errno.ENOSPC,
    ),
    "disk full midway": (  # stops reading: attn-gui's next write breaks the pipe
        "sys.stdin.buffer.read(1000)\n"
        "sys.stderr.write('Error submitting a packet: No space left on device\\n')\nsys.exit(228)",
        errno.ENOSPC,
    ),
    "quota": (
        "sys.stdin.buffer.read()\nsys.stderr.write('Error closing file: Disk quota exceeded\\n')\n"
        "sys.exit(1)",
        errno.EDQUOT,
    ),
}


@pytest.mark.parametrize("previous", [OLD, None], ids=["replacing", "new"])
@pytest.mark.parametrize(("body", "code"), FAILURES.values(), ids=FAILURES.keys())
def test_an_ffmpeg_failure_is_a_failed_write(tmp_path, monkeypatch, body, code, previous):
    """It used to "succeed", replacing the old film with one no player opens."""
    fake_ffmpeg(tmp_path, monkeypatch, body)
    out, write = film(tmp_path, steps=12, previous=previous)
    with pytest.raises(OSError, match=os.strerror(code)) as caught:
        write()
    assert caught.value.errno == code
    assert_untouched(out, previous)


def test_any_other_ffmpeg_failure_is_said_in_its_words(tmp_path, monkeypatch):
    fake_ffmpeg(
        tmp_path,
        monkeypatch,
        "sys.stdin.buffer.read()\nprint(\"Unknown encoder 'libx264'\", file=sys.stderr)\nsys.exit(1)",
    )
    out, write = film(tmp_path)
    with pytest.raises(AnimationError, match=r"^ffmpeg could not make the MP4: Unknown encoder 'libx264'$"):
        write()
    assert_untouched(out)


def test_ffmpeg_runs_in_a_process_group_of_its_own(tmp_path, monkeypatch):
    """So that Ctrl+C in the terminal reaches attn-gui alone, which then stops ffmpeg itself."""
    group = tmp_path / "group"
    fake_ffmpeg(
        tmp_path,
        monkeypatch,
        f"open({str(group)!r}, 'w').write(str(os.getpgid(0)))\n"
        "sys.stdin.buffer.read()\nopen(sys.argv[-1], 'wb').write(b'a film')",
    )
    out, write = film(tmp_path)
    write()
    assert out.read_bytes() == b"a film"
    assert int(group.read_text()) not in (os.getpgid(0), 0)


def test_cancelling_stops_ffmpeg_and_leaves_the_old_film(tmp_path):
    out = tmp_path / "lesson.mp4"
    out.write_bytes(OLD)
    with pytest.raises(ExportCancelled):
        write_animation(frame, range(30), out, AnimationOptions(width=320), lambda done, total: done < 5)
    assert_untouched(out)


def test_a_real_ffmpeg_on_a_full_disk(full_disk):
    out = full_disk / "lesson.mp4"
    out.write_bytes(OLD)
    with pytest.raises(OSError, match="No space left on device") as caught:
        write_animation(noise, range(40), out, AnimationOptions(width=320))
    assert caught.value.errno == errno.ENOSPC
    assert_untouched(out)


def test_a_real_ffmpeg_writes_a_film_every_player_opens(tmp_path):
    out = tmp_path / "lesson.mp4"
    write_animation(frame, range(5), out, AnimationOptions(width=200, frames_per_step=2))
    with imageio.get_reader(out) as reader:
        assert reader.count_frames() == 10
        assert reader.get_data(0).shape == (160, 208, 3)  # padded to whole macroblocks
    assert os.listdir(tmp_path) == ["lesson.mp4"]


def test_ctrl_c_while_ffmpeg_ends_the_file_stops_it(tmp_path, monkeypatch):
    """At 4K ffmpeg takes seconds to end a film once its input ends; Ctrl+C then still cancels."""
    fake_ffmpeg(
        tmp_path,
        monkeypatch,
        "import signal\nsys.stdin.buffer.read()\nopen(sys.argv[-1], 'wb').write(b'half')\n"
        "os.kill(os.getppid(), signal.SIGINT)\nsignal.pause()  # ending the file, until stopped",
    )
    out, write = film(tmp_path)
    with interrupt_cancels(), deferred(), pytest.raises(ExportCancelled):  # deferred: as the command runs it
        write()
    assert_untouched(out)


def test_an_ffmpeg_that_fails_silently_is_said_to(tmp_path, monkeypatch):
    fake_ffmpeg(tmp_path, monkeypatch, "sys.stdin.buffer.read()\nsys.exit(1)")
    out, write = film(tmp_path)
    with pytest.raises(
        AnimationError, match=r"^ffmpeg could not make the MP4: it stopped without saying why$"
    ):
        write()
    assert_untouched(out)
