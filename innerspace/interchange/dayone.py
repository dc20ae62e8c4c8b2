"""Day One's JSON export: a zip with one `<Journal name>.json` per journal, plus media folders."""

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
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    decode_text,
    open_zip,
    read_member,
    refuse_broken_text,
    stable_uid,
    tags_from,
    unreadable,
)

SOURCE = "Day One"
MAX_JOURNAL_BYTES = 256 * 1024 * 1024
MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
# InnerSpace keeps no pictures; a plain marker stands where one was.
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)")
MEDIA_MARKER = "[picture not imported]"


def parse(path: Path) -> ParsedImport:
    with open_zip(path) as archive:
        journals = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and "/" not in info.filename.strip("/")
            and info.filename.lower().endswith(".json")
        ]
        if not journals:
            raise ImportProblem(
                f"{path.name} has no journal in it. Day One's 'JSON' export makes a zip with "
                "one .json file per journal."
            )
        parsed = ParsedImport(source=SOURCE)
        seen: set[str] = set()
        for info in journals:
            name = PurePosixPath(info.filename).stem
            _parse_journal(archive, info, name if len(journals) > 1 else None, parsed, seen)
    return parsed


def _parse_journal(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    journal_tag: str | None,
    parsed: ParsedImport,
    seen: set[str],
) -> None:
    text = decode_text(read_member(archive, info, MAX_JOURNAL_BYTES), info.filename)
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(f"{info.filename} in the archive isn't valid JSON.") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportProblem(f"{info.filename} in the archive isn't a Day One journal.")
    refuse_broken_text(text, doc, info.filename)
    media_skipped = 0
    details_skipped = 0
    for index, record in enumerate(doc["entries"], start=1):
        where = f"{info.filename}, entry {index}"
        try:
            entry = _entry(record, journal_tag)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            parsed.skipped.append(Skipped(where, unreadable(exc)))
            continue
        if entry.uid in seen:
            parsed.skipped.append(Skipped(where, "it appears twice in the export"))
            continue
        seen.add(entry.uid)
        parsed.entries.append(entry)
        media = sum(len(record.get(key) or []) for key in MEDIA_KEYS)
        if media:
            media_skipped += media
            parsed.skipped.append(
                Skipped(
                    f"{where} ({entry.created.date().isoformat()})",
                    f"{media} photo(s) or other media are not imported; the text is",
                )
            )
        details_skipped += any(record.get(k) for k in ("location", "weather"))
    if details_skipped:
        parsed.notes.append(
            f"Places and weather of {details_skipped} entries in {info.filename} are not imported."
        )


def _entry(record: dict[str, Any], journal_tag: str | None) -> ImportedEntry:
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
    return ImportedEntry(
        uid=uid,
        created=created,
        updated=updated,
        body=_MOMENT.sub(MEDIA_MARKER, text).strip("\n"),
        tags=tuple(tags),
        starred=bool(record.get("starred", False)),
        zone=zone_name,
    )


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment
