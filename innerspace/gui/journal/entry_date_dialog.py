"""Choosing a date for an entry whose stored date can't be shown (kept by an older version)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from innerspace.gui.common.page import label


class EntryDateDialog(QDialog):
    """Emits ``chosen(datetime)`` (local, with its offset) when the person presses OK."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a date"))
        intro = label(
            self.tr(
                "This entry's date can't be shown. Choose when it was written; "
                "nothing else about the entry changes."
            ),
            self,
        )
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        self.when.setAccessibleName(self.tr("When the entry was written"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.when)
        layout.addWidget(buttons)
        self.when.setFocus()

    def _accept(self) -> None:
        moment = self.when.dateTime().toPython()
        if isinstance(moment, datetime):
            self.chosen.emit(moment.astimezone())
        self.accept()
