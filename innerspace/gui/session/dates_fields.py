"""Dates from Qt's date fields as Python dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def as_date(day: QDate) -> date:
    """Spelled out: not every PySide6 release converts a QDate to a typed date."""
    return date(day.year(), day.month(), day.day())
