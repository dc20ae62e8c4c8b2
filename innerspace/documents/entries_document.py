"""The entries of a stretch of days as a ``QTextDocument``, for reading on paper: oldest first,
each with its title, its date, its Markdown set as text and its tags."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape
from pathlib import Path

from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from innerspace.core.entries import Entry
from innerspace.core.session_summary import long_date, period_text
from innerspace.documents.pdf import Page, write_pdf
from innerspace.documents.summary_document import BODY_POINTS
from innerspace.storage.journal import Journal

# Read a screenful of summaries at a time; a year of daily writing is a handful of reads.
BATCH = 200
# Raw HTML in an entry stays as the text it is: nothing in it is fetched or laid out.
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def entries_between(journal: Journal, first: date, last: date) -> list[Entry]:
    """Every entry written from ``first`` to ``last`` (local days, both included), oldest
    first."""
    start = datetime.combine(first, time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), time()).astimezone()
    ids: list[int] = []
    before: int | None = None
    while True:
        batch = journal.page(before=before, limit=BATCH, start=start, end=end)
        ids.extend(summary.id for summary in batch)
        if len(batch) < BATCH:
            break
        before = batch[-1].sort_key
    return [journal.get(entry_id) for entry_id in reversed(ids)]


def entries_document(entries: list[Entry], first: date, last: date) -> QTextDocument:
    document = QTextDocument()
    base = QFont()
    base.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    title = entries_title(first, last)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    cursor = QTextCursor(document)
    cursor.insertHtml(f"<h1>{escape(title)}</h1>")
    if not entries:
        cursor.insertHtml("<p>There are no entries on these days.</p>")
    for entry in entries:
        cursor.insertBlock()
        cursor.insertHtml(
            f"<h2>{escape(entry.display_title())}</h2><p><i>{escape(_when(entry))}</i></p>"
        )
        cursor.insertBlock()
        cursor.insertMarkdown(entry.body, MARKDOWN)
        if entry.tags:
            cursor.insertBlock()
            cursor.insertHtml(f"<p><i>Tags: {escape(', '.join(entry.tags))}</i></p>")
    return document


def entries_title(first: date, last: date) -> str:
    return f"Journal entries, {period_text(first, last)}"


def write_entries_pdf(entries: list[Entry], first: date, last: date, path: Path) -> int:
    """The entries as an A4 PDF, the days they span atop every page; returns the number of
    pages."""
    title = entries_title(first, last)
    return write_pdf(
        lambda _width: entries_document(entries, first, last), path, Page(title), title=title
    )


def _when(entry: Entry) -> str:
    if entry.date_out_of_range:
        return "Date unknown"
    moment = entry.created
    return f"{long_date(moment.date())}, {moment:%H:%M}"
