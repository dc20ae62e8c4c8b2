"""What the journal holds beside its entries' text: feelings, moods and context tags, the prompt
each entry answered, the prompt library, the safety plan, thinking traps, coping strategies,
the person's own feeling words, the scales of their own check-in, their homework assignments,
and preparing for a session.

Read for export, checked when read back from a file, and merged into a journal inside the
caller's import transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar

from innerspace.core.checkins import clean_scale_names
from innerspace.core.emotions import Emotion, own_word
from innerspace.core.entries import Entry, check_moment
from innerspace.core.exercises import Distortion
from innerspace.core.homework import Assignment, Target, assignment_problems
from innerspace.core.prompts import Prompt, prompt_problems
from innerspace.core.safety_plan import MAX_ITEM_CHARS, MAX_ITEMS
from innerspace.interchange.session_extras import (
    DamagedSession,
    SessionExtras,
    merge_session,
    read_session,
    session_from_json,
    session_json,
)
from innerspace.storage.checkin_records import load_own_scales, save_own_scales
from innerspace.storage.coping_strategies import (
    clean_strategies,
    load_coping_strategies,
    merge_coping_strategies,
)
from innerspace.storage.distortion_list import (
    CUSTOM_PREFIX as TRAP_PREFIX,
)
from innerspace.storage.distortion_list import (
    CustomDistortionRecord,
    DistortionList,
)
from innerspace.storage.feelings import Feelings, StoredFeelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.own_words import OwnWords
from innerspace.storage.prompt_library import (
    CustomPromptRecord,
    PackRecord,
    PromptLibrary,
    PromptLink,
)
from innerspace.storage.safety_plan_store import load_safety_plan_items, restore_safety_plan
from innerspace.storage.vault import Vault

# Reads ahead this many entries to fetch what they carry in a few queries, not a few per entry.
DETAIL_BATCH = 200
MAX_SEED_CHARS = 200
_SECTION = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_CUSTOM_ID = re.compile(r"^custom/[0-9]{1,18}$")

T = TypeVar("T")
# (where, why) for something in a file that is read but won't be stored.
Note = tuple[str, str]


@dataclass
class JournalExtras:
    """The journal-wide collections of an export; empty for a format-1 file."""

    favourites: list[str] = field(default_factory=list)
    hidden_prompts: list[str] = field(default_factory=list)
    custom_prompts: list[CustomPromptRecord] = field(default_factory=list)
    packs: list[PackRecord] = field(default_factory=list)
    daily_seed: str | None = None
    include_opt_in: bool | None = None
    safety_plan: dict[str, list[str]] = field(default_factory=dict)
    custom_traps: list[CustomDistortionRecord] = field(default_factory=list)
    hidden_traps: list[str] = field(default_factory=list)
    coping_strategies: list[str] = field(default_factory=list)
    own_words: list[Emotion] = field(default_factory=list)
    session: SessionExtras = field(default_factory=SessionExtras)
    assignments: list[Assignment] = field(default_factory=list)
    checkin_scales: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Nothing the person would notice: the seed and the opt-in alone don't count, since
        they are only taken where the journal has none of its own."""
        return replace(self, daily_seed=None, include_opt_in=None) == JournalExtras()

    def summary(self) -> list[str]:
        """What the person is told besides the entries, in plain words."""
        counted = (
            (len(self.custom_prompts), "prompt of your own", "prompts of your own"),
            (len(self.packs), "prompt pack", "prompt packs"),
            (len(self.favourites), "favourite prompt", "favourite prompts"),
            (int(any(self.safety_plan.values())), "safety plan", "safety plans"),
            (len(self.custom_traps), "thinking trap of your own", "thinking traps of your own"),
            (len(self.coping_strategies), "coping strategy", "coping strategies"),
            (len(self.own_words), "feeling word of your own", "feeling words of your own"),
            (len(self.session.talk), "thing to talk about", "things to talk about"),
            (len(self.assignments), "homework assignment", "homework assignments"),
            (len(self.checkin_scales), "check-in scale of your own", "check-in scales of your own"),
        )
        parts = [f"{n} {one if n == 1 else many}" for n, one, many in counted if n]
        return [f"It also holds {', '.join(parts)}."] if parts else []


# -- export --------------------------------------------------------------------------------------


def read_extras(vault: Vault) -> JournalExtras:
    library = PromptLibrary(vault)
    traps = DistortionList(vault)
    return JournalExtras(
        favourites=sorted(library.favourites()),
        hidden_prompts=sorted(library.hidden()),
        custom_prompts=library.custom_prompt_records(),
        packs=library.pack_records(),
        # The seed travels: moving to a new computer keeps the same prompt of the day.
        daily_seed=library.stored_seed(),
        include_opt_in=library.stored_opt_in(),
        safety_plan=load_safety_plan_items(vault),
        custom_traps=traps.custom_records(),
        hidden_traps=sorted(traps.hidden()),
        coping_strategies=load_coping_strategies(vault),
        own_words=OwnWords(vault).all(),
        session=read_session(vault),
        assignments=Homework(vault).all(),
        checkin_scales=load_own_scales(vault),
    )


def iter_with_details(
    journal: Journal,
) -> Iterator[tuple[Entry, str | None, StoredFeelings, PromptLink | None]]:
    """Every entry, oldest first, with its zone, what it carries and the prompt it answered."""
    feelings = Feelings(journal.vault)
    library = PromptLibrary(journal.vault)
    batch: list[tuple[Entry, str | None]] = []

    def flush() -> Iterator[tuple[Entry, str | None, StoredFeelings, PromptLink | None]]:
        ids = [entry.id for entry, _ in batch if entry.id is not None]
        carried = feelings.for_entries(ids)
        links = library.links_for(ids)
        for entry, zone in batch:
            key = entry.id if entry.id is not None else -1
            yield entry, zone, carried.get(key, StoredFeelings()), links.get(key)

    for item in journal.iter_all():
        batch.append(item)
        if len(batch) >= DETAIL_BATCH:
            yield from flush()
            batch = []
    yield from flush()


def entry_details_json(feelings: StoredFeelings, link: PromptLink | None) -> dict[str, Any]:
    return {
        "emotions": [
            {"emotion": t.emotion_id, "intensity": t.intensity, "phase": t.phase}
            for t in feelings.emotions
        ],
        "mood": feelings.mood,
        "contexts": [{"kind": kind, "name": name} for kind, name in feelings.contexts],
        "prompt": None
        if link is None
        else {
            "id": link.prompt_id,
            "depth": link.depth,
            "answered_on": link.answered_on.isoformat(),
        },
    }


def extras_json(extras: JournalExtras) -> dict[str, Any]:
    return {
        "prompts": {
            "favourites": extras.favourites,
            "hidden": extras.hidden_prompts,
            "custom": [
                {
                    **record.prompt.to_json(),
                    "created": record.created.isoformat(),
                    "updated": record.updated.isoformat(),
                }
                for record in extras.custom_prompts
            ],
            "packs": [
                {
                    "id": pack.id,
                    "title": pack.title,
                    "description": pack.description,
                    "author": pack.author,
                    "language": pack.language,
                    "revision": pack.revision,
                    "format_version": pack.format_version,
                    "digest": pack.digest,
                    "imported": pack.imported.isoformat(),
                    "prompts": list(pack.prompts),
                }
                for pack in extras.packs
            ],
            "settings": {
                "include_opt_in": extras.include_opt_in,
                "daily_seed": extras.daily_seed,
            },
        },
        "safety_plan": extras.safety_plan,
        "thinking_traps": {
            "custom": [
                {
                    "id": r.distortion.id,
                    "name": r.distortion.name,
                    "description": r.distortion.description,
                    "example": r.distortion.example,
                    "created": r.created.isoformat(),
                }
                for r in extras.custom_traps
            ],
            "hidden": extras.hidden_traps,
        },
        "coping_strategies": extras.coping_strategies,
        "own_feelings": [
            {
                "id": e.id,
                "word": e.word,
                "family": e.family,
                "valence": e.valence,
                "energy": e.arousal,
                "meaning": e.definition,
            }
            for e in extras.own_words
        ],
        "session": session_json(extras.session),
        "homework": {"assignments": [_assignment_json(a) for a in extras.assignments]},
        "checkin_scales": extras.checkin_scales,
    }


def _assignment_json(assignment: Assignment) -> dict[str, Any]:
    return {
        "uid": assignment.uid,
        "title": assignment.title,
        "instructions": assignment.instructions,
        "asks_for": assignment.asks_for,
        "reference": assignment.reference,
        "target": {"kind": assignment.target.kind, "times": assignment.target.times},
        "starts": None if assignment.starts is None else assignment.starts.isoformat(),
        "due": None if assignment.due is None else assignment.due.isoformat(),
        "status": assignment.status,
        "notes": assignment.notes,
        "pack": None
        if assignment.pack_id is None
        else {"id": assignment.pack_id, "item": assignment.pack_item},
    }


# -- reading a file back ----------------------------------------------------------------------


class DamagedSection(ValueError):
    """A journal-wide section has the wrong shape; the whole file is refused."""


def extras_from_json(doc: dict[str, Any], skipped: list[Note]) -> JournalExtras:
    """The collections in ``doc``. An unreadable item is added to ``skipped``; a section of the
    wrong shape raises ``DamagedSection`` naming it, so nothing at all is imported."""
    extras = JournalExtras()
    prompts = _section(doc, "prompts", dict, {})
    extras.favourites = _ids(prompts.get("favourites", []), "prompts.favourites")
    extras.hidden_prompts = _ids(prompts.get("hidden", []), "prompts.hidden")
    for index, record in enumerate(_list(prompts.get("custom", []), "prompts.custom"), 1):
        _read_item(skipped, f"your prompt {index}", record, _custom_prompt, extras.custom_prompts)
    for index, record in enumerate(_list(prompts.get("packs", []), "prompts.packs"), 1):
        _read_item(skipped, f"prompt pack {index}", record, _pack, extras.packs)
    settings = prompts.get("settings", {})
    if not isinstance(settings, dict):
        raise DamagedSection("prompts.settings")
    opt_in = settings.get("include_opt_in")
    seed = settings.get("daily_seed")
    if opt_in is not None and not isinstance(opt_in, bool):
        raise DamagedSection("prompts.settings")
    if seed is not None and (not isinstance(seed, str) or not 0 < len(seed) <= MAX_SEED_CHARS):
        raise DamagedSection("prompts.settings")
    extras.include_opt_in, extras.daily_seed = opt_in, seed
    extras.safety_plan = _safety_plan(doc.get("safety_plan") or {})
    traps = _section(doc, "thinking_traps", dict, {})
    for index, record in enumerate(_list(traps.get("custom", []), "thinking_traps"), 1):
        _read_item(skipped, f"thinking trap {index}", record, _trap, extras.custom_traps)
    extras.hidden_traps = _ids(traps.get("hidden", []), "thinking_traps.hidden")
    coping = _list(doc.get("coping_strategies") or [], "coping_strategies")
    if not all(isinstance(name, str) for name in coping):
        raise DamagedSection("coping_strategies")
    extras.coping_strategies = clean_strategies(coping)
    for index, record in enumerate(_list(doc.get("own_feelings") or [], "own_feelings"), 1):
        _read_item(skipped, f"feeling word {index}", record, _own_word, extras.own_words)
    try:
        extras.session = session_from_json(doc.get("session"))
    except DamagedSession as exc:
        raise DamagedSection("session") from exc
    homework = _section(doc, "homework", dict, {})
    for index, record in enumerate(_list(homework.get("assignments", []), "homework"), 1):
        _read_item(skipped, f"homework assignment {index}", record, _assignment, extras.assignments)
    scales = _list(doc.get("checkin_scales") or [], "checkin_scales")
    if not all(isinstance(name, str) for name in scales):
        raise DamagedSection("checkin_scales")
    extras.checkin_scales = clean_scale_names(scales)
    return extras


def _read_item(
    skipped: list[Note], where: str, record: Any, read: Callable[[Any], T], into: list[T]
) -> None:
    try:
        into.append(read(record))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        skipped.append((where, f"it couldn't be read ({exc})"))


def _custom_prompt(record: dict[str, Any]) -> CustomPromptRecord:
    ident = record["id"]
    if not isinstance(ident, str) or not _CUSTOM_ID.match(ident):
        raise ValueError("its id isn't custom/<number>")
    data = {k: v for k, v in record.items() if k not in ("created", "updated")}
    problems = prompt_problems({**data, "id": "custom"}, "the prompt")
    if problems:
        raise ValueError("; ".join(problems))
    prompt = Prompt.from_json({**data, "id": ident})
    return CustomPromptRecord(prompt, read_time(record["created"]), read_time(record["updated"]))


def _pack(record: dict[str, Any]) -> PackRecord:
    prompts = _list(record["prompts"], "prompts")
    problems = [
        problem
        for position, data in enumerate(prompts, start=1)
        for problem in prompt_problems(data, f"prompt {position}")
    ]
    if problems:
        raise ValueError("; ".join(problems[:3]))
    return PackRecord(
        id=_text(record["id"], nonempty=True),
        title=_text(record["title"]),
        description=_text(record.get("description", "")),
        author=_text(record.get("author", "")),
        language=_text(record.get("language", "")),
        revision=_int(record.get("revision", 1)),
        format_version=_int(record["format_version"]),
        digest=_text(record["digest"]),
        imported=read_time(record["imported"]),
        prompts=tuple(prompts),
    )


def _trap(record: dict[str, Any]) -> CustomDistortionRecord:
    ident = _text(record["id"])
    name = _text(record["name"]).strip()
    if not ident.startswith(TRAP_PREFIX) or not name:
        raise ValueError("it needs a 'custom/' id and a name")
    trap = Distortion(
        ident, name, _text(record.get("description", "")), _text(record.get("example", ""))
    )
    return CustomDistortionRecord(trap, read_time(record["created"]))


def _own_word(record: dict[str, Any]) -> Emotion:
    emotion = own_word(
        _text(record["word"]),
        _text(record["family"]),
        _number(record["valence"]),
        _number(record["energy"]),
        _text(record.get("meaning", "")),
    )
    if record.get("id") != emotion.id:
        # Entries name the word by this id: one that doesn't match would leave them nameless.
        raise ValueError("its id doesn't match its word")
    return emotion


def _assignment(record: dict[str, Any]) -> Assignment:
    target, pack = _object(record["target"]), record.get("pack")
    if pack is not None:
        pack = (_text(_object(pack)["id"], nonempty=True), _text(pack["item"], nonempty=True))
    assignment = Assignment(
        uid=_text(record["uid"], nonempty=True),
        title=_text(record["title"]),
        instructions=_text(record.get("instructions", "")),
        asks_for=_text(record["asks_for"]),
        reference=_text(record.get("reference", "")),
        target=Target(_text(target["kind"]), _int(target.get("times", 1))),
        starts=None if record.get("starts") is None else read_date(record["starts"]),
        due=None if record.get("due") is None else read_date(record["due"]),
        status=_text(record.get("status", "active")),
        notes=_text(record.get("notes", "")),
        pack_id=None if pack is None else pack[0],
        pack_item=None if pack is None else pack[1],
    )
    problems = assignment_problems(assignment, "it")
    if problems:
        raise ValueError("; ".join(problems[:3]))
    return assignment


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("expected an object")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    return float(value)


def _safety_plan(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise DamagedSection("safety_plan")
    plan: dict[str, list[str]] = {}
    for section, items in value.items():
        if not _SECTION.match(section) or not isinstance(items, list) or len(items) > MAX_ITEMS:
            raise DamagedSection("safety_plan")
        if not all(isinstance(item, str) and len(item) <= MAX_ITEM_CHARS for item in items):
            raise DamagedSection("safety_plan")
        if items:
            plan[section] = list(items)
    return plan


def _section(doc: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = doc.get(key)
    if value is None:
        return default
    if not isinstance(value, kind):
        raise DamagedSection(key)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise DamagedSection(where)
    return value


def _ids(value: Any, where: str) -> list[str]:
    items = _list(value, where)
    if not all(isinstance(item, str) and item for item in items):
        raise DamagedSection(where)
    return list(dict.fromkeys(items))


def _text(value: Any, *, nonempty: bool = False) -> str:
    if not isinstance(value, str) or (nonempty and not value):
        raise TypeError("expected text")
    return value


def _int(value: Any) -> int:
    # JSON true is a Python int; a flag is never a number here.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("expected a whole number")
    return value


def read_time(value: Any) -> datetime:
    """A moment with its UTC offset, refused (``MomentOutOfRange``) if it couldn't be kept."""
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError("a time without its UTC offset")
    check_moment(moment)
    return moment


def read_date(value: Any) -> date:
    return date.fromisoformat(_text(value))


# -- importing -------------------------------------------------------------------------------


def kept_as_is(vault: Vault, extras: JournalExtras) -> list[Note]:
    """What the journal already has and an import would leave alone, to say so beforehand."""
    if any(extras.safety_plan.values()) and any(load_safety_plan_items(vault).values()):
        return [("safety plan", "your journal already has one; it is kept as it is")]
    return []


@dataclass(frozen=True)
class Merged:
    """Where merged things are in this journal: new ids of the person's own prompts that had
    to move because their id was taken by a different prompt here, and each homework
    assignment's id by its uid in the file."""

    moved_prompts: dict[str, str]
    assignments: dict[str, int]


def merge_extras(vault: Vault, extras: JournalExtras) -> Merged:
    """Merge into the journal inside the caller's transaction."""
    moved: dict[str, str] = {}
    with vault.transaction():
        library = PromptLibrary(vault)
        for record in extras.custom_prompts:
            stored = library.restore_custom(record)
            if stored != record.prompt.id:
                moved[record.prompt.id] = stored
        for pack in extras.packs:
            library.restore_pack(pack)
        library.restore_marks(
            [moved.get(i, i) for i in extras.favourites],
            [moved.get(i, i) for i in extras.hidden_prompts],
        )
        library.restore_settings(extras.daily_seed, extras.include_opt_in)
        if any(extras.safety_plan.values()):
            restore_safety_plan(vault, extras.safety_plan)
        traps = DistortionList(vault)
        for trap in extras.custom_traps:
            traps.restore_custom(trap)
        traps.restore_hidden(extras.hidden_traps)
        if extras.coping_strategies:
            merge_coping_strategies(vault, extras.coping_strategies)
        OwnWords(vault).restore(extras.own_words)
        merge_session(vault, extras.session)
        assignments = Homework(vault).restore(extras.assignments)
        if extras.checkin_scales:
            # The journal's own scales first, as with coping strategies.
            save_own_scales(vault, [*load_own_scales(vault), *extras.checkin_scales])
    return Merged(moved, assignments)


# What an imported entry carried besides its text: its id, feelings, the prompt it answered
# and the uids of the homework it was written for.
EntryDetails = tuple[int, StoredFeelings, PromptLink | None, Sequence[str]]


def store_entry_details(
    vault: Vault,
    details: Sequence[EntryDetails],
    merged: Merged,
    context_names: dict[tuple[str, str], int],
) -> None:
    """What newly imported entries carried besides their text, inside the caller's
    transaction; homework is found where ``merge_extras`` put it; ``context_names`` is
    ``Feelings.context_names()``, read once for a whole import."""
    moved = merged.moved_prompts
    with vault.transaction():
        Feelings(vault).restore_many(
            [(i, feelings) for i, feelings, _, _ in details], context_names
        )
        for entry_id, _, link, assignments in details:
            for uid in assignments:
                if uid in merged.assignments:
                    Homework(vault).link_entry(entry_id, merged.assignments[uid])
            if link is not None:
                prompt_id = moved.get(link.prompt_id, link.prompt_id)
                PromptLibrary(vault).restore_link(
                    entry_id, PromptLink(prompt_id, link.depth, link.answered_on)
                )
