"""Write a file whole or not at all, so a failed export never leaves a partial file behind.

The data goes to a hidden temporary file beside the target, renamed over it once complete. The
writer holds a lock on its temporary file for as long as it lives; a run killed before it could
clean up (kill -9, a power cut) leaves an unlocked one, which the next write into that folder
removes.
"""

import contextlib
import os
import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from attn_gui.export.cancel import check_cancelled, deferred

try:
    import fcntl
except ImportError:  # Windows: a file that another process has open cannot be deleted anyway
    fcntl = None

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_OPEN_EXISTING = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_TEMPORARY = re.compile(r"\..*\.[0-9a-f]{8}\.part(\.[^.]*)?", re.DOTALL)
NAME_MAX = 255  # bytes in a file name, where the file system does not say


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # no pathconf (Windows), no such folder
        return NAME_MAX


def temporary_name(target: Path, token: str) -> str:
    """'.{stem}.{token}.part{suffix}', the stem shortened until the name fits the file system:
    any name the target may have, its temporary file may have too. It keeps the target's
    extension, for writers that choose the format by the file name (ffmpeg)."""
    stem, room = target.stem, _name_max(target.parent)
    while stem and len(os.fsencode(f".{stem}.{token}.part{target.suffix}")) > room:
        stem = stem[:-1]
    return f".{stem}.{token}.part{target.suffix}"


def _try_lock(fd: int) -> bool | None:
    """flock without waiting: True when taken, False when another writer holds it, None where
    there are no such locks (Windows, some network shares)."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def remove_abandoned(folder: Path) -> None:
    """Remove the temporary files that killed writers left in ``folder``: the unlocked ones."""
    try:
        entries = [entry for entry in os.scandir(folder) if _TEMPORARY.fullmatch(entry.name)]
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):  # not a file, not ours to read or remove, or gone meanwhile
            if fcntl is None:  # Windows refuses to delete a file that its writer has open
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                continue
            fd = os.open(entry.path, _OPEN_EXISTING)
            try:  # holding the lock while removing: no writer can take the file meanwhile
                if _try_lock(fd) and os.path.isfile(entry.path):
                    os.unlink(entry.path)
            finally:
                os.close(fd)


def _create_beside(target: Path) -> tuple[Path, int]:
    """A new hidden file in the target's folder, locked: same file system, so the rename is atomic.

    Opened with mode 0o666 so that the umask, not a private temporary-file mode, decides who may
    read the export.
    """
    remove_abandoned(target.parent)
    while True:
        temp = target.with_name(temporary_name(target, secrets.token_hex(4)))
        try:
            fd = os.open(temp, _NEW_FILE, 0o666)
        except FileExistsError:
            continue
        try:  # another run's clean-up may have taken the file between its creation and the lock
            if _try_lock(fd) is not False and os.path.samestat(os.fstat(fd), os.lstat(temp)):
                return temp, fd
        except FileNotFoundError:
            pass
        os.close(fd)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file name beside ``path`` for writers that insist on a name of their own;
    renamed into place when the block ends normally, removed when it raises (or is cancelled)."""
    target = Path(path)
    old_mode = target.stat().st_mode & 0o7777 if target.is_file() else None
    temp, fd = _create_beside(target)
    if fcntl is None:  # Windows renames no file that is open: there is no lock to keep
        os.close(fd)
    try:
        yield temp
        with deferred():  # an interrupt now either comes before the rename, or too late
            check_cancelled()  # interrupted while writing: the old file stays
            if old_mode is not None:
                os.chmod(temp, old_mode)
            os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    finally:
        if fcntl is not None:
            os.close(fd)


def atomic_write(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    Readers see the old file or the new one, never half of either; on any error the
    temporary file is removed and ``path`` is untouched. A replaced file keeps its
    permissions.
    """
    with atomic_path(path) as temp, open(temp, "wb") as stream:
        write(stream)
        stream.flush()
        os.fsync(stream.fileno())
