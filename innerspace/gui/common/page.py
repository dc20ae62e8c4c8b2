"""Building blocks shared by the quiet, centred screens (welcome, unlock) and dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


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
