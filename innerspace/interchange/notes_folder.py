"""A folder of Markdown or plain-text notes, one entry per file: Obsidian and Logseq daily notes
(``2024-03-10.md``, ``2024_03_10.md``), notes with front matter dates, and InnerSpace's own
Markdown export.

The date comes from the front matter (``created``, ``date``, …), else from the file's name,
else from when the file was last changed, which the preview says. Tags come from the front
matter and from ``#tags`` in the text, as Obsidian reads them.

Photos and files a note links to by a relative path inside the chosen folder (as the Markdown
export writes its ``attachments/`` folder) come along; a link that leads out of the folder
(``../``, an absolute path, a symbolic link elsewhere) is never followed, and the preview names
it and every linked file that is missing or too large, whose links stay as they were written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from innerspace.core.attachments import MAX_BYTES, MAX_MEGABYTES, looks_like_photo
from innerspace.core.entries import MomentOutOfRange, check_moment
from innerspace.interchange.markdown_export import ATTACHMENTS_FOLDER
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
from innerspace.interchange.photos import PhotoToBring

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
_LINK = re.compile(r"!?\[((?:[^\]\\\n]|\\.)*)\]\(([^()\s]+)\)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")
# How many of the links a note can't bring the preview names, of each kind.
NAMED_LINKS = 5


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
    links = _Links({path.relative_to(folder).as_posix() for path in notes})
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
        parsed.entries.append(_with_linked_files(entry, folder, relative, links))
    if dated_by_file:
        parsed.notes.append(
            f"{dated_by_file} {'note has' if dated_by_file == 1 else 'notes have'} no date in "
            "the name or front matter; they are dated by when the file was last changed."
        )
    others -= len(links.brought)
    if others > 0:
        parsed.notes.append(
            f"{others} other {'file' if others == 1 else 'files'} in the folder (such as "
            "pictures no note links to) won't be imported."
        )
    parsed.notes.extend(links.sentences())
    return parsed


@dataclass
class _Links:
    """The files the notes link to: those brought, and those that can't be, to tell."""

    notes: set[str]  # each note's path in the folder
    brought: set[str] = field(default_factory=set)
    missing: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    too_large: list[str] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)  # holding a character no file name can

    def sentences(self) -> list[str]:
        said = []
        if self.unusable:
            n = len(self.unusable)
            said.append(
                f"{_count(n, 'link')} {'holds' if n == 1 else 'hold'} a character no file name "
                f"can have (%00), so {'its link stays' if n == 1 else 'their links stay'} as "
                f"written: {_named(self.unusable)}."
            )
        if self.missing:
            n = len(self.missing)
            said.append(
                f"{_count(n, 'file')} linked from the notes {'is' if n == 1 else 'are'} not in "
                f"the folder, so {'its link stays' if n == 1 else 'their links stay'} as "
                f"written: {_named(self.missing)}."
            )
        if self.outside:
            n = len(self.outside)
            said.append(
                f"{_count(n, 'link')} {'leads' if n == 1 else 'lead'} out of the chosen folder "
                f"and {'is' if n == 1 else 'are'} not followed (files come only from inside "
                f"it): {_named(self.outside)}."
            )
        if self.too_large:
            n = len(self.too_large)
            said.append(
                f"{_count(n, 'linked file')} {'is' if n == 1 else 'are'} larger than "
                f"{MAX_MEGABYTES} MB, the most one attachment can be, and "
                f"{'stays' if n == 1 else 'stay'} out: {_named(self.too_large)}."
            )
        return said


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def _named(where: list[str]) -> str:
    shown = ", ".join(where[:NAMED_LINKS])
    return shown if len(where) <= NAMED_LINKS else f"{shown} and {len(where) - NAMED_LINKS} more"


def _with_linked_files(
    entry: ImportedEntry, folder: Path, relative: PurePosixPath, links: _Links
) -> ImportedEntry:
    """The entry with the files its text links to inside the folder, each link pointing at
    the attachment it becomes."""
    photos: dict[str, PhotoToBring] = {}

    def bring(match: re.Match[str]) -> str:
        alt, target = match.group(1), match.group(2)
        path = _unquote(target.split("#", 1)[0])
        if not path or _SCHEME.match(target) or target.startswith("#"):
            return match.group(0)
        if "\x00" in path:
            # No file name holds one: the link is a slip of the pen, or damage.
            links.unusable.append(f"{relative} → {path.replace(chr(0), '%00')}")
            return match.group(0)
        where = f"{relative} → {path}"
        member = _member(folder, relative, path)
        if member is None:
            links.outside.append(where)
            return match.group(0)
        if member in links.notes:
            return match.group(0)  # a link to another note, not a file of this one
        try:
            size = (folder / member).stat().st_size
        except (OSError, ValueError):
            size = None
        if size is None or not (folder / member).is_file():
            # A note names other notes too, some of them never written or kept elsewhere.
            if not member.lower().endswith(NOTE_SUFFIXES):
                links.missing.append(where)
            return match.group(0)
        if size > MAX_BYTES:
            links.too_large.append(where)
            return match.group(0)
        file_name = PurePosixPath(member).name
        said = re.sub(r"\\(.)", r"\1", alt).strip()
        # The Markdown export names a file by its own name, which the link's text keeps.
        same_kind = PurePath(said).suffix.lower() == PurePath(file_name).suffix.lower()
        photo = PhotoToBring(
            uid=stable_uid(SOURCE, "file", entry.uid, member),
            name=said if said and same_kind else file_name,
            archive=folder,
            member=member,
            image=looks_like_photo(file_name),
        )
        photos.setdefault(photo.uid, photo)
        links.brought.add(member)
        return photo.markdown()

    body = _LINK.sub(bring, entry.body)
    if not photos:
        return entry
    return replace(entry, body=body, photos=tuple(photos.values()))


def _unquote(link: str) -> str:
    """A link's path as a file name: the Markdown export percent-encodes all but plain ASCII.
    (Written out here: no part of the package may import the web's libraries.)"""
    raw = _PERCENT.sub(lambda m: bytes((int(m.group(1), 16),)), link.encode("utf-8"))
    return raw.decode("utf-8", "replace")


def _member(folder: Path, relative: PurePosixPath, path: str) -> str | None:
    """Where a relative link leads inside the folder, or ``None`` when it leads out of it."""
    written = PurePosixPath(path)
    if written.is_absolute() or path.startswith("~") or "\\" in path or ".." in written.parts:
        return None
    member = (relative.parent / written).as_posix()
    try:
        real = (folder / member).resolve()
        inside = real.is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return member  # it can't be followed: missing, as the caller finds
    return member if inside else None


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
        # The files notes link to, as the Markdown export (and Obsidian) keep them: a text
        # file there is one of those, not a note.
        linked = Path(root).relative_to(folder).parts[:1] == (ATTACHMENTS_FOLDER,)
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(NOTE_SUFFIXES) and not linked:
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
