"""What every exercise form offers, so one host can open, save and restore any of them.

A form lets the person fill it in by keyboard or mouse and turns what they entered into the
exercise's dataclass from ``innerspace.core.exercises``; the dialog around it shows the title
and the intro from resources/exercises.json, so a form never repeats them.
The host (``ExerciseDialog``) stores it as an entry whose ``kind`` is the exercise's ``KIND``
and whose ``fields`` is ``to_fields()``, with the Markdown rendering as the entry's text so it
reads well in the timeline, search and exports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class ExerciseForm(QWidget):
    """Base class for exercise forms. Subclasses set ``KIND`` and implement the four methods."""

    KIND = ""
    changed = Signal()

    def title(self) -> str:
        """The entry title for what was entered (e.g. "Thought record: the meeting")."""
        raise NotImplementedError

    def value(self) -> Any:
        """The exercise dataclass for what is entered so far (half-done is fine)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored exercise (for editing, or a draft coming back)."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """True while nothing has been entered: nothing to save."""
        raise NotImplementedError

    def clear(self) -> None:
        """Remove every trace of what was entered (on lock)."""
        self.set_value(None)

    def markdown(self, value: Any) -> str:
        """The entry text for ``value``; forms whose content has display names override it."""
        return str(value.to_markdown())
