"""The command line's small pieces: reading dates, showing snippets, times and headlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from innerspace.cli import highlight, output
from innerspace.cli.dates import parse_day, parse_moment
from innerspace.cli.errors import CommandError


def test_snippet_marks_become_runs_spans_and_styles() -> None:
    runs = highlight.segments("…by the \x02river\x03 and the \x02sea\x03")

    assert runs == [("…by the ", False), ("river", True), (" and the ", False), ("sea", True)]
    assert highlight.plain_with_spans(runs) == ("…by the river and the sea", [[8, 13], [22, 25]])
    assert highlight.render(runs, highlight.BRACKETS, str) == "…by the [river] and the [sea]"
    assert highlight.render(runs, highlight.BOLD, str) == (
        "…by the \x1b[1mriver\x1b[22m and the \x1b[1msea\x1b[22m"
    )


def test_stray_marks_in_written_text_are_dropped() -> None:
    runs = highlight.segments("a\x03b \x02c\x02d\x03 e\x02")

    assert highlight.plain_with_spans(runs) == ("ab cd e", [[3, 5]])


def test_a_snippet_without_marks_is_plain_text() -> None:
    assert highlight.plain_with_spans(highlight.segments("just text")) == ("just text", [])


@pytest.mark.parametrize(
    ("title", "text", "shown"),
    [
        ("Morning", "Body", "Morning"),
        ("  ", "\n\n# Heading here\nmore", "Heading here"),
        ("", "  \n", output.UNTITLED),
        ("A" * 80, "", "A" * 59 + "…"),
        ("Tabs\tand\nbreaks", "", "Tabs and breaks"),
    ],
)
def test_headline(title: str, text: str, shown: str) -> None:
    assert output.headline(title, text) == shown


def test_printable_keeps_lines_and_drops_terminal_controls() -> None:
    assert output.printable("one\r\ntwo\rthree\tfour\x1b[31m\x07\x9b") == (
        "one\ntwo\nthree\tfour[31m"
    )


@pytest.mark.parametrize(
    ("offset", "shown"),
    [
        (timedelta(0), "UTC+00:00"),
        (timedelta(hours=5, minutes=45), "UTC+05:45"),
        (-timedelta(hours=3, minutes=30), "UTC-03:30"),
    ],
)
def test_utc_offset(offset: timedelta, shown: str) -> None:
    assert output.utc_offset(datetime(2024, 3, 5, tzinfo=timezone(offset))) == shown


def test_times_are_shown_as_the_writer_saw_them() -> None:
    moment = datetime(2024, 3, 5, 21, 30, 15, 999, tzinfo=timezone(timedelta(hours=-8)))

    assert output.when(moment) == "2024-03-05 21:30"
    assert output.iso(moment) == "2024-03-05T21:30:15-08:00"


def test_a_date_alone_is_midday_local_time() -> None:
    moment = parse_moment("2024-03-05")

    assert moment.replace(tzinfo=None) == datetime(2024, 3, 5, 12, 0)
    assert moment.utcoffset() == datetime(2024, 3, 5, 12, 0).astimezone().utcoffset()


def test_an_offset_given_is_kept() -> None:
    moment = parse_moment("2024-03-05T21:30:00+05:30")

    assert moment.utcoffset() == timedelta(hours=5, minutes=30)
    assert moment.hour == 21


@pytest.mark.parametrize("text", ["", "today", "2024-02-30", "2024-03-05 at 9"])
def test_unreadable_moments_are_refused_plainly(text: str) -> None:
    with pytest.raises(CommandError, match="isn't a date"):
        parse_moment(text)


def test_days() -> None:
    assert parse_day("2024-03-05", "--from") == date(2024, 3, 5)
    with pytest.raises(CommandError, match=r"^--to “5 March” isn't a date"):
        parse_day("5 March", "--to")
