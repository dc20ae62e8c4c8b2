"""Search results with their snippets, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from innerspace.core.entries import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from innerspace.gui.journal.timeline_model import EntryIdRole

HitRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

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

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def row_of(self, entry_id: int) -> int:
        return next((i for i, hit in enumerate(self._hits) if hit.id == entry_id), -1)

    def clear(self) -> None:
        self.set_hits([])
