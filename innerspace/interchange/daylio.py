"""Daylio's CSV export: moods by their (renamable) labels, activities, and notes.

Moods become the entry's 1–10 mood rating through a mapping the person can complete for
renamed labels; activities become context tags of the kind "activity".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path

from innerspace.core.emotions import normalize_context_name
from innerspace.core.entries import MomentOutOfRange, check_moment
from innerspace.interchange.model import (
    ImportedEntry,
    ImportProblem,
    ParsedImport,
    Skipped,
    decode_text,
    on_this_computer,
    read_limited,
    stable_uid,
)

SOURCE = "Daylio"
# Daylio's five default moods, from best (5) to worst (1).
DEFAULT_LEVELS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
# A Daylio level (1–5) as a 1–10 rating.
LEVEL_TO_RATING: dict[int, int] = {1: 1, 2: 3, 3: 5, 4: 8, 5: 10}
ACTIVITY = "activity"
HEADERS: tuple[tuple[str, ...], ...] = (
    ("year", "date", "weekday", "time", "mood", "activities", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    (
        "full_date",
        "date",
        "weekday",
        "time",
        "mood",
        "activities",
        "scales",
        "note_title",
        "note",
    ),
)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TIME_FORMATS = ("%H:%M", "%I:%M %p", "%I:%M%p", "%H.%M", "%H:%M:%S")
_OLD_DATE_FORMATS = ("%B %d", "%d %B", "%b %d", "%d %b", "%d. %B", "%m/%d", "%d.%m.", "%d.%m")


def parse(path: Path, moods: Mapping[str, int] | None = None) -> ParsedImport:
    """Read the file. ``moods`` maps renamed labels to a level, 1 (awful) to 5 (rad)."""
    text = decode_text(read_limited(path), path.name)
    levels = {**DEFAULT_LEVELS, **{k.casefold(): v for k, v in (moods or {}).items()}}
    if any(level not in LEVEL_TO_RATING for level in levels.values()):
        raise ImportProblem("Each mood needs a level from 1 (awful) to 5 (rad).")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise ImportProblem(
            f"{path.name} isn't a well-formed CSV file ({exc}); it may be cut short."
        ) from exc
    if not rows:
        raise ImportProblem(f"{path.name} is empty.")
    header = tuple(cell.strip().lower() for cell in rows[0])
    if header not in HEADERS:
        raise ImportProblem(
            f"{path.name} doesn't look like a Daylio export: its first line should name the "
            "columns (full_date, date, weekday, time, mood, activities, …)."
        )
    parsed = ParsedImport(source=SOURCE)
    seen: set[str] = set()
    for line_no, row in enumerate(rows[1:], start=2):
        where = f"line {line_no}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            parsed.skipped.append(
                Skipped(where, f"it has {len(row)} columns instead of {len(header)}")
            )
            continue
        record = dict(zip(header, row, strict=True))
        try:
            created = _moment(record)
        except MomentOutOfRange as exc:
            parsed.skipped.append(Skipped(where, exc.reason))
            continue
        except ValueError:
            parsed.skipped.append(Skipped(where, "its date or time couldn't be read"))
            continue
        label = record["mood"].strip()
        level = levels.get(label.casefold())
        if label and level is None:
            parsed.unmapped_moods[label] = parsed.unmapped_moods.get(label, 0) + 1
        activities = tuple(
            name
            for name in (normalize_context_name(a) for a in record["activities"].split(" | "))
            if name
        )
        title = _note(record.get("note_title", ""))
        body = _note(record["note"])
        uid = stable_uid(
            SOURCE,
            created.replace(tzinfo=None).isoformat(),
            label,
            record["activities"],
            title,
            body,
        )
        if uid in seen:
            parsed.skipped.append(Skipped(where, "it appears twice in the file"))
            continue
        seen.add(uid)
        parsed.entries.append(
            ImportedEntry(
                uid=uid,
                created=created,
                updated=created,
                title=title,
                body=body,
                mood_label=label or None,
                mood_rating=None if level is None else LEVEL_TO_RATING[level],
                contexts=tuple((ACTIVITY, name) for name in activities),
            )
        )
    if parsed.entries:
        parsed.notes.append(
            "Moods become each entry's mood rating (1–10); activities become context tags."
        )
    return parsed


def _note(text: str) -> str:
    return _BREAK.sub("\n", text).replace("\r\n", "\n").strip()


def _moment(record: Mapping[str, str]) -> datetime:
    clock = _clock(record["time"])
    if "full_date" in record:
        day = date.fromisoformat(record["full_date"].strip())
    else:
        day = _old_date(record["year"].strip(), record["date"].strip())
    # Daylio keeps local time with no zone: read it as this computer's local time.
    moment = on_this_computer(datetime.combine(day, clock))
    check_moment(moment)
    return moment


def _clock(text: str) -> time:
    cleaned = " ".join(text.replace(".", "").split()).upper() if "M" in text.upper() else text
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(cleaned.strip(), fmt).time()
        except ValueError:
            continue
    raise ValueError(f"unknown time {text!r}")


def _old_date(year: str, text: str) -> date:
    for fmt in _OLD_DATE_FORMATS:
        try:
            parsed = datetime.strptime(f"{year} {text}", f"%Y {fmt}")
        except ValueError:
            continue
        return parsed.date()
    raise ValueError(f"unknown date {text!r}")
