"""Coping strategies: how helpful each felt when rated, and how often it was reached for."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.score_bars import ScoreBar, ScoreBars
from innerspace.gui.patterns.section import ChartSection, number
from innerspace.storage.pattern_queries import PatternData, entries_with_strategy


class CopingSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coping_chart = ScoreBars(self.tr("How helpful each strategy felt"), self)
        name = self.tr("Coping strategies")
        self.set_figure(name, name, self.coping_chart)
        self.set_note(
            self.tr("How helpful each strategy felt, and how often you reached for it."),
            self.tr(
                "Helpfulness is the average of your ratings, 0 to 10; a strategy you didn't rate "
                "has no bar. Click a bar, or press Enter on it or on a row of the table, to see "
                "those notes."
            ),
        )

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.coping_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["highlight"]
        )

    def fill(self, data: PatternData) -> None:
        coping = data.exercises.coping
        self.coping_chart.set_rows(
            [
                ScoreBar(s.strategy, s.strategy, s.mean_helpfulness, self._times_text(s.uses))
                for s in coping
            ]
        )
        self.set_table(
            (
                self.tr("Strategy"),
                self.tr("Times used"),
                self.tr("How helpful (0–10)"),
                self.tr("Distress before (0–10)"),
                self.tr("Distress after (0–10)"),
            ),
            [
                (
                    s.strategy,
                    (
                        s.strategy,
                        str(s.uses),
                        number(s.mean_helpfulness),
                        number(s.distress.mean_before),
                        number(s.distress.mean_after),
                    ),
                )
                for s in coping
            ],
        )
        self.set_empty(
            ""
            if coping
            else self.tr(
                "When you note a coping strategy you tried in your coping toolbox, how often "
                "you used each one and how helpful it felt will show here."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return entries_with_strategy(data.exercises, str(key))

    def _times_text(self, count: int) -> str:
        return self.tr("once") if count == 1 else self.tr("%1 times").replace("%1", str(count))
