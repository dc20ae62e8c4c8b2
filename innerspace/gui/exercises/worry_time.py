"""Worry time: note a worry, choose when to come back to it, and at that time look at it again.

A worry put off is saved for later (a draft) and comes back from the timeline; its second half,
answered at the worry time, finishes it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from innerspace.core.entries import local_now
from innerspace.core.exercises import load_exercise_guides
from innerspace.core.worry_time import WorryNote
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.clock_field import ClockField
from innerspace.gui.exercises.day_picker import spoken_day
from innerspace.gui.exercises.score_box import ScoreBox, rating_row
from innerspace.gui.exercises.thought_record import step_heading, text_box
from innerspace.gui.exercises.yes_no import answer, set_answer, yes_no_box

TITLE_CHARS = 48
DAYS_AHEAD = 7


class WorryTimeForm(ExerciseForm):
    KIND = WorryNote.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        q = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._default_time: str = guide.content["default_time"]
        self._loading = False
        ends = self.tr("0 = not at all, 10 = the most you can imagine")

        self.worry = text_box(self, q["worry"], 3)
        self.how_worried = self._score(q["how_worried"], ends)
        self.day = QComboBox(self)
        self.day.setAccessibleName(self.tr("The day of your worry time"))
        self.time = ClockField(self.tr("The time of your worry time"), self)
        self.until_then = label("", self, "muted")
        self.still_a_worry = yes_no_box(
            q["still_a_worry"], self.tr("Yes, still"), self.tr("Not any more"), self
        )
        self.how_worried_now = self._score(q["how_worried_now"], ends)
        self.can_act = yes_no_box(
            q["can_act"], self.tr("Yes, there is"), self.tr("No, not now: I can let it be"), self
        )
        self.next_step = text_box(self, q["next_step"], 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(step_heading(q["worry"], self))
        layout.addWidget(self.worry)
        layout.addLayout(rating_row(q["how_worried"], self.how_worried, ends, self))
        layout.addSpacing(12)
        layout.addWidget(step_heading(q["worry_time"], self))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        layout.addLayout(when)
        layout.addWidget(self.until_then)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("At your worry time"), self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, (text, widget) in enumerate(
            ((q["still_a_worry"], self.still_a_worry), (q["can_act"], self.can_act))
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(rating_row(q["how_worried_now"], self.how_worried_now, ends, self))
        layout.addLayout(grid)
        layout.addWidget(label(q["next_step"], self))
        layout.addWidget(self.next_step)
        layout.addStretch(1)
        # Keyboard order follows the page: how worried now comes before the two questions.
        QWidget.setTabOrder(self.how_worried_now, self.still_a_worry)
        QWidget.setTabOrder(self.still_a_worry, self.can_act)
        QWidget.setTabOrder(self.can_act, self.next_step)
        self.set_value(None)

        self.worry.textChanged.connect(self._edited)
        self.next_step.textChanged.connect(self._edited)
        self.time.textChanged.connect(self._edited)
        for box in (self.how_worried, self.how_worried_now):
            box.valueChanged.connect(self._edited)
        for combo in (self.day, self.still_a_worry, self.can_act):
            combo.currentIndexChanged.connect(self._edited)

    def _score(self, name: str, ends: str) -> ScoreBox:
        box = ScoreBox(10, 1, self)
        box.setSuffix(self.tr(" / 10"))
        box.setAccessibleName(name)
        return box

    def _fill_days(self, chosen: date) -> None:
        today = local_now().date()
        days = [today + timedelta(days=i) for i in range(DAYS_AHEAD)]
        if chosen not in days:
            days.insert(0, chosen)
        self.day.clear()
        for day in days:
            spoken = spoken_day(day)
            if day == today:
                spoken = self.tr("Today (%1)").replace("%1", spoken)
            elif day == today + timedelta(days=1):
                spoken = self.tr("Tomorrow (%1)").replace("%1", spoken)
            self.day.addItem(spoken, day.isoformat())
        self.day.setCurrentIndex(self.day.findData(chosen.isoformat()))

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        worry = " ".join(self.worry.toPlainText().split())
        if len(worry) > TITLE_CHARS:
            worry = worry[: TITLE_CHARS - 1].rstrip() + "…"
        title = self.tr("Worry: %1").replace("%1", worry) if worry else self.tr("Worry time")
        note = self.value()
        if note.still_a_worry is False:
            return self.tr("%1 (no longer a worry)").replace("%1", title)
        if note.can_act:
            return self.tr("%1 (a step to take)").replace("%1", title)
        moment = note.moment()
        if moment is None or note.reviewed():
            return title
        return (
            self.tr("%1 (for %2)")
            .replace("%1", title)
            .replace("%2", f"{spoken_day(moment.date())}, {moment:%H:%M}")
        )

    def value(self) -> WorryNote:
        day, clock = self.day.currentData(), self.time.clock()
        return WorryNote(
            worry=self.worry.toPlainText().strip(),
            worry_time=f"{day}T{clock}" if isinstance(day, str) and clock else "",
            how_worried=self.how_worried.score(),
            still_a_worry=answer(self.still_a_worry),
            how_worried_now=self.how_worried_now.score(),
            can_act=answer(self.can_act),
            next_step=self.next_step.toPlainText().strip(),
        )

    def set_value(self, value: WorryNote | None) -> None:
        note = value or WorryNote()
        self._loading = True
        try:
            moment = note.moment() or self._next_worry_time()
            self._fill_days(moment.date())
            self.time.set_clock(f"{moment:%H:%M}")
            self.worry.setPlainText(note.worry)
            self.how_worried.set_score(note.how_worried)
            set_answer(self.still_a_worry, note.still_a_worry)
            self.how_worried_now.set_score(note.how_worried_now)
            set_answer(self.can_act, note.can_act)
            self.next_step.setPlainText(note.next_step)
        finally:
            self._loading = False
        self._show_until_then()

    def is_empty(self) -> bool:
        note = self.value()
        return note == WorryNote(worry_time=note.worry_time)

    def _next_worry_time(self) -> datetime:
        """Today at the usual worry time, or tomorrow if that has gone by."""
        now = local_now().replace(tzinfo=None, second=0, microsecond=0)
        hours, minutes = (int(part) for part in self._default_time.split(":"))
        today = now.replace(hour=hours, minute=minutes)
        return today if today > now else today + timedelta(days=1)

    def _edited(self) -> None:
        self._show_until_then()
        if not self._loading:
            self.changed.emit()

    def _show_until_then(self) -> None:
        note = self.value()
        now = local_now().replace(tzinfo=None)
        if note.reviewed():
            text = ""
        elif note.is_due(now):
            text = self.tr("It's worry time for this one now. Take a few minutes with it below.")
        else:
            text = self.tr(
                "Until then, you can let it wait. If it comes back before, notice it, and "
                "remind yourself it has a time of its own. Save it for later, and open it "
                "again from your journal when the time comes."
            )
        self.until_then.setText(text)
        self.until_then.setVisible(bool(text))
