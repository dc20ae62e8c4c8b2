"""Short DBT skill cards: a list of skills beside the chosen card (what it is for, its steps, and
any caution), shown in the diary card's window and in Support now."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.dbt_diary_card import SkillCard, load_dbt_content
from innerspace.gui.common.accessibility import set_accessible_role
from innerspace.gui.common.page import label


class SkillCardsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = load_dbt_content().cards
        self.model = QStringListModel([c.title for c in self.cards], self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Skill cards"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        width = max(self.fontMetrics().horizontalAdvance(c.title) for c in self.cards)
        self.list.setMaximumWidth(width + 40)
        self.title = label("", self, "heading")
        self.when = label("", self, "muted")
        self.steps = label("", self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caution_box = QFrame(self)
        self.caution_box.setProperty("role", "notice")
        self.caution = label("", self.caution_box)
        self.caution.setAccessibleName(self.tr("Caution"))
        caution_layout = QVBoxLayout(self.caution_box)
        caution_layout.setContentsMargins(12, 8, 12, 8)
        caution_layout.addWidget(self.caution)

        holder = QWidget(self)
        card = QVBoxLayout(holder)
        card.setContentsMargins(0, 0, 8, 0)
        card.setSpacing(10)
        card.addWidget(self.title)
        card.addWidget(self.when)
        # The caution comes before the steps: read before the cold water, not after it.
        card.addWidget(self.caution_box)
        card.addWidget(self.steps)
        card.addStretch(1)
        # A long card scrolls on its own, so no step is ever hidden under the caution.
        self.scroll_area = QScrollArea(self)
        set_accessible_role(self.scroll_area, QAccessible.Role.Document)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setAccessibleName(self.tr("The skill card"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.list)
        layout.addWidget(self.scroll_area, 1)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.setCurrentIndex(self.model.index(0, 0))

    def current(self) -> SkillCard:
        return self.cards[max(0, self.list.currentIndex().row())]

    def _on_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        card = self.cards[max(0, index.row())]
        self.title.setText(card.title)
        self.title.setAccessibleName(card.title)
        self.when.setText(card.when)
        self.steps.setText("\n\n".join(f"{i}. {step}" for i, step in enumerate(card.steps, 1)))
        self.caution.setText(card.caution)
        self.caution_box.setVisible(bool(card.caution))


class SkillCardsDialog(QDialog):
    """The cards in a window of their own, beside whatever the person is writing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skill cards"))
        self.view = SkillCardsView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
