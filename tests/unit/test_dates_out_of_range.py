"""Moments outside the calendar: never stored, and never able to hide a journal when an older
version stored one anyway."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from innerspace.core.emotions import EmotionTag, load_vocabulary
from innerspace.core.entries import (
    Draft,
    Entry,
    MomentOutOfRange,
    check_moment,
    from_utc_micros,
    read_moment,
    to_utc_micros,
)
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.innerspace_json import parse as parse_json
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.storage.backups import create_backup, inspect_backup, with_passphrase
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.pattern_queries import load_patterns
from tests.conftest import PASSPHRASE


def _offset(hours: int, minutes: int = 0) -> timezone:
    sign = -1 if hours < 0 else 1
    return timezone(sign * timedelta(hours=abs(hours), minutes=minutes))


# Each is a real datetime on its writer's clock, but its UTC form is outside the calendar.
PAST_THE_END = datetime(9999, 12, 31, 23, 59, 59, tzinfo=_offset(-23, 59))
BEFORE_THE_START = datetime(1, 1, 1, 0, 30, tzinfo=_offset(1))
OUT_OF_RANGE = [PAST_THE_END, BEFORE_THE_START]
# The calendar's very ends, in UTC and on the writer's clock alike: these are kept.
EDGES = [
    datetime(1, 1, 1, 0, 0, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(1, 1, 1, 23, 30, tzinfo=_offset(23)),
]
SPRING = datetime(2024, 3, 5, 21, 30, tzinfo=_offset(1))


def _write_as_an_older_version(journal: Journal, moment: datetime, body: str = "odd") -> int:
    """An entry whose stored date no clock can show, as older versions let in."""
    entry_id = journal.add(Entry(body=body, created=SPRING)).id or 0
    offset = moment.utcoffset() or timedelta(0)
    micros = to_utc_micros(moment)
    with journal.vault.transaction() as db:
        db.execute(
            "UPDATE entries SET created_utc = ?, created_offset = ?, sort_key = ? WHERE id = ?",
            (micros, int(offset.total_seconds()), micros, entry_id),
        )
    return entry_id


# -- the time helpers ----------------------------------------------------------------------------


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_a_moment_outside_the_calendar_in_utc_is_refused(moment: datetime) -> None:
    with pytest.raises(MomentOutOfRange) as refused:
        check_moment(moment)

    assert moment.isoformat() in str(refused.value)
    assert "1 to 9999" in str(refused.value)


@pytest.mark.parametrize("moment", EDGES)
def test_the_calendars_ends_are_kept_and_read_back(moment: datetime) -> None:
    check_moment(moment)

    offset = int((moment.utcoffset() or timedelta(0)).total_seconds())
    assert read_moment(to_utc_micros(moment), offset) == moment


def test_a_stored_moment_no_clock_can_show_reads_as_the_nearest_one_that_can() -> None:
    late = to_utc_micros(PAST_THE_END)
    early = to_utc_micros(BEFORE_THE_START)

    assert read_moment(late, -86_340) is None
    assert read_moment(early, 3600) is None
    assert from_utc_micros(late, -86_340).year == 9999
    assert from_utc_micros(early, 3600).year == 1
    # In UTC 9999-12-31 23:00 exists; two hours ahead of UTC it doesn't.
    utc_only = to_utc_micros(datetime(9999, 12, 31, 23, 0, tzinfo=UTC))
    assert read_moment(utc_only, 7200) is None
    assert from_utc_micros(utc_only, 7200) == datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    assert read_moment(2**62, 0) is None
    assert from_utc_micros(2**62, 0).year == 9999


# -- writing: every way in refuses ---------------------------------------------------------------


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_add_refuses_a_moment_outside_the_calendar(journal: Journal, moment: datetime) -> None:
    with pytest.raises(MomentOutOfRange):
        journal.add(Entry(body="x", created=moment))
    with pytest.raises(MomentOutOfRange):
        journal.add(Entry(body="x", created=SPRING, updated=moment))

    assert journal.count() == 0


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_update_refuses_and_leaves_the_entry_as_it_was(journal: Journal, moment: datetime) -> None:
    entry = journal.add(Entry(body="kept", created=SPRING))

    entry.created = moment
    entry.body = "changed"
    with pytest.raises(MomentOutOfRange):
        journal.update(entry)

    stored = journal.get(entry.id or 0)
    assert (stored.created, stored.body) == (SPRING, "kept")


def test_add_many_refuses_all_when_one_moment_is_outside_the_calendar(journal: Journal) -> None:
    entries = [Entry(body="fine", created=SPRING), Entry(body="odd", created=PAST_THE_END)]

    with pytest.raises(MomentOutOfRange):
        journal.add_many(entries)

    assert journal.count() == 0


def test_drafts_refuse_a_moment_outside_the_calendar(journal: Journal) -> None:
    draft = Draft(None, "", "words", (), BEFORE_THE_START)

    with pytest.raises(MomentOutOfRange):
        journal.save_draft(draft)
    with pytest.raises(MomentOutOfRange):
        journal.add_many([Entry(body="fine", created=SPRING)], drafts=[("editor", draft, None)])

    assert journal.load_draft() is None
    assert journal.count() == 0


@pytest.mark.parametrize("moment", EDGES)
def test_entries_at_the_calendars_ends_are_stored_and_listed(
    journal: Journal, moment: datetime
) -> None:
    entry_id = journal.add(Entry(body="at the edge", created=moment)).id

    [summary] = journal.page()

    assert (summary.id, summary.created, summary.date_out_of_range) == (entry_id, moment, False)
    assert journal.search("edge")[0].created == moment


# -- reading: one odd row never sinks anything ----------------------------------------------------


@pytest.fixture
def odd_journal(journal: Journal) -> Journal:
    """A journal an older version left with two entries dated outside the calendar."""
    journal.add(Entry(body="An ordinary evening walk.", created=SPRING, tags=("walk",)))
    _write_as_an_older_version(journal, PAST_THE_END, "A late walk, oddly dated.")
    _write_as_an_older_version(journal, BEFORE_THE_START, "An early walk, oddly dated.")
    return journal


def test_a_page_shows_every_entry_and_flags_the_odd_dates(odd_journal: Journal) -> None:
    summaries = odd_journal.page()

    assert len(summaries) == 3
    assert [s.date_out_of_range for s in summaries] == [True, False, True]
    assert summaries[1].created == SPRING


def test_search_finds_entries_with_odd_dates(odd_journal: Journal) -> None:
    hits = odd_journal.search("walk")

    assert len(hits) == 3
    assert sorted(h.date_out_of_range for h in hits) == [False, True, True]


def test_an_entry_with_an_odd_date_opens_and_its_text_can_be_changed(
    odd_journal: Journal,
) -> None:
    [late] = [s for s in odd_journal.page() if s.preview.startswith("A late")]
    entry = odd_journal.get(late.id)
    assert entry.date_out_of_range

    entry.body = "A late walk, written again."
    odd_journal.update(entry)

    again = odd_journal.get(late.id)
    assert again.body == "A late walk, written again."
    # The stand-in never replaces the stored date: only a date the person chooses does.
    assert again.date_out_of_range
    row = odd_journal.vault.connection.execute(
        "SELECT created_utc FROM entries WHERE id = ?", (late.id,)
    ).fetchone()
    assert row[0] == to_utc_micros(PAST_THE_END)


def test_an_odd_date_is_fixed_by_setting_a_real_one(odd_journal: Journal) -> None:
    [late] = [s for s in odd_journal.page() if s.preview.startswith("A late")]
    entry = odd_journal.get(late.id)

    entry.created = datetime(2024, 3, 6, 9, 0, tzinfo=_offset(1))
    entry.date_out_of_range = False
    odd_journal.update(entry)

    fixed = odd_journal.get(late.id)
    assert (fixed.created, fixed.date_out_of_range) == (entry.created, False)
    assert odd_journal.page()[0].id == late.id  # now the newest


def test_an_entry_with_an_odd_date_can_be_deleted(odd_journal: Journal) -> None:
    [early] = [s for s in odd_journal.page() if s.preview.startswith("An early")]

    odd_journal.delete(early.id)

    assert odd_journal.count() == 2


def test_days_and_patterns_leave_odd_dates_out(odd_journal: Journal) -> None:
    [odd_id] = [s.id for s in odd_journal.page() if s.date_out_of_range][:1]
    feelings = Feelings(odd_journal.vault)
    feelings.set_emotions(odd_id, [EmotionTag("calm", 60)])
    feelings.set_mood(odd_id, 7)

    days = odd_journal.days_with_entries(
        datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC)
    )
    assert days == {"2024-03-05"}
    assert feelings.first_day() == date(2024, 3, 5)
    everything = feelings.records(date.min, date.max)
    assert [r.written for r in everything] == [SPRING]
    data = load_patterns(feelings, None, date(2024, 3, 31), load_vocabulary())
    assert data.review.entries == 1
    assert [d.day for d in data.review.moods if d.entries] == [SPRING.date()]
    assert 7 not in [d.mood for d in (*data.review.moods, *data.calendar)]
    assert data.first_day == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("moment", "first", "last"),
    [
        (EDGES[0], date.min, date(1, 2, 1)),
        (EDGES[1], date(9999, 12, 1), date.max),
        (datetime(24, 3, 5, 12, 0, tzinfo=UTC), date(24, 3, 1), date(2024, 3, 5)),
    ],
)
def test_patterns_reach_the_calendars_ends(
    journal: Journal, moment: datetime, first: date, last: date
) -> None:
    entry_id = journal.add(Entry(body="at the edge", created=moment)).id or 0
    feelings = Feelings(journal.vault)
    feelings.set_mood(entry_id, 6)

    data = load_patterns(feelings, first, last, load_vocabulary())

    assert data.review.entries == 1
    assert [d.mood for d in data.review.moods if d.mood is not None] == [6]
    assert sum(w.entries for w in data.review.weeks) == 1


def test_exports_keep_entries_with_odd_dates(odd_journal: Journal, tmp_path: Path) -> None:
    assert export_json(odd_journal, tmp_path / "all.json") == 3
    assert export_markdown(odd_journal, tmp_path / "markdown") == 3

    # What was exported can come back: the stand-in dates are inside the calendar.
    parsed = parse_json(tmp_path / "all.json")
    assert (len(parsed.entries), parsed.skipped) == (3, [])


def test_a_backup_of_a_journal_with_odd_dates_is_made_and_described(
    odd_journal: Journal, tmp_path: Path
) -> None:
    made = create_backup(odd_journal.vault, tmp_path / "backups")

    staged = inspect_backup(made, with_passphrase(PASSPHRASE), work_dir=tmp_path)
    try:
        assert staged.info.entries == 3
        assert staged.info.first_entry is not None
        assert staged.info.last_entry is not None
    finally:
        staged.discard()


# -- importing -----------------------------------------------------------------------------------


def _innerspace_json(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(
        json.dumps({"format": "innerspace-journal", "version": 2, "entries": entries}),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("moment", OUT_OF_RANGE)
def test_an_import_lists_an_entry_outside_the_calendar_as_left_out(
    journal: Journal, tmp_path: Path, moment: datetime
) -> None:
    path = _innerspace_json(
        tmp_path / "import.json",
        [
            {"uid": "fine", "created": SPRING.isoformat(), "body": "Fine."},
            {"uid": "odd", "created": moment.isoformat(), "body": "Odd."},
        ],
    )

    plan = preview(parse_json(path), journal)

    assert [e.uid for e in plan.new] == ["fine"]
    assert (
        "  Entry 2 is left out: its date falls outside the years 1 to 9999 in UTC, so it can't "
        "be kept." in plan.lines()
    )
    assert commit(plan, journal).added == 1
    assert [s.preview for s in journal.page()] == ["Fine."]


def test_an_import_refuses_a_lone_surrogate_and_changes_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "import.json"
    # Written by hand: json.dumps would escape the backslash.
    path.write_text(
        '{"format": "innerspace-journal", "version": 2, "entries": ['
        '{"uid": "a", "created": "2024-03-05T21:30:00+01:00", "body": "A smile \\ud83d\\ude00"},'
        '{"uid": "b", "created": "2024-03-05T21:30:00+01:00", "body": "broken \\ud800 here"}]}',
        encoding="utf-8",
    )

    with pytest.raises(ImportProblem, match="broken character"):
        parse_json(path)

    assert journal.count() == 0


def test_an_import_keeps_escaped_pairs_that_make_one_character(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "import.json"
    path.write_text(
        '{"format": "innerspace-journal", "version": 2, "entries": ['
        '{"uid": "a", "created": "2024-03-05T21:30:00+01:00", "body": "A smile \\ud83d\\ude00"}]}',
        encoding="utf-8",
    )

    commit(preview(parse_json(path), journal), journal)

    assert journal.page()[0].preview == "A smile \N{GRINNING FACE}"
