"""An optional overall mood from 1 (very low) to 10 (very good); "not rated" is a real answer."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from innerspace.core.emotions import MAX_MOOD, MIN_MOOD

MIDDLE = 5
GAP = 3


class MoodScale(QWidget):
    """Ten numbered cells, the chosen one filled. Arrows, Home/End and digits choose; Delete
    clears. Clicking chooses."""

    valueChanged = Signal()
    ACCESSIBLE_ROLE = QAccessible.Role.Slider

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> bool:
        """Show ``value``; returns whether it differed from before."""
        if value is not None and not MIN_MOOD <= value <= MAX_MOOD:
            raise ValueError(f"a mood rating is {MIN_MOOD}–{MAX_MOOD}")
        if value == self._value:
            return False
        self._value = value
        self.update()
        return True

    def sizeHint(self) -> QSize:
        cell = self._cell_width()
        count = MAX_MOOD - MIN_MOOD + 1
        return QSize(count * cell + (count - 1) * GAP + 4, self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:
        # Cells shrink to just around their number, so the panel can stay narrow beside the text.
        bold = self.font()
        bold.setBold(True)
        cell = QFontMetrics(bold).horizontalAdvance("10") + 6
        count = MAX_MOOD - MIN_MOOD + 1
        return QSize(count * cell + (count - 1) * GAP + 6, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, current = event.key(), self._value
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 1,
        }.get(Qt.Key(key))
        chosen: int | None
        if step is not None:
            chosen = MIDDLE if current is None else max(MIN_MOOD, min(MAX_MOOD, current + step))
        elif key == Qt.Key.Key_Home:
            chosen = MIN_MOOD
        elif key == Qt.Key.Key_End:
            chosen = MAX_MOOD
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            chosen = key - Qt.Key.Key_0
        elif key == Qt.Key.Key_0:
            chosen = MAX_MOOD
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            chosen = None
        else:
            super().keyPressEvent(event)
            return
        if self.set_value(chosen):
            self.valueChanged.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        for rating in range(MIN_MOOD, MAX_MOOD + 1):
            if self._cell(rating).contains(event.position()):
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                if self.set_value(rating):
                    self.valueChanged.emit()
                return

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hasFocus():
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
        for rating in range(MIN_MOOD, MAX_MOOD + 1):
            cell = self._cell(rating)
            chosen = rating == self._value
            painter.setPen(QPen(highlight if chosen else muted, 1))
            painter.setBrush(highlight if chosen else palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(cell, 4, 4)
            font = self.font()
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(
                palette.color(
                    QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.Text
                )
            )
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(rating))
        painter.end()

    def _cell_width(self) -> int:
        bold = self.font()
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance("10") + 14

    def _cell(self, rating: int) -> QRectF:
        count = MAX_MOOD - MIN_MOOD + 1
        inner = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        width = (inner.width() - (count - 1) * GAP) / count
        left = inner.left() + (rating - MIN_MOOD) * (width + GAP)
        return QRectF(left, inner.top(), width, inner.height())


class MoodRating(QWidget):
    """How the person feels overall, if they want to say. ``changed`` is emitted only for the
    person's own changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self.tr("Overall mood"), self)
        self.state = QLabel(self)
        self.state.setProperty("role", "muted")
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Leave the mood not rated"))
        self.clear_button.setAccessibleName(self.tr("Clear the mood rating"))
        self.scale = MoodScale(self)
        self.scale.setAccessibleName(self.tr("Overall mood, from 1, very low, to 10, very good"))
        self.scale.setToolTip(
            self.tr("Click a number, or use the arrow keys. Delete leaves it not rated.")
        )
        self.caption.setBuddy(self.scale)
        low = QLabel(self.tr("very low"), self)
        high = QLabel(self.tr("very good"), self)
        for label in (low, high):
            label.setProperty("role", "muted")
        high.setAlignment(Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        top.addWidget(self.state)
        top.addWidget(self.clear_button)
        ends = QHBoxLayout()
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.scale)
        layout.addLayout(ends)

        self.scale.valueChanged.connect(self._on_scale)
        self.clear_button.clicked.connect(self._on_clear)
        self._show_state()

    def value(self) -> int | None:
        return self.scale.value()

    def set_value(self, value: int | None) -> None:
        self.scale.set_value(value)
        self._show_state()

    def _on_scale(self) -> None:
        self._show_state()
        self.changed.emit()

    def _on_clear(self) -> None:
        if self.scale.set_value(None):
            self._show_state()
            self.changed.emit()
        self.scale.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_state(self) -> None:
        value = self.scale.value()
        text = (
            self.tr("Not rated") if value is None else self.tr("%1 of 10").replace("%1", str(value))
        )
        self.state.setText(text)
        self.scale.setAccessibleDescription(text)
        self.clear_button.setEnabled(value is not None)
