"""Choosing the country whose crisis lines to show: typed or picked, never guessed silently."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from innerspace.core.safety_plan import CrisisDirectory
from innerspace.core.support import territory_from_locale

# "XX" is a code ISO 3166 leaves for private use: here, the person said their country isn't in
# the list, so the plain fallback is shown instead of the lines the locale would suggest.
NOT_LISTED = "XX"


def own_country_code(chosen: str) -> str | None:
    """The country the person chose, else the one their locale names (None for "C" or none)."""
    return chosen or territory_from_locale(os.environ, QLocale.system().name())


class CountryChooser(QComboBox):
    """Every listed country by name, searchable as you type, and "my country isn't listed".

    ``country_chosen(code)`` is emitted only when the person picks one, never when it is set
    in code, so showing a suggestion never saves it.
    """

    country_chosen = Signal(str)

    def __init__(self, directory: CrisisDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Country for crisis lines"))
        line = QLineEdit(self)
        line.setAccessibleName(self.tr("Country for crisis lines"))
        self.setLineEdit(line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for country in sorted(directory.countries, key=lambda c: c.name):
            self.addItem(country.name, country.code)
        self.addItem(self.tr("My country isn't listed"), NOT_LISTED)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line.setPlaceholderText(self.tr("Type or choose your country"))
        line.editingFinished.connect(self._settle)
        self.activated.connect(self._on_activated)
        self.set_code(None)

    def code(self) -> str:
        """The chosen code, NOT_LISTED, or "" when nothing is chosen."""
        data = self.currentData()
        return data if isinstance(data, str) and self.currentIndex() >= 0 else ""

    def set_code(self, code: str | None) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(code.upper()) if code else -1)
        self.blockSignals(False)
        self.setEditText(self.currentText() if self.currentIndex() >= 0 else "")

    def _on_activated(self, index: int) -> None:
        code = self.itemData(index)
        if isinstance(code, str):
            self.country_chosen.emit(code)

    def _settle(self) -> None:
        """Typed words that name no country give way to the country still chosen."""
        typed = self.currentText().strip().casefold()
        index = next((i for i in range(self.count()) if self.itemText(i).casefold() == typed), -1)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self._on_activated(index)
        elif index < 0:
            self.setEditText(self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else "")
