"""Ctrl+C as Cancel: an interrupt asks the export to stop, and it stops where stopping is safe.

Raising at an arbitrary point is fine in plain Python (computing, writing a matrix), but not
while Qt draws (the exception lands inside a paint event) or while ffmpeg is fed (it is killed
mid-frame): those run ``deferred()``, and the interrupt only sets a flag that the writers check
between frames and before a finished file replaces the old one. Either way the temporary file
is removed and the command ends with one line.
"""

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType


class ExportCancelled(Exception):  # noqa: N818 (a choice, not an error)
    """The user cancelled (Cancel in a dialog, Ctrl+C on the command line); no partial file is left."""


class _State:
    requested = False
    deferring = 0


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGINT's handler: the first press cancels, at once unless a deferred section is running;
    a second press changes nothing (the clean-up it would cut short is already under way)."""
    if _State.requested:
        return
    _State.requested = True
    if not _State.deferring:
        raise ExportCancelled


def cancel_requested() -> bool:
    """Whether an interrupt has asked the export to stop."""
    return _State.requested


def check_cancelled() -> None:
    """Raise ExportCancelled if an interrupt asked to stop: call where stopping leaves nothing behind."""
    if _State.requested:
        raise ExportCancelled


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Within this block an interrupt waits for the next ``check_cancelled()``."""
    _State.deferring += 1
    try:
        yield
    finally:
        _State.deferring -= 1


@contextlib.contextmanager
def interrupt_cancels() -> Iterator[None]:
    """Turn SIGINT into ExportCancelled for the length of the block (a command's whole run)."""
    _State.requested = False
    previous = signal.getsignal(signal.SIGINT)
    try:
        signal.signal(signal.SIGINT, _on_interrupt)
        installed = True
    except ValueError:  # not the main thread, which alone receives signals: nothing to turn
        installed = False
    try:
        yield
    finally:
        if installed:
            signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)
        _State.requested = False
