"""Thought records: feelings before and after over time, how much each thought was believed,
in plain words with no verdict on them, and the thinking traps noticed."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import QLabel, QWidget

from innerspace.core.patterns import ExerciseReview, OutcomePeriod, ThoughtRecordSummary
from innerspace.gui.common.chart_base import qdate
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.rows_model import KeyRole, RowsModel
from innerspace.gui.patterns.section import ChartSection, day_text, number, rows_table
from innerspace.storage.pattern_queries import (
    PatternData,
    entries_in_period,
    entries_with_distortion,
)


class ThoughtRecordSection(ChartSection):
    """The outcomes by week or month, with the thinking traps in their own table below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome_chart = DumbbellChart(self.tr("Feelings before and after, over time"), self)
        self.set_figure(
            self.tr("Thought records"), self.tr("Thought records over time"), self.outcome_chart
        )
        # The thought that stung most, believed at first and when looked at again at the end:
        # one thought twice, never set against the balanced thought, which is another.
        self.belief_heading = QLabel(self.tr("Belief in the thought that stung most"), self)
        self.belief_heading.setWordWrap(True)
        self.belief_chart = DumbbellChart(
            self.tr("Belief in the thought that stung most, at first and at the end"), self
        )
        self.belief_chart.activated.connect(self.activated)
        self.belief_heading.setBuddy(self.belief_chart)
        self.add_below(self.belief_heading)
        self.add_below(self.belief_chart)
        self.toggle.toggled.connect(lambda _as_table: self._show_belief_chart())
        self._beliefs_rated = False
        self.traps_heading = QLabel(self.tr("Thinking traps you noticed"), self)
        self.traps_heading.setWordWrap(True)
        self.traps_model = RowsModel(self)
        self.traps_table = rows_table(self.traps_model, self)
        self.traps_table.setAccessibleName(self.tr("Thinking traps you noticed"))
        self.traps_table.activated.connect(self._on_trap)
        self.traps_heading.setBuddy(self.traps_table)
        self.add_below(self.traps_heading)
        self.add_below(self.traps_table)

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        for chart in (self.outcome_chart, self.belief_chart):
            chart.set_colours(
                c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
            )

    def sentences(self, summary: ThoughtRecordSummary) -> list[str]:
        """The outcomes in plain words: what changed, with no verdict on it."""
        sentences = [
            self.tr("You finished 1 thought record in this time.")
            if summary.records == 1
            else self.tr("You finished %1 thought records in this time.").replace(
                "%1", str(summary.records)
            )
        ]
        emotion = summary.emotion
        if emotion.change is not None:
            points = f"{abs(emotion.change):.0f}"
            if points == "0":
                template = self.tr(
                    "Your feelings were about as strong after a thought record as before "
                    "(%2 to %3 out of 100, in %4 where you rated them again)."
                )
            elif emotion.change < 0:
                template = self.tr(
                    "Your feelings eased by %1 points on average after a thought record "
                    "(%2 to %3 out of 100, in %4 where you rated them again)."
                )
            else:
                template = self.tr(
                    "Your feelings were %1 points stronger on average after a thought record "
                    "(%2 to %3 out of 100, in %4 where you rated them again)."
                )
            sentences.append(
                template.replace("%1", points)
                .replace("%2", number(emotion.mean_before, 0))
                .replace("%3", number(emotion.mean_after, 0))
                .replace("%4", self._records_text(emotion.pairs))
            )
        belief = summary.belief
        if belief.change is not None:
            sentences.append(
                self.tr(
                    "On average you believed the thought that stung most %1 out of 100 at "
                    "first, and %2 out of 100 when you looked at it again at the end (in %3)."
                )
                .replace("%1", number(belief.mean_before, 0))
                .replace("%2", number(belief.mean_after, 0))
                .replace("%3", self._records_text(belief.pairs))
            )
        if summary.balanced_belief is not None:
            sentences.append(
                self.tr(
                    "You believed the balanced thoughts you wrote %1 out of 100 on average."
                ).replace("%1", number(summary.balanced_belief, 0))
            )
        return sentences

    def _records_text(self, count: int) -> str:
        return (
            self.tr("1 record") if count == 1 else self.tr("%1 records").replace("%1", str(count))
        )

    def fill(self, data: PatternData) -> None:
        exercises: ExerciseReview = data.exercises
        summary = exercises.thought_records
        periods = [p for p in exercises.periods if p.records]
        rows: list[tuple[Hashable, Sequence[str]]] = [
            (
                period,
                (
                    self._period_text(period),
                    str(period.records),
                    number(period.emotion.mean_before, 0),
                    number(period.emotion.mean_after, 0),
                    number(period.belief.mean_before, 0),
                    number(period.belief.mean_after, 0),
                    number(period.balanced_belief, 0),
                ),
            )
            for period in periods
        ]
        self.outcome_chart.set_rows(
            [
                Dumbbell(
                    period,
                    self._period_text(period),
                    period.emotion.mean_before,
                    period.emotion.mean_after,
                    self._records_text(period.records),
                )
                for period in periods
            ],
            100,
            0,
        )
        believed = [p for p in periods if p.belief.pairs]
        self.belief_chart.set_rows(
            [
                Dumbbell(
                    period,
                    self._period_text(period),
                    period.belief.mean_before,
                    period.belief.mean_after,
                    self._records_text(period.belief.pairs),
                )
                for period in believed
            ],
            100,
            0,
        )
        self._beliefs_rated = bool(believed)
        unit = exercises.periods[0].unit if exercises.periods else "week"
        self.set_table(
            (
                self.tr("Week of") if unit == "week" else self.tr("Month"),
                self.tr("Thought records"),
                self.tr("Feelings before"),
                self.tr("Feelings after"),
                self.tr("Believed the thought at first"),
                self.tr("Believed it at the end"),
                self.tr("Believed the balanced thought"),
            ),
            rows,
        )
        self.traps_model.set_rows(
            (self.tr("Thinking trap"), self.tr("Thought records")),
            [
                (distortion_id, (data.distortion_names.get(distortion_id, distortion_id), str(n)))
                for distortion_id, n in summary.distortions
            ],
        )
        has_traps = bool(summary.distortions)
        self.traps_heading.setVisible(has_traps)
        self.traps_table.setVisible(has_traps)
        sentences = self.sentences(summary) if summary.records else []
        # The change in feelings leads when there is one (it names how many records it rests on).
        lead = sentences[1] if summary.emotion.change is not None else "".join(sentences[:1])
        more = [s for s in sentences if s != lead]
        how_to_read = self.tr(
            "Feelings are 0 to 100, compared only for the feelings you rated both times: the "
            "open circle is before, the filled one after. Below, the same for how much you "
            "believed the thought that stung most, at first and when you looked at it again. "
            "Click a row, or press Enter on it, to see those records."
        )
        self.set_note(lead, " ".join([*more, how_to_read]) if summary.records else "")
        self.set_empty(
            ""
            if summary.records
            else self.tr(
                "When you finish a thought record, how strongly you felt before and after, how "
                "much you believed each thought, and the thinking traps you noticed will show "
                "here."
            )
        )
        super().fill(data)
        self._show_belief_chart()

    def _show_belief_chart(self) -> None:
        # Shown with the chart it goes with; the table has the same numbers in its columns.
        shown = self._beliefs_rated and not self.toggle.isChecked()
        self.belief_heading.setVisible(shown)
        self.belief_chart.setVisible(shown)

    def _period_text(self, period: OutcomePeriod) -> str:
        if period.unit == "week":
            return day_text(period.start)
        return QLocale().toString(qdate(period.start), "MMMM yyyy")

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        if not isinstance(key, OutcomePeriod):
            return []
        return entries_in_period(data.exercises, key)

    def _on_trap(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if self.data is not None and key is not None:
            self.request(entries_with_distortion(self.data.exercises, str(key)))
