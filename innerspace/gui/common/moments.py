"""Dates as people say them: "Today 14:02", "Tuesday 14:02", "3 March", "3 March 2024"."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("Moments", text)


def human_date(moment: datetime, now: datetime, locale: QLocale | None = None) -> str:
    """A day without the time: "Today", "Yesterday", a weekday this week, else the date."""
    locale = locale or QLocale()
    day, today = moment.date(), now.date()
    if day == today:
        return _tr("Today")
    if day == today - timedelta(days=1):
        return _tr("Yesterday")
    if today - timedelta(days=6) <= day < today:
        return locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    month = locale.monthName(day.month, QLocale.FormatType.LongFormat)
    if day.year == today.year:
        return _tr("%1 %2").replace("%1", str(day.day)).replace("%2", month)
    return (
        _tr("%1 %2 %3")
        .replace("%1", str(day.day))
        .replace("%2", month)
        .replace("%3", str(day.year))
    )


def human_moment(moment: datetime, now: datetime, locale: QLocale | None = None) -> str:
    """When an entry was written: the time is shown for the last week, where it helps."""
    day = human_date(moment, now, locale)
    if now.date() - timedelta(days=6) <= moment.date() <= now.date():
        return _tr("%1 %2").replace("%1", day).replace("%2", moment.strftime("%H:%M"))
    return day
