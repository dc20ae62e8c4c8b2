"""Paints one entry in the timeline or in search results: date, title, text, tags."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from innerspace.core.entries import HIGHLIGHT_END, HIGHLIGHT_START, EntrySummary, SearchHit
from innerspace.core.plain_text import first_line_and_rest, plain_text, summary_line
from innerspace.gui.common.moments import human_moment
from innerspace.gui.journal.search_model import HitRole
from innerspace.gui.journal.timeline_model import BringRole, SummaryRole

_PAD = 10
_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """Escape the text, then turn the highlight markers into bold."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(HIGHLIGHT_START, "<b><u>").replace(HIGHLIGHT_END, "</u></b>")


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, untitled: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._untitled = untitled
        self._undated = self.tr("Date can't be shown")
        self._bring = self.tr("⚑ for my session")

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * _PAD + 4 * line + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        summary = index.data(SummaryRole)
        hit = index.data(HitRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        fm = opt.fontMetrics
        line = fm.lineSpacing()

        if isinstance(summary, EntrySummary):
            undated = summary.date_out_of_range
            created, title, tags, starred = (
                summary.created,
                summary.title,
                summary.tags,
                summary.starred,
            )
            # Previews read as plain words (no ## or **); an untitled entry is named by its
            # first line, as a person would refer to it.
            first, rest = first_line_and_rest(summary.preview)
            if summary.kind != "note":
                # A guided exercise: its parts in one line, not its form's labels.
                preview = summary_line(summary.preview)
                title = title or first[:120]
            elif not title:
                title, preview = first[:120], rest
            else:
                preview = plain_text(summary.preview)
            body_html = html.escape(" ".join(preview.split()))
        elif isinstance(hit, SearchHit):
            created, tags, starred = hit.created, hit.tags, hit.starred
            title = hit.title or hit.first_line
            undated = hit.date_out_of_range
            body_html = snippet_html(hit.snippet)
        else:
            painter.restore()
            return

        when = self._undated if undated else human_moment(created, datetime.now(created.tzinfo))
        date_text = when + ("  ★" if starred else "")
        if index.data(BringRole):
            date_text += "  " + self._bring
        painter.setPen(palette.color(muted_role))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, date_text)

        font = opt.font
        bold = type(font)(font)
        bold.setWeight(bold.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        shown_title = title or self._untitled
        painter.drawText(
            QRect(rect.left(), rect.top() + line, rect.width(), line),
            0,
            painter.fontMetrics().elidedText(
                shown_title, Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.setFont(font)

        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(rect.width())
        doc.setHtml(body_html)
        painter.translate(rect.left(), rect.top() + 2 * line + 2)
        clip = QRect(0, 0, rect.width(), line * (1 if tags else 2))
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, palette.color(muted_role))
        ctx.clip = clip.toRectF()
        doc.documentLayout().draw(painter, ctx)
        painter.setClipping(False)
        painter.translate(-rect.left(), -(rect.top() + 2 * line + 2))
        if tags:
            painter.setPen(palette.color(muted_role))
            tag_text = "  ".join(f"#{t}" for t in tags)
            painter.drawText(
                QRect(rect.left(), rect.top() + 3 * line + 2, rect.width(), line),
                0,
                fm.elidedText(tag_text, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()
