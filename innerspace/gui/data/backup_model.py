"""The backups in a folder, newest first: when each was made and how large it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from innerspace.storage.backups import list_backups

PathRole = Qt.ItemDataRole.UserRole + 1
CreatedRole = Qt.ItemDataRole.UserRole + 2
SizeRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BackupRow:
    created: datetime
    path: Path
    size: int


def read_backup_rows(folder: Path) -> list[BackupRow]:
    """File work: run it on the worker. A file that vanished meanwhile is simply left out."""
    rows = []
    for created, path in list_backups(folder):
        try:
            rows.append(BackupRow(created, path, path.stat().st_size))
        except OSError:
            continue
    return rows


class BackupListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRow] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PathRole:
            return row.path
        if role == CreatedRole:
            return row.created
        if role == SizeRole:
            return row.size
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            locale = QLocale()
            when = row.created.astimezone()
            day = locale.toString(
                QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat
            )
            clock = when.strftime("%H:%M")
            return f"{day}, {clock} — {locale.formattedDataSize(row.size, 0)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        return None

    def set_rows(self, rows: list[BackupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: _Index) -> BackupRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
