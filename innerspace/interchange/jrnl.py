"""jrnl's JSON export (`jrnl --format json`): local times without a zone, tags with a symbol."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from innerspace.interchange.model import (
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    decode_text,
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
    seen: set[str] = set()
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
        if entry.uid in seen:
            parsed.skipped.append(Skipped(where, "it appears twice in the file"))
            continue
        seen.add(entry.uid)
        parsed.entries.append(entry)
    return parsed


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
    else:
        uid = stable_uid(SOURCE, day, clock, title, body)
    return ImportedEntry(
        uid=uid,
        created=created,
        updated=created,
        title=title,
        body=body.strip("\n"),
        tags=tags_from(tags, TAG_SYMBOLS),
        starred=bool(record.get("starred", False)),
    )
