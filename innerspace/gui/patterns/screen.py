"""Patterns: a quiet look back at moods, feelings and writing over a chosen stretch of time.

The figures are gathered on the database worker (one job per change of range); the screen only
shows them, each in its own section (beside its chart, in this package). Every chart has a table
a keyboard can reach, and a click on a piece of a chart (or Enter on a table row) asks the window
to show the entries behind it with ``entries_requested``. Associations are stated with their
counts, never as causes.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import EmotionVocabulary, load_vocabulary
from innerspace.core.entries import local_now
from innerspace.gui.common.accessibility import set_accessible_role
from innerspace.gui.common.chart_base import entry_count, qdate
from innerspace.gui.common.worker import DatabaseWorker, collections_held
from innerspace.gui.patterns.activities import ActivitySection
from innerspace.gui.patterns.associations import AssociationSection
from innerspace.gui.patterns.checkins import CheckinSection
from innerspace.gui.patterns.coping import CopingSection
from innerspace.gui.patterns.diary_card import DiaryCardSection
from innerspace.gui.patterns.experiments import ExperimentSection
from innerspace.gui.patterns.fear_ladders import FearLadderSection
from innerspace.gui.patterns.feelings import FamilySection, WordsSection
from innerspace.gui.patterns.mood import MoodSection
from innerspace.gui.patterns.mood_calendar import CalendarSection
from innerspace.gui.patterns.planning import PlanningSection
from innerspace.gui.patterns.rhythm import RhythmSection
from innerspace.gui.patterns.section import ChartSection, has_earlier, long_day_text
from innerspace.gui.patterns.sleep import SleepSection
from innerspace.gui.patterns.thought_records import ThoughtRecordSection
from innerspace.gui.patterns.weekday_grid import WritingTimesSection
from innerspace.storage.feelings import Feelings
from innerspace.storage.own_words import OwnWords
from innerspace.storage.pattern_queries import (
    EntryQuery,
    PatternCache,
    PatternData,
    load_patterns,
)

log = logging.getLogger(__name__)

RANGE_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365}
DEFAULT_RANGE = "month"


class PatternsScreen(QWidget):
    """Emits ``entries_requested(list of entry ids)`` when a person asks what is behind a
    figure, and ``loaded`` each time new figures are shown. Call ``start()`` to load."""

    entries_requested = Signal(list)
    loaded = Signal()

    def __init__(
        self,
        worker: DatabaseWorker,
        feelings: Feelings,
        theme: str = "system",
        *,
        vocabulary: EmotionVocabulary | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.feelings = feelings
        self.vocabulary = (
            vocabulary or load_vocabulary()
        )  # the shipped words; own ones join per load
        self._today = today or (lambda: local_now().date())
        self._generation = 0  # only the newest load is shown
        self.data: PatternData | None = None
        self._cache = PatternCache()  # touched only by jobs on the worker
        # What the reviews set aside from the collector goes back with the screen (on lock), so
        # what it held can be freed like everything else.
        self.destroyed.connect(_give_back_to_collector)
        self._build()
        self.set_theme(theme)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Patterns"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Patterns"))

        self.range_picker = QComboBox(self)
        self.range_picker.setAccessibleName(self.tr("Time to look back on"))
        for key, text in (
            ("week", self.tr("Past week")),
            ("month", self.tr("Past month")),
            ("quarter", self.tr("Past three months")),
            ("year", self.tr("Past year")),
            ("all", self.tr("All my entries")),
            ("custom", self.tr("Choose dates…")),
        ):
            self.range_picker.addItem(text, key)
        self.range_picker.setCurrentIndex(self.range_picker.findData(DEFAULT_RANGE))
        self.range_picker.currentIndexChanged.connect(self._on_range_changed)
        range_label = QLabel(self.tr("&Show"), self)
        range_label.setBuddy(self.range_picker)
        self.first_date = self._date_edit(self.tr("First day"))
        self.last_date = self._date_edit(self.tr("Last day"))
        self.to_label = QLabel(self.tr("to"), self)
        self.busy_label = QLabel(self.tr("Gathering your patterns…"), self)
        self.busy_label.setProperty("role", "muted")
        # Its room is kept while hidden: showing it then repaints the words, not the screen.
        keep_room = self.busy_label.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.busy_label.setSizePolicy(keep_room)
        self.busy_label.hide()

        controls = QHBoxLayout()
        controls.addWidget(range_label)
        controls.addWidget(self.range_picker)
        controls.addWidget(self.first_date)
        controls.addWidget(self.to_label)
        controls.addWidget(self.last_date)
        controls.addStretch(1)
        controls.addWidget(self.busy_label)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setProperty("role", "muted")
        self.empty_note.hide()

        self.mood_section = MoodSection(self)
        self.family_section = FamilySection(self.vocabulary, self)
        self.words_section = WordsSection(self.vocabulary, self)
        self.heat_section = CalendarSection(self)
        self.grid_section = WritingTimesSection(self)
        self.association_section = AssociationSection(self)
        self.rhythm_section = RhythmSection(self)
        self.thought_record_section = ThoughtRecordSection(self)
        self.coping_section = CopingSection(self)
        self.activity_section = ActivitySection(self)
        self.planning_section = PlanningSection(self)
        self.fear_ladder_section = FearLadderSection(self)
        self.experiment_section = ExperimentSection(self)
        self.sleep_section = SleepSection(self)
        self.diary_card_section = DiaryCardSection(self)
        self.checkin_section = CheckinSection(self)
        # The figures by the names the window and its tests reach them by.
        self.mood_chart = self.mood_section.mood_chart
        self.family_chart = self.family_section.family_chart
        self.heat_map = self.heat_section.heat_map
        self.weekday_grid = self.grid_section.weekday_grid
        self.outcome_chart = self.thought_record_section.outcome_chart
        self.traps_model = self.thought_record_section.traps_model
        self.traps_table = self.thought_record_section.traps_table
        self.coping_chart = self.coping_section.coping_chart
        self.activity_chart = self.activity_section.activity_chart

        content = QWidget(self)
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self.summary)
        column.addWidget(self.empty_note)
        self.sections: tuple[ChartSection, ...] = (
            self.mood_section,
            self.family_section,
            self.words_section,
            self.heat_section,
            self.grid_section,
            self.association_section,
            self.rhythm_section,
            self.thought_record_section,
            self.coping_section,
            self.activity_section,
            self.planning_section,
            self.fear_ladder_section,
            self.experiment_section,
            self.sleep_section,
            self.diary_card_section,
            self.checkin_section,
        )
        for section in self.sections:
            section.entries_requested.connect(self.entries_requested)
            section.lookup_requested.connect(self._look_up)
            column.addWidget(section)
        column.addStretch(1)
        holder = QWidget(self)
        centre = QHBoxLayout(holder)
        centre.addStretch(1)
        centre.addWidget(content, 100)
        centre.addStretch(1)
        self.scroll_area = QScrollArea(self)
        set_accessible_role(self.scroll_area, QAccessible.Role.Document)
        self.scroll_area.setAccessibleName(self.tr("Your patterns"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addWidget(self.scroll_area, 1)
        self._show_custom_dates(False)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.dateChanged.connect(lambda _d: self._on_dates_edited())
        return edit

    def set_theme(self, theme: str) -> None:
        for section in self.sections:
            section.set_theme(theme)
        if self.data is not None:
            self._show(self.data)

    # -- loading ----------------------------------------------------------------------------

    def current_range(self) -> tuple[date | None, date]:
        """The first and last day picked; a first day of None means from the first entry."""
        key = self.range_picker.currentData()
        today = self._today()
        if key == "custom":
            first, last = _to_date(self.first_date.date()), _to_date(self.last_date.date())
            return min(first, last), max(first, last)
        if key == "all":
            return None, today
        return today - timedelta(days=RANGE_DAYS[key] - 1), today

    def start(self) -> None:
        self.reload()

    def reload(self) -> None:
        first, last = self.current_range()
        self._generation += 1
        generation = self._generation
        feelings, shipped = self.feelings, self.vocabulary
        self.busy_label.show()
        self.setCursor(Qt.CursorShape.BusyCursor)

        cache = self._cache

        def job() -> PatternData:
            # With the person's own words, read on the worker with the rest.
            def load() -> PatternData:
                vocabulary = OwnWords(feelings.vault).vocabulary(shipped)
                return load_patterns(feelings, first, last, vocabulary)

            with collections_held(), _window_first():
                data = cache.get(feelings.vault.connection, (first, last), load)
                # What a review makes and keeps (its figures, the exercises read) is set aside
                # from the collector: a full collection walking it would hold the interpreter
                # and freeze the window for up to 100 ms at 100,000 entries.
                gc.freeze()
                return data

        def done(data: PatternData) -> None:
            if generation == self._generation:
                self._finish()
                self.data = data
                self._show(data)
                self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._finish()
                log.error("gathering patterns failed: %s", type(error).__name__)
                self.summary.setText(
                    self.tr("Your patterns couldn't be gathered just now. Please try again.")
                )

        self.worker.submit(job, done, failed)

    def _look_up(self, query: EntryQuery) -> None:
        vault, cache = self.feelings.vault, self._cache

        def found(ids: list[int]) -> None:
            if ids:
                self.entries_requested.emit(ids)

        def failed(error: BaseException) -> None:
            log.error("finding the entries behind a figure failed: %s", type(error).__name__)

        self.worker.submit(lambda: cache.run(vault.connection, lambda: query(vault)), found, failed)

    def _finish(self) -> None:
        self.busy_label.hide()
        self.unsetCursor()

    def _on_range_changed(self, _index: int) -> None:
        custom = self.range_picker.currentData() == "custom"
        if custom:
            first, last = self.current_range_for_dates()
            for edit, day in ((self.first_date, first), (self.last_date, last)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self._show_custom_dates(custom)
        self.reload()

    def current_range_for_dates(self) -> tuple[date, date]:
        """Where the date boxes start when "Choose dates…" is picked: the range last shown."""
        if self.data is not None:
            return self.data.review.first, self.data.review.last
        today = self._today()
        return today - timedelta(days=RANGE_DAYS[DEFAULT_RANGE] - 1), today

    def _on_dates_edited(self) -> None:
        if self.range_picker.currentData() == "custom":
            self.reload()

    def _show_custom_dates(self, shown: bool) -> None:
        for widget in (self.first_date, self.to_label, self.last_date):
            widget.setVisible(shown)

    # -- showing ----------------------------------------------------------------------------

    def _show(self, data: PatternData) -> None:
        review = data.review
        self.summary.setText(self._summary_text(data))
        if review.entries == 0:
            self.empty_note.setText(
                self.tr(
                    "There are no entries in this time yet. Name a feeling or rate your mood "
                    "when you write, and your patterns will show here."
                )
            )
        self.empty_note.setVisible(review.entries == 0)
        for section in self.sections:
            section.fill(data)

    def _summary_text(self, data: PatternData) -> str:
        review = data.review
        text = (
            self.tr("From %1 to %2: %3.")
            .replace("%1", long_day_text(review.first))
            .replace("%2", long_day_text(review.last))
            .replace("%3", entry_count(self, review.entries))
        )
        if not has_earlier(data):
            return text
        before = self.tr(" In the same length of time before: %1.").replace(
            "%1", entry_count(self, review.frequency.previous_entries)
        )
        return text + before


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _give_back_to_collector(*_args: object) -> None:
    gc.unfreeze()


@contextmanager
def _window_first() -> Iterator[None]:
    """The window gets the interpreter back within a millisecond (not five) while a review
    is counted in Python on the worker, so it keeps answering meanwhile."""
    was = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    try:
        yield
    finally:
        sys.setswitchinterval(was)
