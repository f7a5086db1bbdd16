"""Write a file whole or not at all, so a failed export never leaves a partial file behind."""

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _create_beside(target: Path) -> tuple[Path, int]:
    """A new hidden file in the target's folder: same file system, so the rename is atomic.

    Opened with mode 0o666 so that the umask, not a private temporary-file mode, decides
    who may read the export. It keeps the target's extension, for writers that choose the
    format by the file name (ffmpeg).
    """
    while True:
        temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.part{target.suffix}")
        with contextlib.suppress(FileExistsError):
            return temp, os.open(temp, _NEW_FILE, 0o666)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file name beside ``path`` for writers that insist on a name of their own;
    renamed into place when the block ends normally, removed when it raises (or is cancelled)."""
    target = Path(path)
    old_mode = target.stat().st_mode & 0o7777 if target.is_file() else None
    temp, fd = _create_beside(target)
    os.close(fd)
    try:
        yield temp
        if old_mode is not None:
            os.chmod(temp, old_mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


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
