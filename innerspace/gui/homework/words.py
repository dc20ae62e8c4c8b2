"""Homework in gentle words: what was done ("2 of 3 this week", "Done this week") and when
something is due ("Due Friday"); never what was missed, and no streaks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from innerspace.core.homework import Assignment, Progress

_CONTEXT = "HomeworkWords"


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


def progress_words(assignment: Assignment, progress: Progress) -> str:
    kind = assignment.target.kind
    if kind == "once":
        return _tr("Done") if progress.reached else _tr("Once, whenever it suits you")
    if progress.reached:
        return _tr("Done this week")
    if kind == "daily":
        days = _tr("%1 of %2 days this week")
        return days.replace("%1", str(progress.done)).replace("%2", str(progress.wanted))
    return (
        _tr("%1 of %2 this week")
        .replace("%1", str(progress.done))
        .replace("%2", str(progress.wanted))
    )


def when_words(assignment: Assignment, today: date) -> str:
    """When it starts or is due, in words near today ("Due Friday", "Starts tomorrow")."""
    if assignment.starts is not None and assignment.starts > today:
        return _tr("Starts %1").replace("%1", near_day(assignment.starts, today))
    due = assignment.due
    if due is None:
        return ""
    if due < today:
        return _tr("Ran until %1").replace("%1", near_day(due, today))
    return _tr("Due %1").replace("%1", near_day(due, today))


def last_done_words(progress: Progress, today: date) -> str:
    if progress.last_done is None:
        return ""
    return _tr("Last done %1").replace("%1", near_day(progress.last_done, today))


def near_day(day: date, today: date) -> str:
    difference = (day - today).days
    if difference == 0:
        return _tr("today")
    if difference == 1:
        return _tr("tomorrow")
    if difference == -1:
        return _tr("yesterday")
    locale = QLocale()
    shown = QDate(day.year, day.month, day.day)
    if abs(difference) < 7:
        return locale.dayName(shown.dayOfWeek())
    return locale.toString(shown, "d MMMM" if day.year == today.year else "d MMMM yyyy")


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def target_words(assignment: Assignment) -> str:
    kind = assignment.target.kind
    if kind == "daily":
        return _tr("Every day")
    if kind == "once":
        return _tr("Once")
    times = assignment.target.times
    return _tr("Once a week") if times == 1 else _tr("%n times a week", times)


def asks_for_words(assignment: Assignment, name: str) -> str:
    """What it asks for, with ``name`` saying which (an exercise's title, a prompt's text)."""
    if assignment.asks_for == "writing":
        return _tr("Free writing")
    if assignment.asks_for == "exercise":
        return _tr("Exercise: %1").replace("%1", name)
    if assignment.asks_for == "prompt":
        return _tr("Prompt: %1").replace("%1", name)
    return _tr("Check-in: %1").replace("%1", name)
