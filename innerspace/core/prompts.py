"""Reflective prompts: the pack format, its validator, browsing, and the prompt of the day.

A prompt pack is a UTF-8 JSON file described in docs/prompt-pack-format.md. The built-in packs in
resources/prompts/ use the same format as packs a person imports, so one validator guards both.
A pack with any problem is refused whole: the validator lists every problem it finds so the
author can fix them in one pass.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from innerspace.core.homework import Assignment
from innerspace.core.homework_packs import assignments_from_json, assignments_problems
from innerspace.resources import resource_path

PACK_FORMAT = "innerspace-prompt-pack"
# Version 2 adds homework: a list of assignments a therapist hands a client with the prompts.
SUPPORTED_FORMAT_VERSIONS = (1, 2)
HOMEWORK_FORMAT_VERSION = 2

APPROACHES = (
    "cbt",
    "psychodynamic",
    "mindfulness",
    "self-compassion",
    "self-exploration",
    "coping",
    "healing",
    "relationships",
    "growth",
)
DEPTHS = ("light", "moderate", "deep")
# Work on old hurts is chosen, never handed out: the prompt of the day skips it unless asked.
OPT_IN_APPROACHES = frozenset({"healing"})
# Approaches whose every prompt must carry a content note.
NOTED_APPROACHES = frozenset({"healing"})
# Prompts about childhood, home or the body can open old hurts or body memories without warning,
# so a pack tags them with one of these themes and gives each a content note (as every deep
# prompt has). A person's own prompts are theirs to word, and are not held to this.
NOTED_THEMES = frozenset({"childhood", "home", "body"})
# Deep prompts wait until a journal is settled in, and step aside on a low day.
SETTLING_IN_DAYS = 14
LOW_MOOD_AT_MOST = 3

MAX_PACK_BYTES = 1024 * 1024
MAX_PROMPTS = 1000
MAX_TEXT_CHARS = 1000
MAX_TITLE_CHARS = 120
MAX_DESCRIPTION_CHARS = 2000
MAX_NOTE_CHARS = 500
MAX_FOLLOW_UPS = 5
MAX_FOLLOW_UP_CHARS = 300
MAX_THEMES = 8
MAX_THEME_CHARS = 40
MIN_MINUTES = 1
MAX_MINUTES = 120

RECENT_DAYS = 30
HEAVY_WINDOW = 3
HEAVY_LIMIT = 2

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_THEME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Control characters other than newline and tab have no place in a prompt and can hide text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_PACK_REQUIRED = ("format", "format_version", "id", "title", "prompts")
_PACK_OPTIONAL = ("description", "author", "language", "revision", "assignments")
_PROMPT_REQUIRED = ("id", "text", "approach", "themes", "depth", "minutes")
_PROMPT_OPTIONAL = ("follow_ups", "content_note")


@dataclass(frozen=True)
class Prompt:
    """One reflective prompt. ``id`` is unique across built-in, imported and custom prompts."""

    id: str
    text: str
    approach: str
    themes: tuple[str, ...]
    depth: str
    minutes: int
    follow_ups: tuple[str, ...] = ()
    content_note: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "approach": self.approach,
            "themes": list(self.themes),
            "depth": self.depth,
            "minutes": self.minutes,
        }
        if self.follow_ups:
            data["follow_ups"] = list(self.follow_ups)
        if self.content_note:
            data["content_note"] = self.content_note
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], *, id_prefix: str = "") -> Prompt:
        """A prompt from JSON that ``prompt_problems`` has already accepted."""
        note = data.get("content_note")
        return cls(
            id=id_prefix + str(data["id"]),
            text=str(data["text"]).strip(),
            approach=str(data["approach"]),
            themes=tuple(str(t) for t in data["themes"]),
            depth=str(data["depth"]),
            minutes=int(data["minutes"]),
            follow_ups=tuple(str(f).strip() for f in data.get("follow_ups", ())),
            content_note=str(note).strip() if note else None,
        )


@dataclass(frozen=True)
class PromptPack:
    id: str
    title: str
    prompts: tuple[Prompt, ...]
    format_version: int = 1
    description: str = ""
    author: str = ""
    language: str = ""
    revision: int = 1
    # A digest of the file's JSON content, so re-importing an unchanged pack changes nothing.
    digest: str = ""
    # Homework (format version 2); a prompt of this pack is named ``pack-id/prompt-id``.
    assignments: tuple[Assignment, ...] = ()


class InvalidPack(ValueError):
    """A pack was refused; ``problems`` says every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class AnsweredPrompt:
    """That an entry answered a prompt, on the writer's local date."""

    prompt_id: str
    on: date
    depth: str


# -- validating ---------------------------------------------------------------------------------


def read_pack(raw: bytes) -> PromptPack:
    """The pack in ``raw``, or ``InvalidPack`` listing every problem found."""
    problems, data = _check(raw)
    if problems or data is None:
        raise InvalidPack(problems or ["The pack could not be read."])
    prompts = tuple(Prompt.from_json(p) for p in data["prompts"])
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return PromptPack(
        id=data["id"],
        title=data["title"].strip(),
        prompts=prompts,
        format_version=data["format_version"],
        description=str(data.get("description", "")).strip(),
        author=str(data.get("author", "")).strip(),
        language=str(data.get("language", "")).strip(),
        revision=int(data.get("revision", 1)),
        digest=hashlib.sha256(canonical).hexdigest(),
        assignments=assignments_from_json(
            data.get("assignments", []), data["id"], {p.id for p in prompts}
        ),
    )


def pack_problems(raw: bytes) -> list[str]:
    """Every problem with the pack in ``raw``; an empty list means it can be imported."""
    return _check(raw)[0]


def read_pack_file(path: Path) -> PromptPack:
    """Read a pack from disk, refusing an oversize file before reading it all into memory."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise InvalidPack([f"The file could not be read ({exc.strerror or exc})."]) from exc
    return read_pack(raw)


def prompt_problems(data: object, where: str = "The prompt") -> list[str]:
    """Problems with one prompt's JSON object (also used for custom prompts)."""
    if not isinstance(data, dict):
        return [f"{where} must be a JSON object."]
    problems: list[str] = []
    for key in _PROMPT_REQUIRED:
        if key not in data:
            problems.append(f"{where} is missing '{key}'.")
    for key in data:
        if key not in _PROMPT_REQUIRED and key not in _PROMPT_OPTIONAL:
            problems.append(f"{where} has an unknown field '{key}'.")
    if "id" in data:
        problems.extend(_id_problems(data["id"], f"{where}'s id"))
    if "text" in data:
        problems.extend(_text_problems(data["text"], f"{where}'s text", MAX_TEXT_CHARS))
    approach = data.get("approach")
    if "approach" in data and approach not in APPROACHES:
        problems.append(
            f"{where}'s approach {_show(approach)} is not one of: {', '.join(APPROACHES)}."
        )
    depth = data.get("depth")
    if "depth" in data and depth not in DEPTHS:
        problems.append(f"{where}'s depth {_show(depth)} is not one of: {', '.join(DEPTHS)}.")
    if "minutes" in data:
        minutes = data["minutes"]
        if not isinstance(minutes, int) or isinstance(minutes, bool):
            problems.append(f"{where}'s minutes must be a whole number.")
        elif not MIN_MINUTES <= minutes <= MAX_MINUTES:
            problems.append(
                f"{where}'s minutes must be between {MIN_MINUTES} and {MAX_MINUTES}, not {minutes}."
            )
    if "themes" in data:
        problems.extend(_theme_problems(data["themes"], where))
    if "follow_ups" in data:
        problems.extend(_follow_up_problems(data["follow_ups"], where))
    note = data.get("content_note")
    if note is not None:
        problems.extend(_text_problems(note, f"{where}'s content note", MAX_NOTE_CHARS))
    if approach in NOTED_APPROACHES and not (isinstance(note, str) and note.strip()):
        problems.append(f"{where} needs a content note, as every '{approach}' prompt does.")
    return problems


def _check(raw: bytes) -> tuple[list[str], dict[str, Any] | None]:
    if len(raw) > MAX_PACK_BYTES:
        return [f"The file is too large: a pack can be at most {MAX_PACK_BYTES // 1024} KB."], None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ["The file is not UTF-8 text; please save it with UTF-8 encoding."], None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        return [f"The file repeats the key '{exc.key}' in one object."], None
    except (ValueError, RecursionError) as exc:
        detail = (
            f" ({exc.msg} at line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        )
        return [f"The file is not valid JSON{detail}."], None
    if not isinstance(data, dict):
        return ["The pack must be a JSON object with a list of prompts."], None
    version = data.get("format_version")
    is_number = isinstance(version, int) and not isinstance(version, bool)
    if is_number and version not in SUPPORTED_FORMAT_VERSIONS:
        # A newer format may mean anything by its other fields; judging them would mislead.
        return [
            f"This pack uses format version {version}, which this version of InnerSpace "
            "cannot read. Updating InnerSpace may help."
        ], None
    problems = _header_problems(data)
    prompts = data.get("prompts")
    homework = data.get("assignments")
    if "prompts" in data and not isinstance(prompts, list):
        problems.append("'prompts' must be a list.")
    elif isinstance(prompts, list) and (prompts or not homework):
        # A homework pack may name only InnerSpace's own prompts and exercises.
        problems.extend(_prompts_problems(prompts))
    if "assignments" in data:
        if version != HOMEWORK_FORMAT_VERSION:
            problems.append(f"'assignments' needs 'format_version' {HOMEWORK_FORMAT_VERSION}.")
        own = {str(p["id"]) for p in prompts or () if isinstance(p, dict) and "id" in p}
        problems.extend(assignments_problems(homework, own, _builtin_prompt_ids))
    return problems, (data if not problems else None)


def _builtin_prompt_ids() -> set[str]:
    return {prompt.id for prompt in builtin_prompts()}


def _header_problems(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for key in _PACK_REQUIRED:
        if key not in data:
            problems.append(f"The pack is missing '{key}'.")
    for key in data:
        if key not in _PACK_REQUIRED and key not in _PACK_OPTIONAL:
            problems.append(f"The pack has an unknown field '{key}'.")
    if "format" in data and data["format"] != PACK_FORMAT:
        problems.append(f"'format' must be \"{PACK_FORMAT}\".")
    version = data.get("format_version")
    if "format_version" in data and (not isinstance(version, int) or isinstance(version, bool)):
        problems.append("'format_version' must be a whole number.")
    if "id" in data:
        problems.extend(_id_problems(data["id"], "The pack's id"))
    if "title" in data:
        problems.extend(_text_problems(data["title"], "The pack's title", MAX_TITLE_CHARS))
    for key in ("description", "author", "language"):
        if key in data:
            problems.extend(
                _text_problems(data[key], f"The pack's {key}", MAX_DESCRIPTION_CHARS, empty=True)
            )
    revision = data.get("revision")
    if "revision" in data and (
        not isinstance(revision, int) or isinstance(revision, bool) or revision < 1
    ):
        problems.append("'revision' must be a whole number of 1 or more.")
    return problems


def _prompts_problems(prompts: list[Any]) -> list[str]:
    if not prompts:
        return ["The pack has no prompts."]
    if len(prompts) > MAX_PROMPTS:
        return [f"The pack has {len(prompts)} prompts; the most a pack can hold is {MAX_PROMPTS}."]
    problems: list[str] = []
    seen: set[str] = set()
    for number, item in enumerate(prompts, start=1):
        where = f"Prompt {number}"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where = f"Prompt {number} ('{item['id'][:64]}')"
            if item["id"] in seen:
                problems.append(f"{where} has the same id as an earlier prompt.")
            seen.add(item["id"])
        problems.extend(prompt_problems(item, where))
        problems.extend(_note_problems(item, where))
    return problems


def _note_problems(item: object, where: str) -> list[str]:
    """A pack's deep prompts and its prompts about childhood, home or the body need a note."""
    if not isinstance(item, dict) or (
        isinstance(item.get("content_note"), str) and item["content_note"].strip()
    ):
        return []
    if item.get("approach") in NOTED_APPROACHES:
        return []  # prompt_problems has already asked for its note; once is enough.
    themes = item.get("themes")
    sensitive = sorted(NOTED_THEMES.intersection(themes)) if isinstance(themes, list) else []
    if sensitive:
        return [f"{where} needs a content note, as every prompt about {sensitive[0]} does."]
    if item.get("depth") == "deep":
        return [f"{where} needs a content note, as every deep prompt does."]
    return []


def _id_problems(value: object, what: str) -> list[str]:
    if not isinstance(value, str) or not _ID.match(value):
        return [
            f"{what} must be 1 to 64 characters of lower-case letters, digits, '.', '-' or '_', "
            "starting with a letter or digit."
        ]
    return []


def _text_problems(value: object, what: str, limit: int, *, empty: bool = False) -> list[str]:
    if not isinstance(value, str):
        return [f"{what} must be text."]
    if not empty and not value.strip():
        return [f"{what} is empty."]
    if len(value) > limit:
        return [f"{what} is too long: {len(value)} characters, at most {limit}."]
    if _CONTROL.search(value):
        return [f"{what} contains control characters."]
    return []


def _theme_problems(themes: object, where: str) -> list[str]:
    if not isinstance(themes, list):
        return [f"{where}'s themes must be a list of words."]
    if not themes:
        return [f"{where} needs at least one theme."]
    if len(themes) > MAX_THEMES:
        return [f"{where} has {len(themes)} themes; at most {MAX_THEMES} are allowed."]
    problems: list[str] = []
    for theme in themes:
        if not isinstance(theme, str) or len(theme) > MAX_THEME_CHARS or not _THEME.match(theme):
            problems.append(
                f"{where}'s theme {_show(theme)} must be lower-case words joined by '-', "
                f"at most {MAX_THEME_CHARS} characters."
            )
    if len(set(map(str, themes))) != len(themes):
        problems.append(f"{where} lists a theme twice.")
    return problems


def _follow_up_problems(follow_ups: object, where: str) -> list[str]:
    if not isinstance(follow_ups, list):
        return [f"{where}'s follow_ups must be a list of questions."]
    if len(follow_ups) > MAX_FOLLOW_UPS:
        return [f"{where} has {len(follow_ups)} follow-up questions; at most {MAX_FOLLOW_UPS}."]
    problems: list[str] = []
    for number, question in enumerate(follow_ups, start=1):
        problems.extend(
            _text_problems(question, f"{where}'s follow-up {number}", MAX_FOLLOW_UP_CHARS)
        )
    return problems


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:37] + "..."


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


# -- the built-in library -----------------------------------------------------------------------


def builtin_pack_files() -> list[Path]:
    return sorted(resource_path("prompts").glob("*.json"))


def builtin_packs() -> list[PromptPack]:
    return [read_pack_file(path) for path in builtin_pack_files()]


def builtin_prompts() -> list[Prompt]:
    return [prompt for pack in builtin_packs() for prompt in pack.prompts]


# -- browsing -----------------------------------------------------------------------------------


def filter_prompts(
    prompts: Iterable[Prompt],
    *,
    approach: str | None = None,
    theme: str | None = None,
    depth: str | None = None,
    max_minutes: int | None = None,
    hidden: Collection[str] = (),
    favourites: Collection[str] | None = None,
) -> list[Prompt]:
    """Prompts matching every filter given; hidden ones are left out; ``favourites`` limits."""
    return [
        p
        for p in prompts
        if p.id not in hidden
        and (approach is None or p.approach == approach)
        and (theme is None or theme in p.themes)
        and (depth is None or p.depth == depth)
        and (max_minutes is None or p.minutes <= max_minutes)
        and (favourites is None or p.id in favourites)
    ]


def all_themes(prompts: Iterable[Prompt]) -> list[str]:
    return sorted({theme for p in prompts for theme in p.themes})


# -- prompt of the day --------------------------------------------------------------------------


def deep_prompts_welcome(
    today: date, journal_started: date | None, latest_mood: int | None
) -> bool:
    settled = journal_started is not None and (today - journal_started).days >= SETTLING_IN_DAYS
    return settled and (latest_mood is None or latest_mood > LOW_MOOD_AT_MOST)


def needs_lighter(answered: Sequence[AnsweredPrompt], before: date) -> bool:
    """True after a heavy run: ``HEAVY_LIMIT`` of the last ``HEAVY_WINDOW`` answers were deep."""
    earlier = sorted((a for a in answered if a.on < before), key=lambda a: a.on)
    last = earlier[-HEAVY_WINDOW:]
    return sum(1 for a in last if a.depth == "deep") >= HEAVY_LIMIT


def prompt_of_the_day(
    prompts: Sequence[Prompt],
    today: date,
    seed: str,
    answered: Sequence[AnsweredPrompt] = (),
    hidden: Collection[str] = (),
    *,
    include_opt_in: bool = False,
    recent_days: int = RECENT_DAYS,
    journal_started: date | None = None,
    latest_mood: int | None = None,
) -> Prompt | None:
    """Today's prompt, the same all day long.

    Only answers from before ``today`` count, so answering today's prompt doesn't swap it for
    another. Prompts answered in the last ``recent_days`` are skipped, and after a run of deep
    prompts only light ones are offered. When every prompt has been used recently, the
    longest-unused come round again rather than showing nothing.

    A journal with no entries yet is offered only light prompts without a content note.
    Deep prompts are never offered in a journal's first two weeks (``journal_started`` is the
    day of its first entry; None means there is none yet) nor after a mood of 3 or less
    (``latest_mood``, the most recent rating before today); they stay in the library to choose.
    """
    history = [a for a in answered if a.on < today]
    deep_allowed = deep_prompts_welcome(today, journal_started, latest_mood)
    pool = [
        p
        for p in prompts
        if p.id not in hidden
        and (include_opt_in or p.approach not in OPT_IN_APPROACHES)
        and (deep_allowed or p.depth != "deep")
    ]
    if journal_started is None:
        # A journal's very first prompt is light and welcoming: nothing that needs a note.
        pool = [p for p in pool if p.depth == "light" and not p.content_note] or pool
    if not pool:
        return None
    last_used: dict[str, date] = {}
    for item in history:
        if item.on > last_used.get(item.prompt_id, date.min):
            last_used[item.prompt_id] = item.on
    cutoff = today - timedelta(days=recent_days)
    fresh = [p for p in pool if last_used.get(p.id, date.min) < cutoff]
    if not fresh:
        oldest = min(last_used.get(p.id, date.min) for p in pool)
        fresh = [p for p in pool if last_used.get(p.id, date.min) == oldest]
    if needs_lighter(history, today):
        lighter = [p for p in fresh if p.depth == "light"] or [
            p for p in fresh if p.depth != "deep"
        ]
        fresh = lighter or fresh
    fresh.sort(key=lambda p: p.id)
    digest = hashlib.sha256(f"{seed}:{today.isoformat()}".encode()).digest()
    return fresh[int.from_bytes(digest[:8], "big") % len(fresh)]
