"""Journey's export: a zip with one JSON file per entry and its photos beside them.

An entry has ``id``, ``date_journal`` and ``date_modified`` (milliseconds since 1970, UTC),
``timezone``, ``text`` (Markdown, or HTML when ``type`` says so), ``tags``, ``favourite``,
``photos`` (file names), and ``mood``, ``weather``, ``address`` and ``music_*``, which have no
field here and are kept as lines at the end of the text.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from innerspace.interchange.model import (
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    open_zip,
    read_member,
    stable_uid,
    tags_from,
    unreadable,
)
from innerspace.interchange.photos import PhotoToBring

SOURCE = "Journey"
MAX_ENTRY_BYTES = 16 * 1024 * 1024
# One piece of the text at a time: a tag (no '<' inside, so a stray '<' never makes a scan run
# to the end), a run of text, or a lone '<'. Each character is looked at a bounded number of
# times, so the whole conversion is linear in the text's length.
_TOKEN = re.compile(r"<[^<>]*>|[^<]+|<")
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_NOT_WORDS = re.compile(r"<[!?/].*>\Z", re.DOTALL)
_HREF = re.compile(r"\shref=\"([^\"]*)\"", re.IGNORECASE)
_BLOCK_ENDS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"})
_MARKS = {
    "b": ("bold", "**"),
    "strong": ("bold", "**"),
    "i": ("italic", "*"),
    "em": ("italic", "*"),
}
_BLANK_LINES = re.compile(r"\n{3,}")


def parse(path: Path) -> ParsedImport:
    parsed = ParsedImport(source=SOURCE)
    found = 0
    with open_zip(path) as archive:
        members = sorted(
            (
                info
                for info in archive.infolist()
                if not info.is_dir()
                and info.filename.lower().endswith(".json")
                and not info.filename.startswith("__MACOSX/")
            ),
            key=lambda info: info.filename,
        )
        # Photos sit beside the entries, named by file.
        files = {
            PurePosixPath(info.filename).name: info.filename
            for info in archive.infolist()
            if not info.is_dir() and not info.filename.lower().endswith(".json")
        }
        for info in members:
            name = PurePosixPath(info.filename).name
            try:
                record = json.loads(read_member(archive, info, MAX_ENTRY_BYTES).decode("utf-8"))
            except (ValueError, RecursionError):
                parsed.skipped.append(Skipped(name, "it isn't valid JSON"))
                continue
            if not isinstance(record, dict) or "date_journal" not in record:
                continue
            found += 1
            try:
                entry = _entry(record, _Photos(path, files))
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
                parsed.skipped.append(Skipped(name, unreadable(exc)))
                continue
            if not entry.body.strip():
                parsed.skipped.append(Skipped(name, "it has no text"))
                continue
            photos = record.get("photos") or []
            if isinstance(photos, list) and photos:
                parsed.photos += len(photos)
                parsed.entries_with_photos += 1
            parsed.entries.append(entry)
    if not found:
        raise ImportProblem(
            f"{path.name} holds no Journey entries. Journey's export makes a zip with one "
            ".json file per entry."
        )
    if any("\n\nMood in Journey:" in e.body or "\n\nWeather:" in e.body for e in parsed.entries):
        parsed.notes.append(
            "Journey's mood, weather, place and music are kept as lines at the end of each "
            "entry's text."
        )
    return parsed


class _Photos:
    def __init__(self, archive: Path, files: dict[str, str]) -> None:
        self.archive = archive
        self.files = files

    def named(self, names: Any, ident: str) -> tuple[PhotoToBring, ...]:
        """The photos the record names that the export holds."""
        found = []
        for name in names if isinstance(names, list) else []:
            member = self.files.get(PurePosixPath(str(name)).name)
            if member is not None:
                uid = stable_uid(SOURCE, "photo", ident, member)
                found.append(PhotoToBring(uid, PurePosixPath(member).name, self.archive, member))
        return tuple(found)


def _entry(record: dict[str, Any], photos: _Photos) -> ImportedEntry:
    created = _moment(record["date_journal"])
    updated = _moment(record.get("date_modified") or record["date_journal"])
    zone_name: str | None = None
    zone = record.get("timezone")
    if isinstance(zone, str) and zone:
        try:
            tz = ZoneInfo(zone)
            created, updated = created.astimezone(tz), updated.astimezone(tz)
            zone_name = zone
        except (ZoneInfoNotFoundError, ValueError):
            zone_name = None
    if zone_name is None:
        created, updated = created.astimezone(), updated.astimezone()
    text = record.get("text") or ""
    if not isinstance(text, str):
        raise TypeError("text must be text")
    if str(record.get("type", "")).lower() == "html" or text.lstrip().startswith("<"):
        text = html_to_markdown(text)
    ident = str(record.get("id") or "")
    brought = photos.named(record.get("photos"), ident)
    details = _details(record)
    body = "\n\n".join(
        part for part in (text.strip(), *(p.markdown() for p in brought), details) if part
    )
    tags = record.get("tags") or []
    if not isinstance(tags, list):
        raise TypeError("tags must be a list")
    return ImportedEntry(
        uid=stable_uid(SOURCE, ident) if ident else stable_uid(SOURCE, created.isoformat(), body),
        created=created,
        updated=updated,
        body=body,
        tags=tags_from(tags, "#"),
        starred=record.get("favourite") is True,
        zone=zone_name,
        record_key=ident or None,
        photos=brought,
    )


def _moment(value: Any) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("its date isn't a number")
    return datetime.fromtimestamp(value / 1000, UTC)


def _details(record: dict[str, Any]) -> str:
    lines = []
    mood = record.get("mood")
    if isinstance(mood, int | float) and not isinstance(mood, bool) and mood:
        lines.append(f"Mood in Journey: {mood:g}")
    weather = record.get("weather")
    if isinstance(weather, dict):
        parts = [str(weather.get("description") or "").strip()]
        degrees = weather.get("degree_c")
        # Journey writes a huge number when it had no temperature.
        if (
            isinstance(degrees, int | float)
            and not isinstance(degrees, bool)
            and -100 < degrees < 100
        ):
            parts.append(f"{degrees:g} °C")
        parts.append(str(weather.get("place") or "").strip())
        said = ", ".join(p for p in parts if p)
        if said:
            lines.append(f"Weather: {said}")
    address = str(record.get("address") or "").strip()
    if address:
        lines.append(f"Place: {address}")
    music = " – ".join(
        str(record.get(key) or "").strip()
        for key in ("music_title", "music_artist")
        if str(record.get(key) or "").strip()
    )
    if music:
        lines.append(f"Music: {music}")
    return "\n".join(lines)


def html_to_markdown(text: str) -> str:
    """Journey's (and others') simple HTML as Markdown: paragraphs, line breaks, headings,
    list items, bold, italic and links; other tags are dropped, their text kept."""
    out: list[str] = []
    spans = {"bold": _Spans(out), "italic": _Spans(out), "link": _Spans(out)}
    for piece in _TOKEN.findall(text):
        named = _TAG_NAME.match(piece) if piece[-1:] == ">" and len(piece) > 2 else None
        if named is None:
            # A comment or declaration is dropped; "<3" and other words with a '<' stay.
            if not _NOT_WORDS.match(piece):
                out.append(piece)
            continue
        closing, name = named.group(1) == "/", named.group(2).lower()
        rest = piece[named.end() : -1]
        if name == "br" and not closing and rest.strip() in ("", "/"):
            out.append("\n")
        elif name in _BLOCK_ENDS and closing and not rest:
            out.append("\n\n")
        elif len(name) == 2 and name[0] == "h" and name[1] in "123456" and not closing:
            out.append("\n\n" + "#" * int(name[1]) + " ")
        elif name == "li" and not closing:
            out.append("\n- ")
        elif name in _MARKS and not rest:
            group, mark = _MARKS[name]
            if closing:
                spans[group].close(name)
            else:
                spans[group].open(name, mark)
        elif name == "a" and closing and not rest:
            spans["link"].close("a")
        elif name == "a" and not closing:
            href = _HREF.search(piece)
            if href is not None:
                spans["link"].open("a", "[", f"]({href.group(1)})")
        # Any other tag is dropped; its text stays.
    text = html.unescape("".join(out)).replace("\xa0", " ")
    return _BLANK_LINES.sub("\n\n", text).strip()


class _Spans:
    """Bold (or italic, or links) as the pattern ``<(b|strong)>(.*?)</\\1>`` matched them, in one
    pass: a closing tag pairs with the earliest tag of its name still open, and whatever marks
    of the same kind lie between them are dropped. Each tag is handled a bounded number of
    times, so a page of unclosed tags costs no more than their number."""

    def __init__(self, out: list[str]) -> None:
        self.out = out
        # Per tag name, the tags still open, in order: where their mark goes, and the marks.
        self.waiting: dict[str, deque[tuple[int, str, str]]] = {}
        # Where the marks of closed pairs were put, in order.
        self.placed: list[int] = []

    def open(self, name: str, mark: str, closing: str | None = None) -> None:
        self.waiting.setdefault(name, deque()).append((len(self.out), mark, closing or mark))
        self.out.append("")

    def close(self, name: str) -> None:
        waiting = self.waiting.get(name)
        if not waiting:
            return
        start, mark, closing = waiting[0]
        # Tags opened after it lie inside the pair: the non-greedy match consumed them.
        for other in self.waiting.values():
            while other and other[-1][0] >= start:
                other.pop()
        while self.placed and self.placed[-1] > start:
            self.out[self.placed.pop()] = ""
        self.out[start] = mark
        self.placed += [start, len(self.out)]
        self.out.append(closing)
