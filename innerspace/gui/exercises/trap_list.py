"""The thinking traps as a list of check boxes, as tall as its rows: the form scrolls, not it.

A tick is the only sign that a trap is chosen. The row the keyboard is on gets a frame, never
a filled highlight, so moving through the list can't look like ticking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex
FRAME_WIDTH = 2


class CurrentFrameDelegate(QStyledItemDelegate):
    """Draws a row without selection colours, and a frame around the current one."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        plain = QStyleOptionViewItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, index)
        if index != self._view.currentIndex():
            return
        palette = option.palette
        colour = palette.highlight().color() if self._view.hasFocus() else palette.mid().color()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, FRAME_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FRAME_WIDTH / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 4, 4)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 2 * FRAME_WIDTH)


class TrapListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CurrentFrameDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Choosing is the check box's job; the current row is shown by the delegate's frame.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSpacing(1)

    def fit_rows(self) -> None:
        """As tall as every row, so nothing in the list needs scrolling of its own."""
        model = self.model()
        rows = 0 if model is None else model.rowCount()
        height = sum(self.sizeHintForRow(r) + 2 * self.spacing() for r in range(rows))
        self.setFixedHeight(max(height, self.fontMetrics().height()) + 2 * self.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_rows()

    def currentChanged(self, current: _Index, previous: _Index) -> None:
        super().currentChanged(current, previous)
        # The frame moves from one row to the other: both are repainted.
        for index in (current, previous):
            if index.isValid():
                self.update(index)
