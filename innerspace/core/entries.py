"""Journal entries: what a person writes, and when and where in the world they wrote it."""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from innerspace.core.plain_text import first_line_and_rest

MAX_TAG_LENGTH = 64
MAX_TITLE_LENGTH = 500
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SPACES = re.compile(r"\s+")


def local_now() -> datetime:
    """Now, in the computer's local time zone (aware)."""
    return datetime.now().astimezone()


def normalize_tag(text: str) -> str:
    """Tags are single-line, trimmed, without a leading '#', and of a sane length."""
    cleaned = _SPACES.sub(" ", text).strip().lstrip("#").strip()
    return cleaned[:MAX_TAG_LENGTH]


def normalize_tags(tags: Any) -> tuple[str, ...]:
    """Unique tags in first-seen order, compared without regard to case."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = normalize_tag(str(raw))
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def zone_name(moment: datetime) -> str | None:
    """The IANA name of ``moment``'s zone, when it has one (for display after travel)."""
    tz: tzinfo | None = moment.tzinfo
    if isinstance(tz, ZoneInfo):
        return tz.key
    return None


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# What stands in for a stored moment no clock can show: a day inside the calendar's ends, so
# that showing it in any reader's time zone stays inside the calendar too.
FIRST_SHOWN = datetime(1, 1, 2, tzinfo=UTC)
LAST_SHOWN = datetime(9999, 12, 30, tzinfo=UTC)


class MomentOutOfRange(ValueError):
    """A moment that, in UTC or on its writer's clock, falls outside the years 1 to 9999.

    Such a moment can be written down but never read back as a date, so it is never stored.
    """

    reason = "its date falls outside the years 1 to 9999 in UTC, so it can't be kept"

    def __init__(self, moment: datetime) -> None:
        self.moment = moment
        super().__init__(
            f"The date {moment.isoformat()} falls outside the years 1 to 9999 in UTC, so it "
            "can't be kept; please choose another date."
        )


def check_moment(moment: datetime) -> None:
    """Refuse a moment that could be stored but never read back (``MomentOutOfRange``)."""
    # No UTC offset reaches a day: a moment inside these years reads back on any clock. (An
    # import checks every moment several times; this is most of what that cost.)
    if 1 < moment.year < 9999 and moment.utcoffset() is not None:
        return
    if read_moment(to_utc_micros(moment), utc_offset_seconds(moment)) is None:
        raise MomentOutOfRange(moment)


def to_utc_micros(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("entry times must carry a time zone")
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def read_moment(micros: int, offset_seconds: int) -> datetime | None:
    """The stored moment as the writer's clock showed it, or None when no clock can show it
    (older versions stored moments outside the years 1 to 9999)."""
    try:
        moment = _EPOCH + timedelta(microseconds=micros)
        return moment.astimezone(timezone(timedelta(seconds=offset_seconds)))
    except (OverflowError, ValueError, TypeError):
        return None


def from_utc_micros(micros: int, offset_seconds: int) -> datetime:
    """The moment as the writer's clock showed it, with the writer's UTC offset.

    A moment no clock can show comes back as the nearest one that can (its UTC form, or the
    first or last day of the calendar), so one odd row never stops a page, a search or an
    export. ``read_moment`` tells the two apart.
    """
    moment = read_moment(micros, offset_seconds)
    if moment is None:
        moment = read_moment(micros, 0)
    if moment is None:
        return FIRST_SHOWN if micros < 0 else LAST_SHOWN
    return moment


def utc_offset_seconds(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("entry times must carry a time zone")
    return int(offset.total_seconds())


def new_uid() -> str:
    return str(uuid.uuid4())


@dataclass
class Entry:
    """One journal entry. ``created`` and ``updated`` keep the writer's own UTC offset."""

    body: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()
    starred: bool = False
    created: datetime = field(default_factory=local_now)
    updated: datetime = field(default_factory=local_now)
    kind: str = "note"
    fields: dict[str, Any] | None = None
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    # The stored date can't be shown (an older version kept one outside the calendar):
    # ``created`` is only a stand-in, and saving keeps the stored date until a real one is set.
    date_out_of_range: bool = False

    def __post_init__(self) -> None:
        self.title = _SPACES.sub(" ", self.title).strip()[:MAX_TITLE_LENGTH]
        self.tags = normalize_tags(self.tags)

    @property
    def words(self) -> int:
        return word_count(self.body)

    def display_title(self, untitled: str = "Untitled") -> str:
        if self.title:
            return self.title
        # Named by its first line as plain words, as the timeline and search name it.
        return first_line_and_rest(self.body)[0][:80] or untitled


@dataclass(frozen=True)
class EntrySummary:
    """What the timeline shows of an entry, without its whole text."""

    id: int
    sort_key: int
    created: datetime
    title: str
    preview: str
    tags: tuple[str, ...]
    starred: bool
    kind: str
    date_out_of_range: bool = False  # ``created`` is only a stand-in: see ``Entry``


@dataclass(frozen=True)
class SearchHit:
    """An entry that matches a search, with a snippet around the match.

    In ``snippet``, each matching stretch is wrapped in ``HIGHLIGHT_START``/``HIGHLIGHT_END`` so
    the caller decides how to show it (bold in the app, brackets in a terminal).
    """

    id: int
    created: datetime
    title: str
    snippet: str
    tags: tuple[str, ...]
    starred: bool
    date_out_of_range: bool = False  # ``created`` is only a stand-in: see ``Entry``
    # What an untitled entry is called: its first line as plain words (as in the timeline).
    first_line: str = ""


HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


@dataclass(frozen=True)
class Draft:
    """Unsaved writing in the editor, autosaved encrypted every few seconds."""

    entry_id: int | None
    title: str
    body: str
    tags: tuple[str, ...]
    saved: datetime
    # JSON-ready extras of the editor: feelings, the prompt being answered, the star.
    extra: dict[str, Any] = field(default_factory=dict)


def person_zone() -> ZoneInfo | None:
    """The computer's named time zone (from TZ or /etc/localtime), when it has one."""
    names = []
    configured = os.environ.get("TZ", "").lstrip(":")
    if configured:
        names.append(configured)
    else:
        try:
            link = os.readlink("/etc/localtime")
        except OSError:
            link = ""
        if "zoneinfo/" in link:
            names.append(link.split("zoneinfo/", 1)[1])
    for name in names:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None
