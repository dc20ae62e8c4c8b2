"""A small read-only table model: header labels, rows of text, and a drill-down key per row.

The tables beside the charts are built from it in one reset rather than item by item; a long
table's rows can be given as a function, made only when something first reads them (most
people look at the chart, and a hidden table reads nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

KeyRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Rows = Sequence[tuple[Hashable, Sequence[str]]]


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[Hashable, Sequence[str]]] = []
        self._make: Callable[[], Rows] | None = None

    def set_rows(self, headers: Sequence[str], rows: Rows | Callable[[], Rows]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        if callable(rows):
            self._rows, self._make = [], rows
        else:
            self._rows, self._make = list(rows), None
        self.endResetModel()

    def _all(self) -> list[tuple[Hashable, Sequence[str]]]:
        if self._make is not None:
            self._rows, self._make = list(self._make()), None
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._all())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, values = self._all()[index.row()]
        value = values[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return value
        if role == KeyRole:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole and (value[:1].isdigit() or value[:1] in "-–"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
