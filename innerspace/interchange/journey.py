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
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</(p|div|h[1-6]|ul|ol|blockquote)>", re.IGNORECASE)
_ITEM_END = re.compile(r"</li>", re.IGNORECASE)
_HEADING = re.compile(r"<h([1-6])[^>]*>", re.IGNORECASE)
_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
_BOLD = re.compile(r"<(b|strong)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_ITALIC = re.compile(r"<(i|em)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(r"<a\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
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
    text = _BREAK.sub("\n", text)
    text = _HEADING.sub(lambda m: "\n\n" + "#" * int(m.group(1)) + " ", text)
    text = _ITEM_END.sub("", _ITEM.sub("\n- ", text))
    text = _PARAGRAPH_END.sub("\n\n", text)
    text = _BOLD.sub(r"**\2**", text)
    text = _ITALIC.sub(r"*\2*", text)
    text = _LINK.sub(r"[\2](\1)", text)
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    return _BLANK_LINES.sub("\n\n", text).strip()
