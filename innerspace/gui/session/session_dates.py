"""Session dates: the next one, set by hand, or a weekly rhythm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.entries import local_now
from innerspace.core.session_plan import SessionPlan
from innerspace.gui.common.chart_base import qdate
from innerspace.gui.common.flow_layout import FlowLayout
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.session.dates_fields import as_date
from innerspace.storage.session_prep import SessionDates


class SessionDatesPanel(QWidget):
    """Shows the next session and lets the person set one; ``plan_known(plan)`` once the dates
    are read or changed."""

    plan_known = Signal(object)

    def __init__(
        self, worker: DatabaseWorker, dates: SessionDates, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._dates = dates
        self.plan = SessionPlan()
        heading = label(self.tr("My sessions"), self, "heading")
        self.next_note = QLabel(self)
        self.next_note.setWordWrap(True)
        self.next_note.setAccessibleName(self.tr("Next session"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date of a session"))
        self.day.setDate(QDate.currentDate())
        self.add_button = QPushButton(self.tr("Add &session date"), self)
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("R&emove that date"), self)
        self.remove_button.clicked.connect(self.remove_day)
        self.weekly = QComboBox(self)
        self.weekly.setAccessibleName(self.tr("A session every week on"))
        self.weekly.addItem(self.tr("No weekly rhythm"), None)
        locale = QLocale()
        for weekday in range(7):
            # Qt counts Monday as 1.
            self.weekly.addItem(
                self.tr("Every %1").replace("%1", locale.dayName(weekday + 1)), weekday
            )
        self.weekly.activated.connect(lambda _i: self.set_weekly())

        day_row = FlowLayout(spacing=8)  # the buttons go below the day when the room is narrow
        day_row.addWidget(self.day)
        day_row.addWidget(self.add_button)
        day_row.addWidget(self.remove_button)
        form = QFormLayout()
        day_label = QLabel(self.tr("Session &date"), self)
        day_label.setBuddy(self.day)
        form.addRow(day_label, day_row)
        form.addRow(self.tr("&Weekly"), self.weekly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.next_note)
        layout.addLayout(form)

    def load(self) -> None:
        self._worker.submit(self._dates.plan, self._stored)

    def add_day(self) -> None:
        day, dates = as_date(self.day.date()), self._dates
        self._store(lambda: dates.add_day(day))

    def remove_day(self) -> None:
        day, dates = as_date(self.day.date()), self._dates
        self._store(lambda: dates.remove_day(day))

    def set_weekly(self) -> None:
        weekday = self.weekly.currentData()
        dates = self._dates
        # The rhythm starts today: sessions before it were set by hand, if at all.
        today = local_now().date()
        self._store(lambda: dates.set_weekly(weekday, None if weekday is None else today))

    def _store(self, job: Callable[[], None]) -> None:
        dates = self._dates

        def store_and_read() -> SessionPlan:
            job()
            return dates.plan()

        self._worker.submit(store_and_read, self._stored)

    def _stored(self, plan: SessionPlan) -> None:
        self._show(plan)
        self.plan_known.emit(plan)

    def _show(self, plan: SessionPlan) -> None:
        self.plan = plan
        index = self.weekly.findData(plan.weekday) if plan.weekday is not None else 0
        self.weekly.setCurrentIndex(max(index, 0))
        today = local_now().date()
        upcoming = plan.next_from(today)
        last = plan.last_before(today)
        parts = []
        if upcoming is None:
            parts.append(self.tr("No session date set yet."))
        elif upcoming == today:
            parts.append(self.tr("Your session is today."))
        else:
            parts.append(self.tr("Next session: %1.").replace("%1", _long(upcoming)))
        if last is not None:
            parts.append(self.tr("The last one was %1.").replace("%1", _long(last)))
        self.next_note.setText(" ".join(parts))


def _long(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
