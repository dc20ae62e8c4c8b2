"""When something happened: "Now" unless the person chooses another time, on purpose.

A date-time spin box in a form takes every digit typed into it (Tab into it, type a score, and
the log has moved to June), so the form shows the time as text with one "Change…" button, the
only Tab stop. The button opens a small editor; the form's time changes only when the person
presses "Use this time" there.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.entries import local_now


class WhenEditor(QDialog):
    """A small window to pick a day and a time; ``chosen`` only when the person confirms."""

    chosen = Signal(datetime)

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When was it?"))
        self.day = QDateEdit(QDate(moment.year, moment.month, moment.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.day.setAccessibleName(self.tr("Day"))
        self.time = QTimeEdit(QTime(moment.hour, moment.minute), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("Use this time"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.use_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Time"), self.time)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def moment(self) -> datetime:
        day, clock = self.day.date(), self.time.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def accept(self) -> None:
        self.chosen.emit(self.moment())
        super().accept()


class WhenField(QWidget):
    """Shows "Now" or the chosen time; ``changed`` is emitted for the person's choices only."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moment = _minute(local_now())
        self._is_now = True
        self._editor: WhenEditor | None = None
        self._question = ""  # the editor's title; its own "When was it?" when empty
        # One line: a date broken over two lines reads as two things.
        self.shown = QLabel(self)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.shown)
        layout.addWidget(self.change_button)
        layout.addStretch(1)
        self.setFocusProxy(self.change_button)
        self.change_button.clicked.connect(self.open_editor)
        self._show()

    def moment(self) -> datetime:
        return self._moment

    def is_now(self) -> bool:
        return self._is_now

    def set_moment(self, moment: datetime, is_now: bool = False) -> None:
        """Show a stored time (or the present, for a new log), closing any open editor."""
        self.close_editor()
        self._moment = _minute(moment)
        self._is_now = is_now
        self._show()

    def set_question(self, question: str) -> None:
        """Ask about a time ahead ("When will you do it?") instead of one gone by."""
        self._question = question

    def open_editor(self) -> None:
        if self._editor is not None:
            self._editor.raise_()
            return
        editor = WhenEditor(self._moment, self)
        if self._question:
            editor.setWindowTitle(self._question)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.chosen.connect(self._chose)
        editor.finished.connect(self._editor_closed)
        self._editor = editor
        # open(), never exec(): locking must be able to close it at any moment.
        editor.open()

    def close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.reject()

    def _chose(self, moment: datetime) -> None:
        if moment == self._moment and not self._is_now:
            return
        self._moment = moment
        self._is_now = False
        self._show()
        self.changed.emit()

    def _editor_closed(self) -> None:
        if self._editor is None:
            # Closed by clear() or a lock, not by the person: nothing to come back to.
            return
        self._editor = None
        self.change_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self) -> None:
        shown = QDateTime(
            QDate(self._moment.year, self._moment.month, self._moment.day),
            QTime(self._moment.hour, self._moment.minute),
        )
        pattern = (
            self.tr("dddd d MMMM, HH:mm")
            if self._moment.year == local_now().year
            else self.tr("dddd d MMMM yyyy, HH:mm")
        )
        spoken = QLocale().toString(shown, pattern)
        self.shown.setText(self.tr("Now") if self._is_now else spoken)
        self.change_button.setAccessibleName(self.tr("Change when you did it"))
        self.change_button.setAccessibleDescription(
            self.tr("Now, %1").replace("%1", spoken) if self._is_now else spoken
        )


def _minute(moment: datetime) -> datetime:
    """The wall-clock minute, as the log stores it."""
    return moment.replace(second=0, microsecond=0, tzinfo=None)
