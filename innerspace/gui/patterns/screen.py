"""Patterns: a quiet look back at moods, feelings and writing over a chosen stretch of time.

The figures are gathered on the database worker (one job per change of range); the screen only
shows them. Every chart has a table a keyboard can reach, and a click on a piece of a chart (or
Enter on a table row) asks the window to show the entries behind it with ``entries_requested``.
Associations are stated with their counts, never as causes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import EmotionVocabulary, load_vocabulary
from innerspace.core.entries import local_now
from innerspace.core.patterns import (
    ActivityReview,
    BeforeAfter,
    ContextAssociation,
    ExerciseReview,
    OutcomePeriod,
    PatternReview,
    ThoughtRecordSummary,
    percent,
    previous_period,
)
from innerspace.gui.common.chart_base import entry_count, qdate
from innerspace.gui.common.theme import colors, is_dark
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.family_chart import FamilyChart
from innerspace.gui.patterns.heat_map import MoodHeatMap
from innerspace.gui.patterns.mood_chart import MoodChart
from innerspace.gui.patterns.rows_model import KeyRole, RowsModel
from innerspace.gui.patterns.score_bars import ScoreBar, ScoreBars
from innerspace.gui.patterns.week_bars import WeekBars
from innerspace.gui.patterns.weekday_grid import WeekdayGrid
from innerspace.storage.feelings import Feelings
from innerspace.storage.pattern_queries import (
    PatternData,
    entries_in_cell,
    entries_in_period,
    entries_in_week,
    entries_on_day,
    entries_with_activity,
    entries_with_context,
    entries_with_distortion,
    entries_with_family,
    entries_with_strategy,
    entries_with_word,
    load_patterns,
)

log = logging.getLogger(__name__)

RANGE_DAYS = {"week": 7, "month": 30, "quarter": 91, "year": 365}
DEFAULT_RANGE = "month"
TOP_WORDS = 10
ASSOCIATIONS_PER_TAG = 3
# The most often logged activities get a sentence each; the chart and table have the rest.
ACTIVITY_SENTENCES = 2


class ChartSection(QFrame):
    """A titled card holding a chart and its table, with a toggle between them, and an empty
    state that says what will appear. ``activated(key)`` comes from the chart or the table."""

    activated = Signal(object)

    def __init__(
        self, title: str, chart: QWidget | None, table_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.title = QLabel(title, self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.hide()
        self.toggle = QPushButton(self.tr("Show as table"), self)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show %1 as a table").replace("%1", title))
        self.toggle.toggled.connect(self._on_toggled)
        self.model = RowsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(table_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._on_row_activated)
        self._table_height = self.fontMetrics().height() * 12
        self.table.setMinimumHeight(self._table_height)
        self.chart = chart
        self.stack = QStackedWidget(self)
        if chart is not None:
            self.stack.addWidget(chart)
            if hasattr(chart, "activated"):
                chart.activated.connect(self.activated)
        self.stack.addWidget(self.table)
        self.stack.currentChanged.connect(lambda _i: self._fit_stack())
        self._fit_stack()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.hide()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        self.toggle.setVisible(chart is not None)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.stack)
        layout.addWidget(self.empty)

    def add_below(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_table(
        self, headers: Sequence[str], rows: Sequence[tuple[Hashable, Sequence[str]]]
    ) -> None:
        """Rows of (key for drill-down, shown values)."""
        self.model.set_rows(headers, rows)

    def set_empty(self, text: str) -> None:
        """Show ``text`` instead of the chart and the table; an empty text shows them again."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.stack.setVisible(not text)
        self.toggle.setEnabled(not text)

    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def _on_toggled(self, as_table: bool) -> None:
        self.stack.setCurrentWidget(self.table if as_table or self.chart is None else self.chart)
        self.toggle.setText(self.tr("Show as chart") if as_table else self.tr("Show as table"))

    def _fit_stack(self) -> None:
        # A stack is as tall as its tallest page; let only the page on show count.
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            if page is None:
                continue
            shown = page is self.stack.currentWidget()
            page.setSizePolicy(preferred if shown else ignored, preferred if shown else ignored)
        # A hidden table's minimum height would still stretch the stack under a short chart.
        if self.chart is not None:
            shown_table = self.stack.currentWidget() is self.table
            self.table.setMinimumHeight(self._table_height if shown_table else 0)
        self.stack.adjustSize()

    def _on_row_activated(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key is not None:
            self.activated.emit(key)


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
        self.vocabulary = vocabulary or load_vocabulary()
        self._today = today or (lambda: local_now().date())
        self._theme = theme
        self._generation = 0  # only the newest load is shown
        self.data: PatternData | None = None
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

        parts = {
            "night": self.tr("Night"),
            "morning": self.tr("Morning"),
            "afternoon": self.tr("Afternoon"),
            "evening": self.tr("Evening"),
        }
        self._part_names = parts
        self.mood_chart = MoodChart(
            (
                self.tr("Your rating"),
                self.tr("From the feelings you named"),
                self.tr("Mean of 7 days"),
            ),
            self,
        )
        self.family_chart = FamilyChart(self.vocabulary, self)
        self.heat_map = MoodHeatMap(self)
        self.weekday_grid = WeekdayGrid(parts, self)
        self.week_bars = WeekBars(self)
        self.outcome_chart = DumbbellChart(self.tr("Feelings before and after, over time"), self)
        self.coping_chart = ScoreBars(self.tr("How helpful each strategy felt"), self)
        self.activity_chart = DumbbellChart(self.tr("Mood before and after each activity"), self)

        self.mood_section = ChartSection(
            self.tr("Mood over time"), self.mood_chart, self.tr("Mood by day"), self
        )
        self.mood_section.set_note(
            self.tr(
                "Filled circles are days you rated your mood (1 to 10). Open squares are days "
                "you didn't rate, with a mood worked out from the feelings you named: pleasant "
                "ones count up, unpleasant ones down. The dashed line is the mean of each day "
                "and the six before it."
            )
        )
        self.family_section = ChartSection(
            self.tr("Feelings you named"), self.family_chart, self.tr("Families of feelings"), self
        )
        self.family_section.set_note(
            self.tr(
                "How many entries named a feeling of each family, and how strongly (0 to 100) "
                "on average. The dashed outline under each bar is the same stretch of time "
                "before this one. Click a bar to see those entries."
            )
        )
        self.words_section = ChartSection(
            self.tr("Words you used most"), None, self.tr("Feeling words"), self
        )
        self.heat_section = ChartSection(
            self.tr("Your year of moods"), self.heat_map, self.tr("Mood calendar"), self
        )
        self.heat_legend = QLabel(self)
        self.heat_legend.setWordWrap(True)
        self.heat_legend.setProperty("role", "muted")
        self.heat_legend.setTextFormat(Qt.TextFormat.RichText)
        self.heat_section.add_below(self.heat_legend)
        self.grid_section = ChartSection(
            self.tr("When you wrote"),
            self.weekday_grid,
            self.tr("Entries by weekday and time of day"),
            self,
        )
        self.grid_section.set_note(
            self.tr(
                "Each square gives the number of entries and their mean mood. Click one to see "
                "those entries."
            )
        )
        self.association_section = ChartSection(
            self.tr("Context tags and feelings"), None, self.tr("Context tags and feelings"), self
        )
        self.association_model = RowsModel(self)
        self.association_list = QListView(self)
        self.association_list.setModel(self.association_model)
        self.association_list.setWordWrap(True)
        self.association_list.setSpacing(4)
        self.association_list.setAccessibleName(self.tr("Context tags and feelings"))
        self.association_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.association_list.setMinimumHeight(self.fontMetrics().height() * 10)
        self.association_list.activated.connect(self._on_association)
        self.association_list.clicked.connect(self._on_association)
        self.association_section.stack.insertWidget(0, self.association_list)
        self.association_section.stack.setCurrentWidget(self.association_list)
        self.rhythm_section = ChartSection(
            self.tr("Writing rhythm"), self.week_bars, self.tr("Entries per week"), self
        )
        self.thought_record_section = ChartSection(
            self.tr("Thought records"),
            self.outcome_chart,
            self.tr("Thought records over time"),
            self,
        )
        self.traps_heading = QLabel(self.tr("Thinking traps you noticed"), self)
        self.traps_heading.setWordWrap(True)
        self.traps_model = RowsModel(self)
        self.traps_table = QTableView(self)
        self.traps_table.setModel(self.traps_model)
        self.traps_table.setAccessibleName(self.tr("Thinking traps you noticed"))
        self.traps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.traps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.traps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.traps_table.setTabKeyNavigation(False)
        self.traps_table.verticalHeader().hide()
        self.traps_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.traps_table.setAlternatingRowColors(True)
        self.traps_table.activated.connect(self._on_trap)
        self.traps_heading.setBuddy(self.traps_table)
        self.thought_record_section.add_below(self.traps_heading)
        self.thought_record_section.add_below(self.traps_table)
        self.coping_section = ChartSection(
            self.tr("Coping strategies"), self.coping_chart, self.tr("Coping strategies"), self
        )
        self.coping_section.set_note(
            self.tr(
                "How helpful each strategy felt on average (0 to 10) when you rated it, and how "
                "often you reached for it. Click a bar, or press Enter on it or on a row of the "
                "table, to see those notes."
            )
        )
        self.activity_section = ChartSection(
            self.tr("Activities and mood"),
            self.activity_chart,
            self.tr("Activities and mood"),
            self,
        )

        self.mood_section.activated.connect(self._on_review_day)
        self.heat_section.activated.connect(self._on_day)
        self.family_section.activated.connect(self._on_family)
        self.words_section.activated.connect(self._on_word)
        self.grid_section.activated.connect(self._on_cell)
        self.rhythm_section.activated.connect(self._on_week)
        self.thought_record_section.activated.connect(self._on_period)
        self.coping_section.activated.connect(self._on_strategy)
        self.activity_section.activated.connect(self._on_activity)

        content = QWidget(self)
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self.summary)
        column.addWidget(self.empty_note)
        self.sections = (
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
        )
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        holder = QWidget(self)
        centre = QHBoxLayout(holder)
        centre.addStretch(1)
        centre.addWidget(content, 100)
        centre.addStretch(1)
        self.scroll_area = QScrollArea(self)
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
        self._theme = theme
        c = colors(theme)
        dark = is_dark(theme)
        self.heat_map.set_colours(dark, c["text"], c["muted"], c["highlight"])
        self.family_chart.set_colours(dark, c["text"], c["muted"], c["highlight"])
        self.weekday_grid.set_colours(
            c["highlight"], c["text"], c["muted"], c["alternate"], c["highlight"]
        )
        self.week_bars.set_colours(c["highlight"], c["text"], c["muted"], c["highlight"])
        for dumbbells in (self.outcome_chart, self.activity_chart):
            dumbbells.set_colours(
                c["text"], c["muted"], c["highlight"], c["alternate"], c["base"], c["highlight"]
            )
        self.coping_chart.set_colours(
            c["text"], c["muted"], c["highlight"], c["alternate"], c["highlight"]
        )
        swatches = " ".join(
            f'<span style="background:{self.heat_map.band_colour(band).name()}">'
            f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{low}–{high}"
            for band, (low, high) in enumerate(((1, 2), (3, 4), (5, 6), (7, 8), (9, 10)))
        )
        self.heat_legend.setText(
            self.tr(
                "Mood: %1. A dot means the mood came from the feelings you named; an outlined "
                "square is a day with entries but no mood, a dotted one a day without entries. "
                "Click a day to see its entries."
            ).replace("%1", swatches)
        )
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
        feelings, vocabulary = self.feelings, self.vocabulary
        self.busy_label.show()
        self.setCursor(Qt.CursorShape.BusyCursor)

        def job() -> PatternData:
            return load_patterns(feelings, first, last, vocabulary)

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
        self.summary.setText(self._summary_text(review))
        c = colors(self._theme)
        if review.entries == 0:
            self.empty_note.setText(
                self.tr(
                    "There are no entries in this time yet. Name a feeling or rate your mood "
                    "when you write, and your patterns will show here."
                )
            )
        self.empty_note.setVisible(review.entries == 0)
        self._show_moods(review, c)
        self._show_frequency(review)
        self._show_calendar(data)
        self._show_grid(review)
        self._show_associations(review)
        self._show_rhythm(review)
        self._show_exercises(data)

    def _summary_text(self, review: PatternReview) -> str:
        text = (
            self.tr("From %1 to %2: %3.")
            .replace("%1", _day_text(review.first))
            .replace("%2", _day_text(review.last))
            .replace("%3", entry_count(self, review.entries))
        )
        try:
            previous_period(review.first, review.last)
        except OverflowError:
            return text
        before = self.tr(" In the same length of time before: %1.").replace(
            "%1", entry_count(self, review.frequency.previous_entries)
        )
        return text + before

    def _show_moods(self, review: PatternReview, c: dict[str, str]) -> None:
        self.mood_chart.set_moods(review.moods, c["highlight"], c["text"], c["muted"])
        sources = {
            "rating": self.tr("your rating"),
            "emotions": self.tr("the feelings you named"),
            "none": "–",
        }
        rows = [
            (
                m.day,
                (
                    _day_text(m.day),
                    _number(m.mood),
                    sources[m.source],
                    str(m.entries),
                    _number(m.rolling),
                ),
            )
            for m in review.moods
            if m.entries
        ]
        self.mood_section.set_table(
            (
                self.tr("Day"),
                self.tr("Mood"),
                self.tr("From"),
                self.tr("Entries"),
                self.tr("Mean of 7 days"),
            ),
            rows,
        )
        has_mood = any(m.mood is not None for m in review.moods)
        self.mood_section.set_empty(
            ""
            if has_mood
            else self.tr(
                "Name a feeling or rate your mood when you write, and your mood over time "
                "will show here."
            )
        )

    def _show_frequency(self, review: PatternReview) -> None:
        families = review.frequency.families
        self.family_chart.set_families(families)
        self.family_section.set_table(
            (
                self.tr("Family"),
                self.tr("Entries"),
                self.tr("Mean intensity"),
                self.tr("Entries before"),
                self.tr("Mean intensity before"),
            ),
            [
                (
                    f.key,
                    (
                        f.label,
                        str(f.entries),
                        _number(f.mean_intensity, 0),
                        str(f.previous_entries),
                        _number(f.previous_mean_intensity, 0),
                    ),
                )
                for f in families
            ],
        )
        self.family_section.set_empty(
            ""
            if families
            else self.tr(
                "Name a feeling when you write (calm, worried, grateful…), and how often each "
                "kind of feeling came up will show here."
            )
        )
        words = [w for w in review.frequency.words if w.entries][:TOP_WORDS]
        self.words_section.set_table(
            (
                self.tr("Word"),
                self.tr("Family"),
                self.tr("Entries"),
                self.tr("Mean intensity"),
                self.tr("Entries before"),
            ),
            [
                (
                    w.key,
                    (
                        w.label,
                        self._family_name(w.family),
                        str(w.entries),
                        _number(w.mean_intensity, 0),
                        str(w.previous_entries),
                    ),
                )
                for w in words
            ],
        )
        self.words_section.table.setMinimumHeight(
            self.words_section.table.verticalHeader().defaultSectionSize() * (len(words) + 1) + 8
        )
        self.words_section.set_empty(
            "" if words else self.tr("The feeling words you use most will show here.")
        )

    def _family_name(self, family_id: str) -> str:
        try:
            return self.vocabulary.family(family_id).name
        except KeyError:
            return family_id

    def _show_calendar(self, data: PatternData) -> None:
        self.heat_map.set_days(data.calendar)
        sources = {
            "rating": self.tr("your rating"),
            "emotions": self.tr("the feelings you named"),
            "none": "–",
        }
        self.heat_section.set_table(
            (self.tr("Day"), self.tr("Mood"), self.tr("From"), self.tr("Entries")),
            [
                (m.day, (_day_text(m.day), _number(m.mood), sources[m.source], str(m.entries)))
                for m in data.calendar
                if m.entries
            ],
        )
        if data.calendar:
            self.heat_section.title.setText(
                self.tr("Your year of moods, to %1").replace("%1", _day_text(data.calendar[-1].day))
            )
        has_entries = any(m.entries for m in data.calendar)
        self.heat_legend.setVisible(has_entries)
        self.heat_section.set_empty(
            ""
            if has_entries
            else self.tr(
                "Each day you write will become a square here, shaded by your mood that day."
            )
        )

    def _show_grid(self, review: PatternReview) -> None:
        self.weekday_grid.set_cells(review.grid)
        rows = []
        for cell in review.grid:
            weekday = QLocale().dayName(cell.weekday + 1, QLocale.FormatType.LongFormat)
            rows.append(
                (
                    (cell.weekday, cell.time_of_day),
                    (
                        weekday,
                        self._part_names[cell.time_of_day],
                        str(cell.entries),
                        _number(cell.mean_mood),
                    ),
                )
            )
        self.grid_section.set_table(
            (self.tr("Day"), self.tr("Time of day"), self.tr("Entries"), self.tr("Mean mood")),
            rows,
        )
        self.grid_section.set_empty(
            ""
            if review.entries
            else self.tr("When you write, the days and times of day will show here.")
        )

    def association_sentence(self, a: ContextAssociation) -> str:
        template = (
            self.tr("%1 appeared in %2 of 1 entry tagged “%4” (%5), against %6 overall.")
            if a.tagged == 1
            else self.tr("%1 appeared in %2 of %3 entries tagged “%4” (%5), against %6 overall.")
        )
        return (
            template.replace("%1", a.family.name)
            .replace("%2", str(a.tagged_with_family))
            .replace("%3", str(a.tagged))
            .replace("%4", a.context.name)
            .replace("%5", percent(a.tagged_with_family, a.tagged))
            .replace("%6", percent(a.overall_with_family, a.overall))
        )

    def _show_associations(self, review: PatternReview) -> None:
        sentences: list[tuple[Hashable, Sequence[str]]] = []
        shown: dict[int, int] = {}
        for a in review.associations:
            if a.tagged_with_family == 0 or shown.get(a.context.id, 0) >= ASSOCIATIONS_PER_TAG:
                continue
            shown[a.context.id] = shown.get(a.context.id, 0) + 1
            sentences.append(((a.context.id, a.family.id), (self.association_sentence(a),)))
        self.association_model.set_rows((self.tr("What appeared together"),), sentences)
        self.association_section.set_note(
            self.tr(
                "These appeared together; that doesn't say why. A tag shows here once at least "
                "%1 entries that name feelings carry it."
            ).replace("%1", str(review.min_support))
        )
        self.association_section.set_empty(
            ""
            if self.association_model.rowCount()
            else self.tr(
                "Add context tags (a situation, people, an activity or a place) to entries "
                "where you name a feeling. Once a tag is on %1 of them, the feelings that came "
                "up alongside it will show here."
            ).replace("%1", str(review.min_support))
        )

    def _show_rhythm(self, review: PatternReview) -> None:
        self.week_bars.set_weeks(review.weeks)
        self.rhythm_section.set_table(
            (self.tr("Week of"), self.tr("Entries"), self.tr("Days written")),
            [
                (w.week_start, (_day_text(w.week_start), str(w.entries), str(w.days_written)))
                for w in review.weeks
            ],
        )
        total = sum(w.entries for w in review.weeks)
        weeks = len(review.weeks)
        self.rhythm_section.set_note(
            self.tr("%1 over %2 weeks, about %3 a week. Every week counts, however short.")
            .replace("%1", entry_count(self, total))
            .replace("%2", str(weeks))
            .replace("%3", f"{total / weeks:.1f}" if weeks else "0")
            if total
            else ""
        )
        self.rhythm_section.set_empty(
            "" if total else self.tr("How many entries you write each week will show here.")
        )

    def _show_exercises(self, data: PatternData) -> None:
        self._show_thought_records(data.exercises, data.distortion_names)
        self._show_coping(data.exercises)
        self._show_activities(data.exercises.activities)

    def thought_record_sentences(self, summary: ThoughtRecordSummary) -> list[str]:
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
                .replace("%2", _number(emotion.mean_before, 0))
                .replace("%3", _number(emotion.mean_after, 0))
                .replace("%4", self._records_text(emotion.pairs))
            )
        belief = summary.belief
        if belief.change is not None:
            sentences.append(
                self.tr(
                    "On average you believed the thought that stung most %1 out of 100, and "
                    "the balanced thought you wrote %2 out of 100 (in %3)."
                )
                .replace("%1", _number(belief.mean_before, 0))
                .replace("%2", _number(belief.mean_after, 0))
                .replace("%3", self._records_text(belief.pairs))
            )
        return sentences

    def _records_text(self, count: int) -> str:
        return (
            self.tr("1 record") if count == 1 else self.tr("%1 records").replace("%1", str(count))
        )

    def _show_thought_records(self, exercises: ExerciseReview, names: dict[str, str]) -> None:
        summary = exercises.thought_records
        rows: list[tuple[Hashable, Sequence[str]]] = [
            (
                period,
                (
                    self._period_text(period),
                    str(period.records),
                    _number(period.emotion.mean_before, 0),
                    _number(period.emotion.mean_after, 0),
                    _number(period.belief.mean_before, 0),
                    _number(period.belief.mean_after, 0),
                ),
            )
            for period in exercises.periods
            if period.records
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
                for period in exercises.periods
                if period.records
            ],
            100,
            0,
        )
        unit = exercises.periods[0].unit if exercises.periods else "week"
        self.thought_record_section.set_table(
            (
                self.tr("Week of") if unit == "week" else self.tr("Month"),
                self.tr("Thought records"),
                self.tr("Feelings before"),
                self.tr("Feelings after"),
                self.tr("Believed the thought"),
                self.tr("Believed the balanced thought"),
            ),
            rows,
        )
        self.traps_model.set_rows(
            (self.tr("Thinking trap"), self.tr("Thought records")),
            [
                (distortion_id, (names.get(distortion_id, distortion_id), str(count)))
                for distortion_id, count in summary.distortions
            ],
        )
        has_traps = bool(summary.distortions)
        self.traps_heading.setVisible(has_traps)
        self.traps_table.setVisible(has_traps)
        self.thought_record_section.set_note(
            " ".join(
                [
                    *self.thought_record_sentences(summary),
                    self.tr(
                        "Feelings are 0 to 100, compared only for the feelings you rated both "
                        "times: the open circle is before, the filled one after. Click a row, "
                        "or press Enter on it, to see those records."
                    ),
                ]
            )
            if summary.records
            else ""
        )
        self.thought_record_section.set_empty(
            ""
            if summary.records
            else self.tr(
                "When you finish a thought record, how strongly you felt before and after, how "
                "much you believed each thought, and the thinking traps you noticed will show "
                "here."
            )
        )

    def _period_text(self, period: OutcomePeriod) -> str:
        if period.unit == "week":
            return _day_text(period.start)
        return QLocale().toString(qdate(period.start), "MMMM yyyy")

    def _show_coping(self, exercises: ExerciseReview) -> None:
        self.coping_chart.set_rows(
            [
                ScoreBar(s.strategy, s.strategy, s.mean_helpfulness, self._times_text(s.uses))
                for s in exercises.coping
            ]
        )
        self.coping_section.set_table(
            (
                self.tr("Strategy"),
                self.tr("Times used"),
                self.tr("How helpful (0–10)"),
                self.tr("Distress before (0–10)"),
                self.tr("Distress after (0–10)"),
            ),
            [
                (
                    s.strategy,
                    (
                        s.strategy,
                        str(s.uses),
                        _number(s.mean_helpfulness),
                        _number(s.distress.mean_before),
                        _number(s.distress.mean_after),
                    ),
                )
                for s in exercises.coping
            ],
        )
        self.coping_section.set_empty(
            ""
            if exercises.coping
            else self.tr(
                "When you note a coping strategy you tried in your coping toolbox, how often "
                "you used each one and how helpful it felt will show here."
            )
        )

    def _times_text(self, count: int) -> str:
        return self.tr("once") if count == 1 else self.tr("%1 times").replace("%1", str(count))

    def _logs_text(self, count: int) -> str:
        return self.tr("1 log") if count == 1 else self.tr("%1 logs").replace("%1", str(count))

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

    def _show_activities(self, activities: ActivityReview) -> None:
        summaries = activities.activities
        self.activity_chart.set_rows(
            [
                Dumbbell(
                    a.activity,
                    a.activity,
                    a.mood.mean_before,
                    a.mood.mean_after,
                    self.tr("pleasure %1, achievement %2, %3")
                    .replace("%1", _number(a.mean_pleasure))
                    .replace("%2", _number(a.mean_mastery))
                    .replace("%3", self._logs_text(a.logs)),
                )
                for a in summaries
            ],
            10,
        )
        self.activity_section.set_table(
            (
                self.tr("Activity"),
                self.tr("Times logged"),
                self.tr("Pleasure (0–10)"),
                self.tr("Achievement (0–10)"),
                self.tr("Mood before (0–10)"),
                self.tr("Mood after (0–10)"),
            ),
            [
                (
                    a.activity,
                    (
                        a.activity,
                        str(a.logs),
                        _number(a.mean_pleasure),
                        _number(a.mean_mastery),
                        _number(a.mood.mean_before),
                        _number(a.mood.mean_after),
                    ),
                )
                for a in summaries
            ],
        )
        count = len(activities.logs)
        sentences = [
            self.tr("You logged 1 activity in this time.")
            if count == 1
            else self.tr("You logged %1 activities in this time.").replace("%1", str(count)),
            self.mood_sentence(None, activities.mood),
            *(self.mood_sentence(a.activity, a.mood) for a in summaries[:ACTIVITY_SENTENCES]),
            self.tr(
                "Moods, pleasure and sense of achievement are 0 to 10, as you rated them in "
                "each log; the open circle is your mood before, the filled one after. Click a "
                "row, or press Enter on it, to see those logs."
            ),
        ]
        self.activity_section.set_note(" ".join(s for s in sentences if s) if count else "")
        self.activity_section.set_empty(
            ""
            if count
            else self.tr(
                "When you log an activity and rate your mood before and after it, what you did "
                "and how your mood was around it will show here."
            )
        )

    # -- drill-down -------------------------------------------------------------------------

    def _request(self, ids: list[int]) -> None:
        if ids:
            self.entries_requested.emit(ids)

    def _on_day(self, day: object) -> None:
        if self.data is not None and isinstance(day, date):
            self._request(entries_on_day(self.data.year_records, day))

    def _on_review_day(self, day: object) -> None:
        if self.data is not None and isinstance(day, date):
            self._request(entries_on_day(self.data.records, day))

    def _on_family(self, family_id: object) -> None:
        if self.data is not None:
            self._request(entries_with_family(self.data.records, str(family_id), self.vocabulary))

    def _on_word(self, emotion_id: object) -> None:
        if self.data is not None:
            self._request(entries_with_word(self.data.records, str(emotion_id)))

    def _on_cell(self, key: object) -> None:
        if self.data is not None and isinstance(key, tuple):
            self._request(entries_in_cell(self.data.records, key[0], key[1]))

    def _on_week(self, monday: object) -> None:
        if self.data is not None and isinstance(monday, date):
            self._request(entries_in_week(self.data.records, monday))

    def _on_period(self, period: object) -> None:
        if self.data is not None and isinstance(period, OutcomePeriod):
            self._request(entries_in_period(self.data.exercises, period))

    def _on_trap(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if self.data is not None and key is not None:
            self._request(entries_with_distortion(self.data.exercises, str(key)))

    def _on_strategy(self, strategy: object) -> None:
        if self.data is not None:
            self._request(entries_with_strategy(self.data.exercises, str(strategy)))

    def _on_activity(self, activity: object) -> None:
        if self.data is not None:
            self._request(entries_with_activity(self.data.exercises, str(activity)))

    def _on_association(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if self.data is not None and key is not None:
            context_id, family_id = key
            self._request(
                entries_with_context(self.data.records, context_id, family_id, self.vocabulary)
            )


def _day_text(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def _number(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"


def _to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
