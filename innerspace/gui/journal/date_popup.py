"""Go to date: a calendar that pops up under its button and is used with the keyboard.

A calendar inside a menu loses the arrow keys and Enter to the menu; a popup of its own keeps
them: arrows move, Enter chooses, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DatePopup(QFrame):
    """Emits ``chosen(QDate)`` and ``shown``; hides itself once a day is chosen."""

    chosen = Signal(QDate)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        # Week numbers and red weekends say nothing a journal needs.
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setAccessibleName(self.tr("Choose a date"))
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        # Enter on the days table is taken before the calendar sees it in some styles.
        self.calendar.installEventFilter(self)
        for child in self.calendar.findChildren(QWidget):
            child.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        self.plain_weekends()

    def plain_weekends(self) -> None:
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)

    def open_below(self, anchor: QWidget) -> None:
        self.calendar.setMaximumDate(QDate.currentDate())
        self.plain_weekends()
        self.adjustSize()
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        self.shown.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
        ):
            self._choose(self.calendar.selectedDate())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)
