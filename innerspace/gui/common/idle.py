"""Notices when the person has stepped away, so the journal can lock itself."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_seconds`` without keyboard, mouse or touch input.

    It watches the whole application (every window and dialog), and reads time from ``clock``
    so tests can move time forward without waiting. The monotonic clock stands still while the
    computer sleeps, so the wall clock is checked too: a laptop opened after a night away
    locks at once instead of showing the journal for another few minutes.
    """

    idle = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall_clock = wall_clock
        self._last_wall = wall_clock()
        self.timeout_seconds = timeout_seconds
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_activity = self._clock()
        self._last_wall = self._wall_clock()
        self._armed = True
        self._timer.start()
        # Only while armed: a filter on the whole application costs every event a trip through
        # Python, and the first window (the unlock screen) would paint later for it.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def poke(self) -> None:
        """Something the person is following on screen (a breathing guide) counts as input."""
        self._last_activity = self._clock()
        self._last_wall = self._wall_clock()

    def check(self) -> None:
        idle_for = max(self._clock() - self._last_activity, self._wall_clock() - self._last_wall)
        if self._armed and idle_for >= self.timeout_seconds:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_activity = self._clock()
            self._last_wall = self._wall_clock()
        return False
