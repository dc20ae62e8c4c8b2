"""A quiet message above a screen's content, with the problems found (in a pack, say) listed
below it, and Dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QPushButton, QWidget


class Notice(QFrame):
    def __init__(self, problems_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Message"))
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(problems_name)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QGridLayout(self)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.dismiss_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.problems, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.hide()

    def say(self, text: str, problems: list[str] | None = None) -> None:
        self.text.setText(text)
        self.problems.setPlainText("\n".join(f"•  {p}" for p in problems or ()))
        self.problems.setVisible(bool(problems))
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.text.clear()
        self.problems.clear()
