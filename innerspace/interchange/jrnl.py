"""jrnl's JSON export (`jrnl --format json`): local times without a zone, tags with a symbol."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from innerspace.interchange.model import (
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    decode_text,
    key_by_minute_and_content,
    on_this_computer,
    read_limited,
    refuse_broken_text,
    stable_uid,
    tags_from,
    unreadable,
)

SOURCE = "jrnl"
# jrnl's default tag symbol is '@'; many people configure '#'.
TAG_SYMBOLS = "@#"


def parse(path: Path) -> ParsedImport:
    text = decode_text(read_limited(path), path.name)
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(
            f"{path.name} isn't valid JSON (it may be cut short). In jrnl, "
            "`jrnl --format json > export.json` makes a file that can be imported."
        ) from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportProblem(f"{path.name} doesn't look like a jrnl JSON export.")
    refuse_broken_text(text, doc, path.name)
    parsed = ParsedImport(source=SOURCE)
    for index, record in enumerate(doc["entries"], start=1):
        where = f"entry {index}"
        try:
            entry = _entry(record)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            parsed.skipped.append(Skipped(where, unreadable(exc)))
            continue
        if not entry.body.strip() and not entry.title.strip():
            parsed.skipped.append(Skipped(where, "it has no text"))
            continue
        parsed.entries.append(entry)
    keep_repeats(parsed.entries)
    return parsed


def keep_repeats(entries: list[ImportedEntry]) -> None:
    """Two records written in the same minute (even with the same words) are two entries.

    The first of identical records keeps the uid earlier versions gave it, so re-importing
    never doubles; each record is known by its minute and what it says.
    """
    copies: dict[str, int] = {}
    for index, entry in enumerate(entries):
        n = copies.get(entry.uid, 0)
        copies[entry.uid] = n + 1
        if n:
            entries[index] = replace(entry, uid=stable_uid(SOURCE, entry.uid, str(n)))
    key_by_minute_and_content(entries)


def _entry(record: dict[str, Any]) -> ImportedEntry:
    day = str(record["date"])
    clock = str(record.get("time") or "12:00")
    # jrnl writes the writer's local time with no zone: read it as this computer's local time.
    created = on_this_computer(datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M"))
    title = record.get("title") or ""
    body = record.get("body") or ""
    if not isinstance(title, str) or not isinstance(body, str):
        raise TypeError("title and body must be text")
    tags = record.get("tags") or []
    if not isinstance(tags, list):
        raise TypeError("tags must be a list")
    source_uid = record.get("uuid")
    if isinstance(source_uid, str) and source_uid:
        # Journals that came from Day One keep their ids; the same id imported from Day One's
        # own export is then recognised as the same entry.
        try:
            uid = str(uuid.UUID(hex=source_uid))
        except ValueError:
            uid = stable_uid(SOURCE, source_uid)
        record_key: str | None = source_uid
    else:
        record_key = None
        uid = stable_uid(SOURCE, day, clock, title, body)
    return ImportedEntry(
        uid=uid,
        created=created,
        updated=created,
        title=title,
        body=body.strip("\n"),
        tags=tags_from(tags, TAG_SYMBOLS),
        starred=bool(record.get("starred", False)),
        record_key=record_key,
    )
