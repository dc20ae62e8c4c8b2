"""This week's assignments as an item model, and the delegate that paints each one.

The list is a handful of rows that arrive whole from the database worker; each row is read from
its assignment on demand. Progress is in words beside the title, never in colour alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from innerspace.gui.homework.words import asks_for_words, progress_words, when_words
from innerspace.storage.homework import AssignmentProgress

AssignmentRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
_PAD = 10
_SEPARATOR = "  ·  "


class ThisWeekModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssignmentProgress] = []
        self._today = date.today()
        self._names: dict[str, str] = {}

    def set_week(self, rows: list[AssignmentProgress], today: date, names: dict[str, str]) -> None:
        """The week's assignments; ``names`` says what each reference is called."""
        self.beginResetModel()
        self._rows, self._today, self._names = list(rows), today, dict(names)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, assignment_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.assignment.id == assignment_id:
                return row
        return -1

    def item(self, row: int) -> AssignmentProgress | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def name_of(self, reference: str) -> str:
        return self._names.get(reference, reference)

    def detail(self, item: AssignmentProgress) -> str:
        assignment = item.assignment
        parts = [
            progress_words(assignment, item.progress),
            when_words(assignment, self._today),
            asks_for_words(assignment, self.name_of(assignment.reference)),
        ]
        return _SEPARATOR.join(part for part in parts if part)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == _Role.DisplayRole:
            return item.assignment.title
        if role == DetailRole:
            return self.detail(item)
        if role == _Role.AccessibleTextRole:
            return f"{item.assignment.title}. {self.detail(item).replace(_SEPARATOR, '. ')}."
        if role == AssignmentRole:
            return item.assignment
        if role == ProgressRole:
            return item.progress
        return None


class AssignmentDelegate(QStyledItemDelegate):
    """The title, and below it the progress, when it is due and what it asks for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * _PAD + 2 * line + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, detail = opt.text, str(index.data(DetailRole) or "")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        line = opt.fontMetrics.lineSpacing()
        strong = QFont(opt.font)
        strong.setWeight(QFont.Weight.DemiBold)
        painter.setFont(strong)
        painter.setPen(palette.color(text_role))
        shown = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, shown)
        painter.setFont(opt.font)
        painter.setPen(palette.color(muted_role))
        shown = opt.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + 4, rect.width(), line), 0, shown)
        painter.restore()
