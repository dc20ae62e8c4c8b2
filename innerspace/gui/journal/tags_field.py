"""A line where tags are typed separated by commas, completing from the tags already used."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from innerspace.core.entries import normalize_tags


class _LastTagCompleter(QCompleter):
    """Completes only the tag after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data(Qt.ItemDataRole.EditRole))
        widget = self.widget()
        current = widget.text() if isinstance(widget, QLineEdit) else ""
        head = current.rsplit(",", 1)[0] + ", " if "," in current else ""
        return f"{head}{chosen}, "


class TagsField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        self._known = QStringListModel(self)
        completer = _LastTagCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompleter(completer)

    def set_known_tags(self, tags: list[str]) -> None:
        self._known.setStringList(tags)

    def tags(self) -> tuple[str, ...]:
        return normalize_tags(self.text().split(","))

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.setText(", ".join(tags))
