"""What an entry was about: situation or trigger, people, activities and places, each a line of
names separated by commas that completes from the names already used."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from innerspace.core.emotions import CONTEXT_KINDS, check_context_kind, normalize_context_name


class ContextName(NamedTuple):
    """A context tag as the person typed it; a ``(kind, name)`` pair for ``Feelings``."""

    kind: str
    name: str


class _KindAndName(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def name(self) -> str: ...


class _LastNameCompleter(QCompleter):
    """Completes only the name after the last comma, keeping the ones before it."""

    _head = ""

    def splitPath(self, path: str) -> list[str]:
        # Remembered from what was typed: moving through the list rewrites the line each time.
        self._head = path.rsplit(",", 1)[0] + ", " if "," in path else ""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return f"{self._head}{index.data(Qt.ItemDataRole.EditRole)}, "


class ContextLine(QLineEdit):
    """One kind of context. Known names are offered most used first, as they were given."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.known = QStringListModel(self)
        completer = _LastNameCompleter(self.known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setCompleter(completer)

    def names(self) -> list[str]:
        seen: dict[str, str] = {}
        for raw in self.text().split(","):
            name = normalize_context_name(raw)
            if name:
                seen.setdefault(name.casefold(), name)
        return list(seen.values())


class ContextTagsField(QWidget):
    """``changed`` is emitted when the person edits a line, not when tags are loaded."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "situation": (self.tr("&Situation or trigger"), self.tr("What happened?")),
            "people": (self.tr("&People"), self.tr("Who was there or on your mind?")),
            "activity": (self.tr("&Activities"), self.tr("What were you doing?")),
            "place": (self.tr("P&laces"), self.tr("Where were you?")),
        }
        self.lines: dict[str, ContextLine] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        hint = self.tr("Names separated by commas")
        for kind in CONTEXT_KINDS:
            text, placeholder = labels[kind]
            line = ContextLine(kind, self)
            line.setPlaceholderText(placeholder)
            line.setToolTip(hint)
            line.setAccessibleName(text.replace("&", ""))
            line.setAccessibleDescription(f"{placeholder} {hint}")
            line.textEdited.connect(self.changed)
            label = QLabel(text, self)
            label.setBuddy(line)
            layout.addRow(label, line)
            self.lines[kind] = line

    def tags(self) -> list[ContextName]:
        return [
            ContextName(kind, name) for kind, line in self.lines.items() for name in line.names()
        ]

    def set_tags(self, tags: Iterable[_KindAndName]) -> None:
        """Show these tags (a ``ContextTag`` or ``ContextName`` each), replacing all lines."""
        by_kind: dict[str, list[str]] = {kind: [] for kind in CONTEXT_KINDS}
        for tag in tags:
            check_context_kind(tag.kind)
            by_kind[tag.kind].append(tag.name)
        for kind, line in self.lines.items():
            line.setText(", ".join(by_kind[kind]))

    def set_known(self, kind: str, names: Sequence[str]) -> None:
        """Names to complete from, most used first (``Feelings.context_tags(kind)``)."""
        check_context_kind(kind)
        self.lines[kind].known.setStringList(list(names))

    def clear(self) -> None:
        """Empty every line and forget every known name (on lock)."""
        for line in self.lines.values():
            # setText, unlike clear(), also empties the undo history.
            line.setText("")
            line.known.setStringList([])
