"""Entries: tags, word counts, titles, and times that keep the writer's own clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerspace.core.entries import (
    MAX_TAG_LENGTH,
    MAX_TITLE_LENGTH,
    Entry,
    from_utc_micros,
    normalize_tag,
    normalize_tags,
    to_utc_micros,
    utc_offset_seconds,
    word_count,
    zone_name,
)

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("work", "work"),
        ("  Work  ", "Work"),
        ("#sleep", "sleep"),
        ("## sleep", "sleep"),
        ("two\n\twords", "two words"),
        ("   ", ""),
        ("#", ""),
        ("c#", "c#"),
        ("x" * 100, "x" * MAX_TAG_LENGTH),
    ],
)
def test_normalize_tag(raw: str, tag: str) -> None:
    assert normalize_tag(raw) == tag


def test_normalize_tags_keeps_the_first_spelling_and_order() -> None:
    assert normalize_tags(["Work", "sleep", "WORK", "#work", "", "Sleep", "rest"]) == (
        "Work",
        "sleep",
        "rest",
    )


def test_normalize_tags_compares_by_unicode_case_folding() -> None:
    assert normalize_tags(["Straße", "STRASSE", "Ärger", "ärger"]) == ("Straße", "Ärger")


def test_normalize_tags_accepts_any_iterable_of_values() -> None:
    assert normalize_tags(iter([3, "3", " #3 "])) == ("3",)
    assert normalize_tags(()) == ()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("one", 1),
        ("Hello, world!", 2),
        ("don't stop", 2),
        ("it’s fine", 2),
        ("well-being", 2),
        ("3 cups of tea", 4),
        ("Привет мир", 2),
        ("— … !!", 0),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


def test_an_entry_counts_its_words() -> None:
    assert Entry(body="A calm walk by the river.").words == 6


@pytest.mark.parametrize(
    ("title", "body", "shown"),
    [
        ("Morning", "text", "Morning"),
        ("", "\n\n  First line  \nsecond", "First line"),
        ("", "# A heading\nbody", "A heading"),
        ("", "", "Untitled"),
        ("", "   \n \n", "Untitled"),
        ("", "y" * 200, "y" * 80),
        ("", "#\n  \nreal line", "real line"),
        ("", "##", "Untitled"),
    ],
)
def test_display_title(title: str, body: str, shown: str) -> None:
    assert Entry(title=title, body=body).display_title() == shown


def test_display_title_in_another_language() -> None:
    assert Entry().display_title(untitled="Sin título") == "Sin título"


def test_titles_are_one_line_and_of_sane_length() -> None:
    assert Entry(title="  a \n b\t c  ").title == "a b c"
    assert len(Entry(title="t" * 1000).title) == MAX_TITLE_LENGTH


# -- times -----------------------------------------------------------------------------------------


def test_the_epoch_is_zero_and_offsets_do_not_change_the_moment() -> None:
    assert to_utc_micros(datetime(1970, 1, 1, tzinfo=UTC)) == 0
    tokyo = datetime(1970, 1, 1, 9, 0, 0, 1, tzinfo=timezone(timedelta(hours=9)))
    assert to_utc_micros(tokyo) == 1
    assert to_utc_micros(datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)) == -1


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        to_utc_micros(datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        utc_offset_seconds(datetime(2024, 1, 1))


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2024, 3, 31, 1, 59, 59, tzinfo=BERLIN),  # just before clocks go forward
        datetime(2024, 3, 31, 3, 0, 0, tzinfo=BERLIN),  # just after
        datetime(2024, 10, 27, 2, 30, tzinfo=BERLIN),  # the repeated hour, first time
        datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=BERLIN),  # the repeated hour, second time
        datetime(2024, 6, 1, 12, 0, tzinfo=ZoneInfo("Australia/Lord_Howe")),  # half-hour DST
        datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=45))),  # Nepal
        datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=-9, minutes=-30))),
        datetime(1950, 1, 1, 0, 0, 0, 123456, tzinfo=timezone(timedelta(hours=14))),
    ],
    ids=str,
)
def test_a_time_round_trips_with_its_offset(moment: datetime) -> None:
    back = from_utc_micros(to_utc_micros(moment), utc_offset_seconds(moment))
    assert back.utcoffset() == moment.utcoffset()
    assert back.replace(tzinfo=None) == moment.replace(tzinfo=None, fold=0)
    assert to_utc_micros(back) == to_utc_micros(moment)


def test_the_repeated_hour_is_two_different_moments() -> None:
    first = datetime(2024, 10, 27, 2, 30, tzinfo=BERLIN)
    second = first.replace(fold=1)
    assert to_utc_micros(second) - to_utc_micros(first) == 3600 * 1_000_000
    assert (utc_offset_seconds(first), utc_offset_seconds(second)) == (7200, 3600)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.timezones(),
    )
)
def test_any_zoned_time_round_trips(moment: datetime) -> None:
    micros = to_utc_micros(moment)
    back = from_utc_micros(micros, utc_offset_seconds(moment))
    assert to_utc_micros(back) == micros
    assert back.utcoffset() == moment.utcoffset()
    assert back.astimezone(UTC) == moment.astimezone(UTC)


def test_zone_name() -> None:
    assert zone_name(datetime(2024, 1, 1, tzinfo=BERLIN)) == "Europe/Berlin"
    assert zone_name(datetime(2024, 1, 1, tzinfo=UTC)) is None
    assert zone_name(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2)))) is None
