"""Entries between two calendar days, as each writer's own clock showed them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from innerspace.core.entries import EntrySummary
from innerspace.storage.journal import Journal

# No UTC offset reaches a full day; widening the stored-time window by one keeps every candidate.
_WIDEST_OFFSET = timedelta(hours=24)
_PAGE = 200


def entries_between(
    journal: Journal, first: date | None, last: date | None, limit: int | None
) -> list[EntrySummary]:
    """Newest first, those written on ``first`` .. ``last`` (both included) in the writer's time.

    An entry written at 00:30 on 6 March in UTC+02:00 was on 6 March for its writer, although it
    is 5 March in UTC: the stored time alone can't decide, so candidates are filtered here.
    """
    start = _utc_midnight(first, -_WIDEST_OFFSET) if first else None
    end = _utc_midnight(last, timedelta(days=1) + _WIDEST_OFFSET) if last else None
    found: list[EntrySummary] = []
    before: int | None = None
    while limit is None or len(found) < limit:
        page = journal.page(before=before, limit=_PAGE, start=start, end=end)
        found.extend(s for s in page if _within(s.created.date(), first, last))
        if len(page) < _PAGE:
            break
        before = page[-1].sort_key
    return found if limit is None else found[:limit]


def _utc_midnight(day: date, shift: timedelta) -> datetime | None:
    try:
        return datetime.combine(day, time(0), tzinfo=UTC) + shift
    except OverflowError:
        return None  # at the ends of the calendar there is nothing further to exclude


def _within(day: date, first: date | None, last: date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)
