"""Which day (or night) an exercise is about, chosen from the last two weeks.

A diary is kept on the day, or a day or two late at most, so a short list of days reads and
works by keyboard better than a date box (whose sections Tab walks through one by one). A stored
day older than the list is added to it, so reopening an exercise never changes its day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from innerspace.core.entries import local_now

DAYS = 14


class DayPicker(QComboBox):
    """``days_back`` is how far the latest choice lies behind today (1 for last night);
    ``latest_text`` names it, with ``%1`` for the day ("Last night (%1)")."""

    def __init__(
        self, name: str, latest_text: str, days_back: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._latest_text = latest_text
        self._days_back = days_back
        self.setAccessibleName(name)
        self.set_day(None)

    def latest(self) -> date:
        return local_now().date() - timedelta(days=self._days_back)

    def day(self) -> date:
        chosen = self.currentData()
        return date.fromisoformat(chosen) if isinstance(chosen, str) else self.latest()

    def set_day(self, day: date | None) -> None:
        """List the recent days (and ``day``, if older), and choose ``day`` or the latest."""
        latest = self.latest()
        days = [latest - timedelta(days=i) for i in range(DAYS)]
        if day is not None and day not in days:
            days.append(day)
        self.blockSignals(True)
        self.clear()
        for shown in sorted(days, reverse=True):
            text = self.spoken(shown)
            if shown == latest:
                text = self._latest_text.replace("%1", text)
            self.addItem(text, shown.isoformat())
        self.setCurrentIndex(self.findData((day or latest).isoformat()))
        self.blockSignals(False)

    def spoken(self, day: date) -> str:
        return spoken_day(day)


def spoken_day(day: date) -> str:
    """The day as people say it: "Friday 4 December" (with the year if not this one)."""
    shown = QDate(day.year, day.month, day.day)
    this_year = day.year == local_now().year
    pattern = (
        QCoreApplication.translate("DayPicker", "dddd d MMMM")
        if this_year
        else QCoreApplication.translate("DayPicker", "dddd d MMMM yyyy")
    )
    return QLocale().toString(shown, pattern)
