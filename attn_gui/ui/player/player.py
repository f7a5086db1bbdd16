"""Playback: one QTimer on the GUI thread moving a position along the timeline."""

from PySide6.QtCore import QObject, QTimer, Signal

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
BASE_INTERVAL_MS = 900  # one step per 0.9 s at 1×: time to read a term aloud


class Player(QObject):
    """Owns the position; emits ``stepChanged`` only when it really changes.

    Knows nothing of stages or views: the window maps positions to steps and steps to views.
    """

    stepChanged = Signal(object)  # the position: a 512-token lesson has more steps than a C++ int holds
    playingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._length = 1
        self._position = 0
        self._speed = 1.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)
        self._timer.setInterval(self.interval_ms)

    @property
    def position(self) -> int:
        return self._position

    @property
    def length(self) -> int:
        return self._length

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def interval_ms(self) -> int:
        return round(BASE_INTERVAL_MS / self._speed)

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def set_length(self, length: int, position: int | None = None) -> None:
        """A new timeline: keep ``position`` (or the old one) within it, and say so if it moved."""
        self._length = max(1, length)
        self.seek(self._position if position is None else position, force=True)

    def seek(self, position: int, force: bool = False) -> None:
        position = min(max(position, 0), self._length - 1)
        if position != self._position or force:
            self._position = position
            self.stepChanged.emit(position)

    def step(self, delta: int) -> None:
        self.seek(self._position + delta)

    def play(self) -> None:
        if self._position >= self._length - 1:
            self.seek(0)  # play again from the start, as media players do
        if not self.is_playing():
            self._timer.start()
            self.playingChanged.emit(True)

    def pause(self) -> None:
        if self.is_playing():
            self._timer.stop()
            self.playingChanged.emit(False)

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def set_speed(self, speed: float) -> None:
        self._speed = min(max(speed, SPEEDS[0]), SPEEDS[-1])
        self._timer.setInterval(self.interval_ms)

    def _advance(self) -> None:
        if self._position >= self._length - 1:
            self.pause()
        else:
            self.seek(self._position + 1)
