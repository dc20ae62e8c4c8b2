"""Activities and mood: what was done, and how the mood was before and after it, from the
activity logs. Differences are stated plainly, never as causes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from innerspace.core.patterns import BeforeAfter
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.section import ChartSection, number
from innerspace.storage.pattern_queries import PatternData, entries_with_activity

# The most often logged activities get a sentence each; the chart and table have the rest.
ACTIVITY_SENTENCES = 2


class ActivitySection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity_chart = DumbbellChart(self.tr("Mood before and after each activity"), self)
        name = self.tr("Activities and mood")
        self.set_figure(name, name, self.activity_chart)

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.activity_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
        )

    def mood_sentence(self, activity: str | None, mood: BeforeAfter) -> str:
        """How the mood after compared with before, as a plain difference (never a cause);
        ``activity`` None means every activity together. Empty when no log has both."""
        if mood.change is None:
            return ""
        points = f"{abs(mood.change):.1f}"
        if activity is None:
            if points == "0.0":
                template = self.tr(
                    "Your mood after an activity was about the same as before, on average (%3)."
                )
            elif mood.change > 0:
                template = self.tr(
                    "Your mood after an activity was %2 points higher than before, on average (%3)."
                )
            else:
                template = self.tr(
                    "Your mood after an activity was %2 points lower than before, on average (%3)."
                )
        elif points == "0.0":
            template = self.tr(
                "Your mood after “%1” was about the same as before, on average (%3)."
            )
        elif mood.change > 0:
            template = self.tr(
                "Your mood after “%1” was %2 points higher than before, on average (%3)."
            )
        else:
            template = self.tr(
                "Your mood after “%1” was %2 points lower than before, on average (%3)."
            )
        return (
            template.replace("%1", activity or "")
            .replace("%2", points)
            .replace("%3", self._logs_text(mood.pairs))
        )

    def _logs_text(self, count: int) -> str:
        return self.tr("1 log") if count == 1 else self.tr("%1 logs").replace("%1", str(count))

    def fill(self, data: PatternData) -> None:
        activities = data.exercises.activities
        summaries = activities.activities
        self.activity_chart.set_rows(
            [
                Dumbbell(
                    a.activity,
                    a.activity,
                    a.mood.mean_before,
                    a.mood.mean_after,
                    self.tr("pleasure %1, achievement %2, %3")
                    .replace("%1", number(a.mean_pleasure))
                    .replace("%2", number(a.mean_mastery))
                    .replace("%3", self._logs_text(a.logs)),
                )
                for a in summaries
            ],
            10,
        )
        self.set_table(
            (
                self.tr("Activity"),
                self.tr("Times logged"),
                self.tr("Pleasure (0–10)"),
                self.tr("Achievement (0–10)"),
                self.tr("Mood before (1–10)"),
                self.tr("Mood after (1–10)"),
            ),
            [
                (
                    a.activity,
                    (
                        a.activity,
                        str(a.logs),
                        number(a.mean_pleasure),
                        number(a.mean_mastery),
                        number(a.mood.mean_before),
                        number(a.mood.mean_after),
                    ),
                )
                for a in summaries
            ],
        )
        count = len(activities.logs)
        logged = (
            self.tr("You logged 1 activity in this time.")
            if count == 1
            else self.tr("You logged %1 activities in this time.").replace("%1", str(count))
        )
        # How the mood moved overall leads when some log has both; the rest waits behind "More".
        lead = self.mood_sentence(None, activities.mood) or logged
        more = [
            logged,
            *(self.mood_sentence(a.activity, a.mood) for a in summaries[:ACTIVITY_SENTENCES]),
            self.tr(
                "Pleasure and sense of achievement are 0 to 10, and moods are on the journal's "
                "scale, 1 very low to 10 very good, as you rated them in each log (older logs "
                "could rate a mood 0); the open circle is your mood before, the filled one "
                "after. Click a row, or press Enter on it, to see those logs."
            ),
        ]
        self.set_note(
            lead if count else "",
            " ".join(s for s in more if s and s != lead) if count else "",
        )
        self.set_empty(
            ""
            if count
            else self.tr(
                "When you log an activity and rate your mood before and after it, what you did "
                "and how your mood was around it will show here."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return entries_with_activity(data.exercises, str(key))
