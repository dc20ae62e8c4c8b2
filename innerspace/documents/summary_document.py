"""A session summary as a ``QTextDocument``: the one the PDF is written from and the preview in
the app shows, so what a person sees is what goes out.

Colours come in as ``Ink``: black on white for paper, the theme's own colours in the preview.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTextDocument,
)

from innerspace.core.emotions import MAX_MOOD, MIN_MOOD
from innerspace.core.english_dates import MONTHS
from innerspace.core.session_summary import (
    ENTRIES,
    Block,
    Bullets,
    EntryText,
    MoodChart,
    Paragraph,
    ScoreChart,
    SessionSummary,
    Table,
)
from innerspace.documents.pdf import Page, write_pdf

BODY_POINTS = 10.5
CHART_ASPECT = 0.32
# A check-in's few scores need less width than a month of moods, but room for their labels.
SCORE_CHART_SHARE = 0.6
SCORE_CHART_ASPECT = 0.42
# The chart image is drawn at this many pixels per document unit, sharp on paper and screens.
CHART_SCALE = 3.0


@dataclass(frozen=True)
class Ink:
    text: QColor
    paper: QColor
    muted: QColor
    line: QColor  # the mood line

    @classmethod
    def for_paper(cls) -> Ink:
        return cls(QColor("#1a1a1a"), QColor("#ffffff"), QColor("#6b6b6b"), QColor("#2f5d8a"))


def summary_document(
    summary: SessionSummary,
    ink: Ink,
    chart_width: float,
    *,
    font: QFont | None = None,
    chart_scale: float = CHART_SCALE,
) -> QTextDocument:
    """The whole summary, with the mood chart drawn in at ``chart_width`` document units (and
    ``chart_scale`` image pixels to each)."""
    document = QTextDocument()
    # A preview follows the app's text size; paper gets a size made for reading on paper.
    base = QFont(font) if font is not None else QFont()
    if font is None:
        base.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_style(ink))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    parts = [
        f"<h1>{escape(summary.title)}</h1>",
        f'<p class="muted">{escape(summary.period)} · {escape(summary.made_text)}</p>',
    ]
    if not summary.sections:
        parts.append("<p>There is nothing to include for these days yet.</p>")
    charts = 0
    for index, section in enumerate(summary.sections):
        # The person's own words begin on a page of their own, after any overview.
        own_page = ' style="page-break-before: always"' if index and section.key == ENTRIES else ""
        parts.append(f"<h2{own_page}>{escape(section.title)}</h2>")
        for block in section.blocks:
            if isinstance(block, MoodChart):
                name = f"mood-chart-{charts}"
                charts += 1
                image = mood_chart_image(block, ink, chart_width, base, chart_scale)
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                parts.append(
                    # A div, not a paragraph: a paragraph's line height would pad the image.
                    f'<div><img src="{name}" width="{int(chart_width)}" '
                    f'height="{int(chart_width * CHART_ASPECT)}" alt="Mood each day"></div>'
                )
            elif isinstance(block, ScoreChart):
                name = f"score-chart-{charts}"
                charts += 1
                width = chart_width * SCORE_CHART_SHARE
                image = score_chart_image(block, ink, width, base, chart_scale)
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                parts.append(
                    f'<div><img src="{name}" width="{int(width)}" '
                    f'height="{int(width * SCORE_CHART_ASPECT)}" '
                    f'alt="{escape(block.name)} scores"></div>'
                )
            else:
                parts.append(_html(block))
    document.setHtml("\n".join(parts))
    return document


def _style(ink: Ink) -> str:
    return (
        f"body {{ color: {ink.text.name()}; }}"
        # Headings relative to the body, so a larger text size makes all of it larger.
        "h1 { font-size: x-large; font-weight: 600; margin-bottom: 2px; }"
        "h2 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }"
        "h3 { font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 0px; }"
        f"p {{ margin-top: 3px; margin-bottom: 5px; line-height: 130%; }}"
        f".muted {{ color: {ink.muted.name()}; }}"
        f"th {{ text-align: left; font-weight: 600; border-bottom: 1px solid {ink.muted.name()}; }}"
        f"td, th {{ padding: 3px 10px 3px 0px; }}"
    )


def _html(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(cell)}</th>" for cell in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        return f'<table cellspacing="0"><tr>{head}</tr>{rows}</table>'
    if isinstance(block, EntryText):
        return _entry_html(block)
    raise TypeError(f"no way to write a {type(block).__name__}")


def _entry_html(entry: EntryText) -> str:
    heading = escape(entry.title) if entry.title else escape(entry.written)
    when = f'<p class="muted">{escape(entry.written)}</p>' if entry.title else ""
    paragraphs = "".join(
        f"<p>{escape(part).replace(chr(10), '<br>')}</p>"
        for part in entry.body.split("\n\n")
        if part.strip()
    )
    return f"<h3>{heading}</h3>{when}{paragraphs}"


def mood_chart_image(
    chart: MoodChart, ink: Ink, width: float, font: QFont, scale: float = CHART_SCALE
) -> QImage:
    """Each day's mood as a line with dots over a 1–10 scale; days without a mood leave a gap."""
    return _line_chart_image(chart.days, (MIN_MOOD, 5, MAX_MOOD), ink, width, font, scale)


def score_chart_image(
    chart: ScoreChart, ink: Ink, width: float, font: QFont, scale: float = CHART_SCALE
) -> QImage:
    """A check-in's scores, each on the day it was taken, over its whole range from 0."""
    ticks = (0, chart.top // 2, chart.top)
    points = tuple((day, float(score)) for day, score in chart.points)
    return _line_chart_image(points, ticks, ink, width, font, scale, SCORE_CHART_ASPECT)


def _line_chart_image(
    days: tuple[tuple[date, float | None], ...],
    ticks: tuple[int, int, int],
    ink: Ink,
    width: float,
    font: QFont,
    scale: float,
    aspect: float = CHART_ASPECT,
) -> QImage:
    """Values as a line with dots over a scale from ``ticks[0]`` to ``ticks[-1]``; a None
    leaves a gap."""
    low, high = ticks[0], ticks[-1]
    height = width * aspect
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
    image.fill(ink.paper)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    # The labels follow the text's size, so a larger text size makes them larger too.
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.95)
    painter.setFont(small)
    em = painter.fontMetrics().height()
    label_width = em * 2.2
    plot = QRectF(
        label_width,
        em * 0.8,
        width - label_width - em * 1.5,
        height - em * 3.4,
    )
    _draw_scale(painter, plot, ink, ticks)
    step = plot.width() / max(1, len(days) - 1)

    def point(index: int, value: float) -> QPointF:
        share = (value - low) / max(1, high - low)
        x = plot.left() + (index * step if len(days) > 1 else plot.width() / 2)
        return QPointF(x, plot.bottom() - share * plot.height())

    path = QPainterPath()
    drawing = False
    for index, (_day, value) in enumerate(days):
        if value is None:
            drawing = False
            continue
        if drawing:
            path.lineTo(point(index, value))
        else:
            path.moveTo(point(index, value))
            drawing = True
    painter.setPen(QPen(ink.line, max(1.2, width / 400)))
    painter.drawPath(path)
    painter.setBrush(ink.line)
    radius = max(1.8, width / 300)
    for index, (_day, value) in enumerate(days):
        if value is not None:
            painter.drawEllipse(point(index, value), radius, radius)
    _draw_days(painter, plot, days, step, ink)
    painter.end()
    return image


def _draw_scale(painter: QPainter, plot: QRectF, ink: Ink, ticks: tuple[int, int, int]) -> None:
    grid = QColor(ink.muted)
    grid.setAlpha(90)
    low, high = ticks[0], ticks[-1]
    for mood in ticks:
        share = (mood - low) / max(1, high - low)
        y = plot.bottom() - share * plot.height()
        painter.setPen(QPen(grid, 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink.muted)
        em = painter.fontMetrics().height()
        label = QRectF(0, y - em, plot.left() - 4, 2 * em)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(mood)
        )


def _draw_days(
    painter: QPainter,
    plot: QRectF,
    days: tuple[tuple[date, float | None], ...],
    step: float,
    ink: Ink,
) -> None:
    """The first and last day under the line, and a few between when there is room."""
    if not days:
        return
    painter.setPen(ink.muted)
    em = painter.fontMetrics().height()
    # About seven labels, and never closer than a label's width (a narrow check-in chart).
    room = max(1, int(plot.width() // (em * 4)))
    every = max(1, round(len(days) / 7), math.ceil(len(days) / room))
    # Clear of the lowest label of the scale, which is centred on the bottom line.
    top = plot.bottom() + em * 0.7
    for index, (day, _mood) in enumerate(days):
        last = len(days) - 1
        if index != last and (index % every or (last - index) * step < em * 4):
            continue  # between the chosen ones, or crowding the last day's label
        x = plot.left() + (index * step if len(days) > 1 else plot.width() / 2)
        text = f"{day.day} {MONTHS[day.month - 1][:3]}"
        # The last label ends inside the chart's right margin instead of being cut off.
        left = min(x - 30, plot.right() + em - 60)
        label = QRectF(left, top, 60, em * 1.6)
        align = Qt.AlignmentFlag.AlignRight if left < x - 30 else Qt.AlignmentFlag.AlignHCenter
        painter.drawText(label, align | Qt.AlignmentFlag.AlignTop, text)


def write_summary_pdf(summary: SessionSummary, path: Path) -> int:
    """The summary as a PDF for paper, the period and date atop every page; returns the
    number of pages."""

    def document(width: float) -> QTextDocument:
        return summary_document(summary, Ink.for_paper(), width)

    head = f"{summary.title} · {summary.period} · {summary.made_text}"
    return write_pdf(document, path, Page(head), title=summary.title)
