"""Planned and done: the activities planned ahead for each value, how many happened, and the
mood around those that did, from the activity logs marked as planned.

These are counts of plans, never a score: a plan that didn't happen is as useful to notice as one
that did (it may have been too big a step, or at a hard time of day).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from innerspace.core.values_activities import PlanningReview, ValuePlans
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.planned_bars import PlannedBar, PlannedBars
from innerspace.gui.patterns.section import ChartSection, number
from innerspace.storage.pattern_queries import PatternData, entries_with_value

MOOD_HIGH = 10


class PlanningSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planning_chart = PlannedBars(self.tr("Activities planned and done, by value"), self)
        name = self.tr("Planned and done")
        self.set_figure(name, name, self.planning_chart)
        self.mood_heading = QLabel(self.tr("Mood around the planned activities you did"), self)
        self.mood_heading.setWordWrap(True)
        self.mood_chart = DumbbellChart(
            self.tr("Mood before and after the planned activities you did"), self
        )
        self.mood_chart.activated.connect(self.activated)
        self.mood_heading.setBuddy(self.mood_chart)
        self.add_below(self.mood_heading)
        self.add_below(self.mood_chart)
        self.toggle.toggled.connect(lambda _as_table: self._show_mood_chart())

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.planning_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["highlight"]
        )
        self.mood_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
        )

    def value_name(self, value: str) -> str:
        return value or self.tr("Not tied to a value")

    def counts_text(self, plans: ValuePlans) -> str:
        """ "3 of 5 happened", with those not marked yet when there are some."""
        text = (
            self.tr("%1 of %2 happened")
            .replace("%1", str(plans.done))
            .replace("%2", str(plans.planned))
        )
        still_open = plans.planned - plans.done - plans.not_done
        if still_open:
            text += self.tr(", %1 not marked yet").replace("%1", str(still_open))
        return text

    def fill(self, data: PatternData) -> None:
        planning = data.planning
        values = planning.values
        self.planning_chart.set_plans(
            [
                PlannedBar(
                    v.value, self.value_name(v.value), v.planned, v.done, self.counts_text(v)
                )
                for v in values
            ]
        )
        moods = [v for v in values if v.mood.pairs]
        self.mood_chart.set_rows(
            [
                Dumbbell(
                    v.value,
                    self.value_name(v.value),
                    v.mood.mean_before,
                    v.mood.mean_after,
                    self._plans_text(v.mood.pairs),
                )
                for v in moods
            ],
            MOOD_HIGH,
        )
        self.set_table(
            (
                self.tr("Value"),
                self.tr("Planned"),
                self.tr("Happened"),
                self.tr("Didn't happen"),
                self.tr("Not marked yet"),
                self.tr("Mood before (1–10)"),
                self.tr("Mood after (1–10)"),
            ),
            [
                (
                    v.value,
                    (
                        self.value_name(v.value),
                        str(v.planned),
                        str(v.done),
                        str(v.not_done),
                        str(v.planned - v.done - v.not_done),
                        number(v.mood.mean_before),
                        number(v.mood.mean_after),
                    ),
                )
                for v in values
            ],
        )
        self.set_note(
            self.lead(planning),
            " ".join(
                s
                for s in (
                    self.mood_sentence(planning),
                    self.tr(
                        "The outline is how many activities you planned for a value, the filled "
                        "part how many happened. These are counts, not a measure of you: a plan "
                        "that didn't happen can show a step that was too big, or a time that "
                        "didn't suit you. Moods are on the journal's scale, 1 very low to 10 "
                        "very good. Click a row, or press Enter on it, to see those plans."
                    ),
                )
                if s
            )
            if planning.planned
            else "",
        )
        self.set_empty(
            ""
            if planning.planned
            else self.tr(
                "When you plan an activity ahead in the activity log and tie it to something "
                "that matters to you, what you planned and what happened will show here."
            )
        )
        super().fill(data)
        self._show_mood_chart()

    def lead(self, planning: PlanningReview) -> str:
        if not planning.planned:
            return ""
        if planning.planned == 1:
            text = self.tr("You planned 1 activity in this time")
        else:
            text = self.tr("You planned %1 activities in this time").replace(
                "%1", str(planning.planned)
            )
        parts = [self.tr("%1 happened").replace("%1", str(planning.done))]
        if planning.not_done:
            parts.append(self.tr("%1 didn't").replace("%1", str(planning.not_done)))
        if planning.open:
            parts.append(self.tr("%1 not marked yet").replace("%1", str(planning.open)))
        return f"{text}: {', '.join(parts)}."

    def mood_sentence(self, planning: PlanningReview) -> str:
        mood = planning.mood
        if mood.mean_before is None or mood.mean_after is None:
            return ""
        return (
            self.tr(
                "Around the planned activities you did, your mood was %1 before and %2 after, "
                "on average (%3)."
            )
            .replace("%1", number(mood.mean_before))
            .replace("%2", number(mood.mean_after))
            .replace("%3", self._plans_text(mood.pairs))
        )

    def _plans_text(self, count: int) -> str:
        return self.tr("1 plan") if count == 1 else self.tr("%1 plans").replace("%1", str(count))

    def _show_mood_chart(self) -> None:
        shown = self.data is not None and bool(self.data.planning.mood.pairs)
        shown = shown and not self.showing_table()
        self.mood_heading.setVisible(shown)
        self.mood_chart.setVisible(shown)

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return entries_with_value(data.planning, str(key))
