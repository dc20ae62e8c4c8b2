"""A Patterns card: a figure's title, a note about it, its chart and the same figures as a table.

Each figure's own section (a subclass, beside its chart) fills the card from the gathered
``PatternData`` and names the entries behind a piece of it; the card turns a click on the chart,
or Enter on a table row, into ``entries_requested(list of entry ids)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.chart_base import qdate
from innerspace.gui.patterns.rows_model import KeyRole, Rows, RowsModel
from innerspace.storage.pattern_queries import Entries, PatternData


class ChartSection(QFrame):
    """A titled card holding a chart and its table, with a toggle between them, and an empty
    state that says what will appear. ``activated(key)`` comes from the chart or the table.

    A subclass calls ``set_figure`` once, and implements ``fill`` and ``entries_for``."""

    activated = Signal(object)
    entries_requested = Signal(list)
    # An ``EntryQuery`` for the screen to run on the database worker.
    lookup_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.data: PatternData | None = None
        self.title = QLabel(self)
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
        self.toggle.toggled.connect(self._on_toggled)
        # How to read the figure waits behind a disclosure, so the card opens with one sentence.
        self.more = QToolButton(self)
        self.more.setText(self.tr("More about this"))
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.toggled.connect(self._on_more_toggled)
        self.more.hide()
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setProperty("role", "muted")
        self.details.hide()
        self.model = RowsModel(self)
        # The table view is made the first time it is shown (see ``table``).
        self._table: QTableView | None = None
        self._table_name = ""
        self._table_height = self.fontMetrics().height() * 12
        self.chart: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.stack.currentChanged.connect(lambda _i: self._fit_stack())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.hide()
        self.activated.connect(self._on_activated)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.stack)
        layout.addWidget(self.empty)

    def set_figure(self, title: str, table_name: str, chart: QWidget | None = None) -> None:
        """The card's title, its table's name, and the chart shown first (None: only a table)."""
        self.title.setText(title)
        self.toggle.setAccessibleName(self.tr("Show %1 as a table").replace("%1", title))
        self.more.setAccessibleName(self.tr("More about %1").replace("%1", title))
        self.details.setAccessibleName(self.tr("About %1").replace("%1", title))
        self._table_name = table_name
        if self._table is not None:
            self._table.setAccessibleName(table_name)
        if chart is not None:
            self.set_chart(chart)
        else:
            self.stack.setCurrentWidget(self.table)
        self.toggle.setVisible(chart is not None)
        self._fit_stack()

    def set_chart(self, chart: QWidget) -> None:
        """Make ``chart`` the figure; a section may change its chart with the range."""
        if chart is self.chart:
            return
        if self.chart is not None:
            # Out of the stack, so its fixed height doesn't stretch the card under the new one.
            self.stack.removeWidget(self.chart)
            self.chart.hide()
            if hasattr(self.chart, "activated"):
                self.chart.activated.disconnect(self.activated)
        self.stack.insertWidget(0, chart)
        if hasattr(chart, "activated"):
            chart.activated.connect(self.activated)
        self.chart = chart
        if not self.toggle.isChecked():
            self.stack.setCurrentWidget(chart)
        self._fit_stack()

    @property
    def table(self) -> QTableView:
        """The figure as a table; made when first asked for, as most people read the chart."""
        if self._table is None:
            self._table = rows_table(self.model, self)
            self._table.activated.connect(self._on_row_activated)
            self._table.setAccessibleName(self._table_name)
            self._table.setMinimumHeight(self._table_height)
            # Where it would have been had it been made with the card: after "More about this".
            QWidget.setTabOrder(self.more, self._table)
            self.stack.addWidget(self._table)
        return self._table

    # -- for subclasses ----------------------------------------------------------------------

    def fill(self, data: PatternData) -> None:
        """Show the figures of ``data``; a subclass fills its chart and table, then calls this."""
        self.data = data

    def entries_for(self, data: PatternData, key: object) -> Entries:
        """The entries behind the piece of the figure with ``key``, or a query that finds them
        (a figure of many entries keeps none of them)."""
        raise NotImplementedError

    def set_theme(self, theme: str) -> None:
        """Colours for the chart; the next ``fill`` paints with them."""

    # -- the card ----------------------------------------------------------------------------

    def add_below(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def set_note(self, text: str, details: str = "") -> None:
        """One sentence under the title, and ``details`` for "More about this" to show."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.details.setText(details)
        self.more.setVisible(bool(details))
        self.details.setVisible(bool(details) and self.more.isChecked())

    def _on_more_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.more.setText(self.tr("Less about this") if shown else self.tr("More about this"))

    def set_table(self, headers: Sequence[str], rows: Rows | Callable[[], Rows]) -> None:
        """Rows of (key for drill-down, shown values), or a function giving them when the table
        is first read."""
        self.model.set_rows(headers, rows)

    def set_empty(self, text: str) -> None:
        """Show ``text`` instead of the chart and the table; an empty text shows them again."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.stack.setVisible(not text)
        self.toggle.setEnabled(not text)

    def showing_table(self) -> bool:
        return self._table is not None and self.stack.currentWidget() is self._table

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
        if self.chart is not None and self._table is not None:
            shown_table = self.stack.currentWidget() is self._table
            self._table.setMinimumHeight(self._table_height if shown_table else 0)
        self.stack.adjustSize()

    def _on_row_activated(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key is not None:
            self.activated.emit(key)

    def _on_activated(self, key: object) -> None:
        if self.data is not None:
            self.request(self.entries_for(self.data, key))

    def request(self, ids: Entries) -> None:
        if callable(ids):
            self.lookup_requested.emit(ids)
        elif ids:
            self.entries_requested.emit(ids)


def rows_table(model: RowsModel, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, one of which Enter opens; Tab leaves it."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def has_earlier(data: PatternData) -> bool:
    """Whether the journal goes back before the range, so "before" has something to compare."""
    return data.first_day is not None and data.first_day < data.review.first


def mood_source(widget: QWidget, source: str) -> str:
    """Where a day's mood came from, for a table column."""
    return mood_sources(widget).get(source, "–")


def mood_sources(widget: QWidget) -> dict[str, str]:
    """``mood_source`` for every source at once: a long table translates them once, not per row."""
    return {
        "rating": widget.tr("your rating"),
        "emotions": widget.tr("the feelings you named"),
    }


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def day_texts(days: Sequence[date]) -> list[str]:
    """``day_text`` of many days, with one locale and one format."""
    locale = QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return [locale.toString(qdate(day), short) for day in days]


# The weekday at either end of a long date format ("dddd, d MMMM yyyy", "yyyy年M月d日dddd"); one
# inside the date (Thai, Danish) stays, as dropping it would leave its words stranded.
WEEKDAY = re.compile(r"^dddd[,،]?\s*(?=[dMy])|[,،]?\s*dddd$")
# For a locale whose long format is all numbers: the month in words reads at a glance.
IN_WORDS = "d MMMM yyyy"


def long_day_text(day: date) -> str:
    """The day as the locale writes it in full, without the weekday ("6 November 2026")."""
    locale = QLocale()
    shown = locale.toString(
        qdate(day), WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    )
    if any(ch.isalpha() for ch in shown):
        return shown
    return locale.toString(qdate(day), IN_WORDS)


def number(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"
