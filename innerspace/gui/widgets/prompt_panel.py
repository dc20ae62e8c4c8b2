"""The prompt beside the editor while writing from it, and the content note shared by prompt views.

A content note always comes before the prompt it belongs to, with a reminder that the person can
stop and ground themselves at any time: the note is there so they can choose, not to warn them
off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.prompts import Prompt
from innerspace.gui.models.prompt_model import prompt_summary


def text_label(
    parent: QWidget, role: str = "", *, selectable: bool = False, keyboard: bool = True
) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if selectable and keyboard:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    elif selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def follow_ups_text(prompt: Prompt) -> str:
    return "\n".join(f"•  {question}" for question in prompt.follow_ups)


class ContentNote(QFrame):
    """A soft box with a prompt's content note and a reminder to stop and ground when needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.heading = bold(text_label(self))
        self.heading.setText(self.tr("Before you begin"))
        self.note = text_label(self, selectable=True)
        self.note.setAccessibleName(self.tr("Content note"))
        self.reminder = text_label(self)
        self.reminder.setText(
            self.tr(
                "Go at your own pace. You can stop and ground yourself whenever you need to; "
                "breathing and grounding are one click away in Support now."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.reminder)
        self.hide()

    def set_note(self, note: str | None) -> None:
        self.note.setText(note or "")
        self.setVisible(bool(note))


class PromptPanel(QWidget):
    """Shows the prompt being written from. Emits ``choose_another_requested`` and
    ``dismissed``; the owner decides what those do (open the browser, hide the panel)."""

    choose_another_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt: Prompt | None = None
        self.setAccessibleName(self.tr("Prompt you are writing from"))

        self.title = bold(text_label(self))
        self.title.setText(self.tr("Writing from a prompt"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Put the prompt away"))
        self.close_button.setAccessibleName(self.tr("Put the prompt away"))
        self.close_button.clicked.connect(self.dismissed)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.content = QWidget(self)
        self.note = ContentNote(self.content)
        self.text = bold(text_label(self.content, selectable=True), 1.15)
        self.text.setAccessibleName(self.tr("Prompt"))
        self.summary = text_label(self.content, "muted")
        self.follow_ups_heading = bold(text_label(self.content))
        self.follow_ups_heading.setText(self.tr("You might also ask yourself"))
        self.follow_ups = text_label(self.content, selectable=True)
        self.follow_ups.setAccessibleName(self.tr("Follow-up questions"))
        self.empty = text_label(self.content, "muted")
        self.empty.setText(
            self.tr("You are writing freely. Choose a prompt if you would like a place to start.")
        )
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        for widget in (
            self.note,
            self.text,
            self.summary,
            self.follow_ups_heading,
            self.follow_ups,
            self.empty,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.choose_button = QPushButton(self.tr("Choose another prompt"), self)
        self.choose_button.clicked.connect(self.choose_another_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_prompt(None)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def set_prompt(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        self.note.set_note(prompt.content_note if prompt else None)
        self.text.setText(prompt.text if prompt else "")
        self.summary.setText(prompt_summary(prompt) if prompt else "")
        self.follow_ups.setText(follow_ups_text(prompt) if prompt else "")
        has_follow_ups = bool(prompt and prompt.follow_ups)
        self.follow_ups_heading.setVisible(has_follow_ups)
        self.follow_ups.setVisible(has_follow_ups)
        for widget in (self.text, self.summary):
            widget.setVisible(prompt is not None)
        self.empty.setVisible(prompt is None)
        self.choose_button.setText(
            self.tr("Choose another prompt") if prompt else self.tr("Choose a prompt")
        )

    def clear(self) -> None:
        """Forget the prompt (on lock, or when the entry is done)."""
        self.set_prompt(None)
