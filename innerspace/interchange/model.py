"""What every importer produces: entries read from a file, what was skipped and why, a preview
of the whole import, and the one-transaction commit."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from innerspace.core.attachments import relinked
from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import (
    Draft,
    Entry,
    MomentOutOfRange,
    check_moment,
    person_zone,
    to_utc_micros,
)
from innerspace.core.held_collections import collections_held
from innerspace.interchange.draft_photos import DRAFT_PHOTOS, keep_imported_drafts
from innerspace.interchange.extras import (
    JournalExtras,
    kept_as_is,
    merge_extras,
    store_entry_details,
)
from innerspace.interchange.json_stream import (
    SURROGATE_ESCAPE,
    AttachmentInFile,
    BrokenCharacter,
    ChangedSinceRead,
    check_characters,
)
from innerspace.interchange.photos import ArchiveReader, PhotoPreparer, PhotoToBring
from innerspace.interchange.session_extras import restore_marks
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.feelings import Feelings, StoredFeelings
from innerspace.storage.import_origins import ImportOrigins, Origin, entry_digest
from innerspace.storage.journal import ADD_BATCH, EntryNotFound, Journal
from innerspace.storage.mood_labels import LEVEL_TO_RATING, MoodLabels
from innerspace.storage.prompt_library import PromptLink

# Far larger than any journal export of words; checked before anything is read. (An InnerSpace
# export, which carries photos, is read a piece at a time whatever its size: see json_stream.)
MAX_FILE_BYTES = 512 * 1024 * 1024
# Kept free on the journal's disk after an import, for the journal's own work.
ROOM_TO_SPARE = 64 * 1024 * 1024
# Limits for zip archives (Day One), checked from the archive's directory before extracting.
MAX_ZIP_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Importers derive stable uids in this namespace, so importing a file twice adds nothing twice.
IMPORT_NAMESPACE = uuid.UUID("6f1c2a52-3b0e-4a55-9d4c-6e0f5f1d7a21")
# What stands in an entry's text where a picture of the other app couldn't come across.
PICTURE_LEFT_OUT = "[picture not imported]"


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
    assignments: tuple[str, ...] = ()  # uids of the homework it was written for
    # The record's identity in the other app whatever its content (Day One's uuid, a Daylio
    # row's moment), so a newer export's edit is recognised; ``None`` where there is none.
    record_key: str | None = None
    # Kept as they come (an InnerSpace export's, made ready when first attached, and left in
    # the file until stored) …
    attachments: tuple[AttachmentInFile, ...] = ()
    # … and another app's photos, made ready on the way in.
    photos: tuple[PhotoToBring, ...] = ()

    def __post_init__(self) -> None:
        # Refused while reading, so the preview lists it as left out instead of the whole
        # import failing at the end.
        check_moment(self.created)
        check_moment(self.updated)

    @property
    def feelings(self) -> StoredFeelings:
        return StoredFeelings(self.emotions, self.mood_rating, self.contexts)

    @property
    def digest(self) -> str:
        """What the record says; a different digest under the same ``record_key`` is an edit."""
        content = [
            self.title,
            self.body,
            list(self.tags),
            self.starred,
            self.kind,
            self.fields,
            self.mood_label,
            [list(c) for c in self.contexts],
        ]
        text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

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
    # What the person chose: a "file", or a "folder" of notes.
    container: str = "file"
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    drafts: list[tuple[str, Draft, str | None]] = field(default_factory=list)
    unmapped_moods: dict[str, int] = field(default_factory=dict)
    # Labels the person said how they felt while importing (1 awful … 5 rad): kept, so entries
    # already in the journal with these labels get a mood rating too.
    mood_levels: dict[str, int] = field(default_factory=dict)
    # Levels another journal knew (an InnerSpace export): taken where this journal has none.
    known_mood_levels: dict[str, int] = field(default_factory=dict)
    extras: JournalExtras = field(default_factory=JournalExtras)
    # Pictures and other files the entries mention; those found in the export are brought.
    photos: int = 0
    entries_with_photos: int = 0

    @property
    def photos_found(self) -> int:
        """Photos and other files found for the entries (``files_found`` of them not photos)."""
        return sum(len(e.photos) for e in self.entries)

    @property
    def files_found(self) -> int:
        return sum(1 for e in self.entries for photo in e.photos if not photo.image)


@dataclass(frozen=True)
class Changed:
    """A record imported before whose content is different in this file."""

    imported: ImportedEntry
    entry_id: int
    # The entry as it is in the journal now, so the preview can name it to the person.
    entry_created: datetime
    entry_words: str
    # The person changed the entry here since it was imported (or that can't be known): the
    # file's version is only ever added beside it, whatever they choose.
    edited_here: bool = False
    # What the entry looked like when previewed, so an edit made after the preview counts too.
    seen_as: str = ""


# What to do with records edited since they were imported: change the entry to match, or keep
# the entry as it is and add the edited record beside it.
ChangedChoice = Literal["update", "keep both"]
# How many changed entries the preview names, and how many of each one's first words.
NAMED_CHANGED = 20
FIRST_WORDS = 8


@dataclass(frozen=True)
class ImportPreview:
    """What committing would do, shown to the person before anything is written."""

    parsed: ParsedImport
    new: tuple[ImportedEntry, ...]
    already_there: int
    changed: tuple[Changed, ...] = ()

    @property
    def would_update(self) -> tuple[Changed, ...]:
        """The changed records that "update" would write over their entries."""
        return tuple(c for c in self.changed if not c.edited_here)

    @property
    def edited_here(self) -> tuple[Changed, ...]:
        """The changed records that are added beside their entries whatever is chosen."""
        return tuple(c for c in self.changed if c.edited_here)

    # Each a pass over every entry (70 ms for 10,000): worked out once, where the preview is.
    @cached_property
    def first(self) -> datetime | None:
        return min((e.created for e in self.parsed.entries), default=None)

    @cached_property
    def last(self) -> datetime | None:
        return max((e.created for e in self.parsed.entries), default=None)

    @cached_property
    def photos_found(self) -> int:
        return self.parsed.photos_found

    @cached_property
    def files_found(self) -> int:
        return self.parsed.files_found

    def lines(self) -> list[str]:
        """What the file holds and what importing does, in whole sentences."""
        parsed = self.parsed
        found = len(parsed.entries)
        lines = [f"This {parsed.source} {parsed.container} holds {_entries(found)}."]
        if self.first is not None and self.last is not None:
            lines.append(
                f"They were written from {self.first.date().isoformat()} "
                f"to {self.last.date().isoformat()}."
            )
        if self.already_there:
            lines.append(
                f"{_entries(self.already_there, capital=True)} "
                f"{_are(self.already_there)} already in your journal and won't be added again."
            )
        lines.append(f"{_entries(len(self.new), capital=True)} will be added.")
        if self.changed:
            lines.append(
                f"{_entries(len(self.changed), capital=True)} changed since the last import."
            )
        if self.edited_here:
            n = len(self.edited_here)
            lines.append(
                f"You changed {'it' if len(self.changed) == 1 else _of_them(n)} here since "
                "then, so the file's version will be added beside "
                f"{'it' if n == 1 else 'them'} and what you wrote stays as it is."
            )
        if self.would_update:
            lines.append("Updating would change these entries in your journal:")
            lines.extend(f"  {changed_name(c)}" for c in self.would_update[:NAMED_CHANGED])
            if len(self.would_update) > NAMED_CHANGED:
                lines.append(f"  And {len(self.would_update) - NAMED_CHANGED} more.")
        found = self.photos_found
        photos, files = found - self.files_found, self.files_found
        if photos:
            taken = "it was" if photos == 1 else "they were"
            lines.append(
                f"{_photos(photos, capital=True)} will come along with the entries, "
                f"without where {taken} taken."
            )
        if files:
            kept = "it is" if files == 1 else "they are"
            lines.append(
                f"{_other_files(files, capital=True)} (a PDF, a recording or a text) will "
                f"come along too, kept as {kept}."
            )
        if parsed.photos > found:
            missing = parsed.photos - found
            lines.append(
                f"{_pictures(missing, capital=True)} in the export can't be brought across "
                "(videos, recordings, or photos missing from the archive); the text of "
                "those entries is imported."
            )
        if parsed.skipped:
            lines.append(f"{_things(len(parsed.skipped))} in the file will be left out:")
            lines.extend(f"  {sentence(s)}" for s in parsed.skipped[:20])
            if len(parsed.skipped) > 20:
                lines.append(f"  And {len(parsed.skipped) - 20} more.")
        if parsed.unmapped_moods:
            labels = ", ".join(sorted(parsed.unmapped_moods))
            lines.append(
                f"These moods have names InnerSpace doesn't know yet: {labels}. Each is kept "
                "on its entries as a tag; say how one felt with --mood LABEL=N "
                "(1 = awful … 5 = rad) to give those entries a mood rating too."
            )
        if parsed.drafts:
            n = len(parsed.drafts)
            photos = any(DRAFT_PHOTOS in draft.extra for _, draft, _ in parsed.drafts)
            with_photos = f" with {'its' if n == 1 else 'their'} photos" if photos else ""
            lines.append(
                "The unsaved draft in the file is kept"
                f"{with_photos}; it opens in the editor the next time you open your journal "
                "with nothing unsaved in it."
                if n == 1
                else f"The {n} unsaved drafts in the file are kept{with_photos}; they open in "
                "the editor one at a time, each time you open your journal with nothing "
                "unsaved in it."
            )
        lines.extend(parsed.notes)
        return lines


def changed_name(item: Changed) -> str:
    """An entry an update would change, by its date and first words."""
    words = item.entry_words or "(no words yet)"
    return f"{item.entry_created.date().isoformat()}: “{words}”"


def first_words(entry: Entry) -> str:
    words = entry.display_title("").split()
    more = "…" if len(words) > FIRST_WORDS else ""
    return " ".join(words[:FIRST_WORDS]) + more


def sentence(skipped: Skipped) -> str:
    """One left-out thing as a whole sentence."""
    where = skipped.where[:1].upper() + skipped.where[1:]
    reason = skipped.reason.rstrip(".")
    return f"{where} is left out: {reason}."


@dataclass(frozen=True)
class ImportResult:
    added: int
    already_there: int
    skipped: int
    updated: int = 0
    photos: int = 0  # photos and files kept with the entries added
    photos_left_out: int = 0  # another app's files that turned out not to be readable photos


def preview(parsed: ParsedImport, journal: Journal) -> ImportPreview:
    parsed = _with_known_moods(parsed, MoodLabels(journal.vault).levels())
    present = journal.existing_uids(e.uid for e in parsed.entries)
    origins = ImportOrigins(journal.vault).find(
        parsed.source, (e.record_key for e in parsed.entries if e.record_key)
    )
    new: list[ImportedEntry] = []
    changed: list[Changed] = []
    already = 0
    for entry in parsed.entries:
        found = origins.get(entry.record_key, []) if entry.record_key else []
        if any(origin.digest == entry.digest for origin in found):
            already += 1
        elif found:
            changed.append(_changed(journal, entry, found[-1]))
        elif entry.uid in present:
            already += 1
        else:
            new.append(entry)
    kept = kept_as_is(journal.vault, parsed.extras)
    if kept:
        # A copy: the parsed file stays as read, so previewing twice says it once.
        parsed = replace(parsed, skipped=[*parsed.skipped, *(Skipped(*k) for k in kept)])
    plan = ImportPreview(
        parsed=parsed, new=tuple(new), already_there=already, changed=tuple(changed)
    )
    # Worked out here, so that showing the preview never waits for a pass over the entries.
    _ = plan.first, plan.last, plan.photos_found
    return plan


def _changed(journal: Journal, imported: ImportedEntry, origin: Origin) -> Changed:
    stored = journal.get(origin.entry_id)
    return Changed(
        imported,
        origin.entry_id,
        entry_created=stored.created,
        entry_words=first_words(stored),
        edited_here=origin.stored_digest != entry_digest(stored),
        seen_as=entry_digest(stored),
    )


def _with_known_moods(parsed: ParsedImport, known: dict[str, int]) -> ParsedImport:
    """Labels the journal already knows how they felt rate the entries read from the file."""
    levels = {label.casefold(): level for label, level in known.items()}
    if not parsed.unmapped_moods or not levels:
        return parsed
    entries = [
        replace(e, mood_rating=LEVEL_TO_RATING[levels[e.mood_label.casefold()]])
        if e.mood_rating is None and e.mood_label and e.mood_label.casefold() in levels
        else e
        for e in parsed.entries
    ]
    unmapped = {k: n for k, n in parsed.unmapped_moods.items() if k.casefold() not in levels}
    return replace(parsed, entries=entries, unmapped_moods=unmapped)


def commit(
    plan: ImportPreview,
    journal: Journal,
    *,
    progress: Progress | None = None,
    changed: ChangedChoice = "keep both",
    prepare_photo: PhotoPreparer | None = None,
) -> ImportResult:
    """Store what ``plan`` showed, in one transaction: everything, or nothing at all.

    Another app's photos are brought only through ``prepare_photo`` (which re-encodes them);
    without one they are left out.

    Entries whose uid is already stored are left as they are, with their feelings and prompt.
    Records edited since their last import change their entry (``"update"``) or are added
    beside it (``"keep both"``); those whose entry the person edited here are always added
    beside it.
    """
    plan = replace(plan, changed=tuple(_still_as_seen(journal, c) for c in plan.changed))
    present = journal.existing_uids(c.imported.uid for c in plan.changed)
    source = plan.parsed.source
    beside = [c.imported for c in plan.changed if changed == "keep both" or c.edited_here]
    extra = [
        # The edited record may carry the same id as its entry (Day One): the copy needs its own.
        _own_copy(
            replace(i, uid=stable_uid(source, i.uid, i.digest)) if i.uid in present else i,
            source,
        )
        for i in beside
    ]
    # What the file says, as recorded for each copy: its own links are no change in the file.
    file_digests = {copy.uid: i.digest for i, copy in zip(beside, extra, strict=True)}
    # Compared as numbers: comparing times in different zones costs microseconds each, in one
    # call that holds the interpreter (and the window) for all 100,000 of them.
    entries = sorted([*plan.new, *extra], key=lambda e: to_utc_micros(e.created))
    vault = journal.vault
    _check_room(vault.paths.folder, entries)
    origins = ImportOrigins(vault)
    updated = added = kept = 0
    attachments = Attachments(vault)
    photos = ArchiveReader(prepare_photo)
    with contextlib.closing(photos), collections_held(), vault.transaction():
        merged = merge_extras(vault, plan.parsed.extras)
        names = Feelings(vault).context_names()
        # In batches, each stored with a few statements: an Entry for each imported one only
        # while its batch is written.
        for start in range(0, len(entries), ADD_BATCH):
            batch = entries[start : start + ADD_BATCH]
            pairs = [(imported, imported.to_entry()) for imported in batch]
            zones = {e.uid: e.zone for e in batch if e.zone}
            added += journal.add_many((entry for _, entry in pairs), zones=zones)
            # add_many gives an id only to the entries it stored.
            stored = [(imported, entry, entry.id) for imported, entry in pairs if entry.id]
            store_entry_details(
                vault,
                [
                    (i, imported.feelings, imported.prompt, imported.assignments)
                    for imported, _, i in stored
                ],
                merged,
                names,
            )
            for imported, entry, entry_id in stored:
                if imported.attachments or imported.photos:
                    brought = [photos.read(p) for p in imported.photos]
                    kept += attachments.add_many(
                        (item, entry_id)
                        for item in (*_from_file(imported.attachments, source), *brought)
                        if item is not None
                    )
                    if None in brought:
                        _mark_left_out(journal, entry, imported.photos, brought)
                # After the photos: what is recorded is the entry as it is finally stored.
                if imported.record_key:
                    digest = file_digests.get(imported.uid) or imported.digest
                    origins.record(entry, source, imported.record_key, digest)
            if progress is not None:
                progress(start + len(batch), len(entries))
        keep_imported_drafts(journal, attachments, plan.parsed.drafts)
        restore_marks(vault, plan.parsed.extras.session.brought)
        labels = MoodLabels(vault)
        labels.restore(plan.parsed.known_mood_levels)
        for label, level in plan.parsed.mood_levels.items():
            labels.set_level(label, level)
        if changed == "update":
            for item in plan.would_update:
                entry = _update_entry(journal, item)
                brought = [photos.read(p) for p in item.imported.photos]
                kept += attachments.add_many(
                    (photo, item.entry_id) for photo in brought if photo is not None
                )
                if None in brought:
                    _mark_left_out(journal, entry, item.imported.photos, brought)
                if item.imported.record_key:
                    origins.record(entry, source, item.imported.record_key, item.imported.digest)
                updated += 1
    return ImportResult(
        added=added,
        already_there=plan.already_there + len(entries) - added,
        skipped=len(plan.parsed.skipped),
        updated=updated,
        photos=kept,
        photos_left_out=photos.left_out,
    )


def _own_copy(imported: ImportedEntry, source: str) -> ImportedEntry:
    """A copy kept beside its entry, with photos and files of its own: sharing the entry's
    would let them go with it (deleted, or taken out of its text)."""
    uids = {
        old: stable_uid(source, "copy", imported.uid, old)
        for old in [*(a.uid for a in imported.attachments), *(p.uid for p in imported.photos)]
    }
    if not uids:
        return imported
    return replace(
        imported,
        body=relinked(imported.body, uids),
        attachments=tuple(replace(a, uid=uids[a.uid]) for a in imported.attachments),
        photos=tuple(replace(p, uid=uids[p.uid]) for p in imported.photos),
    )


def _still_as_seen(journal: Journal, item: Changed) -> Changed:
    """``item``, counted as edited here when its entry changed (or went) since the preview."""
    if item.edited_here:
        return item
    try:
        unchanged = entry_digest(journal.get(item.entry_id)) == item.seen_as
    except EntryNotFound:
        unchanged = False
    return item if unchanged else replace(item, edited_here=True)


def _from_file(items: tuple[AttachmentInFile, ...], source: str) -> Iterator[AttachmentFile]:
    """An export's attachments, each read from the file only as it is stored."""
    for item in items:
        try:
            yield item.read()
        except ChangedSinceRead as exc:
            raise ImportProblem(
                f"The {source} file changed after it was read; please read it again."
            ) from exc


def _check_room(folder: Path, entries: list[ImportedEntry]) -> None:
    """Refuse, before anything is written, an import the journal's disk has no room for: it is
    written twice (once to the journal's write-ahead log), and its text is indexed for search.
    """
    needed = sum(
        a.data.size + (a.thumbnail.size if a.thumbnail else 0)
        for e in entries
        for a in e.attachments
    )
    needed += 3 * sum(len(e.body) + len(e.title) for e in entries)
    needed = 2 * needed + ROOM_TO_SPARE
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed:
        raise ImportProblem(
            f"The disk your journal is on has {free // 2**20:,} MB free, and this import needs "
            f"about {needed // 2**20:,} MB. Please make room, then import it again."
        )


def _mark_left_out(
    journal: Journal,
    entry: Entry,
    photos: tuple[PhotoToBring, ...],
    brought: list[AttachmentFile | None],
) -> None:
    """Where a photo couldn't be brought, the text says so instead of pointing at nothing."""
    for photo, item in zip(photos, brought, strict=True):
        if item is None:
            entry.body = entry.body.replace(photo.markdown(), PICTURE_LEFT_OUT)
    journal.update(entry, touch=False)


def _update_entry(journal: Journal, item: Changed) -> Entry:
    """The entry becomes what the edited record says, inside the caller's transaction; what
    the record doesn't carry (feelings named here, the prompt answered) stays."""
    imported, vault = item.imported, journal.vault
    entry = journal.get(item.entry_id)
    entry.title, entry.body, entry.starred = imported.title, imported.body, imported.starred
    entry.tags = imported.tags
    entry.updated = imported.updated
    journal.update(entry, touch=False)
    entry = journal.get(item.entry_id)
    feelings = Feelings(vault)
    if imported.mood_rating is not None:
        feelings.set_mood(item.entry_id, imported.mood_rating)
    if imported.contexts:
        feelings.set_contexts(item.entry_id, imported.contexts)
    if imported.emotions:
        feelings.set_emotions(item.entry_id, imported.emotions)
    return entry


def unreadable(exc: Exception) -> str:
    """Why an entry of the file is left out, for ``Skipped.reason``."""
    if isinstance(exc, MomentOutOfRange):
        return exc.reason
    return f"it couldn't be read ({exc})"


def on_this_computer(moment: datetime) -> datetime:
    """A time written without a zone, read as this computer's local time: in the person's named
    zone when it agrees with the computer's offset (so the entry shows where it was written
    after travel), and as written on a night the clocks skipped it (02:30 when they jumped
    from 02:00 to 03:00 stays 02:30, with the offset the evening had)."""
    zone = person_zone()
    try:
        if zone is not None:
            placed = moment.replace(tzinfo=zone)
            if placed.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
                offset = zone.utcoffset(moment.replace(fold=0))
                if offset is not None:
                    return moment.replace(tzinfo=timezone(offset))
            elif placed.utcoffset() == moment.astimezone().utcoffset():
                return placed
        return moment.astimezone()
    except (OverflowError, OSError) as exc:
        raise ValueError(f"{moment.isoformat()} can't be placed in this time zone") from exc


def key_by_minute_and_content(entries: list[ImportedEntry]) -> None:
    """Records with no identity of their own are known by their minute and what they say, never
    by their place in the file: a record added in the same minute changes no other's key, and
    an edited record is a new one. The first of identical records keeps the plain key."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if entry.record_key is not None:
            continue
        minute = entry.created.replace(tzinfo=None).isoformat(timespec="minutes")
        key = f"{minute}#{entry.digest}"
        n = seen.get(key, 0)
        seen[key] = n + 1
        entries[index] = replace(entry, record_key=f"{key}#{n}" if n else key)


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
    if not SURROGATE_ESCAPE.search(text):
        return
    try:
        check_characters(doc)
    except BrokenCharacter:
        raise broken_text(name) from None


def broken_text(name: str) -> ImportProblem:
    return ImportProblem(
        f"{name} holds a broken character (a lone \\ud800–\\udfff escape), so "
        "nothing was imported. Please export it again."
    )


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


def _entries(n: int, *, capital: bool = False) -> str:
    if n == 0:
        return "No entries" if capital else "no entries"
    return "1 entry" if n == 1 else f"{n} entries"


def _photos(n: int, *, capital: bool = False) -> str:
    return ("One photo" if capital else "1 photo") if n == 1 else f"{n} photos"


def _other_files(n: int, *, capital: bool = False) -> str:
    return ("One other file" if capital else "1 other file") if n == 1 else f"{n} other files"


def _pictures(n: int, *, capital: bool = False) -> str:
    return (
        ("One picture or file" if capital else "1 picture or file")
        if n == 1
        else (f"{n} pictures and files")
    )


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


def _of_them(n: int) -> str:
    return "one of them" if n == 1 else f"{n} of them"


def _things(n: int) -> str:
    return "1 thing" if n == 1 else f"{n} things"
