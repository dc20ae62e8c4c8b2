"""Free association: write whatever comes for a chosen number of minutes, without going back.

While the timer runs, the writing space only grows at its end: keys and clicks that would move
back, delete, undo or replace are ignored, because the point of the exercise is not to steer or
correct. When the time is up (or the person stops early) it is an ordinary text box again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.entries import local_now
from innerspace.core.exercises import ExerciseError
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.thought_record import step_heading

MIN_MINUTES = 1
MAX_MINUTES = 30
DEFAULT_MINUTES = 10
TICK_MS = 250
TITLE_CHARS = 48
Clock = Callable[[], float]


@dataclass
class FreeAssociation:
    """What came during one timed writing: how long it was meant to last, when it began."""

    KIND: ClassVar[str] = "free-association"

    minutes: int = DEFAULT_MINUTES
    started: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES:
            raise ExerciseError(f"Minutes should be from {MIN_MINUTES} to {MAX_MINUTES}.")

    def to_fields(self) -> dict[str, Any]:
        return {"minutes": self.minutes, "started": self.started, "text": self.text}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> FreeAssociation:
        minutes = data.get("minutes", DEFAULT_MINUTES)
        if not isinstance(minutes, int) or isinstance(minutes, bool):
            raise ExerciseError("'minutes' should be a whole number.")
        started, text = data.get("started", ""), data.get("text", "")
        if not isinstance(started, str) or not isinstance(text, str):
            raise ExerciseError("'started' and 'text' should be text.")
        return cls(minutes, started, text)

    def to_markdown(self) -> str:
        facts = f"{self.minutes} minutes" + (f", from {self.started}" if self.started else "")
        body = f"_{facts}_\n\n{self.text.strip()}\n" if self.text.strip() else f"_{facts}_\n"
        return f"## Free association\n\n{body}"


class ForwardOnlyEdit(QPlainTextEdit):
    """A text box that, while ``forward_only`` is on, only lets new text be added at its end."""

    _FREE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forward_only = False
        self.setTabChangesFocus(True)

    @property
    def forward_only(self) -> bool:
        return self._forward_only

    def set_forward_only(self, on: bool) -> None:
        self._forward_only = on
        # Turning undo off and on again also forgets the history, so the timed text can't be
        # undone afterwards either.
        self.setUndoRedoEnabled(not on)
        self.setAcceptDrops(not on)
        if on:
            self._to_end()

    def _to_end(self) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def _append(self, text: str) -> None:
        self._to_end()
        self.insertPlainText(text)
        self.ensureCursorVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._forward_only or event.key() in self._FREE_KEYS:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._append("\n")
            return
        text = event.text()
        ctrl = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if text and not ctrl and all(ch.isprintable() for ch in text):
            self._append(text)
        # Everything else (Backspace, Delete, arrows, Home, undo, cut, paste) is ignored, but
        # accepted, so it doesn't reach the dialog as a shortcut either.
        event.accept()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self._forward_only:
            self._to_end()
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Pasting never replaces a selection while the timer runs: it is added at the end.
        if self._forward_only:
            if source.hasText():
                self._append(source.text())
            return
        super().insertFromMimeData(source)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._forward_only:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._to_end()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._forward_only:
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._forward_only:
            event.accept()
            return
        super().mouseMoveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._forward_only:
            event.accept()
            return
        super().contextMenuEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._forward_only:
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._forward_only:
            event.ignore()
            return
        super().dropEvent(event)


class FreeAssociationForm(ExerciseForm):
    """``clock`` gives seconds on a monotonic scale; tests pass one they can move forward."""

    KIND = FreeAssociation.KIND

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ends_at: float | None = None
        self._started = ""
        self._loading = False

        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("How many minutes to write for"))
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.setAccessibleName(self.tr("Start writing"))
        self.stop_button = QPushButton(self.tr("Stop now"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the timer now"))
        self.remaining = QLabel(self)
        self.remaining.setAccessibleName(self.tr("Time left"))
        self.text = ForwardOnlyEdit(self)
        self.text.setAccessibleName(self.tr("What comes to mind"))
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 12)
        self.state_note = label("", self, "muted")

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        minutes_label = QLabel(self.tr("Write for"), self)
        minutes_label.setBuddy(self.minutes)
        controls = QHBoxLayout()
        controls.setSpacing(10)
        controls.addWidget(minutes_label)
        controls.addWidget(self.minutes)
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        controls.addWidget(self.remaining)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(step_heading(self.tr("Write whatever comes"), self))
        layout.addWidget(
            label(
                self.tr(
                    "Don't steer, correct or judge. If you get stuck, write that you're stuck. "
                    "While the timer runs you can only add, not go back; afterwards you can "
                    "edit freely."
                ),
                self,
                "muted",
            )
        )
        layout.addLayout(controls)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.state_note)

        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.finish)
        self.text.textChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self._show_state()

    # -- the timer -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._ends_at is not None

    def start(self) -> None:
        if self.running:
            return
        self._started = local_now().isoformat(timespec="seconds")
        self._ends_at = self._clock() + self.minutes.value() * 60
        self.text.set_forward_only(True)
        self._timer.start()
        self._show_state()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def tick(self) -> None:
        if self._ends_at is not None and self._clock() >= self._ends_at:
            self.finish()
        else:
            self._show_remaining()

    def finish(self) -> None:
        if not self.running:
            return
        self._ends_at = None
        self._timer.stop()
        self.text.set_forward_only(False)
        self._show_state()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _show_remaining(self) -> None:
        if self._ends_at is None:
            self.remaining.setText("")
            return
        left = max(0, round(self._ends_at - self._clock()))
        minutes, seconds = divmod(left, 60)
        self.remaining.setText(self.tr("%1 left").replace("%1", f"{minutes}:{seconds:02d}"))

    def _show_state(self) -> None:
        running = self.running
        started = bool(self._started) or bool(self.text.toPlainText())
        self.minutes.setEnabled(not running)
        self.start_button.setVisible(not running)
        self.start_button.setEnabled(not started)
        self.stop_button.setVisible(running)
        self.remaining.setVisible(running)
        self.text.setReadOnly(not running and not started)
        if running:
            note = self.tr("Keep going; the text only grows forward until the time is up.")
        elif started:
            note = self.tr("Time's up. Read it through once, edit if you like, then save it.")
        else:
            note = self.tr("Choose how long, then press Start. The writing space opens then.")
        self.state_note.setText(note)
        self.text.setPlaceholderText(
            "" if started or running else self.tr("Press Start when you're ready.")
        )
        self._show_remaining()

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        first = next((ln.strip() for ln in self.text.toPlainText().splitlines() if ln), "")
        if len(first) > TITLE_CHARS:
            first = first[: TITLE_CHARS - 1].rstrip() + "…"
        name = self.tr("Free association")
        return f"{name}: {first}" if first else name

    def value(self) -> FreeAssociation:
        return FreeAssociation(self.minutes.value(), self._started, self.text.toPlainText())

    def set_value(self, value: FreeAssociation | None) -> None:
        writing = value or FreeAssociation()
        self._loading = True
        try:
            self._ends_at = None
            self._timer.stop()
            self.text.set_forward_only(False)
            self._started = writing.started
            self.minutes.setValue(writing.minutes)
            # setPlainText, unlike clear(), also forgets the undo history.
            self.text.setPlainText(writing.text)
            self._show_state()
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        return not self._started and not self.text.toPlainText().strip()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
