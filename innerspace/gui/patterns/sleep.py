"""Sleep over weeks, from the sleep diary: time in bed and time asleep, a row per week, with the
sleep efficiency the two give. The figures are worked out from the diary's clock times, never
typed, and stated plainly: no night is scored as good or bad."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from innerspace.core.sleep_diary import SleepAverage, average_of, weekly_sleep
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.section import ChartSection, day_text, number
from innerspace.storage.pattern_queries import PatternData, entries_in_sleep_week

# The chart's scale in hours: a night in bed longer than this sits at the edge.
MOST_HOURS = 12


class SleepChart(DumbbellChart):
    """A week a row: an open circle for hours in bed, a filled one for hours asleep."""

    def _values_text(self, row: Dumbbell) -> str:
        if row.before is None or row.after is None:
            text = self.tr("not enough times given to work it out")
        else:
            text = (
                self.tr("in bed %1 h, asleep %2 h")
                .replace("%1", self._number(row.before))
                .replace("%2", self._number(row.after))
            )
        return f"{text} · {row.detail}" if row.detail else text


class SleepSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sleep_chart = SleepChart(self.tr("Time in bed and time asleep, week by week"), self)
        name = self.tr("Sleep")
        self.set_figure(name, self.tr("Sleep week by week"), self.sleep_chart)

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.sleep_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
        )

    def _nights_text(self, count: int) -> str:
        return self.tr("1 night") if count == 1 else self.tr("%1 nights").replace("%1", str(count))

    def _week_text(self, week: SleepAverage) -> str:
        return self.tr("Week of %1").replace("%1", day_text(week.first))

    def _efficiency_text(self, week: SleepAverage) -> str:
        if week.efficiency is None:
            return self._nights_text(week.nights)
        return (
            self.tr("sleep efficiency %1%, %2")
            .replace("%1", f"{week.efficiency:.0f}")
            .replace("%2", self._nights_text(week.nights))
        )

    def duration(self, minutes: float | None) -> str:
        if minutes is None:
            return "–"
        hours, rest = divmod(round(minutes), 60)
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))

    def fill(self, data: PatternData) -> None:
        weeks = weekly_sleep(data.sleep)
        self.sleep_chart.set_rows(
            [
                Dumbbell(
                    w.first,
                    self._week_text(w),
                    None if w.time_in_bed is None else w.time_in_bed / 60,
                    None if w.time_asleep is None else w.time_asleep / 60,
                    self._efficiency_text(w),
                )
                for w in weeks
            ],
            MOST_HOURS,
        )
        self.set_table(
            (
                self.tr("Week"),
                self.tr("Nights"),
                self.tr("Time in bed"),
                self.tr("Time asleep"),
                self.tr("Sleep efficiency"),
                self.tr("Quality (1–5)"),
            ),
            [
                (
                    w.first,
                    (
                        self._week_text(w),
                        str(w.nights),
                        self.duration(w.time_in_bed),
                        self.duration(w.time_asleep),
                        "–" if w.efficiency is None else f"{w.efficiency:.0f}%",
                        number(w.quality),
                    ),
                )
                for w in weeks
            ],
        )
        nights = data.sleep
        whole = average_of(data.review.first, nights)
        if whole.time_asleep is not None and whole.efficiency is not None:
            lead = (
                self.tr("Over %1 you slept %2 a night on average, %3% of your time in bed.")
                .replace("%1", self._nights_text(len(nights)))
                .replace("%2", self.duration(whole.time_asleep))
                .replace("%3", f"{whole.efficiency:.0f}")
            )
        else:
            lead = self.tr("You kept your sleep diary for %1 in this time.").replace(
                "%1", self._nights_text(len(nights))
            )
        self.set_note(
            lead if nights else "",
            self.tr(
                "Worked out from the times in your sleep diary: time in bed is from getting "
                "into bed to getting up; time asleep leaves out the time it took to fall asleep "
                "and the time awake in the night; sleep efficiency is time asleep as a share of "
                "time in bed. The open circle is time in bed, the filled one time asleep, in "
                "hours. Click a week, or press Enter on it, to see its diaries."
            )
            if nights
            else "",
        )
        self.set_empty(
            ""
            if nights
            else self.tr(
                "When you keep a sleep diary, your time in bed and time asleep will show here "
                "week by week."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return entries_in_sleep_week(data.sleep, key) if isinstance(key, date) else []
