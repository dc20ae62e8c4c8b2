"""What commands print: plain lines for people, JSON for scripts."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from datetime import datetime
from typing import Any

from innerspace.cli import highlight
from innerspace.core.entries import Entry, EntrySummary, SearchHit
from innerspace.core.plain_text import first_line_and_rest

HEADLINE_CHARS = 60
UNTITLED = "(untitled)"
DATE_NOT_SHOWN = "date can't be shown"
STAR = "★"
# Control characters in stored text must not steer the terminal (colours, cursor, window title).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def prepare_stdout() -> None:
    """Entries may hold any character: pipes get UTF-8, and a limited console never crashes."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    if stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")


def match_style() -> tuple[str, str]:
    # NO_COLOR (no-color.org) asks for no ANSI styling at all.
    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        return highlight.BOLD
    return highlight.BRACKETS


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- times ---------------------------------------------------------------------------------------


def when(moment: datetime) -> str:
    """The date and time as the writer's clock showed them."""
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")


def utc_offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours:02}:{rest:02}"


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def iso_or_none(moment: datetime, out_of_range: bool) -> str | None:
    """``None`` for a date that can't be shown: its stand-in is not the entry's date."""
    return None if out_of_range else iso(moment)


# -- JSON ----------------------------------------------------------------------------------------


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "uid": entry.uid,
        "created": iso_or_none(entry.created, entry.date_out_of_range),
        "updated": iso(entry.updated),
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "starred": entry.starred,
        "kind": entry.kind,
        "fields": entry.fields,
    }


def summary_json(summary: EntrySummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "created": iso_or_none(summary.created, summary.date_out_of_range),
        "title": summary.title,
        "preview": summary.preview,
        "tags": list(summary.tags),
        "starred": summary.starred,
    }


def hit_json(hit: SearchHit) -> dict[str, Any]:
    snippet, matches = highlight.plain_with_spans(highlight.segments(hit.snippet))
    return {
        "id": hit.id,
        "created": iso_or_none(hit.created, hit.date_out_of_range),
        "title": hit.title,
        "snippet": snippet,
        "matches": matches,
        "tags": list(hit.tags),
        "starred": hit.starred,
    }


# -- text ----------------------------------------------------------------------------------------


def printable(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    return _SPACES.sub(" ", printable(text))


def headline(title: str, text: str) -> str:
    """The title, or else the first line of the text, short enough for one row."""
    # An untitled entry is named by its first line as plain words, as the app names it.
    first_line = first_line_and_rest(printable(text))[0]
    shown = one_line(title).strip() or one_line(first_line).strip() or UNTITLED
    if len(shown) > HEADLINE_CHARS:
        shown = shown[: HEADLINE_CHARS - 1].rstrip() + "…"
    return shown


def tag_list(tags: tuple[str, ...]) -> str:
    return ", ".join(one_line(tag) for tag in tags)


def summary_line(summary: EntrySummary, id_width: int) -> str:
    line = _row(summary.id, id_width, _when(summary.created, summary.date_out_of_range))
    line += f"{STAR if summary.starred else ' '} " + headline(summary.title, summary.preview)
    return f"{line}  ({tag_list(summary.tags)})" if summary.tags else line


def hit_lines(hit: SearchHit, id_width: int, style: tuple[str, str]) -> list[str]:
    # Without a title the row stays short: the snippet below already shows the text.
    first = _row(hit.id, id_width, _when(hit.created, hit.date_out_of_range))
    first += f"{STAR if hit.starred else ' '} " + one_line(hit.title).strip()
    snippet = highlight.render(highlight.segments(hit.snippet), style, one_line).strip()
    return [first.rstrip(), " " * (id_width + 2) + snippet]


def entry_line(entry: Entry) -> str:
    """One row for the entry, as ``list`` shows it."""
    line = _row(entry.id or 0, 1, _when(entry.created, entry.date_out_of_range))
    return line + f"{STAR if entry.starred else ' '} " + headline(entry.title, entry.body)


def entry_text(entry: Entry) -> str:
    if entry.date_out_of_range:
        dated = f"{DATE_NOT_SHOWN} (innerspace edit {entry.id} --date WHEN gives it one)"
    else:
        dated = f"{when(entry.created)} ({utc_offset(entry.created)})"
    details = [dated]
    if entry.starred:
        details.append(f"{STAR} starred")
    if entry.tags:
        details.append(f"tags: {tag_list(entry.tags)}")
    lines = [one_line(entry.title)] if entry.title else []
    lines += [" · ".join(details), "", printable(entry.body)]
    return "\n".join(lines)


def _when(created: datetime, out_of_range: bool) -> str:
    return DATE_NOT_SHOWN if out_of_range else when(created)


def _row(entry_id: int, id_width: int, dated: str) -> str:
    return f"{entry_id:>{id_width}}  {dated}  "
