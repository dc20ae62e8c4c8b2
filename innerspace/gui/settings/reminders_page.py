"""Reminders in Settings: off by default; a daily moment, homework due days, quiet hours, and
starting at login in the tray, with a plain word on what reminders can and can't do."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.reminders import clock_text, parse_clock
from innerspace.storage.preferences import Preferences


class RemindersPage(QGroupBox):
    """Emits ``changed`` on every change; ``applied_to(prefs)`` gives the prefs with them."""

    changed = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.on = QCheckBox(self.tr("&Remind me:"), self)
        self.on.setChecked(prefs.reminders_on)
        self.daily = QCheckBox(self.tr("each &day at"), self)
        self.daily.setChecked(prefs.reminder_daily)
        self.at = self._time_field(prefs.reminder_time, time(20, 0), self.tr("Reminder time"))
        self.homework = QCheckBox(self.tr("on days &homework is due"), self)
        self.homework.setChecked(prefs.reminder_homework)
        self.quiet_from = self._time_field(prefs.quiet_from, time(22, 0), self.tr("Quiet from"))
        self.quiet_to = self._time_field(prefs.quiet_to, time(7, 0), self.tr("Quiet until"))
        self.start_at_login = QCheckBox(self.tr("&Start when I log in, in the tray"), self)
        self.start_at_login.setChecked(prefs.start_at_login)
        self.note = note = QLabel(
            self.tr(
                "Reminders only come while InnerSpace is running (it can wait in the tray, "
                "locked). They only ever say “A moment for yourself?”, never anything you wrote."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")

        # Few rows: Settings must still fit a small screen at a large text size.
        which = QHBoxLayout()
        which.addWidget(self.on)
        which.addSpacing(12)
        which.addWidget(self.daily)
        which.addWidget(self.at)
        which.addSpacing(12)
        which.addWidget(self.homework)
        which.addStretch(1)
        quiet = QHBoxLayout()
        quiet_label = QLabel(self.tr("&Quiet hours"), self)
        quiet_label.setBuddy(self.quiet_from)
        quiet.addWidget(quiet_label)
        quiet.addWidget(self.quiet_from)
        quiet.addWidget(QLabel(self.tr("to"), self))
        quiet.addWidget(self.quiet_to)
        quiet.addSpacing(24)
        quiet.addWidget(self.start_at_login)
        quiet.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(which)
        column.addLayout(quiet)
        column.addWidget(note)

        for box in (self.on, self.daily, self.homework, self.start_at_login):
            box.toggled.connect(self._on_change)
        for field in (self.at, self.quiet_from, self.quiet_to):
            field.timeChanged.connect(self._on_change)
        self._enable()
        self._fit_note()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_note()

    def _fit_note(self) -> None:
        # The dialog sizes itself before the note wraps: keep room for its two lines.
        self.note.setMinimumHeight(self.note.fontMetrics().lineSpacing() * 2 + 2)

    def _time_field(self, text: str, fallback: time, name: str) -> QTimeEdit:
        moment = parse_clock(text, fallback)
        field = QTimeEdit(QTime(moment.hour, moment.minute), self)
        field.setDisplayFormat("HH:mm")
        field.setAccessibleName(name)
        return field

    def applied_to(self, prefs: Preferences) -> Preferences:
        return replace(
            prefs,
            reminders_on=self.on.isChecked(),
            reminder_daily=self.daily.isChecked(),
            reminder_time=_text(self.at),
            reminder_homework=self.homework.isChecked(),
            quiet_from=_text(self.quiet_from),
            quiet_to=_text(self.quiet_to),
            start_at_login=self.start_at_login.isChecked(),
        )

    def _on_change(self) -> None:
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        on = self.on.isChecked()
        for widget in (self.daily, self.homework, self.quiet_from, self.quiet_to):
            widget.setEnabled(on)
        self.at.setEnabled(on and self.daily.isChecked())


def _text(field: QTimeEdit) -> str:
    moment = field.time()
    return clock_text(time(moment.hour(), moment.minute()))
