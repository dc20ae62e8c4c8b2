"""Building blocks shared by the quiet, centred screens (welcome, unlock) and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# Left for a window's frame and title bar, which the window's own size does not include.
FRAME_ROOM = (16, 48)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` × ``height``, or as much of it as the window's screen can show: at a large
    scale or on a small screen a dialog's buttons are never below the bottom of the screen."""
    room = window.screen().availableGeometry()
    window.resize(
        max(1, min(width, room.width() - FRAME_ROOM[0])),
        max(1, min(height, room.height() - FRAME_ROOM[1])),
    )


def resize_to_text(window: QWidget, width: int) -> None:
    """``width`` wide and as tall as its wrapped text needs at that width (within the screen).

    Qt sizes a window from its layout's minimum, which assumes wrapped labels are as wide as
    they will ever be: at a large text size a warning would be squeezed into one clipped line.
    """
    layout = window.layout()
    needed = layout.totalHeightForWidth(width) if layout is not None else 0
    resize_within_screen(window, width, max(needed, window.minimumSizeHint().height()))


def card(parent: QWidget, max_width: int = 620) -> tuple[QWidget, QVBoxLayout]:
    """A centred column of readable width; returns the page and the card's layout."""
    outer = QWidget(parent)
    frame = QFrame(outer)
    frame.setProperty("role", "card")
    frame.setMaximumWidth(max_width)
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(32, 28, 32, 28)
    inner.setSpacing(12)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(frame, 10)
    row.addStretch(1)
    column = QVBoxLayout(outer)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    return outer, inner


def label(text: str, parent: QWidget, role: str = "") -> QLabel:
    """Wrapped plain text; ``role`` is "heading", "muted" or "error" (styled by the theme)."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if role == "heading":
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
        widget.setAccessibleName(text)
    return widget


def save_or_cancel(dialog: QDialog) -> QDialogButtonBox:
    """The buttons that end a form the person fills in: Save (Enter) and Cancel (Esc)."""
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(
        QCoreApplication.translate("page", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def problem_note(parent: QWidget) -> QLabel:
    """Where a form says, once Save is pressed, what needs changing; hidden until then."""
    note = label("", parent, "error")
    note.setAccessibleName(QCoreApplication.translate("page", "What needs changing"))
    note.hide()
    return note
