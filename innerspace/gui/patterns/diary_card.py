"""Urges and skills, from the DBT diary cards: how strong the urge for each target behaviour was
on average and on how many days it was acted on, and the skills used with how often they
helped. Stated with their counts, never as a score of the person."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from innerspace.core.dbt_diary_card import (
    MOST,
    SkillSummary,
    TargetSummary,
    load_dbt_content,
    skill_summaries,
    target_summaries,
)
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.rows_model import RowsModel
from innerspace.gui.patterns.score_bars import ScoreBar, ScoreBars
from innerspace.gui.patterns.section import ChartSection, number, rows_table
from innerspace.storage.pattern_queries import (
    PatternData,
    entries_with_skill,
    entries_with_target,
)

TARGET = "target"
SKILL = "skill"


class DiaryCardSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.urge_chart = ScoreBars(self.tr("Average strongest urge for each target"), self)
        name = self.tr("Urges and skills")
        self.set_figure(name, self.tr("Urges for each target"), self.urge_chart)
        self.skills_heading = QLabel(self.tr("Skills you used"), self)
        self.skills_heading.setWordWrap(True)
        self.skills_model = RowsModel(self)
        self.skills_table = rows_table(self.skills_model, self)
        self.skills_table.setAccessibleName(self.tr("Skills you used"))
        self.skills_table.activated.connect(self._on_row_activated)
        self.skills_heading.setBuddy(self.skills_table)
        self.add_below(self.skills_heading)
        self.add_below(self.skills_table)
        self._skill_names = load_dbt_content().skill_names()

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.urge_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["highlight"]
        )

    def _days_text(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", str(count))

    def _acted_text(self, target: TargetSummary) -> str:
        if not target.answered:
            return self._days_text(target.days)
        return (
            self.tr("%1, acted on it on %2 of %3")
            .replace("%1", self._days_text(target.days))
            .replace("%2", str(target.acted))
            .replace("%3", str(target.answered))
        )

    def _helped_text(self, skill: SkillSummary) -> str:
        if not skill.answered:
            return "–"
        return (
            self.tr("%1 of %2").replace("%1", str(skill.helped)).replace("%2", str(skill.answered))
        )

    def fill(self, data: PatternData) -> None:
        cards = data.diary_cards
        targets = target_summaries(cards)
        skills = skill_summaries(cards)
        self.urge_chart.set_rows(
            [
                ScoreBar((TARGET, t.target), t.target, t.mean_urge, self._acted_text(t))
                for t in targets
            ],
            MOST,
        )
        self.set_table(
            (
                self.tr("Target"),
                self.tr("Days rated"),
                self.tr("Average strongest urge (0–5)"),
                self.tr("Days acted on it"),
            ),
            [
                (
                    (TARGET, t.target),
                    (
                        t.target,
                        str(t.days),
                        number(t.mean_urge),
                        "–" if not t.answered else f"{t.acted} / {t.answered}",
                    ),
                )
                for t in targets
            ],
        )
        self.skills_model.set_rows(
            (self.tr("Skill"), self.tr("Times used"), self.tr("Times it helped")),
            [
                (
                    (SKILL, s.skill),
                    (self._skill_names.get(s.skill, s.skill), str(s.uses), self._helped_text(s)),
                )
                for s in skills
            ],
        )
        count = len(cards)
        self.skills_heading.setVisible(bool(skills))
        self.skills_table.setVisible(bool(skills))
        self.set_note(
            (
                self.tr("You kept 1 diary card in this time.")
                if count == 1
                else self.tr("You kept %1 diary cards in this time.").replace("%1", str(count))
            )
            if count
            else "",
            self.tr(
                "Each bar is the average of the strongest urge you noted for that target, 0 to "
                "5, with the days you acted on it out of the days you said. Below are the skills "
                "you used and how often you said they helped. Click a bar, or press Enter on a "
                "row, to see those cards."
            )
            if count
            else "",
        )
        self.set_empty(
            ""
            if count
            else self.tr(
                "When you keep a DBT diary card, your urges and the skills you used will show here."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        if isinstance(key, tuple) and len(key) == 2 and key[0] == TARGET:
            return entries_with_target(data.diary_cards, str(key[1]))
        if isinstance(key, tuple) and len(key) == 2 and key[0] == SKILL:
            return entries_with_skill(data.diary_cards, str(key[1]))
        return []
