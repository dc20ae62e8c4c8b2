"""A calm visual guide for paced breathing, with a still, words-only way for reduced motion."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.breathing import (
    BreathingPattern,
    Phase,
    Position,
    load_breathing_patterns,
    position,
)

FRAME_MS = 33  # about 30 frames a second: smooth, and light on the processor


class BreathingGuide(QWidget):
    """A circle that grows as you breathe in and softens as you breathe out.

    With ``reduced_motion`` the circle stays still; only the words and the count change, once
    a second. ``phaseChanged(text)`` carries the words for a screen reader or a label.
    """

    phaseChanged = Signal(str)
    finished = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))
        self._clock = clock
        self._pattern = load_breathing_patterns()[0]
        self._total_seconds = 120.0
        self._started: float | None = None
        self._position = position(self._pattern, 0.0, self._total_seconds)
        self._last_words = ""
        self.reduced_motion = False
        self._timer = QTimer(self, interval=FRAME_MS)
        self._timer.timeout.connect(self.tick)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def total_seconds(self) -> float:
        return self._total_seconds

    def start(self, pattern: BreathingPattern, minutes: float) -> None:
        self._pattern = pattern
        self._total_seconds = minutes * 60
        self._started = self._clock()
        self._last_words = ""
        self._timer.setInterval(1000 if self.reduced_motion else FRAME_MS)
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        self._timer.stop()
        self._started = None
        self._position = position(self._pattern, 0.0, self._total_seconds)
        self._announce(self.tr("Stopped. Breathe however feels natural."))
        self.update()

    def tick(self) -> None:
        if self._started is None:
            return
        self._position = position(self._pattern, self._clock() - self._started, self._total_seconds)
        if self._position.finished:
            self._timer.stop()
            self._started = None
            self._announce(self.tr("Well done. Notice how you feel now."))
            self.finished.emit()
        else:
            self._announce(self.words(self._position))
        self.update()

    def words(self, pos: Position) -> str:
        names = {
            Phase.IN: self.tr("Breathe in"),
            Phase.HOLD_FULL: self.tr("Hold"),
            Phase.OUT: self.tr("Breathe out"),
            Phase.HOLD_EMPTY: self.tr("Rest"),
        }
        return f"{names[pos.phase]} · {max(1, round(pos.seconds_left + 0.49))}"

    def _announce(self, words: str) -> None:
        if words != self._last_words:
            self._last_words = words
            self.setAccessibleDescription(words)
            self.phaseChanged.emit(words)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        centre = QPointF(self.width() / 2, self.height() / 2)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        outline = QColor(accent)
        outline.setAlpha(90)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, side / 2, side / 2)
        fullness = 0.6 if self.reduced_motion or not self.running else self._position.fullness
        radius = side / 2 * (0.35 + 0.65 * fullness)
        fill = QColor(accent)
        fill.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        # The words are shown once, under the circle, by whoever places it (``phaseChanged``).
