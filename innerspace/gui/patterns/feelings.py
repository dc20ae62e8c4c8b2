"""The feelings named: families of feelings as labelled bars (how many entries named each, now
and in the period before, with the average intensity written beside each bar), and the words
used most as a table.

The bar is in the family's soft colour, but its name and numbers are always written out, and the
period before is a thin outlined bar under it, so colour never carries the meaning alone. When
the journal has nothing before the range, nothing is said about "before".
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.patterns import EmotionFrequency
from innerspace.gui.common.chart_base import ClickableChart, entry_count
from innerspace.gui.common.theme import colors, is_dark
from innerspace.gui.patterns.section import ChartSection, has_earlier, number
from innerspace.storage.pattern_queries import (
    Entries,
    PatternData,
    entries_with_family,
    entries_with_word,
)

TOP_WORDS = 10


class FamilyChart(ClickableChart):
    """Emits ``activated(family_id)`` for a clicked or Enter-ed bar."""

    def __init__(self, vocabulary: EmotionVocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._rows: list[EmotionFrequency] = []
        self._compare = True
        self._dark = False
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Families of feelings"))

    def set_colours(self, dark: bool, text: str, muted: str, focus: str) -> None:
        self._dark = dark
        self._text, self._muted = QColor(text), QColor(muted)
        self.set_focus_colour(focus)

    def set_families(self, rows: Sequence[EmotionFrequency], compare: bool = True) -> None:
        """Families named in this period, or the one before, most named first; ``compare``
        draws the period before under each bar."""
        self._rows = list(rows)
        self._compare = compare
        self.reset_current()
        self.setFixedHeight(max(1, len(self._rows)) * self._row_height() + 4)

    # -- geometry ----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() * (2 if self._compare else 1) + 8

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(r.label) for r in self._rows), default=60) + 12

    def _value_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._value_text(self._rows[0])) + 16

    def _bar_room(self) -> int:
        if not self._rows:
            return 0
        return max(40, self.width() - self._label_width() - self._value_width())

    def sizeHint(self) -> QSize:
        return QSize(640, max(1, len(self._rows)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, max(1, len(self._rows)) * self._row_height() + 4)

    def _scale(self) -> float:
        most = max((max(r.entries, r.previous_entries) for r in self._rows), default=0)
        return self._bar_room() / most if most else 0.0

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        """The clickable part of each row: the current period's bar (at least a sliver)."""
        row, left, scale = self._row_height(), self._label_width(), self._scale()
        bar_height = self.fontMetrics().height()
        return [
            (r.key, QRect(left, i * row + 2, max(6, round(r.entries * scale)), bar_height))
            for i, r in enumerate(self._rows)
        ]

    def describe(self, key: Hashable) -> str:
        row = next(r for r in self._rows if r.key == key)
        if not self._compare:
            return f"{row.label}: {self._value_text(row)}"
        return f"{row.label}: {self._value_text(row)}; {self._previous_text(row)}"

    def _value_text(self, row: EmotionFrequency) -> str:
        text = entry_count(self, row.entries)
        if row.mean_intensity is not None:
            text += self.tr(", intensity %1").replace("%1", f"{row.mean_intensity:.0f}")
        return text

    def _previous_text(self, row: EmotionFrequency) -> str:
        return self.tr("before: %1").replace("%1", entry_count(self, row.previous_entries))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_height, left, scale = self._row_height(), self._label_width(), self._scale()
        fm = self.fontMetrics()
        for i, (row, (_key, bar)) in enumerate(zip(self._rows, self.pieces(), strict=True)):
            top = i * row_height + 2
            painter.setPen(self._text)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(0, top, left - 8, bar.height()), align, row.label)
            family = self._vocabulary.family(row.family) if row.family else None
            colour = QColor(
                (family.colour_dark if self._dark else family.colour_light)
                if family
                else self._muted
            )
            painter.setBrush(colour)
            painter.setPen(QPen(self._muted, 1))
            painter.drawRoundedRect(bar if row.entries else bar.adjusted(0, 0, -4, 0), 3, 3)
            painter.setPen(self._text)
            value_left = bar.right() + 8
            painter.drawText(
                QRect(value_left, top, self.width() - value_left, bar.height()),
                align,
                self._value_text(row),
            )
            if not self._compare:
                continue
            # The period before: a thin outline on a line of its own under the bar, with its
            # count written beside it on the same line, clear of the bar above.
            line_top = top + bar.height() + 4
            before_height = max(3, fm.height() // 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._muted, 1, Qt.PenStyle.DashLine))
            width = max(2, round(row.previous_entries * scale))
            outline_top = line_top + (fm.height() - before_height) // 2
            painter.drawRect(QRect(left, outline_top, width, before_height))
            painter.setPen(self._muted)
            small = QRect(left + width + 8, line_top, 400, fm.height())
            painter.drawText(small, align, self._previous_text(row))
        self.paint_focus(painter)


class FamilySection(ChartSection):
    def __init__(self, vocabulary: EmotionVocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.family_chart = FamilyChart(vocabulary, self)
        self.set_figure(
            self.tr("Feelings you named"), self.tr("Families of feelings"), self.family_chart
        )

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.family_chart.set_colours(is_dark(theme), c["text"], c["muted"], c["highlight"])

    def fill(self, data: PatternData) -> None:
        families = data.review.frequency.families
        compare = has_earlier(data)
        self.family_chart.set_families(families, compare)
        headers = [self.tr("Family"), self.tr("Entries"), self.tr("Average intensity")]
        if compare:
            headers += [self.tr("Entries before"), self.tr("Average intensity before")]
        self.set_table(
            headers,
            [
                (
                    f.key,
                    (
                        f.label,
                        str(f.entries),
                        number(f.mean_intensity, 0),
                        *(
                            (str(f.previous_entries), number(f.previous_mean_intensity, 0))
                            if compare
                            else ()
                        ),
                    ),
                )
                for f in families
            ],
        )
        self.set_note(
            self.tr("How many entries named a feeling of each family."),
            " ".join(
                sentence
                for sentence in (
                    self.tr("Beside each bar is how strongly you felt them, 0 to 100 on average."),
                    self.tr(
                        "The dashed outline under each bar is the same stretch of time before "
                        "this one."
                    )
                    if compare
                    else "",
                    self.tr("Click a bar to see those entries."),
                )
                if sentence
            ),
        )
        self.set_empty(
            ""
            if families
            else self.tr(
                "Name a feeling when you write (calm, worried, grateful…), and how often each "
                "kind of feeling came up will show here."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        return entries_with_family(data, str(key))


class WordsSection(ChartSection):
    """The feeling words used most, as a table only."""

    def __init__(self, vocabulary: EmotionVocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.set_figure(self.tr("Words you used most"), self.tr("Feeling words"))

    def fill(self, data: PatternData) -> None:
        words = [w for w in data.review.frequency.words if w.entries][:TOP_WORDS]
        compare = has_earlier(data)
        headers = [
            self.tr("Word"),
            self.tr("Family"),
            self.tr("Entries"),
            self.tr("Average intensity"),
        ]
        if compare:
            headers.append(self.tr("Entries before"))
        self.set_table(
            headers,
            [
                (
                    w.key,
                    (
                        w.label,
                        self._family_name(w.family),
                        str(w.entries),
                        number(w.mean_intensity, 0),
                        *((str(w.previous_entries),) if compare else ()),
                    ),
                )
                for w in words
            ],
        )
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * (len(words) + 1) + 8
        )
        self.set_empty("" if words else self.tr("The feeling words you use most will show here."))
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        return entries_with_word(data, str(key))

    def _family_name(self, family_id: str) -> str:
        try:
            return self.vocabulary.family(family_id).name
        except KeyError:
            return family_id
