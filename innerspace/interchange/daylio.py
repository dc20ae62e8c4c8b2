"""Daylio's CSV export: moods by their (renamable) labels, activities, and notes.

Moods become the entry's 1–10 mood rating through a mapping the person can complete for
renamed labels, and a renamed label is kept on the entry as the tag ``mood/<label>`` whether
or not it is mapped; activities become context tags of the kind "activity"; scales ("Sleep
Quality: 8/10 points") become lines at the end of the entry's text.
"""

from __future__ import annotations

import csv
import html
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
    key_by_minute_and_content,
    on_this_computer,
    read_limited,
    stable_uid,
)
from innerspace.storage.mood_labels import LEVEL_TO_RATING, mood_tag

SOURCE = "Daylio"
# Daylio's five default moods, from best (5) to worst (1).
DEFAULT_LEVELS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
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
# Daylio's rich notes: bold and italic become Markdown, paragraphs become blank lines.
_BOLD = re.compile(r"<(b|strong)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_ITALIC = re.compile(r"<(i|em)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_PARAGRAPH = re.compile(r"</?p>", re.IGNORECASE)
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
    parsed.mood_levels = {k: v for k, v in (moods or {}).items() if k.strip()}
    seen: dict[tuple[str, ...], int] = {}
    with_scales = 0
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
        custom = bool(label) and label.casefold() not in DEFAULT_LEVELS
        if label and level is None:
            parsed.unmapped_moods[label] = parsed.unmapped_moods.get(label, 0) + 1
        activities = tuple(
            name
            for name in (normalize_context_name(a) for a in record["activities"].split(" | "))
            if name
        )
        title = _note(record.get("note_title", ""))
        body = _note(record["note"])
        scales = _scales(record.get("scales", ""))
        if scales:
            with_scales += 1
            body = f"{body}\n\n{scales}" if body else scales
        parts = [
            created.replace(tzinfo=None).isoformat(),
            label,
            record["activities"],
            title,
            _note(record["note"]),
        ]
        # Identical rows are both kept; the first keeps the id earlier versions gave it.
        copies = seen.get(tuple(parts), 0)
        seen[tuple(parts)] = copies + 1
        uid = stable_uid(SOURCE, *parts, *([str(copies)] if copies else []))
        parsed.entries.append(
            ImportedEntry(
                uid=uid,
                created=created,
                updated=created,
                title=title,
                body=body,
                tags=(mood_tag(label),) if custom else (),
                mood_label=label or None,
                mood_rating=None if level is None else LEVEL_TO_RATING[level],
                contexts=tuple((ACTIVITY, name) for name in activities),
            )
        )
    key_by_minute_and_content(parsed.entries)
    if parsed.entries:
        parsed.notes.append(
            "Moods become each entry's mood rating (1–10), and moods with names of your own "
            "are kept as tags (mood/…); activities become context tags."
        )
    if with_scales:
        parsed.notes.append(
            f"Scales (such as sleep quality) of {with_scales} "
            f"{'entry are' if with_scales == 1 else 'entries are'} kept as lines at the end "
            "of the text."
        )
    return parsed


def _note(text: str) -> str:
    text = _BOLD.sub(r"**\2**", text)
    text = _ITALIC.sub(r"*\2*", text)
    text = _PARAGRAPH.sub("\n", _BREAK.sub("\n", text))
    return html.unescape(text).replace("\r\n", "\n").replace("\xa0", " ").strip()


def _scales(text: str) -> str:
    """``Sleep Quality: 8/10 points | Sleep Time: 8:00`` as one line each."""
    return "\n".join(part.strip() for part in text.split(" | ") if part.strip())


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
