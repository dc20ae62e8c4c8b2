"""What every importer produces: entries read from a file, what was skipped and why, a preview
of the whole import, and the one-transaction commit."""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Draft, Entry, MomentOutOfRange, check_moment
from innerspace.interchange.extras import (
    JournalExtras,
    kept_as_is,
    merge_extras,
    store_entry_details,
)
from innerspace.storage.feelings import Feelings, StoredFeelings
from innerspace.storage.journal import Journal
from innerspace.storage.prompt_library import PromptLink

# Far larger than any journal export of words; checked before anything is read.
MAX_FILE_BYTES = 512 * 1024 * 1024
# Limits for zip archives (Day One), checked from the archive's directory before extracting.
MAX_ZIP_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Importers derive stable uids in this namespace, so importing a file twice adds nothing twice.
IMPORT_NAMESPACE = uuid.UUID("6f1c2a52-3b0e-4a55-9d4c-6e0f5f1d7a21")
# A JSON escape of half a UTF-16 pair (\ud800–\udfff): the only way JSON text read as UTF-8
# can hold a character no database or file can store. Usually it is one half of a valid pair.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The person stopped the export; nothing was left under the final name."""


class ExportProblem(Exception):
    """An export can't be written; ``str()`` says why in plain words."""


class ImportProblem(Exception):
    """A file can't be imported; ``str()`` is a plain sentence fit to show a person."""


@dataclass
class ImportedEntry:
    """One entry as read from another app's file, before it is stored."""

    uid: str
    created: datetime
    updated: datetime
    body: str
    title: str = ""
    tags: tuple[str, ...] = ()
    starred: bool = False
    kind: str = "note"
    fields: dict[str, Any] | None = None
    zone: str | None = None
    emotions: tuple[EmotionTag, ...] = ()
    # Daylio's label as written, kept for the preview; ``mood_rating`` is what is stored (1–10).
    mood_label: str | None = None
    mood_rating: int | None = None
    contexts: tuple[tuple[str, str], ...] = ()  # (kind, name)
    prompt: PromptLink | None = None

    def __post_init__(self) -> None:
        # Refused while reading, so the preview lists it as left out instead of the whole
        # import failing at the end.
        check_moment(self.created)
        check_moment(self.updated)

    @property
    def feelings(self) -> StoredFeelings:
        return StoredFeelings(self.emotions, self.mood_rating, self.contexts)

    def to_entry(self) -> Entry:
        return Entry(
            uid=self.uid,
            created=self.created,
            updated=self.updated,
            title=self.title,
            body=self.body,
            tags=self.tags,
            starred=self.starred,
            kind=self.kind,
            fields=self.fields,
        )


@dataclass(frozen=True)
class Skipped:
    """Something in the file that won't be imported, and why, in plain words."""

    where: str
    reason: str


@dataclass
class ParsedImport:
    """Everything read from one file; nothing has been written yet."""

    source: str
    entries: list[ImportedEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    drafts: list[tuple[str, Draft, str | None]] = field(default_factory=list)
    unmapped_moods: dict[str, int] = field(default_factory=dict)
    extras: JournalExtras = field(default_factory=JournalExtras)


@dataclass(frozen=True)
class ImportPreview:
    """What committing would do, shown to the person before anything is written."""

    parsed: ParsedImport
    new: tuple[ImportedEntry, ...]
    already_there: int

    @property
    def first(self) -> datetime | None:
        return min((e.created for e in self.parsed.entries), default=None)

    @property
    def last(self) -> datetime | None:
        return max((e.created for e in self.parsed.entries), default=None)

    def lines(self) -> list[str]:
        parsed = self.parsed
        found = len(parsed.entries)
        lines = [f"Found {_entries(found)} in this {parsed.source} file."]
        if self.first is not None and self.last is not None:
            lines.append(
                f"They were written from {self.first.date().isoformat()} "
                f"to {self.last.date().isoformat()}."
            )
        if self.already_there:
            lines.append(f"{_entries(self.already_there)} are already in your journal.")
        lines.append(f"{_entries(len(self.new))} will be added.")
        if parsed.skipped:
            lines.append(f"{len(parsed.skipped)} will be left out:")
            lines.extend(f"  {s.where}: {s.reason}" for s in parsed.skipped[:20])
            if len(parsed.skipped) > 20:
                lines.append(f"  … and {len(parsed.skipped) - 20} more.")
        if parsed.unmapped_moods:
            labels = ", ".join(sorted(parsed.unmapped_moods))
            lines.append(
                f"These moods have names InnerSpace doesn't know yet: {labels}. "
                "Say how each one felt (1 = awful … 5 = rad) to keep them."
            )
        lines.extend(parsed.notes)
        return lines


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
    skipped: int


def preview(parsed: ParsedImport, journal: Journal) -> ImportPreview:
    present = journal.existing_uids(e.uid for e in parsed.entries)
    new = tuple(e for e in parsed.entries if e.uid not in present)
    kept = kept_as_is(journal.vault, parsed.extras)
    if kept:
        # A copy: the parsed file stays as read, so previewing twice says it once.
        parsed = replace(parsed, skipped=[*parsed.skipped, *(Skipped(*k) for k in kept)])
    return ImportPreview(parsed=parsed, new=new, already_there=len(present))


def commit(
    plan: ImportPreview, journal: Journal, *, progress: Progress | None = None
) -> ImportResult:
    """Store what ``plan`` showed, in one transaction: everything, or nothing at all.

    Entries whose uid is already stored are left as they are, with their feelings and prompt.
    """
    entries = sorted(plan.new, key=lambda e: e.created)
    zones = {e.uid: e.zone for e in entries if e.zone}
    pairs = [(imported, imported.to_entry()) for imported in entries]

    def stored() -> Iterator[Entry]:
        for done, (_, entry) in enumerate(pairs, start=1):
            yield entry
            if progress is not None:
                progress(done, len(pairs))

    vault = journal.vault
    with vault.transaction():
        moved = merge_extras(vault, plan.parsed.extras)
        added = journal.add_many(stored(), zones=zones, drafts=plan.parsed.drafts)
        names = Feelings(vault).context_names()
        for imported, entry in pairs:
            # add_many gives an id only to the entries it stored.
            if entry.id is not None:
                store_entry_details(
                    vault, entry.id, imported.feelings, imported.prompt, moved, names
                )
    return ImportResult(
        added=added,
        already_there=plan.already_there + len(entries) - added,
        skipped=len(plan.parsed.skipped),
    )


def unreadable(exc: Exception) -> str:
    """Why an entry of the file is left out, for ``Skipped.reason``."""
    if isinstance(exc, MomentOutOfRange):
        return exc.reason
    return f"it couldn't be read ({exc})"


def on_this_computer(moment: datetime) -> datetime:
    """A time written without a zone, read as this computer's local time."""
    try:
        return moment.astimezone()
    except (OverflowError, OSError) as exc:
        raise ValueError(f"{moment.isoformat()} can't be placed in this time zone") from exc


def stable_uid(source: str, *parts: str) -> str:
    return str(uuid.uuid5(IMPORT_NAMESPACE, "\x1f".join((source, *parts))))


def read_limited(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, after checking its size: a huge file is refused before any of it is read."""
    size = file_size(path)
    if size > max_bytes:
        raise ImportProblem(
            f"{path.name} is {size // 2**20} MB, far larger than a journal export; "
            "it can't be imported."
        )
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImportProblem(f"{path.name} is far larger than a journal export.")
    return data


def file_size(path: Path) -> int:
    try:
        if not path.is_file():
            raise ImportProblem(f"{path} isn't a file.")
        return path.stat().st_size
    except OSError as exc:
        raise ImportProblem(f"{path} can't be opened ({exc.strerror}).") from exc


def decode_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            f"{name} isn't UTF-8 text. Please export it again, or save it as UTF-8."
        ) from exc


def open_zip(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> zipfile.ZipFile:
    """Open an archive after checking it can't fill the disk or write outside its folder."""
    size = file_size(path)
    if size > max_bytes:
        raise ImportProblem(f"{path.name} is far larger than a journal export.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportProblem(
            f"{path.name} isn't a zip archive, or it is cut short. Please export it again."
        ) from exc
    try:
        check_zip(archive, path.name)
    except BaseException:
        archive.close()
        raise
    return archive


def check_zip(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ImportProblem(f"{name} holds far too many files to be a journal export.")
    total = 0
    for info in infos:
        parts = info.filename.replace("\\", "/").split("/")
        if info.filename.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
            raise ImportProblem(
                f"{name} holds a file that points outside the archive ({info.filename!r}); "
                "it isn't safe to open."
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_COMPRESSION_RATIO and info.file_size > 1024 * 1024:
            raise ImportProblem(
                f"{name} would unpack to far more than it holds (a 'zip bomb'); "
                "it isn't safe to open."
            )
    if total > MAX_UNPACKED_BYTES:
        raise ImportProblem(f"{name} would unpack to more than a journal export ever holds.")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` even if its declared size lies."""
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportProblem(f"{info.filename} in the archive is damaged ({exc}).") from exc
    if len(data) > limit:
        raise ImportProblem(f"{info.filename} in the archive is far too large.")
    return data


def refuse_broken_text(text: str, doc: Any, name: str) -> None:
    """Refuse the whole file when some text in ``doc`` (parsed from ``text``) holds a lone
    half of a UTF-16 pair: storing it would fail, and imports change all or nothing."""
    if not _SURROGATE_ESCAPE.search(text):
        return
    pending = [doc]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ImportProblem(
                    f"{name} holds a broken character (a lone \\ud800–\\udfff escape), so "
                    "nothing was imported. Please export it again."
                ) from None


def tags_from(values: Iterable[Any], strip: str = "") -> tuple[str, ...]:
    """Tags as text, without a leading symbol such as jrnl's '@'."""
    out = []
    for value in values:
        text = str(value).strip()
        if strip and text[:1] in strip:
            text = text[1:]
        if text:
            out.append(text)
    return tuple(out)


def _entries(n: int) -> str:
    return "1 entry" if n == 1 else f"{n} entries"
