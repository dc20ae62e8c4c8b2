"""The prompt library as an item model, a proxy for the browser's filters, and prompt words.

The whole library (a few hundred prompts) arrives from the database worker in one piece, so the
model is filled at once; the rows keep only ids, and each role is read from the prompt on demand.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from innerspace.core.prompts import Prompt
from innerspace.storage.prompt_library import CUSTOM_PREFIX

PromptIdRole = Qt.ItemDataRole.UserRole + 1
PromptRole = Qt.ItemDataRole.UserRole + 2
TextRole = Qt.ItemDataRole.UserRole + 3
ApproachRole = Qt.ItemDataRole.UserRole + 4
ThemesRole = Qt.ItemDataRole.UserRole + 5
DepthRole = Qt.ItemDataRole.UserRole + 6
MinutesRole = Qt.ItemDataRole.UserRole + 7
FavouriteRole = Qt.ItemDataRole.UserRole + 8
HiddenRole = Qt.ItemDataRole.UserRole + 9
CustomRole = Qt.ItemDataRole.UserRole + 10

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
_CONTEXT = "PromptWords"


# -- words a person reads ----------------------------------------------------------------------


def approach_name(approach: str) -> str:
    """The approach in plain words (the pack format's ids are for authors, not readers)."""
    names = {
        "cbt": QCoreApplication.translate(_CONTEXT, "Thoughts and feelings (CBT)"),
        "psychodynamic": QCoreApplication.translate(_CONTEXT, "Patterns and the past"),
        "mindfulness": QCoreApplication.translate(_CONTEXT, "Mindfulness"),
        "self-compassion": QCoreApplication.translate(_CONTEXT, "Kindness to yourself"),
        "self-exploration": QCoreApplication.translate(_CONTEXT, "Getting to know yourself"),
        "coping": QCoreApplication.translate(_CONTEXT, "Coping skills"),
        "healing": QCoreApplication.translate(_CONTEXT, "Healing past hurts"),
        "relationships": QCoreApplication.translate(_CONTEXT, "Relationships"),
        "growth": QCoreApplication.translate(_CONTEXT, "Growth"),
    }
    return names.get(approach, approach)


def approach_explanation(approach: str) -> str:
    """What the approach is, in one line, for where its name first appears."""
    lines = {
        "cbt": QCoreApplication.translate(
            _CONTEXT,
            "CBT (cognitive behavioural therapy) looks at how thoughts, feelings and actions "
            "affect each other.",
        ),
        "psychodynamic": QCoreApplication.translate(
            _CONTEXT,
            "Looks at how earlier experiences and patterns that repeat shape how you feel and "
            "relate today.",
        ),
        "mindfulness": QCoreApplication.translate(
            _CONTEXT,
            "Noticing what is here right now, in your body and mind, with curiosity rather "
            "than judgement.",
        ),
        "self-compassion": QCoreApplication.translate(
            _CONTEXT, "Speaking to yourself with the warmth you would offer a friend."
        ),
        "self-exploration": QCoreApplication.translate(
            _CONTEXT, "Getting to know your values, your needs and the different parts of you."
        ),
        "coping": QCoreApplication.translate(
            _CONTEXT, "Gathering what helps on hard days, so it is ready when you need it."
        ),
        "healing": QCoreApplication.translate(
            _CONTEXT,
            "Gentle prompts about old hurts, for when you feel ready. Each one has a content note.",
        ),
        "relationships": QCoreApplication.translate(
            _CONTEXT, "Talking, boundaries, conflict, repair and closeness with other people."
        ),
        "growth": QCoreApplication.translate(
            _CONTEXT, "Noticing progress, what you are thankful for, and small steps forward."
        ),
    }
    return lines.get(approach, "")


def depth_name(depth: str) -> str:
    names = {
        "light": QCoreApplication.translate(_CONTEXT, "Light"),
        "moderate": QCoreApplication.translate(_CONTEXT, "Moderate"),
        "deep": QCoreApplication.translate(_CONTEXT, "Deep"),
    }
    return names.get(depth, depth)


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate(_CONTEXT, "about %n min", "", minutes)


def theme_name(theme: str) -> str:
    return theme.replace("-", " ")


def prompt_summary(prompt: Prompt) -> str:
    """Approach, depth and length in words, e.g. "Mindfulness · Light · about 5 min"."""
    return " · ".join(
        (approach_name(prompt.approach), depth_name(prompt.depth), minutes_text(prompt.minutes))
    )


def is_custom(prompt_id: str) -> bool:
    return prompt_id.startswith(CUSTOM_PREFIX)


# -- the model ---------------------------------------------------------------------------------


class PromptListModel(QAbstractListModel):
    """Every prompt in the library, with whether the person marked it a favourite or hid it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._prompts: dict[str, Prompt] = {}
        self._favourites: set[str] = set()
        self._hidden: set[str] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        prompt_id = self._ids[index.row()]
        prompt = self._prompts[prompt_id]
        if role in (_Role.DisplayRole, TextRole):
            return prompt.text
        if role == _Role.AccessibleTextRole:
            return self._spoken(prompt)
        if role == PromptIdRole:
            return prompt_id
        if role == PromptRole:
            return prompt
        if role == ApproachRole:
            return prompt.approach
        if role == ThemesRole:
            return prompt.themes
        if role == DepthRole:
            return prompt.depth
        if role == MinutesRole:
            return prompt.minutes
        if role == FavouriteRole:
            return prompt_id in self._favourites
        if role == HiddenRole:
            return prompt_id in self._hidden
        if role == CustomRole:
            return is_custom(prompt_id)
        return None

    # -- for the browser -----------------------------------------------------------------------

    def set_library(
        self, prompts: Sequence[Prompt], favourites: Collection[str], hidden: Collection[str]
    ) -> None:
        self.beginResetModel()
        self._ids = [p.id for p in prompts]
        self._prompts = {p.id: p for p in prompts}
        self._favourites = set(favourites)
        self._hidden = set(hidden)
        self.endResetModel()

    def clear(self) -> None:
        self.set_library((), (), ())

    def set_favourite(self, prompt_id: str, favourite: bool) -> None:
        self._toggle(self._favourites, prompt_id, favourite, FavouriteRole)

    def set_hidden(self, prompt_id: str, hidden: bool) -> None:
        self._toggle(self._hidden, prompt_id, hidden, HiddenRole)

    def prompt(self, prompt_id: str) -> Prompt | None:
        return self._prompts.get(prompt_id)

    def is_favourite(self, prompt_id: str) -> bool:
        return prompt_id in self._favourites

    def is_hidden(self, prompt_id: str) -> bool:
        return prompt_id in self._hidden

    def row_of(self, prompt_id: str) -> int:
        try:
            return self._ids.index(prompt_id)
        except ValueError:
            return -1

    def themes(self) -> list[str]:
        return sorted({t for p in self._prompts.values() for t in p.themes})

    def _toggle(self, marks: set[str], prompt_id: str, on: bool, role: int) -> None:
        if on:
            marks.add(prompt_id)
        else:
            marks.discard(prompt_id)
        row = self.row_of(prompt_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [role, _Role.AccessibleTextRole])

    def _spoken(self, prompt: Prompt) -> str:
        marks = []
        if prompt.id in self._favourites:
            marks.append(QCoreApplication.translate(_CONTEXT, "favourite"))
        if prompt.id in self._hidden:
            marks.append(QCoreApplication.translate(_CONTEXT, "hidden"))
        if is_custom(prompt.id):
            marks.append(QCoreApplication.translate(_CONTEXT, "your own"))
        extra = f" ({', '.join(marks)})" if marks else ""
        return f"{prompt.text} — {prompt_summary(prompt)}{extra}"


# -- filters -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromptFilter:
    """What the browser shows; ``None`` means "any". Hidden prompts show only when asked."""

    approach: str | None = None
    theme: str | None = None
    depth: str | None = None
    max_minutes: int | None = None
    favourites_only: bool = False
    own_only: bool = False
    show_hidden: bool = False
    search: str = ""


class PromptFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = PromptFilter()

    @property
    def filter(self) -> PromptFilter:
        return self._filter

    def set_filter(self, flt: PromptFilter) -> None:
        if flt == self._filter:
            return
        self.beginFilterChange()
        self._filter = flt
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        prompt = index.data(PromptRole)
        if not isinstance(prompt, Prompt):
            return False
        f = self._filter
        if index.data(HiddenRole) and not f.show_hidden:
            return False
        if f.favourites_only and not index.data(FavouriteRole):
            return False
        if f.own_only and not is_custom(prompt.id):
            return False
        return (
            (f.approach is None or prompt.approach == f.approach)
            and (f.theme is None or f.theme in prompt.themes)
            and (f.depth is None or prompt.depth == f.depth)
            and (f.max_minutes is None or prompt.minutes <= f.max_minutes)
            and _matches(prompt, f.search)
        )


def _matches(prompt: Prompt, search: str) -> bool:
    """Every word typed appears somewhere in the prompt, its themes or its follow-ups."""
    words = search.casefold().split()
    if not words:
        return True
    haystack = " ".join(
        (prompt.text, *map(theme_name, prompt.themes), *prompt.follow_ups)
    ).casefold()
    return all(word in haystack for word in words)
