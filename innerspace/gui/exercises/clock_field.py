"""A time of day typed as people write it ("23:40", "2340", "6.15"), or left blank.

Exercises ask about times that a half-done draft may not have yet, so blank is an answer of its
own; a spin box would always hold some time. The field reads back ``HH:MM`` or "".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

_TYPED = r"([01]?\d|2[0-3])[:.h]?([0-5]\d)"
_WHOLE = re.compile(rf"^{_TYPED}$")


class ClockField(QLineEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"^{_TYPED}$"), self))
        self.setMaxLength(5)
        width = self.fontMetrics().horizontalAdvance("00:00") * 2 + 16
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self.editingFinished.connect(lambda: self.set_clock(self.clock()))

    def clock(self) -> str:
        """The time as ``HH:MM``, or "" while it is blank or unfinished."""
        found = _WHOLE.match(self.text().strip())
        return "" if found is None else f"{int(found[1]):02d}:{found[2]}"

    def set_clock(self, clock: str) -> None:
        if clock != self.text():
            self.setText(clock)
