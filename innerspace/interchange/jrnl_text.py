"""jrnl's own journal file, the plain text it writes: ``[2024-03-10 09:15:00 PM] Title. Body``.

Each entry starts on a line with its time in brackets; the first sentence is the title; a
trailing `` *`` marks a starred entry; ``@words`` are tags. The entries are recognised as the
same ones as in jrnl's JSON export of the same journal.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from innerspace.core.entries import MomentOutOfRange
from innerspace.interchange.jrnl import SOURCE, keep_repeats
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

# jrnl's default ``timeformat`` is "%F %r"; older journals and many configurations use others.
TIME_FORMATS = (
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d",
)
_BRACKETED = re.compile(r"(?:^|\n)\[([^\]\n]+)\] ")
# Journals written before jrnl put the time in brackets.
_BARE = re.compile(r"(?:^|\n)(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?(?: [AaPp][Mm])?) ")
_SENTENCE = re.compile(r"^(.*?[.?!]+)(?:\s+|$)(.*)$", re.DOTALL)
_TAG = re.compile(r"(?<![\w@])@([\w-]*\w)")


def parse(path: Path) -> ParsedImport:
    text = decode_text(read_limited(path), path.name).replace("\r\n", "\n")
    starts = [m for m in _BRACKETED.finditer(text) if _clock(m.group(1)) is not None]
    if not starts:
        starts = [m for m in _BARE.finditer(text) if _clock(m.group(1)) is not None]
    if not starts:
        raise ImportProblem(
            f"{path.name} doesn't look like a jrnl journal: its entries should start with a "
            "time in brackets, like [2024-03-10 09:15:00 PM]."
        )
    parsed = ParsedImport(source=SOURCE)
    if text[: starts[0].start()].strip():
        parsed.skipped.append(Skipped("the text before the first entry", "it has no date"))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        where = f"entry {index + 1} ({match.group(1)})"
        moment = _clock(match.group(1))
        assert moment is not None
        try:
            entry = _entry(moment, text[match.end() : end])
        except MomentOutOfRange as exc:
            parsed.skipped.append(Skipped(where, exc.reason))
            continue
        except (ValueError, OverflowError) as exc:
            parsed.skipped.append(Skipped(where, f"it couldn't be read ({exc})"))
            continue
        if entry is None:
            parsed.skipped.append(Skipped(where, "it has no text"))
            continue
        parsed.entries.append(entry)
    keep_repeats(parsed.entries)
    return parsed


def _clock(text: str) -> datetime | None:
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    return None


def _entry(moment: datetime, raw: str) -> ImportedEntry | None:
    first, _, rest = raw.partition("\n")
    first = first.rstrip()
    starred = first.endswith("*")
    if starred:
        first = first[:-1].rstrip()
    sentence = _SENTENCE.match(first)
    if sentence is not None:
        title, tail = sentence.group(1), sentence.group(2)
    else:
        title, tail = first, ""
    body = "\n".join(part for part in (tail, rest.strip("\n").rstrip()) if part).strip("\n")
    if not title.strip() and not body.strip():
        return None
    day, clock = moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M")
    tags = tuple(dict.fromkeys(_TAG.findall(f"{title}\n{body}")))
    return ImportedEntry(
        # As jrnl's JSON export of the same journal names it, so neither adds it twice.
        uid=stable_uid(SOURCE, day, clock, title, body),
        created=on_this_computer(moment.replace(second=0)),
        updated=on_this_computer(moment.replace(second=0)),
        title=title,
        body=body,
        tags=tags,
        starred=starred,
    )
