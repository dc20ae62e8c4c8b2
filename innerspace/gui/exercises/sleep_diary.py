"""The sleep diary: last night in the Consensus Sleep Diary's core questions, with time in bed,
time asleep and sleep efficiency worked out as the person answers (never typed by them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.exercises import load_exercise_guides
from innerspace.core.sleep_diary import MOST_COUNT, MOST_MINUTES, SleepDiary, SleepFigures
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.clock_field import ClockField
from innerspace.gui.exercises.day_picker import DayPicker
from innerspace.gui.exercises.score_box import ScoreBox
from innerspace.gui.exercises.thought_record import step_heading, text_box

MINUTE_STEP = 5


class SleepDiaryForm(ExerciseForm):
    KIND = SleepDiary.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        self._questions = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._loading = False
        q = self._questions

        self.night = DayPicker(q["night"], self.tr("Last night (%1)"), 1, self)
        self.estimates = label(guide.content["estimates"], self, "muted")
        self.to_bed = ClockField(q["to_bed"], self)
        self.tried_to_sleep = ClockField(q["tried_to_sleep"], self)
        self.minutes_to_sleep = self._minutes(q["minutes_to_sleep"])
        self.awakenings = self._count(q["awakenings"])
        self.minutes_awake = self._minutes(q["minutes_awake"])
        self.final_waking = ClockField(q["final_waking"], self)
        self.out_of_bed = ClockField(q["out_of_bed"], self)
        self.quality = QComboBox(self)
        self.quality.setAccessibleName(q["quality"])
        for text in (
            self.tr("–"),
            self.tr("Very poor"),
            self.tr("Poor"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Very good"),
        ):
            self.quality.addItem(text)
        self.worked_out = label("", self)
        self.worked_out.setAccessibleName(self.tr("Worked out from your answers"))
        self.naps = self._count(self.tr("Naps or dozing the day before"))
        self.nap_minutes = self._minutes(self.tr("Time napping in all"))
        self.caffeine = self._count(q["caffeine"])
        self.alcohol = self._count(q["alcohol"])
        self.notes = text_box(self, q["notes"], 3)
        self._lay_out()
        self.set_value(None)

        self.night.currentIndexChanged.connect(self._edited)
        for clock in (self.to_bed, self.tried_to_sleep, self.final_waking, self.out_of_bed):
            clock.textChanged.connect(self._edited)
        for box in (
            self.minutes_to_sleep,
            self.awakenings,
            self.minutes_awake,
            self.naps,
            self.nap_minutes,
            self.caffeine,
            self.alcohol,
        ):
            box.valueChanged.connect(self._edited)
        self.quality.currentIndexChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    def _minutes(self, name: str) -> ScoreBox:
        box = ScoreBox(MOST_MINUTES, MINUTE_STEP, self)
        box.setSuffix(self.tr(" min"))
        box.setAccessibleName(name)
        box.setProperty("quantity", True)  # a length of time, not a rating with two ends
        return box

    def _count(self, name: str) -> ScoreBox:
        box = ScoreBox(MOST_COUNT, 1, self)
        box.setAccessibleName(name)
        box.setProperty("quantity", True)  # a count, not a rating with two ends
        return box

    def _lay_out(self) -> None:
        q = self._questions
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(step_heading(self.tr("Which night?"), self))
        layout.addLayout(self._rows([(q["night"], self.night)]))
        layout.addWidget(self.estimates)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("Going to sleep"), self))
        layout.addLayout(
            self._rows(
                [
                    (q["to_bed"], self.to_bed),
                    (q["tried_to_sleep"], self.tried_to_sleep),
                    (q["minutes_to_sleep"], self.minutes_to_sleep),
                ]
            )
        )
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("In the night"), self))
        layout.addLayout(
            self._rows(
                [(q["awakenings"], self.awakenings), (q["minutes_awake"], self.minutes_awake)]
            )
        )
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("Waking up"), self))
        layout.addLayout(
            self._rows(
                [
                    (q["final_waking"], self.final_waking),
                    (q["out_of_bed"], self.out_of_bed),
                    (q["quality"], self.quality),
                ]
            )
        )
        layout.addWidget(self.worked_out)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("The day before"), self))
        layout.addLayout(
            self._rows(
                [
                    (self.tr("Naps or dozing"), self.naps),
                    (self.tr("Time napping in all"), self.nap_minutes),
                    (q["caffeine"], self.caffeine),
                    (q["alcohol"], self.alcohol),
                ]
            )
        )
        layout.addSpacing(12)
        layout.addWidget(step_heading(q["notes"], self))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def _rows(self, rows: list[tuple[str, QWidget]]) -> QGridLayout:
        # One width for every answer, from the font: the answers line up down the whole form.
        width = self.fontMetrics().horizontalAdvance("Wednesday, 30 September 2026") + 48
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for i, (text, widget) in enumerate(rows):
            caption = label(text, self)
            caption.setBuddy(widget)
            widget.setFixedWidth(width)
            grid.addWidget(caption, i, 0)
            grid.addWidget(widget, i, 1)
        grid.setColumnStretch(0, 1)
        return grid

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        title = self.tr("Sleep: the night of %1").replace("%1", self.night.spoken(self.night.day()))
        asleep = self.value().figures().time_asleep
        if asleep is None:
            return title
        return self.tr("%1, %2 asleep").replace("%1", title).replace("%2", self.duration(asleep))

    def duration(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.tr("%1 min").replace("%1", str(rest))
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))

    def value(self) -> SleepDiary:
        return SleepDiary(
            night=self.night.day().isoformat(),
            to_bed=self.to_bed.clock(),
            tried_to_sleep=self.tried_to_sleep.clock(),
            minutes_to_sleep=self.minutes_to_sleep.score(),
            awakenings=self.awakenings.score(),
            minutes_awake=self.minutes_awake.score(),
            final_waking=self.final_waking.clock(),
            out_of_bed=self.out_of_bed.clock(),
            quality=self.quality.currentIndex() or None,
            naps=self.naps.score(),
            nap_minutes=self.nap_minutes.score(),
            caffeine=self.caffeine.score(),
            alcohol=self.alcohol.score(),
            notes=self.notes.toPlainText().strip(),
        )

    def set_value(self, value: SleepDiary | None) -> None:
        diary = value or SleepDiary()
        self._loading = True
        try:
            self.night.set_day(diary.night_day())
            self.to_bed.set_clock(diary.to_bed)
            self.tried_to_sleep.set_clock(diary.tried_to_sleep)
            self.minutes_to_sleep.set_score(diary.minutes_to_sleep)
            self.awakenings.set_score(diary.awakenings)
            self.minutes_awake.set_score(diary.minutes_awake)
            self.final_waking.set_clock(diary.final_waking)
            self.out_of_bed.set_clock(diary.out_of_bed)
            self.quality.setCurrentIndex(diary.quality or 0)
            self.naps.set_score(diary.naps)
            self.nap_minutes.set_score(diary.nap_minutes)
            self.caffeine.set_score(diary.caffeine)
            self.alcohol.set_score(diary.alcohol)
            self.notes.setPlainText(diary.notes)
        finally:
            self._loading = False
        self._show_figures()

    def is_empty(self) -> bool:
        return self.value() == SleepDiary(night=self.value().night)

    def _edited(self) -> None:
        self._show_figures()
        if not self._loading:
            self.changed.emit()

    def _show_figures(self) -> None:
        self.worked_out.setText(self.figures_text(self.value().figures()))

    def figures_text(self, figures: SleepFigures) -> str:
        if not figures.in_order:
            return self.tr(
                "These times don't seem to follow one another through the night. When they do, "
                "your time in bed and time asleep will be worked out here."
            )
        if figures.time_in_bed is None:
            return self.tr(
                "Your time in bed, time asleep and sleep efficiency are worked out here from "
                "your answers."
            )
        parts = [self.tr("Time in bed: %1").replace("%1", self.duration(figures.time_in_bed))]
        if figures.time_asleep is not None:
            parts.append(
                self.tr("Time asleep: %1").replace("%1", self.duration(figures.time_asleep))
            )
        if figures.efficiency is not None:
            parts.append(
                self.tr("Sleep efficiency: %1%").replace("%1", f"{figures.efficiency:.0f}")
            )
        return " · ".join(parts)
