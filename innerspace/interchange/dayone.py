"""Day One's JSON export: a zip with one `<Journal name>.json` per journal, plus media folders.

Also the journal's .json on its own (Safari unzips what it downloads) and a zip whose journals
sit in a folder. Day One writes Markdown with backslashes before punctuation ("Munch \\(lunch\\)")
and zero-width spaces around bold; both are taken out, and links between its entries
(``dayone2://view?entryId=…``) point to the imported entry.
"""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from innerspace.interchange.model import (
    PICTURE_LEFT_OUT,
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    decode_text,
    open_zip,
    read_limited,
    read_member,
    refuse_broken_text,
    stable_uid,
    tags_from,
    unreadable,
)
from innerspace.interchange.photos import PhotoToBring

SOURCE = "Day One"
MAX_JOURNAL_BYTES = 256 * 1024 * 1024
MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
# A photo in the text; where the photo isn't in the export, a plain marker stands instead.
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*([^)]*)\)")
MEDIA_MARKER = PICTURE_LEFT_OUT
_IMAGE = re.compile(r"!\[(?:[^\]\\]|\\.)*\]\([^)]*\)")
# Fenced blocks and inline code, where a backslash is the writer's own.
_CODE = re.compile(r"(```.*?```|`[^`\n]*`)", re.DOTALL)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Escapes that still mean something once the text is Markdown.
_MEANINGFUL = frozenset("\\*_`[]<>")
_LINE_START = frozenset("#-+>=|")
_ENTRY_LINK = re.compile(r"dayone2://view\?entryId=([0-9A-Fa-f-]{32,36})")


def parse(path: Path) -> ParsedImport:
    parsed = ParsedImport(source=SOURCE)
    seen: set[str] = set()
    if not zipfile.is_zipfile(path) and path.suffix.lower() == ".json":
        text = decode_text(read_limited(path, MAX_JOURNAL_BYTES), path.name)
        _parse_journal(text, path.name, None, parsed, seen, _Media(path, {}))
        return parsed
    with open_zip(path) as archive:
        found = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and info.filename.lower().endswith(".json")
            and not info.filename.startswith("__MACOSX/")
        ]
        # The journals are the .json files nearest the top, whether or not in a folder.
        depth = min((info.filename.strip("/").count("/") for info in found), default=0)
        journals = [info for info in found if info.filename.strip("/").count("/") == depth]
        if not journals:
            raise ImportProblem(
                f"{path.name} has no journal in it. Day One's 'JSON' export makes a zip with "
                "one .json file per journal."
            )
        # Photos are named by their md5 (sometimes their identifier) in a photos/ folder.
        media = _Media(
            path,
            {
                PurePosixPath(info.filename).stem.lower(): info.filename
                for info in archive.infolist()
                if not info.is_dir() and "/photos/" in f"/{info.filename.lower()}"
            },
        )
        for info in journals:
            name = PurePosixPath(info.filename).stem
            text = decode_text(read_member(archive, info, MAX_JOURNAL_BYTES), info.filename)
            tag = name if len(journals) > 1 else None
            _parse_journal(text, f"{info.filename} in the archive", tag, parsed, seen, media)
    return parsed


class _Media:
    """The photos an export holds, by the names Day One gives their files."""

    def __init__(self, archive: Path, members: dict[str, str]) -> None:
        self.archive = archive
        self.members = members

    def photos(self, record: dict[str, Any], created: datetime) -> dict[str, PhotoToBring]:
        """Each photo of the record found in the export, by its identifier."""
        found: dict[str, PhotoToBring] = {}
        for photo in record.get("photos") or []:
            if not isinstance(photo, dict):
                continue
            identifier = str(photo.get("identifier") or "")
            md5 = str(photo.get("md5") or "")
            member = self.members.get(md5.lower()) or self.members.get(identifier.lower())
            if member is None or not identifier:
                continue
            found[identifier.upper()] = PhotoToBring(
                uid=stable_uid(SOURCE, "photo", identifier.upper()),
                # Day One keeps no file name: "Photo" and the day is what a screen reader says.
                name=f"Photo {created.date().isoformat()}",
                archive=self.archive,
                member=member,
            )
        return found


def _parse_journal(
    text: str,
    where_from: str,
    journal_tag: str | None,
    parsed: ParsedImport,
    seen: set[str],
    media: _Media,
) -> None:
    name = where_from.removesuffix(" in the archive")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(f"{where_from} isn't valid JSON; it may be cut short.") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportProblem(f"{where_from} isn't a Day One journal.")
    refuse_broken_text(text, doc, name)
    details_skipped = 0
    for index, record in enumerate(doc["entries"], start=1):
        where = f"entry {index} of {name}"
        try:
            entry = _entry(record, journal_tag, media)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            parsed.skipped.append(Skipped(where, unreadable(exc)))
            continue
        if entry.uid in seen:
            parsed.skipped.append(Skipped(where, "it appears twice in the export"))
            continue
        seen.add(entry.uid)
        parsed.entries.append(entry)
        mentioned = sum(len(record.get(key) or []) for key in MEDIA_KEYS)
        if mentioned:
            parsed.photos += mentioned
            parsed.entries_with_photos += 1
        details_skipped += any(record.get(k) for k in ("location", "weather"))
    if details_skipped:
        parsed.notes.append(
            f"Places and weather of {details_skipped} "
            f"{'entry' if details_skipped == 1 else 'entries'} in {name} are not imported."
        )


def _entry(record: dict[str, Any], journal_tag: str | None, media: _Media) -> ImportedEntry:
    created = _utc(record["creationDate"])
    updated = _utc(record.get("modifiedDate") or record["creationDate"])
    zone = record.get("timeZone")
    zone_name: str | None = None
    if isinstance(zone, str) and zone:
        try:
            tz = ZoneInfo(zone)
            created, updated = created.astimezone(tz), updated.astimezone(tz)
            zone_name = zone
        except (ZoneInfoNotFoundError, ValueError):
            zone_name = None
    text = record.get("text") or ""
    if not isinstance(text, str):
        raise TypeError("text must be text")
    source_uid = str(record.get("uuid") or "")
    try:
        uid = str(uuid.UUID(hex=source_uid))
    except ValueError:
        uid = stable_uid(SOURCE, source_uid, created.isoformat(), text)
    tags = list(tags_from(record.get("tags") or []))
    if journal_tag:
        tags.append(journal_tag)
    photos = media.photos(record, created)
    shown: list[PhotoToBring] = []

    def photo_or_marker(match: re.Match[str]) -> str:
        photo = photos.get(match.group(1).strip("/").upper())
        if photo is None:
            return MEDIA_MARKER
        shown.append(photo)
        return photo.markdown()

    body = _MOMENT.sub(photo_or_marker, plain_markdown(text)).strip("\n")
    unmentioned = [p for p in photos.values() if p not in shown]
    if unmentioned:
        body = "\n\n".join([body, *(p.markdown() for p in unmentioned)]).strip("\n")
    return ImportedEntry(
        uid=uid,
        created=created,
        updated=updated,
        title=_title(body),
        body=body,
        tags=tuple(tags),
        starred=bool(record.get("starred", False)),
        zone=zone_name,
        record_key=source_uid or None,
        photos=tuple(dict.fromkeys([*shown, *unmentioned])),
    )


def plain_markdown(text: str) -> str:
    """Day One's Markdown without its escapes, outside code; escapes that keep a character
    from starting emphasis, a link, code, a heading, a list or a quote stay."""
    parts = _CODE.split(text)
    for index in range(0, len(parts), 2):
        part = parts[index].replace("\u200b", "")
        part = _ENTRY_LINK.sub(lambda m: f"innerspace://entry/{_entry_uid(m.group(1))}", part)
        parts[index] = _ESCAPE.sub(_unescape, part)
    return "".join(parts)


def _unescape(match: re.Match[str]) -> str:
    char = match.group(1)
    if char in _MEANINGFUL:
        return match.group(0)
    start = match.string.rfind("\n", 0, match.start()) + 1
    at_line_start = not match.string[start : match.start()].strip(" ")
    if at_line_start and char in _LINE_START:
        return match.group(0)
    if char == "." and match.string[start : match.start()].strip(" ").isdigit():
        return match.group(0)  # "1\." would start a numbered list
    return char


def _entry_uid(source_uid: str) -> str:
    try:
        return str(uuid.UUID(hex=source_uid))
    except ValueError:
        return source_uid


def _title(body: str) -> str:
    """Only for an entry that opens with a picture: its first heading or line of text, rather
    than the picture or its marker."""
    if not body.startswith((MEDIA_MARKER, "![")):
        return ""
    for line in body.splitlines():
        text = _IMAGE.sub("", line.replace(MEDIA_MARKER, "")).strip().lstrip("#").strip()
        if text:
            return text[:120]
    return ""


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment
