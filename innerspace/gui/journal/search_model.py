"""Search results with their snippets, newest first or by relevance.

The first page comes with the search; like the timeline, the next pages are fetched on the
database worker as the person scrolls (Qt's views call ``canFetchMore`` and ``fetchMore``).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from innerspace.core.entries import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.journal.timeline_model import EntryIdRole
from innerspace.storage.journal import Journal

SEARCH_PAGE = 50

HitRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(
        self,
        worker: DatabaseWorker | None = None,
        journal: Journal | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._journal = journal
        self._hits: list[SearchHit] = []
        self._query: tuple[str, str] | None = None  # the text and order shown
        self._exhausted = True
        self._loading = False
        self._generation = 0  # a page asked for before a new search belongs to the old one

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HitRole:
            return hit
        if role == EntryIdRole:
            return hit.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            when = hit.created.strftime("%Y-%m-%d")
            name = hit.title or hit.first_line
            return f"{when} — {name} — {plain}".replace(" —  — ", " — ")
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        worker, journal, query = self._worker, self._journal, self._query
        if not self.canFetchMore(parent) or worker is None or journal is None or query is None:
            return
        text, order = query
        offset, generation = len(self._hits), self._generation
        self._loading = True
        worker.submit(
            lambda: journal.search(text, order=order, limit=SEARCH_PAGE, offset=offset),
            lambda page: self._on_page(generation, page),
            lambda _error: self._on_page_failed(generation),
        )

    def set_hits(self, hits: list[SearchHit], query: tuple[str, str] | None = None) -> None:
        """Show the first page of the search for ``query`` (text, order); a full page means
        there may be more to fetch."""
        self.beginResetModel()
        self._generation += 1
        self._hits = list(hits)
        self._query = query
        self._exhausted = query is None or len(hits) < SEARCH_PAGE
        self._loading = False
        self.endResetModel()

    def _on_page(self, generation: int, page: list[SearchHit]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(page) < SEARCH_PAGE
        if page:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._hits.extend(page)
            self.endInsertRows()

    def _on_page_failed(self, generation: int) -> None:
        # The next scroll to the end asks again; without this, a page that failed once (the
        # journal busy or locked meanwhile) would leave the rest of the results unreachable.
        if shiboken6.isValid(self) and generation == self._generation:
            self._loading = False

    def row_of(self, entry_id: int) -> int:
        return next((i for i, hit in enumerate(self._hits) if hit.id == entry_id), -1)

    def clear(self) -> None:
        self.set_hits([])
