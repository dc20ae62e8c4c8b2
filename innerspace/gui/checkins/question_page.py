"""One question of a check-in at a time: its words, and its answers as radio buttons.

The arrow keys move between the answers (they are one exclusive group), the number shown beside
each answer chooses it from anywhere on the page, and Enter goes on. Each answer is read out
with the question it answers, so a screen reader never leaves the person guessing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from innerspace.core.checkins import AnswerOption
from innerspace.gui.common.page import label


class QuestionPage(QWidget):
    """Emits ``chosen(value)`` when an answer is picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instruction = label("", self, "muted")
        self.instruction.setAccessibleName(self.tr("What the questions ask"))
        self.position = label("", self, "muted")
        self.question = label("", self)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.question.setFont(font)
        self.note = label("", self, "muted")
        self.note.hide()
        self.choices = QWidget(self)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self.chosen)
        self._choices_layout = QVBoxLayout(self.choices)
        self._choices_layout.setContentsMargins(12, 4, 0, 4)
        self._choices_layout.setSpacing(8)
        self.buttons: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.instruction)
        layout.addWidget(self.position)
        layout.addWidget(self.question)
        layout.addWidget(self.note)
        layout.addWidget(self.choices)
        layout.addStretch(1)

    def show_question(
        self,
        instruction: str,
        position: str,
        question: str,
        options: tuple[AnswerOption, ...],
        answer: int | None,
        note: str = "",
    ) -> None:
        self.instruction.setText(instruction)
        self.instruction.setVisible(bool(instruction))
        self.position.setText(position)
        self.question.setText(question)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.choices.setAccessibleName(question)
        for button in self.buttons:
            self.group.removeButton(button)
            self._choices_layout.removeWidget(button)
            button.setParent(None)  # off the page now, not only when deleteLater runs
            button.deleteLater()
        self.buttons = []
        for option in options:
            button = QRadioButton(
                self.tr("%1  (%2)").replace("%1", option.text).replace("%2", str(option.value)),
                self.choices,
            )
            button.setAccessibleName(option.text)
            button.setAccessibleDescription(question)
            self.group.addButton(button, option.value)
            self._choices_layout.addWidget(button)
            self.buttons.append(button)
            if option.value == answer:
                button.setChecked(True)

    def focus_answers(self) -> None:
        """The keyboard starts on the answer already chosen, else on the first one."""
        chosen = self.group.checkedButton()
        target = chosen or (self.buttons[0] if self.buttons else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def choose(self, value: int) -> bool:
        button = self.group.button(value)
        if button is None:
            return False
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chosen.emit(value)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and self.choose(int(text)):
            return
        super().keyPressEvent(event)
