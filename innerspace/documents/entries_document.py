"""Entries as a ``QTextDocument``, for reading on paper: those of a stretch of days or those
the person chose, oldest first, each with its title, its date, its Markdown set as text, its
tags, and beneath the text its photos (as wide as the text) and the names of its other files.

Photos come out of the vault as bytes and are decoded in memory: no picture is ever written
to a file of its own on the way into the PDF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QImageReader,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from innerspace.core.attachments import SCHEME, without
from innerspace.core.entries import Entry
from innerspace.core.session_summary import long_date, period_text
from innerspace.documents.pdf import Page, PaperDocument
from innerspace.documents.summary_document import BODY_POINTS
from innerspace.storage.attachments import Attachments
from innerspace.storage.journal import EntryNotFound, Journal

# Read a screenful of summaries at a time; a year of daily writing is a handful of reads.
BATCH = 200
# Raw HTML in an entry stays as the text it is: nothing in it is fetched or laid out.
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
# A photo is drawn as wide as the text, but a tall one no taller than this many times that
# width (three fifths of an A4 page's text), so it stays on one page with room for its caption.
PHOTO_TALLEST = 0.85
# The text of an A4 page is 6.85 inches wide: 1,400 dots is 200 to the inch, sharp on paper,
# and keeps a month of photos (each decoded, at 4 bytes a dot) within memory.
PHOTO_MOST_PIXELS = 1400
# Room above each entry and above each photo, in the document's pixels.
ENTRY_GAP = 18.0
PHOTO_GAP = 8.0
_PHOTO_URL = "innerspace-photo:{}"
_MENTION = re.compile(rf"!?\[((?:[^\]\\]|\\.)*)\]\({SCHEME}:([0-9A-Za-z-]+)\)")
_ESCAPED = re.compile(r"\\(.)")
# A heading in an entry's own text (an exercise's name, say) sits below the entry's title.
_HEADING = re.compile(r"^( {0,3})(#{1,4})(?=[ \t]|$)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


@dataclass(frozen=True)
class Photo:
    uid: str
    name: str
    caption: str  # the words the entry gives it, or its file name
    data: bytes


@dataclass(frozen=True)
class EntryOnPaper:
    entry: Entry
    photos: tuple[Photo, ...] = ()
    files: tuple[str, ...] = ()  # the names of its attachments that aren't photos


@dataclass(frozen=True)
class EntriesOnPaper:
    """What a PDF of entries holds, read from the journal (on the worker)."""

    title: str
    entries: tuple[EntryOnPaper, ...]

    @property
    def count(self) -> int:
        return len(self.entries)


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


def chosen_entries(journal: Journal, entry_ids: Iterable[int]) -> list[Entry]:
    """The entries with these ids, oldest first; one deleted meanwhile is left out."""
    entries: list[Entry] = []
    for entry_id in dict.fromkeys(entry_ids):
        try:
            entries.append(journal.get(entry_id))
        except EntryNotFound:
            continue
    return sorted(entries, key=lambda entry: (entry.created, entry.id or 0))


def days_on_paper(journal: Journal, first: date, last: date) -> EntriesOnPaper:
    return on_paper(journal, entries_between(journal, first, last), days_title(first, last))


def chosen_on_paper(journal: Journal, entry_ids: Iterable[int]) -> EntriesOnPaper:
    entries = chosen_entries(journal, entry_ids)
    days = [entry.created.date() for entry in entries if not entry.date_out_of_range]
    title = "Chosen journal entries"
    if days:
        title = f"{title}, {period_text(min(days), max(days))}"
    return on_paper(journal, entries, title)


def on_paper(journal: Journal, entries: list[Entry], title: str) -> EntriesOnPaper:
    attachments = Attachments(journal.vault)
    return EntriesOnPaper(title, tuple(_with_files(attachments, entry) for entry in entries))


def _with_files(attachments: Attachments, entry: Entry) -> EntryOnPaper:
    if entry.id is None:
        return EntryOnPaper(entry)
    mentions = _MENTION.findall(entry.body)
    captions = {uid: _unescape(alt) for alt, uid in reversed(mentions)}
    order = {uid: place for place, (_alt, uid) in reversed(list(enumerate(mentions)))}
    photos: list[Photo] = []
    files: list[str] = []
    for attachment in attachments.for_entry(entry.id):
        data = attachments.data(attachment.uid) if attachment.is_image else None
        if data is None:
            files.append(attachment.name)
            continue
        caption = captions.get(attachment.uid, "").strip() or attachment.name
        photos.append(Photo(attachment.uid, attachment.name, caption, data))
    # In the order the text shows them; one it no longer names comes last.
    photos.sort(key=lambda photo: order.get(photo.uid, len(order)))
    return EntryOnPaper(entry, tuple(photos), tuple(files))


def days_title(first: date, last: date) -> str:
    return f"Journal entries, {period_text(first, last)}"


def entries_document(paper: EntriesOnPaper, width: float) -> QTextDocument:
    """The entries laid out for a page whose text is ``width`` wide (in the document's units)."""
    document = QTextDocument()
    base = QFont()
    base.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, paper.title)
    cursor = QTextCursor(document)
    cursor.insertHtml(f"<h1>{escape(paper.title)}</h1>")
    if not paper.entries:
        cursor.insertHtml("<p>There are no entries to show here.</p>")
    for item in paper.entries:
        entry = item.entry
        _new_paragraph(cursor, ENTRY_GAP)
        cursor.insertHtml(
            f"<h2>{escape(entry.display_title())}</h2><p><i>{escape(_when(entry))}</i></p>"
        )
        _new_paragraph(cursor)
        body = entry.body
        # The photos come whole beneath the text; where the text pointed at a file, its name
        # is listed there too.
        for _caption, uid in _MENTION.findall(entry.body):
            body = without(body, uid)
        cursor.insertMarkdown(_below_the_title(body), MARKDOWN)
        for photo in item.photos:
            _insert_photo(document, cursor, photo, width)
        if item.files:
            _new_paragraph(cursor)
            cursor.insertHtml(f"<p><i>Files: {escape(', '.join(item.files))}</i></p>")
        if entry.tags:
            _new_paragraph(cursor)
            cursor.insertHtml(f"<p><i>Tags: {escape(', '.join(entry.tags))}</i></p>")
    return document


def _below_the_title(body: str) -> str:
    """The text with its headings two levels down (``#`` becomes ``###``), so that none is
    larger than the entry's own title; lines inside fenced code are left as written."""
    lines, in_code = [], False
    for line in body.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            line = _HEADING.sub(r"\1##\2", line, count=1)
        lines.append(line)
    return "\n".join(lines)


def _insert_photo(document: QTextDocument, cursor: QTextCursor, photo: Photo, width: float) -> None:
    image = _decoded(photo.data)
    if image.isNull():
        # A kind this system's Qt can't read: named, like any other file.
        _new_paragraph(cursor)
        cursor.insertHtml(f"<p><i>Photo: {escape(photo.caption)}</i></p>")
        return
    shown_width = width
    shown_height = width * image.height() / image.width()
    tallest = width * PHOTO_TALLEST
    if shown_height > tallest:
        shown_width, shown_height = shown_width * tallest / shown_height, tallest
    url = QUrl(_PHOTO_URL.format(photo.uid))
    document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    picture = QTextImageFormat()
    picture.setName(url.toString())
    picture.setWidth(shown_width)
    picture.setHeight(shown_height)
    _new_paragraph(cursor)
    cursor.insertImage(picture)
    cursor.setBlockFormat(_spaced(PHOTO_GAP))
    caption = photo.caption if photo.caption == photo.name else f"{photo.caption} ({photo.name})"
    _new_paragraph(cursor)
    cursor.insertHtml(f"<p><i>{escape(caption)}</i></p>")


def _decoded(data: bytes) -> QImage:
    """The photo, no larger than paper needs: a large one is scaled as it is decoded, so the
    whole of it never sits in memory."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if max(size.width(), size.height()) > PHOTO_MOST_PIXELS:
        reader.setScaledSize(
            size.scaled(PHOTO_MOST_PIXELS, PHOTO_MOST_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
        )
    return reader.read()


def _new_paragraph(cursor: QTextCursor, space_above: float = 0) -> None:
    """A paragraph of its own: not the last item of a list or a quote the entry ended with."""
    cursor.insertBlock(_spaced(space_above), QTextCharFormat())


def _spaced(space_above: float) -> QTextBlockFormat:
    spaced = QTextBlockFormat()
    spaced.setTopMargin(space_above)
    return spaced


def entries_pdf(paper: EntriesOnPaper) -> PaperDocument:
    """The entries on A4 pages, their title atop every page."""
    return PaperDocument(
        lambda width: entries_document(paper, width), Page(paper.title), title=paper.title
    )


def _unescape(alt: str) -> str:
    return _ESCAPED.sub(r"\1", alt)


def _when(entry: Entry) -> str:
    if entry.date_out_of_range:
        return "Date unknown"
    moment = entry.created
    return f"{long_date(moment.date())}, {moment:%H:%M}"
