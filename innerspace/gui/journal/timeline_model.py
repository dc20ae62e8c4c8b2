"""The timeline: entries newest first, fetched a page at a time in the background.

The model holds only the summaries fetched so far. Qt's views call ``canFetchMore`` and
``fetchMore`` as the person scrolls; each fetch asks the database worker for the next page
(keyset pagination on the entry's sort key), so the first screen appears at once however large
the journal is, and the GUI thread never waits for a query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from innerspace.core.entries import EntrySummary
from innerspace.core.plain_text import first_line_and_rest
from innerspace.gui.common.moments import human_moment
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.storage.journal import Journal
from innerspace.storage.session_prep import SessionMarks

PAGE_SIZE = 100
SummaryRole = Qt.ItemDataRole.UserRole + 1
EntryIdRole = Qt.ItemDataRole.UserRole + 2
BringRole = Qt.ItemDataRole.UserRole + 3  # marked to bring to the next session

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TimelineFilter:
    """Which entries the timeline shows. ``end`` is exclusive (the day after a chosen date)."""

    end: datetime | None = None
    tag: str | None = None
    starred_only: bool = False
    ids: tuple[int, ...] | None = None  # only these entries (from a figure in the patterns)


class TimelineModel(QAbstractListModel):
    firstPageLoaded = Signal()

    def __init__(self, worker: DatabaseWorker, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._journal = journal
        self._rows: list[EntrySummary] = []
        self._marks = SessionMarks(journal.vault)
        self._marked: set[int] = set()
        self._filter = TimelineFilter()
        self._exhausted = False
        self._loading = False
        # Results of a fetch begun before a reset belong to an old view of the journal.
        self._generation = 0

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == SummaryRole:
            return summary
        if role == EntryIdRole:
            return summary.id
        if role == BringRole:
            return summary.id in self._marked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return accessible_summary(summary, summary.id in self._marked)
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        before = self._rows[-1].sort_key if self._rows else None
        generation, flt, journal, marks = self._generation, self._filter, self._journal, self._marks

        def load() -> tuple[list[EntrySummary], set[int]]:
            page = journal.page(
                before=before,
                limit=PAGE_SIZE,
                end=flt.end,
                tag=flt.tag,
                starred_only=flt.starred_only,
                ids=flt.ids,
            )
            return page, marks.marked_ids()

        self._loading = True
        self._worker.submit(
            load,
            lambda loaded: self._on_page(generation, *loaded),
            lambda _error: self._on_page_failed(generation),
        )

    # -- for the journal screen ------------------------------------------------------------

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self, flt: TimelineFilter | None = None) -> None:
        """Start again from the newest entry (after a save, a delete or a new filter)."""
        self.beginResetModel()
        self._generation += 1
        if flt is not None:
            self._filter = flt
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._marked = set()
        self._exhausted = True
        self._loading = False
        self.endResetModel()

    def row_of(self, entry_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == entry_id), -1)

    def summary_at(self, row: int) -> EntrySummary:
        return self._rows[row]

    def _on_page_failed(self, generation: int) -> None:
        # As in search: the next scroll to the end asks again, instead of never loading more.
        if shiboken6.isValid(self) and generation == self._generation:
            self._loading = False

    def _on_page(self, generation: int, page: list[EntrySummary], marked: set[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        first = not self._rows
        self._marked = marked
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._exhausted = len(page) < PAGE_SIZE
        self._loading = False
        if first:
            self.firstPageLoaded.emit()


def accessible_summary(summary: EntrySummary, bring: bool = False) -> str:
    """One line a screen reader can speak: date, marks and title."""
    when = (
        QCoreApplication.translate("Timeline", "Date can't be shown")
        if summary.date_out_of_range
        else human_moment(summary.created, datetime.now(summary.created.tzinfo))
    )
    title = summary.title or first_line_and_rest(summary.preview)[0][:80]
    star = " ★" if summary.starred else ""
    mark = " " + QCoreApplication.translate("Timeline", "⚑ for my session") if bring else ""
    return f"{when}{star}{mark} — {title}"
