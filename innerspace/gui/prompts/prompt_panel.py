"""The prompt beside the editor while writing from it, and the content note shared by prompt views.

A content note always comes before the prompt it belongs to, with a reminder that the person can
stop and ground themselves at any time: the note is there so they can choose, not to warn them
off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QFont
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
from innerspace.gui.common.accessibility import set_accessible_role
from innerspace.gui.prompts.prompt_model import approach_explanation, prompt_summary, theme_name


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


# Prompts about someone who may be harming the writer carry this in their note; beside it the
# note then shows the abuse line of the person's country.
SAFETY_FIRST = "your safety comes first"


class ContentNote(QFrame):
    """A soft box with a prompt's content note and a reminder to stop and ground when needed.

    ``compact`` (the prompt-of-the-day card above the text): the heading sits beside the note and
    the reminder is its tooltip and description, so the card stays short and the text keeps the
    room; the note itself, and a line to call where it speaks of safety, always show."""

    # The abuse line(s) of the person's country, set by the window when the country is known.
    safety_lines = ""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
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
        self.lines = text_label(self, selectable=True)
        self.lines.setAccessibleName(self.tr("A line you can call"))
        self.lines.hide()
        if compact:
            layout.setContentsMargins(10, 5, 10, 5)
            layout.setSpacing(2)
            self.heading.setWordWrap(False)
            self.heading.setText(self.tr("Before you begin:"))
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.note, 1)
            layout.addLayout(row)
            layout.addWidget(self.lines)
            self.reminder.hide()
            self.setToolTip(self.reminder.text())
            self.note.setAccessibleDescription(self.reminder.text())
        else:
            layout.addWidget(self.heading)
            layout.addWidget(self.note)
            layout.addWidget(self.lines)
            layout.addWidget(self.reminder)
        self.hide()

    def set_note(self, note: str | None) -> None:
        self.note.setText(note or "")
        about_safety = bool(note) and SAFETY_FIRST in (note or "").lower()
        self.lines.setText(ContentNote.safety_lines if about_safety else "")
        self.lines.setVisible(about_safety and bool(ContentNote.safety_lines))
        self.setVisible(bool(note))


class PromptDetails(QScrollArea):
    """A prompt in full: its content note first, the text, what kind of prompt it is, and its
    follow-up questions; ``empty_text`` stands in when there is no prompt. Shared by the prompt
    browser and the panel beside the editor."""

    def __init__(
        self,
        empty_text: str,
        *,
        show_themes: bool = False,
        text_scale: float = 1.15,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_accessible_role(self, QAccessible.Role.Document)
        self.setAccessibleName(self.tr("The prompt in full"))
        self._show_themes = show_themes
        self.content = QWidget(self)
        self.note = ContentNote(self.content)
        self.text = bold(text_label(self.content, selectable=True), text_scale)
        self.text.setAccessibleName(self.tr("Prompt"))
        self.summary = text_label(self.content, "muted")
        # What the approach is, in one line, for a person meeting its name here first.
        self.approach = text_label(self.content, "muted")
        self.themes = text_label(self.content, "muted")
        self.follow_ups_heading = bold(text_label(self.content))
        self.follow_ups_heading.setText(self.tr("You might also ask yourself"))
        self.follow_ups = text_label(self.content, selectable=True)
        self.follow_ups.setAccessibleName(self.tr("Follow-up questions"))
        self.empty = text_label(self.content, "muted")
        self.empty.setText(empty_text)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(4, 0, 8, 0)
        column.setSpacing(10)
        for widget in (
            self.empty,
            self.note,
            self.text,
            self.summary,
            self.approach,
            self.themes,
            self.follow_ups_heading,
            self.follow_ups,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        self.setWidget(self.content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_prompt(None)

    def show_prompt(self, prompt: Prompt | None) -> None:
        self.empty.setVisible(prompt is None)
        self.note.set_note(prompt.content_note if prompt else None)
        self.text.setText(prompt.text if prompt else "")
        self.summary.setText(prompt_summary(prompt) if prompt else "")
        self.approach.setText(approach_explanation(prompt.approach) if prompt else "")
        themes = ", ".join(theme_name(t) for t in prompt.themes) if prompt else ""
        self.themes.setText(self.tr("Themes: %1").replace("%1", themes) if prompt else "")
        self.follow_ups.setText(follow_ups_text(prompt) if prompt else "")
        has_follow_ups = bool(prompt and prompt.follow_ups)
        self.follow_ups_heading.setVisible(has_follow_ups)
        self.follow_ups.setVisible(has_follow_ups)
        self.text.setVisible(prompt is not None)
        self.summary.setVisible(prompt is not None)
        self.approach.setVisible(bool(self.approach.text()))
        self.themes.setVisible(prompt is not None and self._show_themes)


class PromptPanel(QWidget):
    """The prompt being written from, as a compact header above the text: the question in a
    line or two, with its content note and follow-up questions one click away.

    Emits ``choose_another_requested`` and ``dismissed``; the owner decides what those do (open
    the browser, hide the panel)."""

    choose_another_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt: Prompt | None = None
        self.setAccessibleName(self.tr("Prompt you are writing from"))

        self.expand_button = QToolButton(self)
        self.expand_button.setCheckable(True)
        self.expand_button.setAutoRaise(True)
        self.expand_button.setArrowType(Qt.ArrowType.RightArrow)
        self.expand_button.setAccessibleName(self.tr("Show the prompt's note and follow-ups"))
        self.expand_button.setToolTip(self.tr("Show the prompt's note and follow-up questions"))
        self.expand_button.toggled.connect(self.set_expanded)
        self.headline = bold(text_label(self, selectable=True))
        self.headline.setAccessibleName(self.tr("Prompt"))
        self.choose_button = QPushButton(self.tr("Another prompt"), self)
        self.choose_button.clicked.connect(self.choose_another_requested)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Put the prompt away"))
        self.close_button.setAccessibleName(self.tr("Put the prompt away"))
        self.close_button.clicked.connect(self.dismissed)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.expand_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.headline, 1)
        header.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.details = PromptDetails(
            self.tr("You are writing freely. Choose a prompt if you would like a place to start."),
            parent=self,
        )
        # Opened, the details take a few lines, never the room the text needs.
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        self.details.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.details)
        self.set_prompt(None)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def set_prompt(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        self.details.show_prompt(prompt)
        self.headline.setText(prompt.text if prompt else "")
        has_more = bool(prompt and (prompt.content_note or prompt.follow_ups))
        self.expand_button.setVisible(has_more)
        if not has_more:
            self.set_expanded(False)
        self.choose_button.setText(
            self.tr("Another prompt") if prompt else self.tr("Choose a prompt")
        )
        # The question is in the header; opened, the details add only what it doesn't say.
        self.details.text.setVisible(False)

    def set_expanded(self, expanded: bool) -> None:
        self.expand_button.blockSignals(True)
        self.expand_button.setChecked(expanded)
        self.expand_button.blockSignals(False)
        self.expand_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(expanded)

    def clear(self) -> None:
        """Forget the prompt (on lock, or when the entry is done)."""
        self.set_prompt(None)
        self.set_expanded(False)
