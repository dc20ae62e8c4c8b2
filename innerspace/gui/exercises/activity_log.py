"""The activity and mood log: what the person did, when, how much they enjoyed it, how much of
a sense of achievement it gave, and their mood before and after (all 0–10)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from innerspace.core.entries import local_now
from innerspace.core.exercises import ActivityLog
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.score_box import ScoreBox, scale_ends
from innerspace.gui.exercises.thought_record import step_heading, text_box
from innerspace.gui.exercises.when_field import WhenField

TITLE_CHARS = 48


class ActivityLogForm(ExerciseForm):
    KIND = ActivityLog.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        # What this form doesn't show (minutes, planned) is kept from a stored log as it was.
        self._stored = ActivityLog()

        self.activity = QLineEdit(self)
        self.activity.setAccessibleName(self.tr("What you did"))
        self.activity.setPlaceholderText(self.tr("A walk, a phone call, washing up…"))
        self.when = WhenField(self)
        self.enjoyment = self._score(self.tr("Pleasure, 0 to 10"))
        self.achievement = self._score(self.tr("Sense of achievement, 0 to 10"))
        self.mood_before = self._score(self.tr("Mood before, 0 to 10"))
        self.mood_after = self._score(self.tr("Mood after, 0 to 10"))
        self.notes = text_box(self, self.tr("Anything else you noticed"), 3)
        self._lay_out()
        self.set_value(None)

        self.activity.textChanged.connect(self._edited)
        self.when.changed.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        for box in (self.enjoyment, self.achievement, self.mood_before, self.mood_after):
            box.valueChanged.connect(self._edited)

    def _score(self, name: str) -> ScoreBox:
        box = ScoreBox(10, 1, self)
        box.setSuffix(self.tr(" / 10"))
        box.setAccessibleName(name)
        return box

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(step_heading(self.tr("What did you do?"), self))
        layout.addWidget(self.activity)
        when = self._labelled(self.tr("When"), self.when)
        layout.addLayout(when)
        layout.addSpacing(18)

        layout.addWidget(step_heading(self.tr("How was it?"), self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        rows = (
            (
                self.tr("Pleasure"),
                self.tr("How much you enjoyed it, even a little."),
                self.enjoyment,
            ),
            (
                self.tr("Sense of achievement"),
                self.tr(
                    "How much it felt like getting something done. Small tasks count, "
                    "especially on a hard day."
                ),
                self.achievement,
            ),
        )
        self._score_rows(grid, rows, self.tr("0 = none, 10 = the most you can imagine"))
        layout.addLayout(grid)
        layout.addSpacing(18)

        layout.addWidget(step_heading(self.tr("Your mood"), self))
        moods = QGridLayout()
        moods.setHorizontalSpacing(12)
        moods.setVerticalSpacing(4)
        self._score_rows(
            moods,
            (
                (self.tr("Before"), self.tr("Just before you started."), self.mood_before),
                (self.tr("After"), self.tr("Once you had finished."), self.mood_after),
            ),
            self.tr("0 = the lowest you feel, 10 = the best"),
        )
        layout.addLayout(moods)
        layout.addSpacing(18)
        layout.addWidget(step_heading(self.tr("Anything else you noticed"), self))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def _labelled(self, text: str, widget: QWidget) -> QGridLayout:
        row = QGridLayout()
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        row.addWidget(caption, 0, 0)
        row.addWidget(widget, 0, 1)
        row.setColumnStretch(2, 1)
        return row

    def _score_rows(
        self, grid: QGridLayout, rows: tuple[tuple[str, str, ScoreBox], ...], ends: str
    ) -> None:
        for i, (name, explanation, box) in enumerate(rows):
            caption = QLabel(name, self)
            caption.setBuddy(box)
            about = label(explanation, self, "muted")
            grid.addWidget(caption, 2 * i, 0)
            grid.addWidget(box, 2 * i, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(scale_ends(ends, box, self), 2 * i, 2)
            box.setAccessibleDescription(f"{explanation} {ends}")
            grid.addWidget(about, 2 * i + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        # Every rating box starts at one edge, in both groups.
        captions = (
            self.tr("Pleasure"),
            self.tr("Sense of achievement"),
            self.tr("Before"),
            self.tr("After"),
        )
        widest = max(self.fontMetrics().horizontalAdvance(c) for c in captions)
        grid.setColumnMinimumWidth(0, widest + 8)

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        activity = self.activity.text().strip()
        if len(activity) > TITLE_CHARS:
            activity = activity[: TITLE_CHARS - 1].rstrip() + "…"
        name = self.tr("Activity")
        return f"{name}: {activity}" if activity else self.tr("Activity and mood log")

    def value(self) -> ActivityLog:
        return replace(
            self._stored,
            activity=self.activity.text().strip(),
            when=self.when.moment().isoformat(timespec="minutes"),
            enjoyment=self.enjoyment.score(),
            achievement=self.achievement.score(),
            mood_before=self.mood_before.score(),
            mood_after=self.mood_after.score(),
            notes=self.notes.toPlainText().strip(),
        )

    def set_value(self, value: ActivityLog | None) -> None:
        log = value or ActivityLog()
        self._loading = True
        try:
            self._stored = log
            self.activity.setText(log.activity)
            moment = _moment(log.when)
            self.when.set_moment(moment or local_now(), is_now=moment is None)
            self.enjoyment.set_score(log.enjoyment)
            self.achievement.set_score(log.achievement)
            self.mood_before.set_score(log.mood_before)
            self.mood_after.set_score(log.mood_after)
            self.notes.setPlainText(log.notes)
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        log = self.value()
        scores = (log.enjoyment, log.achievement, log.mood_before, log.mood_after)
        return not log.activity and not log.notes and all(s is None for s in scores)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()


def _moment(text: str) -> datetime | None:
    """A stored time as the person wrote it; None for a new log or an unreadable time."""
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
