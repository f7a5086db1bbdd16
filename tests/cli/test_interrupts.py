"""Ctrl+C during `attn-gui export` is a cancel: one line, status 130, no temporary file, the old
file intact; what a killed run (kill -9) leaves behind goes at the next export into that folder."""

import os
import signal
import subprocess
import sys

import pytest

from attn_gui.__main__ import main

OLD = b"the teacher's previous export\n"
CANCELLED = "attn-gui: cancelled; nothing was written\n"
LONG_SENTENCE = " ".join(f"w{i}" for i in range(400))

# format: the options that make its export take seconds, not milliseconds
SLOW = {
    "mp4": ["--tokens", "I love learning", "--width", "480"],
    "gif": ["--tokens", "I love learning", "--width", "480"],
    "json": ["--tokens", LONG_SENTENCE, "--d-model", "64", "--heads", "32"],
}


def start(folder, options, out):
    """The export in a session of its own, as a terminal runs a command: Ctrl+C there signals
    the whole foreground process group."""
    return subprocess.Popen(
        [sys.executable, "-m", "attn_gui", "export", *options, "--out", out],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},  # a locale every system has: Qt warns of others
        start_new_session=True,
    )


def temporary_files(folder):
    return [p for p in folder.iterdir() if p.name.startswith(".") and ".part" in p.name]


def wait_until_writing(process, folder):
    """Wait, in short waits on the process itself, for its temporary file to fill."""
    for _ in range(1200):  # at most a minute
        if any(p.stat().st_size for p in temporary_files(folder)):
            return
        try:
            process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the export ended before it was interrupted: {process.stderr.read()}")
    pytest.fail("the export never started writing")


@pytest.mark.parametrize("suffix", SLOW)
def test_ctrl_c_in_the_terminal_cancels_the_export(tmp_path, suffix):
    """It segfaulted in 6 of 10 MP4 runs, and otherwise printed a 20-40 line traceback and left
    a hidden .part file."""
    out = tmp_path / f"lesson.{suffix}"
    out.write_bytes(OLD)
    process = start(tmp_path, SLOW[suffix], out.name)
    wait_until_writing(process, tmp_path)
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert (process.returncode, stdout, stderr) == (130, "", CANCELLED)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert out.read_bytes() == OLD


def test_what_a_killed_export_leaves_is_removed_by_the_next_one(tmp_path):
    process = start(tmp_path, SLOW["gif"], "lesson.gif")
    wait_until_writing(process, tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert len(temporary_files(tmp_path)) == 1
    assert main(["export", "--tokens", "I love learning", "--out", str(tmp_path / "x.npz")]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["x.npz"]


EVERY_FORMAT = {
    "npz": [],
    "json": [],
    "csv": ["--matrix", "x"],
    "tex": ["--matrix", "x"],
    "md": ["--matrix", "x"],
    "npy": ["--matrix", "x"],
    "png": ["--stage", "scores", "--dpi", "48"],
    "svg": ["--stage", "scores"],
    "pdf": ["--stage", "scores"],
    "gif": ["--stage", "scores", "--width", "128"],
    "mp4": ["--stage", "scores", "--width", "128"],
}


@pytest.mark.parametrize("suffix", EVERY_FORMAT)
def test_an_interrupt_while_any_format_is_written_cancels_it(tmp_path, capsys, monkeypatch, suffix):
    """Ctrl+C at the last moment, while the finished file is synced to disk: still a cancel."""
    out = tmp_path / f"lesson.{suffix}"
    out.write_bytes(OLD)
    sync = os.fsync

    def interrupted_sync(fd):
        signal.raise_signal(signal.SIGINT)
        sync(fd)

    monkeypatch.setattr(os, "fsync", interrupted_sync)
    status = main(["export", "--tokens", "I love learning", *EVERY_FORMAT[suffix], "--out", str(out)])
    assert (status, *capsys.readouterr()) == (130, "", CANCELLED)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert out.read_bytes() == OLD
    monkeypatch.undo()
    assert main(["export", "--tokens", "I love learning", *EVERY_FORMAT[suffix], "--out", str(out)]) == 0
    assert out.read_bytes() != OLD  # the interrupt was this export's only
