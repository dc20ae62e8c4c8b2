"""A quiet card offering today's prompt: write about it, look for another, or set it aside.

"Not today" only hides the card and says so by signal; remembering that choice until tomorrow
belongs to whoever places the card.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from innerspace.core.prompts import Prompt
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.prompts.prompt_model import approach_explanation, prompt_summary
from innerspace.gui.prompts.prompt_panel import ContentNote, bold, text_label
from innerspace.storage.prompt_library import PromptLibrary


class PromptOfTheDayCard(QWidget):
    """Emits ``write_requested(prompt_id)``, ``browse_requested`` and ``not_today``."""

    write_requested = Signal(str)
    browse_requested = Signal()
    not_today = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt: Prompt | None = None
        self.setAccessibleName(self.tr("A prompt for today"))

        frame = QFrame(self)
        frame.setProperty("role", "card")
        self.heading = bold(text_label(frame, "muted"))
        self.heading.setText(self.tr("A prompt for today"))
        self.note = ContentNote(frame, compact=True)
        self.text = text_label(frame, selectable=True, keyboard=False)
        bold(self.text, 1.1)
        self.text.setAccessibleName(self.tr("Today's prompt"))
        self.summary = text_label(frame, "muted")

        self.write_button = QPushButton(self.tr("&Write about this"), frame)
        self.write_button.clicked.connect(self._write)
        self.another_button = QPushButton(self.tr("&Another prompt"), frame)
        self.another_button.setToolTip(self.tr("Browse every prompt"))
        self.another_button.clicked.connect(self.browse_requested)
        self.not_today_button = QPushButton(self.tr("Not today"), frame)
        self.not_today_button.setToolTip(self.tr("Put this card away until tomorrow"))
        self.not_today_button.clicked.connect(self._set_aside)
        # Compact, so the text below keeps the room: one line of what it is and what to do,
        # then the question itself and a quiet line about it.
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading, 1)
        top.addWidget(self.write_button)
        top.addWidget(self.another_button)
        top.addWidget(self.not_today_button)

        inner = QVBoxLayout(frame)
        inner.setContentsMargins(14, 8, 14, 10)
        inner.setSpacing(4)
        inner.addLayout(top)
        inner.addWidget(self.note)
        inner.addWidget(self.text)
        inner.addWidget(self.summary)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.set_prompt(None)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def set_prompt(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        self.note.set_note(prompt.content_note if prompt else None)
        if prompt is None:
            self.text.setText(
                self.tr(
                    "There is no prompt to offer today. You can browse them all, or simply write."
                )
            )
            self.summary.clear()
        else:
            self.text.setText(prompt.text)
            self.summary.setText(prompt_summary(prompt))
            # The card stays two lines high; what the approach is shows on hover and is read out.
            self.summary.setToolTip(approach_explanation(prompt.approach))
            self.summary.setAccessibleDescription(approach_explanation(prompt.approach))
        self.summary.setVisible(prompt is not None)
        self.write_button.setVisible(prompt is not None)
        self.another_button.setText(
            self.tr("&Another prompt") if prompt else self.tr("&Browse prompts")
        )

    def load(self, worker: DatabaseWorker, library: PromptLibrary, day: date) -> None:
        """Ask the worker for ``day``'s prompt and show it when it arrives."""

        def job() -> tuple[Prompt | None, bool]:
            prompt = library.prompt_of_the_day(day)
            return prompt, library.answered_on(day)

        def shown(result: tuple[Prompt | None, bool]) -> None:
            prompt, answered = result
            if not shiboken6.isValid(self):
                return
            if answered:
                # A prompt was answered today already: the card rests until tomorrow.
                self.hide()
                return
            self.set_prompt(prompt)

        worker.submit(job, shown)

    def _write(self) -> None:
        if self._prompt is not None:
            self.write_requested.emit(self._prompt.id)

    def _set_aside(self) -> None:
        self.hide()
        self.not_today.emit()
