"""Behavioural experiments: each belief tested, and how strongly it was held before the
experiment and after it (0–100).

A change is stated without calling it good or bad: the belief tested may be an old, harsh one or
a kinder one carried over from a thought record, so either direction can be what was learned.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from innerspace.core.behavioural_experiment import ExperimentOutcome
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.section import ChartSection, day_text
from innerspace.storage.pattern_queries import PatternData

BELIEF_HIGH = 100


class ExperimentSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.experiment_chart = DumbbellChart(
            self.tr("How strongly you held each belief, before and after its experiment"), self
        )
        name = self.tr("Behavioural experiments")
        self.set_figure(name, name, self.experiment_chart)

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.experiment_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
        )

    def fill(self, data: PatternData) -> None:
        tests = data.experiments
        self.experiment_chart.set_rows(
            [
                Dumbbell(t.entry_id, t.belief, t.before, t.after, day_text(t.day))
                for t in tests
                if t.before is not None and t.after is not None
            ],
            BELIEF_HIGH,
            0,
        )
        self.set_table(
            (self.tr("Day"), self.tr("Belief"), self.tr("Before"), self.tr("After")),
            [
                (
                    t.entry_id,
                    (day_text(t.day), t.belief, _rating(t.before), _rating(t.after)),
                )
                for t in tests
            ],
        )
        self.set_note(
            self.lead(tests),
            self.tr(
                "The open circle is how strongly you held the belief before the experiment, "
                "the filled one after it, 0 to 100. A belief can grow or shrink with what you "
                "find: either can be what you learned. Click a row, or press Enter on it, to "
                "see that experiment."
            )
            if tests
            else "",
        )
        self.set_empty(
            ""
            if tests
            else self.tr(
                "When you test a belief with an experiment and rate it before and after, how "
                "strongly you held it will show here."
            )
        )
        super().fill(data)

    def lead(self, tests: tuple[ExperimentOutcome, ...]) -> str:
        """How many, and how many were rated both times. Beliefs tested may be harsh or kind,
        so their ratings are shown one by one, never averaged into one direction."""
        if not tests:
            return ""
        count = (
            self.tr("You tried 1 experiment in this time.")
            if len(tests) == 1
            else self.tr("You tried %1 experiments in this time.").replace("%1", str(len(tests)))
        )
        rated = sum(1 for t in tests if t.before is not None and t.after is not None)
        if rated == len(tests):
            return count
        return count + " " + self.tr("%1 of them rated before and after.").replace("%1", str(rated))

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return [t.entry_id for t in data.experiments if t.entry_id == key]


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)
