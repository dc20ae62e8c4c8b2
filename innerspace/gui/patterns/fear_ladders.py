"""Fear ladders: each ladder's steps, lowest first, and how the highest distress on a step
changed from the first try to the latest.

A drop is stated as a plain difference, and a rise is said as plainly: exposure has ups and
downs, and the pace is always the person's own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from innerspace.core.fear_ladder import LadderProgress, StepProgress, expected_and_peak, mean_drop
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.section import ChartSection, number
from innerspace.storage.pattern_queries import PatternData

DISTRESS_HIGH = 100


class TriesChart(DumbbellChart):
    """The dumbbell chart with its two ends named as tries: the first and the latest."""

    def _values_text(self, row: Dumbbell) -> str:
        text = (
            self.tr("first try %1, latest %2")
            .replace("%1", self._number(row.before))
            .replace("%2", self._number(row.after))
        )
        return f"{text} · {row.detail}" if row.detail else text


class FearLadderSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ladder_chart = TriesChart(
            self.tr("Highest distress on each step, first try and latest"), self
        )
        name = self.tr("Fear ladders")
        self.set_figure(name, name, self.ladder_chart)

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.ladder_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
        )

    def step_label(self, ladder: LadderProgress, step: StepProgress, many: bool) -> str:
        return f"{step.step} ({ladder.situation})" if many and ladder.situation else step.step

    def tries_text(self, step: StepProgress) -> str:
        tries = (
            self.tr("1 try")
            if step.attempts == 1
            else self.tr("%1 tries").replace("%1", str(step.attempts))
        )
        if step.expected is None:
            return tries
        return self.tr("expected %1, %2").replace("%1", str(step.expected)).replace("%2", tries)

    def fill(self, data: PatternData) -> None:
        ladders = data.ladders
        many = len(ladders) > 1
        self.ladder_chart.set_rows(
            [
                Dumbbell(
                    (ladder.entry_id, step.step),
                    self.step_label(ladder, step, many),
                    step.first_peak,
                    step.latest_peak,
                    self.tries_text(step),
                )
                for ladder in ladders
                for step in ladder.steps
                if step.first_peak is not None
            ],
            DISTRESS_HIGH,
            0,
        )
        self.set_table(
            (
                self.tr("Ladder"),
                self.tr("Step"),
                self.tr("Expected"),
                self.tr("Tries"),
                self.tr("First try"),
                self.tr("Latest try"),
                self.tr("Eased (min)"),
            ),
            [
                (
                    (ladder.entry_id, step.step),
                    (
                        ladder.situation,
                        step.step,
                        "–" if step.expected is None else str(step.expected),
                        str(step.attempts),
                        "–" if step.first_peak is None else str(step.first_peak),
                        "–" if step.latest_peak is None else str(step.latest_peak),
                        number(step.mean_minutes_to_ease),
                    ),
                )
                for ladder in ladders
                for step in ladder.steps
            ],
        )
        tried = any(s.first_peak is not None for lad in ladders for s in lad.steps)
        self.set_note(
            self.lead(ladders) if ladders else "",
            " ".join(
                s
                for s in (
                    self.expected_sentence(ladders),
                    self.tr(
                        "Each row is a step you tried: the open circle is the highest distress "
                        "on your first try, the filled one on your latest, 0 to 100. The table "
                        "has every step of each ladder, lowest first: the distress expected, the "
                        "highest on the first and the latest try, and the average minutes until "
                        "it eased. Go at your own pace; staying on a step is part of it too."
                    ),
                )
                if s
            )
            if ladders
            else "",
        )
        self.set_empty(
            ""
            if tried
            else self.tr(
                "When you try a step of a fear ladder and note the highest distress, how it "
                "changes from one try to the next will show here."
            )
        )
        super().fill(data)

    def lead(self, ladders: tuple[LadderProgress, ...]) -> str:
        drop = mean_drop(ladders)
        if drop is None:
            return self.tr(
                "Once you have tried a step more than once, how the distress changed will show "
                "here."
            )
        points = f"{abs(drop):.0f}"
        if points == "0":
            template = self.tr(
                "On steps you tried more than once, the highest distress stayed about the same "
                "from the first try to the latest, on average."
            )
        elif drop > 0:
            template = self.tr(
                "On steps you tried more than once, the highest distress came down by %1 points "
                "from the first try to the latest, on average."
            )
        else:
            template = self.tr(
                "On steps you tried more than once, the highest distress went up by %1 points "
                "from the first try to the latest, on average."
            )
        return template.replace("%1", points)

    def expected_sentence(self, ladders: tuple[LadderProgress, ...]) -> str:
        expected, peak = expected_and_peak(ladders)
        if expected is None or peak is None:
            return ""
        return (
            self.tr("On your tries you expected %1 on average, and the highest was %2.")
            .replace("%1", f"{expected:.0f}")
            .replace("%2", f"{peak:.0f}")
        )

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        if isinstance(key, tuple) and key and isinstance(key[0], int):
            return [key[0]]
        return []
