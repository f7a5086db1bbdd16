"""`attn-gui export` never destroys what it should not: the lesson it reads, the previous film
on a full disk; and it takes every name and sentence it should."""

import errno
import io
import json
import os
import subprocess
import sys

import pytest

from attn_gui.__main__ import main
from attn_gui.core import AttentionConfig
from attn_gui.export import atomic
from attn_gui.export.lesson_file import Lesson, save_lesson

OLD = b"the teacher's previous export\n"


def export(capsys, *args):
    status = main(["export", *args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_refused(result, message):
    status, out, err = result
    assert (status, out, err.count("\n")) == (2, "", 1), err
    assert err.startswith("attn-gui: error: ")
    assert message in err, err


@pytest.fixture
def lesson(tmp_path):
    path = tmp_path / "monday.attn.json"
    save_lesson(Lesson(AttentionConfig(tokens=("I", "love", "learning"))), path)
    return path


def another_name_for(lesson, kind):
    """The lesson file under another name of the kind the test names."""
    folder = lesson.parent
    if kind == "same path":
        return lesson
    if kind == "another path":
        return folder / "." / ".." / folder.name / lesson.name
    link = folder / ("link.png" if kind == "link as a figure" else "link.json")
    if kind == "hard link":
        os.link(lesson, link)
    else:
        link.symlink_to(lesson)
    return link


@pytest.mark.parametrize("kind", ["same path", "another path", "symlink", "hard link", "link as a figure"])
def test_the_lesson_read_is_never_the_file_written(capsys, lesson, kind):
    """`--lesson x.attn.json --out x.attn.json` overwrote the lesson with a trace."""
    before = lesson.read_bytes()
    target = another_name_for(lesson, kind)
    result = export(capsys, "--lesson", str(lesson), "--dpi", "48", "--out", str(target))
    if target.name.endswith(".attn.json"):
        assert_refused(result, "names ending in .attn.json are lessons")
    else:
        assert_refused(result, f"--out {target} is the lesson file itself: choose another name")
    assert lesson.read_bytes() == before


@pytest.mark.parametrize("options", [["--tokens", "I love learning"], []], ids=["tokens", "lesson"])
def test_a_trace_is_never_written_under_a_lessons_name(tmp_path, capsys, lesson, options):
    other = tmp_path / "tuesday.attn.json"
    other.write_bytes(OLD)
    given = options or ["--lesson", str(lesson)]
    assert_refused(
        export(capsys, *given, "--out", str(other)),
        f"--out {other.name}: names ending in .attn.json are lessons; name the trace e.g. trace.json",
    )
    assert other.read_bytes() == OLD


def test_a_lesson_read_and_a_trace_written_beside_it(tmp_path, capsys, lesson):
    assert export(capsys, "--lesson", str(lesson), "--out", str(tmp_path / "monday.json"))[0] == 0
    assert json.loads((tmp_path / "monday.json").read_text(encoding="utf-8"))["tokens"] == [
        "I",
        "love",
        "learning",
    ]


@pytest.mark.parametrize("length", [241, 250, 255])
def test_every_name_the_file_system_takes(tmp_path, capsys, length):
    out = tmp_path / ("t" * (length - 5) + ".json")
    assert export(capsys, "--tokens", "I love learning", "--out", str(out)) == (0, "", "")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_folder_that_takes_no_files_is_named_as_such(capsys):
    assert_refused(
        export(capsys, "--tokens", "I love learning", "--out", "/proc/x.npz"),
        "The folder /proc does not allow new files.",
    )


@pytest.mark.parametrize(
    "sentence",
    ["👩\u200d💻 codes", "می\u200cخواهم بخوانم", "🏳️\u200d🌈 ❤️ 🇨🇳", "I love 👍🏽"],
    ids=["zwj emoji", "persian zwnj", "flags and hearts", "skin tone"],
)
def test_every_emoji_and_script_is_text(tmp_path, capsys, sentence):
    """Emoji joined by ZWJ and Persian with ZWNJ were refused as "not valid text"."""
    out = tmp_path / "t.json"
    assert export(capsys, "--tokens", sentence, "--out", str(out)) == (0, "", "")
    assert json.loads(out.read_text(encoding="utf-8"))["tokens"] == sentence.split()


def test_control_characters_are_still_no_text(tmp_path, capsys):
    assert_refused(
        export(capsys, "--tokens", "I lo\x07ve", "--out", str(tmp_path / "t.json")),
        "tokens contains characters that are not valid text",
    )


# --- a full disk ---------------------------------------------------------------------------------


def run(folder, *args):
    return subprocess.run(
        [sys.executable, "-m", "attn_gui", "export", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},  # a locale every system has: Qt warns of others
        check=False,
    )


@pytest.mark.parametrize("suffix", [".mp4", ".gif"])
def test_a_film_onto_a_full_disk_fails_in_one_line_and_keeps_the_old_one(full_disk, suffix):
    """The MP4 reported success and left a file no player opens ("moov atom not found"); the GIF
    said the right thing, then printed two "Exception ignored in __del__" tracebacks."""
    out = full_disk / f"lesson{suffix}"
    out.write_bytes(OLD)
    done = run(full_disk, "--tokens", "I love learning", "--stage", "scores", "--out", out.name)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"attn-gui: error: The disk is full: {out.name} was not written.\n"
    assert [p.name for p in full_disk.iterdir()] == [out.name]
    assert out.read_bytes() == OLD


def test_ffmpeg_failing_on_a_full_disk_is_reported_where_no_disk_can_be_filled(tmp_path, monkeypatch, capsys):
    ffmpeg = tmp_path / "ffmpeg"
    ffmpeg.write_text(
        f"#!{sys.executable}\nimport sys\nsys.stdin.buffer.read()\n"
        "sys.stderr.write('[out#0/mp4] Error writing trailer: No space left on device\\n')\nsys.exit(228)\n",
        encoding="utf-8",
    )
    ffmpeg.chmod(0o755)
    monkeypatch.setenv("IMAGEIO_FFMPEG_EXE", str(ffmpeg))
    out = tmp_path / "lesson.mp4"
    out.write_bytes(OLD)
    assert_refused(
        export(capsys, "--tokens", "I love learning", "--stage", "x", "--width", "64", "--out", str(out)),
        f"The disk is full: {out} was not written.",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ffmpeg", "lesson.mp4"]
    assert out.read_bytes() == OLD


class FillingFile(io.FileIO):
    """A file on a disk with room for ``room`` more bytes."""

    room = 50_000

    def write(self, data):
        if len(data) > FillingFile.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        FillingFile.room -= len(data)
        return super().write(data)


def test_a_gif_onto_a_full_disk_is_reported_where_no_disk_can_be_filled(tmp_path, monkeypatch, capsys):
    """Once, in one line: pytest turns an "Exception ignored in __del__" into a failure."""
    monkeypatch.setattr(
        atomic, "open", lambda path, mode: io.BufferedWriter(FillingFile(path, "w")), raising=False
    )
    out = tmp_path / "lesson.gif"
    out.write_bytes(OLD)
    assert_refused(
        export(capsys, "--tokens", "I love learning", "--stage", "scores", "--out", str(out)),
        f"The disk is full: {out} was not written.",
    )
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.gif"]
    assert out.read_bytes() == OLD
