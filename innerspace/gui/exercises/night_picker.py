"""Which night a diary is about, chosen from the last two weeks of nights.

A diary is kept the morning after, or a day or two late at most, so a short list of nights reads
and works by keyboard better than a date box (whose sections Tab walks through one by one). A
stored night older than the list is added to it, so reopening a diary never changes its night.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from innerspace.core.entries import local_now

NIGHTS = 14


class NightPicker(QComboBox):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.set_night(None)

    def night(self) -> date:
        chosen = self.currentData()
        return date.fromisoformat(chosen) if isinstance(chosen, str) else last_night()

    def set_night(self, night: date | None) -> None:
        """List the recent nights (and ``night``, if older), and choose ``night`` or last night."""
        latest = last_night()
        nights = [latest - timedelta(days=i) for i in range(NIGHTS)]
        if night is not None and night not in nights:
            nights.append(night)
        self.blockSignals(True)
        self.clear()
        for day in sorted(nights, reverse=True):
            self.addItem(self._text(day, latest), day.isoformat())
        self.setCurrentIndex(self.findData((night or latest).isoformat()))
        self.blockSignals(False)

    def _text(self, day: date, latest: date) -> str:
        spoken = self.spoken(day)
        return self.tr("Last night (%1)").replace("%1", spoken) if day == latest else spoken

    def spoken(self, day: date) -> str:
        """The night as people say it: "Friday 4 December" (with the year if not this one)."""
        shown = QDate(day.year, day.month, day.day)
        pattern = (
            self.tr("dddd d MMMM") if day.year == local_now().year else self.tr("dddd d MMMM yyyy")
        )
        return QLocale().toString(shown, pattern)


def last_night() -> date:
    """The night just gone: the one that began yesterday evening."""
    return local_now().date() - timedelta(days=1)
