"""A folder of Markdown or plain-text notes, one entry per file: Obsidian and Logseq daily notes
(``2024-03-10.md``, ``2024_03_10.md``), notes with front matter dates, and InnerSpace's own
Markdown export.

The date comes from the front matter (``created``, ``date``, …), else from the file's name,
else from when the file was last changed, which the preview says. Tags come from the front
matter and from ``#tags`` in the text, as Obsidian reads them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Any

from innerspace.core.entries import MomentOutOfRange, check_moment
from innerspace.interchange.model import (
    MAX_FILE_BYTES,
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    on_this_computer,
    stable_uid,
    tags_from,
)

SOURCE = "notes"
NOTE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_NOTES = 100_000
MAX_NOTE_BYTES = 16 * 1024 * 1024
DATE_KEYS = ("created", "date", "created_at", "creation_date", "datetime", "day")
UPDATED_KEYS = ("updated", "modified", "updated_at", "last_modified")
# A daily note names a day, not a moment: it is placed at noon, so it stays on its day in the
# time zone of anyone who reads it.
DAY_TIME = time(12, 0)
_DAY_NAME = re.compile(r"^(\d{4})[-_.](\d{2})[-_.](\d{2})(?:[-_ T](\d{2})[:.]?(\d{2}))?(?!\d)")
_INLINE_TAG = re.compile(r"(?<![\w#&/])#([^\s#.,;:!?()\[\]{}<>\"'`|\\]+)")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_KEY = re.compile(r"^([A-Za-z_][\w-]*|\"[^\"]+\"):(?:\s+(.*))?$")


def parse(folder: Path) -> ParsedImport:
    if not folder.is_dir():
        raise ImportProblem(
            f"{folder.name or folder} isn't a folder. Please choose the folder that holds "
            "your notes."
        )
    notes, others = _find_notes(folder)
    if not notes:
        raise ImportProblem(
            f"{folder.name} holds no Markdown or text notes (.md, .markdown or .txt files)."
        )
    parsed = ParsedImport(source=SOURCE, container="folder")
    # Another folder's journal.md is another note: a note is known by its folder and its path
    # inside it (the folder by a digest of where it is, so no path is kept in the journal).
    folder_id = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape"))
    within = folder_id.hexdigest()[:32]
    dated_by_file = 0
    total = 0
    for path in notes:
        relative = PurePosixPath(path.relative_to(folder).as_posix())
        where = str(relative)
        try:
            size = path.stat().st_size
        except OSError as exc:
            parsed.skipped.append(Skipped(where, f"it can't be opened ({exc.strerror})"))
            continue
        total += size
        if total > MAX_FILE_BYTES:
            raise ImportProblem(f"{folder.name} holds far more text than a journal.")
        if size > MAX_NOTE_BYTES:
            parsed.skipped.append(Skipped(where, "it is far larger than a note"))
            continue
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            parsed.skipped.append(Skipped(where, "it isn't UTF-8 text"))
            continue
        except OSError as exc:
            parsed.skipped.append(Skipped(where, f"it can't be opened ({exc.strerror})"))
            continue
        try:
            entry, by_file = _entry(path, relative, text, within)
        except MomentOutOfRange as exc:
            parsed.skipped.append(Skipped(where, exc.reason))
            continue
        except (ValueError, TypeError, OverflowError) as exc:
            parsed.skipped.append(Skipped(where, f"its date couldn't be read ({exc})"))
            continue
        if entry is None:
            parsed.skipped.append(Skipped(where, "it has no text"))
            continue
        dated_by_file += by_file
        parsed.entries.append(entry)
    if dated_by_file:
        parsed.notes.append(
            f"{dated_by_file} {'note has' if dated_by_file == 1 else 'notes have'} no date in "
            "the name or front matter; they are dated by when the file was last changed."
        )
    if others:
        parsed.notes.append(
            f"{others} other {'file' if others == 1 else 'files'} in the folder (such as "
            "pictures) won't be imported."
        )
    return parsed


def _find_notes(folder: Path) -> tuple[list[Path], int]:
    notes: list[Path] = []
    others = 0
    for root, dirs, files in os.walk(folder):
        # Hidden folders hold the apps' own settings (.obsidian, .trash, .git); Logseq keeps
        # backups and its settings in logseq/.
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not (d == "logseq" and "config.edn" in _list(root, d))
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(NOTE_SUFFIXES):
                notes.append(Path(root) / name)
                if len(notes) > MAX_NOTES:
                    raise ImportProblem(
                        f"{folder.name} holds more than {MAX_NOTES:,} notes; please import "
                        "one folder of them at a time."
                    )
            else:
                others += 1
    return notes, others


def _list(root: str, name: str) -> list[str]:
    try:
        return os.listdir(os.path.join(root, name))
    except OSError:
        return []


def _entry(
    path: Path, relative: PurePosixPath, text: str, folder_id: str
) -> tuple[ImportedEntry | None, bool]:
    meta, body = front_matter(text.replace("\r\n", "\n"))
    body = body.strip("\n").rstrip()
    named_day = _DAY_NAME.match(relative.stem)
    by_file = False
    created = _moment(_first(meta, DATE_KEYS))
    if created is None and named_day is not None:
        year, month, day, hour, minute = named_day.groups()
        clock = DAY_TIME if hour is None else time(int(hour), int(minute))
        created = on_this_computer(datetime.combine(date(int(year), int(month), int(day)), clock))
    if created is None:
        by_file = True
        created = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    check_moment(created)
    updated = _moment(_first(meta, UPDATED_KEYS)) or created
    title = meta.get("title")
    if not isinstance(title, str):
        # Obsidian names a note by its file; a daily note by its day, which the date says.
        title = "" if named_day is not None else relative.stem
    if not body and not title.strip():
        return None, by_file
    written = meta.get("original_tags", meta.get("tags", meta.get("tag")))
    if isinstance(written, str):
        written = [t for t in re.split(r"[,\s]+", written) if t]
    tags = [*tags_from(written if isinstance(written, list) else [], "#"), *_inline_tags(body)]
    source_uid = meta.get("uid")
    try:
        uid = str(uuid.UUID(str(source_uid)))
        # A note that says which entry it is stays that entry wherever the folder is.
        record_key = f"uid:{uid}"
    except ValueError:
        uid = stable_uid(SOURCE, str(relative), created.isoformat(), title, body)
        record_key = f"{folder_id}/{relative}"
    mood = meta.get("mood")
    zone = meta.get("zone")
    return (
        ImportedEntry(
            uid=uid,
            created=created,
            updated=updated,
            title=title,
            body=body,
            tags=tuple(tags),
            starred=meta.get("starred") is True,
            mood_rating=mood if type(mood) is int and 1 <= mood <= 10 else None,
            zone=zone if isinstance(zone, str) and zone else None,
            record_key=record_key,
        ),
        by_file,
    )


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if meta.get(key) not in (None, ""):
            return meta[key]
    return None


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return on_this_computer(datetime.combine(date.fromisoformat(text), DAY_TIME))
    moment = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    if moment.tzinfo is None:
        return on_this_computer(moment)
    return moment


def _inline_tags(body: str) -> list[str]:
    found = []
    for match in _INLINE_TAG.finditer(_CODE.sub(" ", body)):
        tag = match.group(1).rstrip("/-")
        if tag and not tag.isdigit():
            found.append(tag)
    return found


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter of a note as simple values (text, numbers, flags, lists of
    them), and the text after it. Nested values are left out; nothing is ever executed."""
    if not text.startswith("---\n"):
        return {}, text
    end = re.search(r"^(?:---|\.\.\.)\s*$", text[4:], re.MULTILINE)
    if end is None:
        return {}, text
    block = text[4 : 4 + end.start()]
    rest = text[4 + end.end() :]
    meta: dict[str, Any] = {}
    current: str | None = None
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith((" ", "\t", "-")):
            item = line.strip()
            if current is not None and item.startswith("- ") and isinstance(meta[current], list):
                meta[current].append(_scalar(item[2:]))
            continue
        match = _KEY.match(line)
        if match is None:
            current = None
            continue
        key = match.group(1).strip('"')
        value = (match.group(2) or "").strip()
        if value:
            meta[key] = _scalar(value)
            current = None
        else:
            meta[key] = []
            current = key
    return meta, rest


def _scalar(value: str) -> Any:
    value = value.strip()
    if value[:1] in '"[{' or value in ("true", "false", "null") or _is_number(value):
        try:
            return json.loads(value)
        except ValueError:
            pass
    if value[:1] == "[" and value[-1:] == "]":
        return [_scalar(part) for part in value[1:-1].split(",") if part.strip()]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if value in ("True", "yes", "Yes"):
        return True
    return value


def _is_number(value: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(\.\d+)?", value))
