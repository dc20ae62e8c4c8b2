"""Coping strategies: how helpful each felt and what it cost later, when rated, and how often
it was reached for.

Relief now and a cost later are shown side by side, never folded into one number: a drink or
staying away can ease a moment and cost the next day, and neither says anything about the
person's worth.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from innerspace.core.patterns import CopingStrategySummary
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.score_bars import ScoreBar, ScoreBars
from innerspace.gui.patterns.section import ChartSection, number
from innerspace.storage.pattern_queries import PatternData, entries_with_strategy


class CopingSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._costs_rated = False
        self.coping_chart = ScoreBars(self.tr("How helpful each strategy felt"), self)
        name = self.tr("Coping strategies")
        self.set_figure(name, name, self.coping_chart)
        self.cost_heading = QLabel(self.tr("What each strategy cost you later"), self)
        self.cost_heading.setWordWrap(True)
        self.cost_chart = ScoreBars(self.tr("What each strategy cost you later"), self)
        self.cost_chart.activated.connect(self.activated)
        self.cost_heading.setBuddy(self.cost_chart)
        self.add_below(self.cost_heading)
        self.add_below(self.cost_chart)
        self.toggle.toggled.connect(lambda _as_table: self._show_cost_chart())
        self.set_note(
            self.tr(
                "How helpful each strategy felt, what it cost you later, and how often you "
                "reached for it."
            ),
            self.tr(
                "Both are the average of your ratings, 0 to 10; a strategy you didn't rate has "
                "no bar. Something can help in the moment and cost you later: both are worth "
                "knowing, and neither is a mark against you. Click a bar, or press Enter on it "
                "or on a row of the table, to see those notes."
            ),
        )

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        for chart in (self.coping_chart, self.cost_chart):
            chart.set_colours(c["text"], c["muted"], c["highlight"], c["alternate"], c["highlight"])

    def fill(self, data: PatternData) -> None:
        coping = data.exercises.coping
        self.coping_chart.set_rows(
            [
                ScoreBar(s.strategy, s.strategy, s.mean_helpfulness, self._times_text(s.uses))
                for s in coping
            ]
        )
        self.cost_chart.set_rows(
            [ScoreBar(s.strategy, s.strategy, s.mean_cost_later) for s in coping]
        )
        self.set_table(
            (
                self.tr("Strategy"),
                self.tr("Times used"),
                self.tr("How helpful (0–10)"),
                self.tr("Cost later (0–10)"),
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
                        number(s.mean_cost_later),
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
                "you used each one, how helpful it felt and what it cost you later will show "
                "here."
            )
        )
        self._costs_rated = _any_cost(coping)
        super().fill(data)
        self._show_cost_chart()

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return entries_with_strategy(data.exercises, str(key))

    def _show_cost_chart(self) -> None:
        # Shown with the chart it answers; the table already has its own column.
        shown = self._costs_rated and not self.toggle.isChecked()
        self.cost_heading.setVisible(shown)
        self.cost_chart.setVisible(shown)

    def _times_text(self, count: int) -> str:
        return self.tr("once") if count == 1 else self.tr("%1 times").replace("%1", str(count))


def _any_cost(coping: tuple[CopingStrategySummary, ...]) -> bool:
    return any(s.mean_cost_later is not None for s in coping)
