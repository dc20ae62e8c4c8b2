"""The DBT diary card: a day's urges (0–5) and actions for the person's own target behaviours,
how strong a few feelings were, and the skills used and whether they helped; the skill cards are
a button away.

The target behaviours belong to the journal, not to one card, so the form reports the person's
changes (``targets_changed``) and whoever hosts it stores them and hands them back with
``set_targets``, as the coping toolbox does with its tools.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.dbt_diary_card import (
    MOST,
    DiaryCard,
    FeelingRating,
    SkillUse,
    TargetRating,
    load_dbt_content,
)
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.day_picker import DayPicker
from innerspace.gui.exercises.score_box import ScoreBox, scale_ends
from innerspace.gui.exercises.skill_cards import SkillCardsDialog
from innerspace.gui.exercises.thought_record import step_heading, text_box
from innerspace.gui.exercises.yes_no import answer, set_answer, yes_no_box
from innerspace.storage.coping_strategies import clean_strategies
from innerspace.storage.diary_card_targets import load_targets, save_targets
from innerspace.storage.vault import Vault


def urge_ends() -> str:
    return QCoreApplication.translate("DiaryCardForm", "0 = no urge at all, 5 = the strongest")


def feeling_ends() -> str:
    return QCoreApplication.translate("DiaryCardForm", "0 = not at all, 5 = the strongest")


class TargetRow(QWidget):
    """One target behaviour: the strongest urge today and whether it was acted on."""

    remove_requested = Signal(object)

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.name = QLabel(target, self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        self.urge = ScoreBox(MOST, 1, self)
        self.urge.setSuffix(self.tr(" / 5"))
        self.urge.setAccessibleName(self.tr("Strongest urge for %1, 0 to 5").replace("%1", target))
        self.urge.setAccessibleDescription(urge_ends())
        self.acted = yes_no_box(
            self.tr("Did you act on the urge for %1?").replace("%1", target),
            self.tr("Acted on it"),
            self.tr("Didn't act on it"),
            self,
        )
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove %1 from your list").replace("%1", target))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.urge)
        layout.addWidget(self.acted)
        layout.addWidget(self.remove)

    def rating(self) -> TargetRating:
        return TargetRating(self.target, self.urge.score(), answer(self.acted))

    def answered(self) -> bool:
        rating = self.rating()
        return rating.urge is not None or rating.acted is not None


class SkillRow(QWidget):
    remove_requested = Signal(object)

    def __init__(self, skill: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skill = skill
        self.name = QLabel(name, self)
        self.name.setWordWrap(True)
        self.helped = yes_no_box(
            self.tr("Did %1 help?").replace("%1", name),
            self.tr("It helped"),
            self.tr("It didn't help"),
            self,
        )
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", name))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.helped)
        layout.addWidget(self.remove)


class DiaryCardForm(ExerciseForm):
    KIND = DiaryCard.KIND
    targets_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._known_targets: list[str] = []
        self._cards: SkillCardsDialog | None = None
        content = load_dbt_content()
        self._skill_names = content.skill_names()
        self._target_rows: list[TargetRow] = []
        self._skill_rows: list[SkillRow] = []

        self.day = DayPicker(self.tr("The day this card is about"), self.tr("Today (%1)"), 0, self)
        self.new_target = QLineEdit(self)
        self.new_target.setAccessibleName(self.tr("A target behaviour, in your own words"))
        self.new_target.setPlaceholderText(self.tr("Something you are working on doing less"))
        self.add_target = QPushButton(self.tr("Add to my list"), self)
        self.add_target.setAutoDefault(False)
        self.feelings: dict[str, ScoreBox] = {}
        for feeling_id, name in content.feelings:
            box = ScoreBox(MOST, 1, self)
            box.setSuffix(self.tr(" / 5"))
            box.setAccessibleName(self.tr("%1, 0 to 5").replace("%1", name))
            box.setAccessibleDescription(feeling_ends())
            self.feelings[feeling_id] = box
        self.skill_choice = QComboBox(self)
        self.skill_choice.setAccessibleName(self.tr("A skill you used"))
        # As wide as the row allows, not as the longest skill's name: the form must fit at 150 %.
        self.skill_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_choice.setMinimumContentsLength(16)
        for skill in content.skills:
            self.skill_choice.addItem(f"{skill.name} ({skill.module})", skill.id)
        self.add_skill = QPushButton(self.tr("Add skill"), self)
        self.add_skill.setAutoDefault(False)
        self.cards_button = QPushButton(self.tr("Skill cards…"), self)
        self.cards_button.setToolTip(self.tr("Short reminders of TIPP, STOP and other skills"))
        self.cards_button.setAutoDefault(False)
        self.notes = text_box(self, self.tr("Anything else about today"), 3)

        self.target_rows = QVBoxLayout()
        self.skill_rows = QVBoxLayout()
        self._lay_out(content.feelings)
        self.set_value(None)

        self.day.currentIndexChanged.connect(self._edited)
        self.add_target.clicked.connect(self._add_target)
        self.new_target.returnPressed.connect(self._add_target)
        self.add_skill.clicked.connect(self._add_chosen_skill)
        self.cards_button.clicked.connect(self.open_cards)
        for box in self.feelings.values():
            box.valueChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    def _lay_out(self, feelings: Sequence[tuple[str, str]]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("The day"), self)
        day_label.setBuddy(self.day)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        layout.addLayout(day_row)
        layout.addSpacing(12)

        layout.addWidget(step_heading(self.tr("Urges and actions"), self))
        layout.addWidget(
            label(
                self.tr(
                    "Your own target behaviours: things you are working on doing less of. For "
                    "each, the strongest urge today, and whether you acted on it."
                ),
                self,
                "muted",
            )
        )
        layout.addWidget(scale_ends(urge_ends(), self.new_target, self))
        self.new_target.setAccessibleDescription("")
        layout.addLayout(self.target_rows)
        adding = QHBoxLayout()
        adding.addWidget(self.new_target, 1)
        adding.addWidget(self.add_target)
        layout.addLayout(adding)
        layout.addSpacing(12)

        layout.addWidget(step_heading(self.tr("Feelings today"), self))
        layout.addWidget(label(self.tr("How strong each was at its strongest."), self, "muted"))
        layout.addWidget(label(feeling_ends(), self, "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, (feeling_id, name) in enumerate(feelings):
            caption = QLabel(name, self)
            caption.setBuddy(self.feelings[feeling_id])
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(self.feelings[feeling_id], i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addSpacing(12)

        layout.addWidget(step_heading(self.tr("Skills you used"), self))
        layout.addLayout(self.skill_rows)
        choosing = QHBoxLayout()
        choosing.addWidget(self.skill_choice, 1)
        choosing.addWidget(self.add_skill)
        choosing.addWidget(self.cards_button)
        layout.addLayout(choosing)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("Anything else about today"), self))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    # -- the person's targets and skills ---------------------------------------------------

    def set_targets(self, names: list[str]) -> None:
        """The journal's target behaviours, each given a row if it hasn't one."""
        self._known_targets = list(names)
        shown = {row.target.casefold() for row in self._target_rows}
        for name in names:
            if name.casefold() not in shown:
                self._add_target_row(TargetRating(name))
        self._chain_tabs()

    def targets(self) -> list[str]:
        return [row.target for row in self._target_rows]

    def _add_target(self) -> None:
        cleaned = clean_strategies([self.new_target.text()])
        if not cleaned:
            return
        self.new_target.clear()
        name = cleaned[0]
        existing = next(
            (r for r in self._target_rows if r.target.casefold() == name.casefold()), None
        )
        if existing is None:
            existing = self._add_target_row(TargetRating(name))
            self._chain_tabs()
            self._known_targets = clean_strategies([*self._known_targets, name])
            self.targets_changed.emit(list(self._known_targets))
        existing.urge.setFocus(Qt.FocusReason.TabFocusReason)

    def _add_target_row(self, rating: TargetRating) -> TargetRow:
        row = TargetRow(rating.target, self)
        row.urge.set_score(rating.urge)
        set_answer(row.acted, rating.acted)
        row.urge.valueChanged.connect(self._edited)
        row.acted.currentIndexChanged.connect(self._edited)
        row.remove_requested.connect(self._remove_target)
        self.target_rows.addWidget(row)
        # Shown now rather than when the layout gets to it, so Tab and focus reach it at once.
        row.show()
        self._target_rows.append(row)
        return row

    def _remove_target(self, row: TargetRow) -> None:
        self._target_rows.remove(row)
        self.target_rows.removeWidget(row)
        row.deleteLater()
        self._known_targets = [t for t in self._known_targets if t != row.target]
        self.targets_changed.emit(list(self._known_targets))
        self.new_target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chain_tabs()
        self._edited()

    def _add_chosen_skill(self) -> None:
        skill = self.skill_choice.currentData()
        if isinstance(skill, str) and all(r.skill != skill for r in self._skill_rows):
            row = self._add_skill_row(SkillUse(skill))
            self._chain_tabs()
            row.helped.setFocus(Qt.FocusReason.TabFocusReason)
            self._edited()

    def _add_skill_row(self, use: SkillUse) -> SkillRow:
        row = SkillRow(use.skill, self._skill_names.get(use.skill, use.skill), self)
        set_answer(row.helped, use.helped)
        row.helped.currentIndexChanged.connect(self._edited)
        row.remove_requested.connect(self._remove_skill)
        self.skill_rows.addWidget(row)
        row.show()
        self._skill_rows.append(row)
        return row

    def _remove_skill(self, row: SkillRow) -> None:
        self._skill_rows.remove(row)
        self.skill_rows.removeWidget(row)
        row.deleteLater()
        self.skill_choice.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chain_tabs()
        self._edited()

    def _chain_tabs(self) -> None:
        # Rows are made after the form, so Tab would reach them last; keep it in reading order.
        order: list[QWidget] = [self.day]
        for target in self._target_rows:
            order += [target.urge, target.acted, target.remove]
        order += [self.new_target, self.add_target, *self.feelings.values()]
        for skill in self._skill_rows:
            order += [skill.helped, skill.remove]
        order += [self.skill_choice, self.add_skill, self.cards_button, self.notes]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def open_cards(self) -> None:
        if self._cards is None:
            self._cards = SkillCardsDialog(self)
            self._cards.finished.connect(lambda _r: setattr(self, "_cards", None))
            self._cards.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._cards.show()
        self._cards.raise_()

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        title = self.tr("Diary card: %1").replace("%1", self.day.spoken(self.day.day()))
        highest = self.value().highest_urge()
        if highest is None:
            return title
        return self.tr("%1, strongest urge %2/5").replace("%1", title).replace("%2", str(highest))

    def value(self) -> DiaryCard:
        return DiaryCard(
            day=self.day.day().isoformat(),
            targets=[row.rating() for row in self._target_rows if row.answered()],
            feelings=[
                FeelingRating(feeling, box.score())
                for feeling, box in self.feelings.items()
                if box.score() is not None
            ],
            skills=[SkillUse(row.skill, answer(row.helped)) for row in self._skill_rows],
            notes=self.notes.toPlainText().strip(),
        )

    def set_value(self, value: DiaryCard | None) -> None:
        card = value or DiaryCard()
        self._loading = True
        try:
            self.day.set_day(card.day_of())
            for row in [*self._target_rows, *self._skill_rows]:
                row.setParent(None)
                row.deleteLater()
            self._target_rows, self._skill_rows = [], []
            for rating in card.targets:
                self._add_target_row(rating)
            strengths = {f.feeling: f.strength for f in card.feelings}
            for feeling, box in self.feelings.items():
                box.set_score(strengths.get(feeling))
            for use in card.skills:
                self._add_skill_row(use)
            self.notes.setPlainText(card.notes)
            self.new_target.clear()
            self.set_targets(self._known_targets)
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        card = self.value()
        return card == DiaryCard(day=card.day)

    def clear(self) -> None:
        if self._cards is not None:
            self._cards.close()
        self._known_targets = []
        super().clear()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()


def diary_card_form(worker: DatabaseWorker, vault: Vault, parent: QWidget | None) -> DiaryCardForm:
    """The diary card with the person's own target behaviours, kept in the vault."""
    form = DiaryCardForm(parent)
    worker.submit(lambda: load_targets(vault), form.set_targets)

    def store(names: list[str]) -> None:
        worker.submit(lambda: save_targets(vault, names))

    form.targets_changed.connect(store)
    return form
