"""Atomic writes: temporary names that fit beside any target, left-overs of killed runs cleared,
and an interrupt that arrives while writing keeps the old file."""

import errno
import os
import signal

import pytest

from attn_gui.export import atomic
from attn_gui.export.atomic import atomic_path, atomic_write, remove_abandoned, temporary_name
from attn_gui.export.cancel import ExportCancelled, deferred, interrupt_cancels

OLD = b"yesterday's export"


def write(data):
    return lambda stream: stream.write(data)


@pytest.mark.parametrize("length", [241, 248, 255])
def test_any_name_the_file_system_allows_can_be_written(tmp_path, length):
    """The temporary name used to be 15 characters longer than the target's: a name of 241 to
    255 characters (valid) was refused as too long."""
    target = tmp_path / ("a" * (length - 4) + ".npz")
    atomic_write(target, write(b"new"))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert target.read_bytes() == b"new"


def test_a_name_of_255_bytes_in_chinese_fits_too(tmp_path):
    target = tmp_path / ("学" * 83 + "xy.csv")  # 83 × 3 bytes + 6
    assert len(os.fsencode(target.name)) == 255
    atomic_write(target, write(b"new"))
    assert target.read_bytes() == b"new"


def test_the_temporary_name_is_hidden_beside_keeps_the_extension_and_fits(tmp_path):
    target = tmp_path / ("学" * 83 + "xy.mp4")
    name = temporary_name(target, "0123abcd")
    assert name.startswith(".学")
    assert name.endswith(".0123abcd.part.mp4")
    assert len(os.fsencode(name)) <= 255
    assert temporary_name(tmp_path / "trace.npz", "0123abcd") == ".trace.0123abcd.part.npz"


def test_a_name_too_long_for_the_file_system_is_still_refused(tmp_path):
    with pytest.raises(OSError, match="too long"):
        atomic_write(tmp_path / ("a" * 252 + ".npz"), write(b"new"))
    assert not list(tmp_path.iterdir())


def test_left_overs_of_a_killed_run_are_removed_by_the_next_write(tmp_path):
    """kill -9 leaves the temporary file behind, unlocked: the next write into the folder removes it."""
    left = [tmp_path / ".trace.0123abcd.part.npz", tmp_path / ".film.89abcdef.part.mp4"]
    for path in left:
        path.write_bytes(b"half a film")
    mine = [tmp_path / "notes.part.txt", tmp_path / ".hidden", tmp_path / ".x.0123abcd.partial.npz"]
    for path in mine:
        path.write_bytes(OLD)
    atomic_write(tmp_path / "other.csv", write(b"new"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["other.csv", *(p.name for p in mine)])


def test_a_temporary_file_that_a_writer_holds_is_left_alone(tmp_path):
    target = tmp_path / "film.gif"
    with atomic_path(target) as temp:
        temp.write_bytes(b"frames so far")
        remove_abandoned(tmp_path)  # another export into the same folder meanwhile
        atomic_write(tmp_path / "other.csv", write(b"new"))
        assert temp.read_bytes() == b"frames so far"
    assert target.read_bytes() == b"frames so far"


@pytest.mark.skipif(atomic.fcntl is None, reason="without flock a file in use cannot be deleted anyway")
def test_links_and_folders_named_like_left_overs_are_not_followed_or_removed(tmp_path):
    outside = tmp_path / "outside.npz"
    outside.write_bytes(OLD)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / ".trace.0123abcd.part.npz").symlink_to(outside)
    (folder / ".dir.0123abcd.part.npz").mkdir()
    remove_abandoned(folder)
    assert sorted(p.name for p in folder.iterdir()) == [".dir.0123abcd.part.npz", ".trace.0123abcd.part.npz"]
    assert outside.read_bytes() == OLD


def test_an_interrupt_while_writing_keeps_the_old_file(tmp_path):
    """Ctrl+C while the data is written (or a figure drawn): the rename never happens."""
    target = tmp_path / "trace.json"
    target.write_bytes(OLD)

    def interrupted(stream):
        stream.write(b"half")
        with deferred():  # as while Qt draws: the interrupt only asks to stop
            signal.raise_signal(signal.SIGINT)
        stream.write(b" and the rest")

    with interrupt_cancels(), pytest.raises(ExportCancelled):
        atomic_write(target, interrupted)
    assert [p.name for p in tmp_path.iterdir()] == ["trace.json"]
    assert target.read_bytes() == OLD


def test_an_interrupt_outside_a_deferred_block_stops_at_once(tmp_path):
    target = tmp_path / "trace.json"
    written = []

    def interrupted(stream):
        signal.raise_signal(signal.SIGINT)
        written.append("after")

    with interrupt_cancels(), pytest.raises(ExportCancelled):
        atomic_write(target, interrupted)
    assert written == []
    assert not list(tmp_path.iterdir())


def test_ctrl_c_is_itself_again_after_the_export():
    before = signal.getsignal(signal.SIGINT)
    with interrupt_cancels():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)


@pytest.mark.skipif(atomic.fcntl is None, reason="flock is POSIX")
def test_a_share_without_locks_is_written_and_its_temporary_files_kept(tmp_path, monkeypatch):
    """Some network shares refuse flock (ENOLCK): exports work, but no temporary file can be told
    abandoned there, so none is removed."""

    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(atomic.fcntl, "flock", no_locks)
    left = tmp_path / ".trace.0123abcd.part.npz"
    left.write_bytes(b"maybe someone's film")
    atomic_write(tmp_path / "x.csv", write(b"new"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [left.name, "x.csv"]
