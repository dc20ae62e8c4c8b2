"""Plain answers to "what is this?": CBT, a thought record, a safety plan and the rest."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.help_texts import Explanation, load_explanations
from innerspace.gui.common.page import resize_within_screen


class ExplanationsDialog(QDialog):
    def __init__(self, first: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What is this?"))
        self.explanations: list[Explanation] = load_explanations()
        self.titles = QStringListModel([e.title for e in self.explanations], self)
        self.list = QListView(self)
        self.list.setModel(self.titles)
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Answer"))
        self.text.setOpenLinks(False)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.text, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(self._show)
        ids = [e.id for e in self.explanations]
        start = ids.index(first) if first in ids else 0
        self.list.setCurrentIndex(self.titles.index(start))
        self.list.setFocus()
        resize_within_screen(self, self.fontMetrics().horizontalAdvance("n") * 80, 380)

    def _show(self, index: QModelIndex) -> None:
        if index.isValid():
            self.text.setPlainText(self.explanations[index.row()].text)
