"""When the writing happened: weekdays down the side, parts of the day across the top; and the
section that shows the grid with its table.

Each cell says its number of entries and their mean mood in words; the shading only repeats
the number of entries, so nothing depends on telling colours apart.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.patterns import TIMES_OF_DAY, RhythmCell
from innerspace.gui.common.chart_base import ClickableChart, entry_count
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.section import ChartSection, number
from innerspace.storage.pattern_queries import Entries, PatternData, entries_in_cell


class WeekdayGrid(ClickableChart):
    """Emits ``activated((weekday, part_of_day))`` for a clicked or Enter-ed cell."""

    def __init__(self, part_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: list[RhythmCell] = []
        self._part_names = part_names
        self._stride = len(TIMES_OF_DAY)
        self._shade = QColor("#5b7f73")
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self._line = QColor("#efe9e1")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Entries by weekday and time of day"))

    def set_colours(self, shade: str, text: str, muted: str, line: str, focus: str) -> None:
        self._shade, self._text = QColor(shade), QColor(text)
        self._muted, self._line = QColor(muted), QColor(line)
        self.set_focus_colour(focus)

    def set_cells(self, cells: Sequence[RhythmCell]) -> None:
        self._cells = list(cells)
        self.reset_current()
        self.setFixedHeight(self._row_height() * 8 + 4)

    # -- geometry ----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        names = [QLocale().dayName(d, QLocale.FormatType.LongFormat) for d in range(1, 8)]
        return max(fm.horizontalAdvance(n) for n in names) + 16

    def _column_width(self) -> int:
        return max(60, (self.width() - self._label_width()) // len(TIMES_OF_DAY))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(self._label_width() + 4 * fm.horizontalAdvance("0000 entries"), 8 * 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_width() + 4 * 60, self._row_height() * 8 + 4)

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        row, column, left = self._row_height(), self._column_width(), self._label_width()
        return [
            (
                (cell.weekday, cell.time_of_day),
                QRect(left + i % 4 * column, row * (1 + cell.weekday), column - 4, row - 4),
            )
            for i, cell in enumerate(self._cells)
        ]

    def describe(self, key: Hashable) -> str:
        assert isinstance(key, tuple)
        weekday, part = key
        cell = next(c for c in self._cells if (c.weekday, c.time_of_day) == key)
        where = (
            self.tr("%1 %2")
            .replace("%1", QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat))
            .replace("%2", self._part_names[part])
        )
        return f"{where}: {self._cell_text(cell).replace(chr(10), ', ')}"

    def _cell_text(self, cell: RhythmCell) -> str:
        if not cell.entries:
            return self.tr("none")
        text = entry_count(self, cell.entries)
        if cell.mean_mood is not None:
            text += "\n" + self.tr("mood %1").replace("%1", f"{cell.mean_mood:.1f}")
        return text

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row, column, left = self._row_height(), self._column_width(), self._label_width()
        painter.setPen(self._muted)
        for i, (name, _start, _end) in enumerate(TIMES_OF_DAY):
            rect = QRect(left + i * column, 0, column - 4, row - 4)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._part_names[name])
        for weekday in range(7):
            name = QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
            rect = QRect(0, row * (1 + weekday), left - 8, row - 4)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, align, name)
        most = max((c.entries for c in self._cells), default=0) or 1
        for cell, (_key, rect) in zip(self._cells, self.pieces(), strict=True):
            shade = QColor(self._shade)
            shade.setAlphaF(0.08 + 0.55 * cell.entries / most if cell.entries else 0.0)
            painter.setPen(self._line)
            painter.setBrush(shade)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(self._text if cell.entries else self._muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._cell_text(cell))
        self.paint_focus(painter)


class WritingTimesSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part_names = {
            "night": self.tr("Night"),
            "morning": self.tr("Morning"),
            "afternoon": self.tr("Afternoon"),
            "evening": self.tr("Evening"),
        }
        self.weekday_grid = WeekdayGrid(self.part_names, self)
        self.set_figure(
            self.tr("When you wrote"),
            self.tr("Entries by weekday and time of day"),
            self.weekday_grid,
        )
        self.set_note(
            self.tr("How many entries you wrote on each day of the week, by time of day."),
            self.tr(
                "Each square gives the number of entries and their average mood. Click one to "
                "see those entries."
            ),
        )

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.weekday_grid.set_colours(
            c["highlight"], c["text"], c["muted"], c["alternate"], c["highlight"]
        )

    def fill(self, data: PatternData) -> None:
        review = data.review
        self.weekday_grid.set_cells(review.grid)
        self.set_table(
            (self.tr("Day"), self.tr("Time of day"), self.tr("Entries"), self.tr("Average mood")),
            [
                (
                    (cell.weekday, cell.time_of_day),
                    (
                        QLocale().dayName(cell.weekday + 1, QLocale.FormatType.LongFormat),
                        self.part_names[cell.time_of_day],
                        str(cell.entries),
                        number(cell.mean_mood),
                    ),
                )
                for cell in review.grid
            ],
        )
        self.set_empty(
            ""
            if review.entries
            else self.tr("When you write, the days and times of day will show here.")
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        if not isinstance(key, tuple):
            return []
        weekday, part_of_day = key
        return entries_in_cell(data, weekday, part_of_day)
