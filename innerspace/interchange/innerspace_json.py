"""InnerSpace JSON: a lossless, versioned export of the whole journal, and importing it back.

docs/innerspace-json-format.md describes the format.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from innerspace import __version__
from innerspace.core.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES
from innerspace.core.attachments import referenced_uids
from innerspace.core.emotions import EmotionTag, check_context_kind, check_mood
from innerspace.core.entries import Draft, local_now, normalize_tags
from innerspace.core.held_collections import collections_held
from innerspace.interchange.draft_photos import DRAFT_PHOTOS
from innerspace.interchange.extras import (
    DamagedSection,
    entry_details_json,
    extras_from_json,
    extras_json,
    iter_with_details,
    read_date,
    read_extras,
    read_time,
)
from innerspace.interchange.json_stream import (
    AttachmentInFile,
    Base64Text,
    BrokenCharacter,
    ChangedSinceRead,
    JsonStream,
    NotJson,
    NotUtf8,
    TooLarge,
)
from innerspace.interchange.model import (
    Cancelled,
    ExportCancelled,
    ExportProblem,
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Progress,
    Skipped,
    broken_text,
    file_size,
    unreadable,
)
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.files import FILE_MODE, fsync_dir, temp_path_beside
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.mood_labels import MAX_LEVEL, MIN_LEVEL, MoodLabels
from innerspace.storage.prompt_library import PromptLink

FORMAT = "innerspace-journal"
# 2 added what entries carry (feelings, mood, context tags, prompt), the prompt library, the
# safety plan, thinking traps, coping strategies and draft extras; 3 added the person's own
# feeling words, which entries name by id; 4 added preparing for a session (the talk-about
# list, session dates, entries marked to bring), homework assignments with which entries were
# written for which, the scales of the person's own check-in (check-ins themselves are entries,
# so they were carried already), and how mood names of the person's own (carried by entries as
# ``mood/…`` tags) felt, as "mood_labels". Earlier versions are still read. Photos and files
# in entries came later as an entry's optional "attachments" (base64), still version 4: a file
# without them reads as before, and one with them only ever gains entries' photos. A draft's
# photos not yet saved ride in its "extra" (see ``draft_photos``), which every version keeps.
FORMAT_VERSION = 4
SOURCE = "InnerSpace"
# However big the file, no part of it but the entries (each read on its own) and attachments
# (never held whole) can be longer than this: a journal's prompts, plan and drafts are far
# smaller, and so is any entry's text.
MAX_PART_CHARS = 64 * 1024 * 1024
# An entry longer than this (photos aside) is read in parts straight away instead of whole.
MAX_WHOLE_ENTRY_CHARS = 4 * 1024 * 1024
# The photos and files drafts wait to save are passed on in memory, as ``draft_photos`` takes
# them: up to five of the largest the journal keeps, in all. Past that, the rest are left out.
MAX_DRAFT_FILES_BYTES = 5 * MAX_ATTACHMENT_BYTES


def export_json(
    journal: Journal,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the whole journal to ``path``; returns the number of entries written.

    The file is written under a temporary name and renamed at the end, so a cancel or a crash
    never leaves half an export under ``path``. An existing file is never replaced.
    """
    if path.exists():
        raise ExportProblem(f"{path} already exists; please choose a new file name.")
    total = journal.count()
    tmp = temp_path_beside(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    written = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            header = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "exported": local_now().isoformat(),
                "app_version": __version__,
            }
            header.update(extras_json(read_extras(journal.vault)))
            written_for = Homework(journal.vault).links_by_entry_uid()
            attachments = Attachments(journal.vault)
            header["mood_labels"] = MoodLabels(journal.vault).levels()
            out.write(json.dumps(header, ensure_ascii=False)[:-1])
            out.write(', "entries": [')
            for entry, zone, feelings, link in iter_with_details(journal):
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                record = {
                    "uid": entry.uid,
                    "created": entry.created.isoformat(),
                    "zone": zone,
                    "updated": entry.updated.isoformat(),
                    "title": entry.title,
                    "body": entry.body,
                    "tags": list(entry.tags),
                    "starred": entry.starred,
                    "kind": entry.kind,
                    "fields": entry.fields,
                    **entry_details_json(feelings, link),
                }
                if entry.uid in written_for:
                    record["assignments"] = written_for[entry.uid]
                files = attachments.files_of(entry.id) if entry.id is not None else []
                if files:
                    record["attachments"] = [_attachment_json(f) for f in files]
                out.write(",\n" if written else "\n")
                out.write(json.dumps(record, ensure_ascii=False))
                written += 1
                if progress is not None:
                    progress(written, total)
            drafts = [
                {
                    "slot": slot,
                    "entry_uid": entry_uid,
                    "title": draft.title,
                    "body": draft.body,
                    "tags": list(draft.tags),
                    "saved": draft.saved.isoformat(),
                    "extra": _draft_extra(draft, attachments),
                }
                for slot, draft, entry_uid in journal.all_drafts()
            ]
            out.write('\n], "drafts": ')
            out.write(json.dumps(drafts, ensure_ascii=False))
            out.write("}\n")
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            raise ExportProblem(f"{path} appeared while exporting; it was left as it is.")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
    return written


def _draft_extra(draft: Draft, attachments: Attachments) -> dict[str, Any]:
    """The draft's extras, with the photos it waits to save (see ``draft_photos``)."""
    waiting = attachments.waiting_files(referenced_uids(draft.body))
    if not waiting:
        return draft.extra
    # Ones an import brought that the editor hasn't stored yet stay beside them.
    carried = draft.extra.get(DRAFT_PHOTOS)
    kept = carried if isinstance(carried, list) else []
    return {**draft.extra, DRAFT_PHOTOS: [*kept, *(_attachment_json(f) for f in waiting)]}


def _attachment_json(item: AttachmentFile) -> dict[str, Any]:
    return {
        "uid": item.uid,
        "name": item.name,
        "media_type": item.media_type,
        "created": item.created.isoformat(),
        "data": base64.b64encode(item.data).decode("ascii"),
        "thumbnail": None
        if item.thumbnail is None
        else base64.b64encode(item.thumbnail).decode("ascii"),
    }


def parse(path: Path) -> ParsedImport:
    """Read an export a piece at a time: entries are parsed one by one and attachments are left
    in the file until they are stored, so neither the file's size nor its photos have to fit in
    memory. Nothing about the file's size is refused here; ``commit`` checks the disk has room.
    """
    file_size(path)
    try:
        # Collections would walk every entry read so far, again and again, finding nothing.
        with path.open("rb") as handle, collections_held():
            return _read(JsonStream(handle, path), path)
    except OSError as exc:
        raise ImportProblem(f"{path.name} can't be read ({exc.strerror}).") from exc
    except NotUtf8 as exc:
        raise ImportProblem(
            f"{path.name} isn't UTF-8 text. Please export it again, or save it as UTF-8."
        ) from exc
    except NotJson as exc:
        raise ImportProblem(f"{path.name} isn't valid JSON (it may be cut short).") from exc
    except TooLarge as exc:
        raise ImportProblem(
            f"{path.name} holds a part far larger than a journal export's; it can't be imported."
        ) from exc
    except BrokenCharacter as exc:
        raise broken_text(path.name) from exc


def _read(stream: JsonStream, path: Path) -> ParsedImport:
    if stream.peek() != "{":
        stream.value(MAX_PART_CHARS)
        raise ImportProblem(f"{path.name} isn't an InnerSpace JSON export.")
    doc: dict[str, Any] = {}
    entries: list[ImportedEntry] = []
    left_out: list[Skipped] = []
    seen: set[str] = set()
    index = 0
    for key in stream.members():
        if key == "drafts" and stream.peek() == "[":
            doc[key] = [_draft_record(stream) for _ in stream.items()]
            continue
        if key != "entries" or stream.peek() != "[":
            doc[key] = stream.value(MAX_PART_CHARS)
            # A file of another kind is refused before its entries are read.
            if key in ("format", "version"):
                _check_kind(doc, path.name, complete=False)
            continue
        doc[key] = []
        for _ in stream.items():
            index += 1
            record = _record(stream)
            try:
                entry = _entry(record)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                left_out.append(Skipped(f"entry {index}", unreadable(exc)))
                continue
            if entry.uid in seen:
                left_out.append(Skipped(f"entry {index}", "it appears twice in the file"))
                continue
            seen.add(entry.uid)
            entries.append(entry)
    stream.end()
    _check_kind(doc, path.name, complete=True)
    parsed = ParsedImport(source=SOURCE, entries=entries)
    skipped: list[tuple[str, str]] = []
    try:
        parsed.extras = extras_from_json(doc, skipped)
    except DamagedSection as exc:
        raise ImportProblem(
            f"{path.name} is damaged: its '{exc}' part can't be read, so nothing was imported."
        ) from exc
    parsed.skipped.extend(Skipped(where, why) for where, why in skipped)
    parsed.skipped.extend(left_out)
    parsed.notes.extend(parsed.extras.summary())
    parsed.known_mood_levels = _mood_labels(doc.get("mood_labels"), path.name)
    drafts = doc.get("drafts") or []
    if not isinstance(drafts, list):
        raise ImportProblem(
            f"{path.name} is damaged: its 'drafts' part can't be read, so nothing was imported."
        )
    room = MAX_DRAFT_FILES_BYTES
    for index, record in enumerate(drafts, start=1):
        try:
            slot, draft, entry_uid = _draft(record)
        except (ValueError, TypeError, KeyError, AttributeError):
            parsed.skipped.append(Skipped(f"draft {index}", "it couldn't be read"))
            continue
        carried = draft.extra.get(DRAFT_PHOTOS)
        if isinstance(carried, list):
            kept = []
            for item in carried:
                try:
                    item, room = _carried(item, room)
                except ValueError as exc:
                    parsed.skipped.append(Skipped(f"draft {index}", str(exc)))
                except ChangedSinceRead as exc:
                    raise ImportProblem(
                        f"{path.name} changed while it was read; please read it again."
                    ) from exc
                else:
                    kept.append(item)
            draft = replace(draft, extra={**draft.extra, DRAFT_PHOTOS: kept})
        parsed.drafts.append((slot, draft, entry_uid))
    return parsed


def _check_kind(doc: dict[str, Any], name: str, *, complete: bool) -> None:
    """Refuse what isn't an export this version reads; ``complete`` once the whole file is."""
    if (complete or "format" in doc) and doc.get("format") != FORMAT:
        raise ImportProblem(f"{name} isn't an InnerSpace JSON export.")
    if not complete and "version" not in doc:
        return
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise ImportProblem(f"{name} has no format version; it may be damaged.")
    if version > FORMAT_VERSION:
        raise ImportProblem(
            f"{name} was exported by a newer version of InnerSpace; please update to import it."
        )
    if complete and not isinstance(doc.get("entries"), list):
        raise ImportProblem(f"{name} has no list of entries; it may be damaged.")


def _record(stream: JsonStream) -> Any:
    """One entry of the file. Most are read whole; one with attachments is read again in
    parts, so its photos stay in the file (and one too long to read whole is read so at once).
    """
    found = stream.value_within(MAX_WHOLE_ENTRY_CHARS)
    if found is not None:
        record, start = found
        if not isinstance(record, dict) or not record.get("attachments"):
            return record
        stream.rewind(start)
    if stream.peek() != "{":
        return stream.value(MAX_PART_CHARS)
    record = {}
    for key in stream.members():
        if key == "attachments" and stream.peek() == "[":
            record[key] = [_attachment_record(stream) for _ in stream.items()]
        else:
            record[key] = stream.value(MAX_PART_CHARS)
    return record


def _attachment_record(stream: JsonStream) -> Any:
    if stream.peek() != "{":
        return stream.value(MAX_PART_CHARS)
    record: dict[str, Any] = {}
    for key in stream.members():
        if key in ("data", "thumbnail") and stream.peek() == '"':
            record[key] = stream.base64(MAX_ATTACHMENT_BYTES)
        else:
            record[key] = stream.value(MAX_PART_CHARS)
    return record


def _draft_record(stream: JsonStream) -> Any:
    """One draft of the file. The photos and files it waits to save are checked on the way
    past and left in the file, as an entry's are, so no number of them is too many to read."""
    if stream.peek() != "{":
        return stream.value(MAX_PART_CHARS)
    record: dict[str, Any] = {}
    for key in stream.members():
        if key != "extra" or stream.peek() != "{":
            record[key] = stream.value(MAX_PART_CHARS)
            continue
        extra: dict[str, Any] = {}
        for name in stream.members():
            if name == DRAFT_PHOTOS and stream.peek() == "[":
                extra[name] = [_attachment_record(stream) for _ in stream.items()]
            else:
                extra[name] = stream.value(MAX_PART_CHARS)
        record[key] = extra
    return record


def _carried(item: Any, room: int) -> tuple[Any, int]:
    """A photo or file a draft waits to save, as ``draft_photos`` reads it (its bytes read back
    from the file into base64 text), and the room left for others after it. ``ValueError``
    says why it is left out."""
    if not isinstance(item, dict):
        return item, room
    texts = {key: text for key, text in item.items() if isinstance(text, Base64Text)}
    for text in texts.values():
        if text.problem:
            raise ValueError(f"a photo or file it was waiting to save is left out: {text.problem}")
    room -= sum(text.size for text in texts.values())
    if room < 0:
        raise ValueError(
            "a photo or file it was waiting to save is left out: together they are more "
            "than an import brings along with drafts"
        )
    read = {key: base64.b64encode(text.read()).decode("ascii") for key, text in texts.items()}
    return {**item, **read}, room


def _mood_labels(value: Any, name: str) -> dict[str, int]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(label, str)
        and label.strip()
        and type(level) is int
        and MIN_LEVEL <= level <= MAX_LEVEL
        for label, level in value.items()
    ):
        raise ImportProblem(
            f"{name} is damaged: its 'mood_labels' part can't be read, so nothing was imported."
        )
    return dict(value)


def _entry(record: dict[str, Any]) -> ImportedEntry:
    uid = record["uid"]
    if not isinstance(uid, str) or not uid:
        raise ValueError("no uid")
    zone = record.get("zone")
    if zone is not None:
        if not isinstance(zone, str):
            raise ValueError("zone is not text")
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            ZoneInfo(zone)
    fields = record.get("fields")
    if fields is not None and not isinstance(fields, dict):
        raise ValueError("fields is not an object")
    emotions = tuple(
        EmotionTag(_text(e["emotion"]), _int(e["intensity"]), _text(e.get("phase", "")))
        for e in _list(record.get("emotions") or [])
    )
    if len({(t.phase, t.emotion_id) for t in emotions}) != len(emotions):
        raise ValueError("a feeling is named twice in the same phase")
    mood = record.get("mood")
    if mood is not None:
        check_mood(_int(mood))
    contexts = []
    for context in _list(record.get("contexts") or []):
        kind, name = _text(context["kind"]), _text(context["name"])
        check_context_kind(kind)
        if not name.strip():
            raise ValueError("a context tag without a name")
        contexts.append((kind, name))
    link = record.get("prompt")
    prompt = None
    if link is not None:
        prompt_id = _text(link["id"])
        if not prompt_id:
            raise ValueError("a prompt without its id")
        prompt = PromptLink(prompt_id, _text(link["depth"]), read_date(link["answered_on"]))
    return ImportedEntry(
        uid=uid,
        created=read_time(record["created"]),
        updated=read_time(record.get("updated") or record["created"]),
        title=_text(record.get("title", "")),
        body=_text(record.get("body", "")),
        tags=normalize_tags(_text_list(record.get("tags", []))),
        starred=bool(record.get("starred", False)),
        kind=_text(record.get("kind") or "note"),
        fields=fields,
        zone=zone,
        emotions=emotions,
        mood_rating=mood,
        contexts=tuple(contexts),
        prompt=prompt,
        assignments=tuple(_text_list(record.get("assignments") or [])),
        attachments=tuple(_attachment(a) for a in _list(record.get("attachments") or [])),
    )


def _attachment(record: Any) -> AttachmentInFile:
    record = _object(record)
    uid = _text(record["uid"])
    if not uid:
        raise ValueError("an attachment without its uid")
    thumbnail = record.get("thumbnail")
    return AttachmentInFile(
        uid=uid,
        name=_text(record.get("name") or "attachment"),
        media_type=_text(record.get("media_type") or "application/octet-stream"),
        created=read_time(record["created"]),
        data=_base64(record["data"]),
        thumbnail=None if thumbnail is None else _base64(thumbnail),
    )


def _base64(value: Any) -> Base64Text:
    if not isinstance(value, Base64Text):
        raise ValueError("an attachment's bytes can't be read")
    if value.problem:
        raise ValueError(value.problem)
    return value


def _draft(record: dict[str, Any]) -> tuple[str, Draft, str | None]:
    entry_uid = record.get("entry_uid")
    if entry_uid is not None and not isinstance(entry_uid, str):
        raise ValueError("entry_uid is not text")
    draft = Draft(
        entry_id=None,
        title=_text(record.get("title", "")),
        body=_text(record.get("body", "")),
        tags=normalize_tags(_text_list(record.get("tags", []))),
        saved=read_time(record["saved"]),
        extra=_object(record.get("extra") or {}),
    )
    return _text(record["slot"]), draft, entry_uid


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _text_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return [_text(v) for v in value]


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("expected an object")
    return value


def _int(value: Any) -> int:
    # JSON true is a Python int; a flag is never a number here.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a whole number")
    return value
