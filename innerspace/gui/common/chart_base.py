"""What the hand-painted charts share: pieces a person can click, or reach with the keyboard.

A chart lays out its pieces as rectangles; this base class turns a click, or the arrow keys and
Enter, into ``activated(key)``, keeps the piece under focus outlined, and says in words what each
piece holds (tooltip and accessible description), so nothing depends on seeing colour.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QAccessible, QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget


class ClickableChart(QWidget):
    activated = Signal(object)
    ACCESSIBLE_ROLE = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._current = -1
        self._focus_colour = QColor("#5b7f73")
        self._stride = 1  # how far Up and Down move through the pieces

    # -- for subclasses ----------------------------------------------------------------------

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        """Every piece that can be activated, in reading order, with where it is drawn."""
        raise NotImplementedError

    def describe(self, key: Hashable) -> str:
        """The piece in words: its label and values."""
        raise NotImplementedError

    def set_focus_colour(self, colour: str) -> None:
        self._focus_colour = QColor(colour)
        self.update()

    def piece_rect(self, key: Hashable) -> QRect:
        for piece, rect in self.pieces():
            if piece == key:
                return rect
        return QRect()

    def paint_focus(self, painter: QPainter) -> None:
        pieces = self.pieces()
        if self.hasFocus() and 0 <= self._current < len(pieces):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._focus_colour, 2))
            painter.drawRect(pieces[self._current][1].adjusted(-2, -2, 2, 2))

    # -- events ------------------------------------------------------------------------------

    def _at(self, x: int, y: int) -> int:
        for i, (_key, rect) in enumerate(self.pieces()):
            if rect.contains(x, y):
                return i
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._at(int(event.position().x()), int(event.position().y()))
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._set_current(index)
            self.activated.emit(self.pieces()[index][0])
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self.pieces())
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._stride,
            Qt.Key.Key_Down: self._stride,
        }
        key = Qt.Key(event.key())
        if count and key in steps:
            start = max(self._current, 0)
            self._set_current(min(max(start + steps[key], 0), count - 1))
        elif count and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._set_current(max(self._current, 0))
            self.activated.emit(self.pieces()[self._current][0])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        if self._current < 0 and self.pieces():
            self._set_current(0)
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            index = self._at(pos.x(), pos.y())
            if index >= 0:
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    self.describe(self.pieces()[index][0]),
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def reset_current(self) -> None:
        self._current = -1
        self.update()

    def _set_current(self, index: int) -> None:
        self._current = index
        pieces = self.pieces()
        if 0 <= index < len(pieces):
            self.setAccessibleDescription(self.describe(pieces[index][0]))
        self.update()


def entry_count(widget: QWidget, count: int) -> str:
    """ "1 entry", "3 entries" (translators give each language its own plural forms)."""
    return widget.tr("1 entry") if count == 1 else widget.tr("%n entries", "", count)


def qdate(day: date) -> QDate:
    """A Python date as a QDate (spelled out: not every PySide6 release converts it)."""
    return QDate(day.year, day.month, day.day)
