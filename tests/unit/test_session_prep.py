"""Preparing for a session: marks, the talk-about list and session dates, kept in the vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.core.session_plan import SessionPlan, default_period
from innerspace.storage.journal import EntryNotFound, Journal
from innerspace.storage.session_prep import SessionDates, SessionMarks, TalkList
from innerspace.storage.vault import Vault
from tests.security.leaks import CANARY, find_leaks, needles


def test_marking_an_entry_keeps_it_and_deleting_the_entry_drops_the_mark(
    vault: Vault, journal: Journal
) -> None:
    entry = journal.add(Entry(body="for Thursday"))
    before = journal.get(entry.id or 0).updated
    marks = SessionMarks(vault)
    marks.mark(entry.id or 0, True)
    marks.mark(entry.id or 0, True)  # twice is still once
    assert marks.is_marked(entry.id or 0)
    assert marks.marked_ids() == {entry.id}
    assert journal.get(entry.id or 0).updated == before  # marking isn't an edit
    journal.delete(entry.id or 0)
    assert marks.marked_ids() == set()


def test_unmarking_and_a_missing_entry(vault: Vault, journal: Journal) -> None:
    entry = journal.add(Entry(body="x"))
    marks = SessionMarks(vault)
    marks.mark(entry.id or 0, True)
    marks.mark(entry.id or 0, False)
    assert not marks.is_marked(entry.id or 0)
    with pytest.raises(EntryNotFound):
        marks.mark(9999, True)


def test_marked_entries_are_found_by_the_writer_s_own_day(vault: Vault, journal: Journal) -> None:
    tokyo = timezone(timedelta(hours=9))
    # 23:30 in Tokyo on the 3rd is the 3rd for its writer, though UTC says the 3rd at 14:30.
    late = journal.add(Entry(body="late", created=datetime(2026, 3, 3, 23, 30, tzinfo=tokyo)))
    samoa = timezone(timedelta(hours=-11))
    # 20:00 on the 4th in UTC-11 is already the 5th in UTC.
    evening = journal.add(Entry(body="eve", created=datetime(2026, 3, 4, 20, 0, tzinfo=samoa)))
    outside = journal.add(Entry(body="no", created=datetime(2026, 3, 5, 0, 30, tzinfo=tokyo)))
    marks = SessionMarks(vault)
    for entry in (late, evening, outside):
        marks.mark(entry.id or 0, True)
    assert marks.marked_between(date(2026, 3, 3), date(2026, 3, 4)) == [late.id, evening.id]


def test_the_talk_about_list_is_added_to_edited_ticked_and_reordered(vault: Vault) -> None:
    talk = TalkList(vault)
    sleep = talk.add("  sleep \n and the new job ")
    mum = talk.add("Calling mum")
    boundaries = talk.add("Boundaries at work")
    assert sleep.text == "sleep and the new job"
    talk.edit(mum.id, "Calling my mother")
    talk.set_done(sleep.id, True)
    talk.reorder([boundaries.id, sleep.id, mum.id])
    items = talk.all()
    assert [i.text for i in items] == [
        "Boundaries at work",
        "sleep and the new job",
        "Calling my mother",
    ]
    assert [i.done for i in items] == [False, True, False]
    talk.remove(sleep.id)
    assert len(talk.all()) == 2
    with pytest.raises(ValueError):
        talk.add("   ")


def test_session_days_and_a_weekly_rhythm(vault: Vault) -> None:
    dates = SessionDates(vault)
    assert dates.plan() == SessionPlan()
    dates.add_day(date(2026, 3, 12))
    dates.add_day(date(2026, 3, 2))
    dates.set_weekly(3, date(2026, 3, 1))  # Thursdays
    plan = dates.plan()
    assert plan.days == (date(2026, 3, 2), date(2026, 3, 12))
    assert (plan.weekday, plan.rhythm_from) == (3, date(2026, 3, 1))
    dates.remove_day(date(2026, 3, 12))
    dates.set_weekly(None)
    assert dates.plan() == SessionPlan(days=(date(2026, 3, 2),))


def test_last_and_next_session_from_days_and_rhythm() -> None:
    thursdays = SessionPlan(weekday=3, rhythm_from=date(2026, 3, 5))
    assert thursdays.last_before(date(2026, 3, 16)) == date(2026, 3, 12)
    # The session today is the next one, not the last: the summary is for it.
    assert thursdays.last_before(date(2026, 3, 12)) == date(2026, 3, 5)
    assert thursdays.next_from(date(2026, 3, 12)) == date(2026, 3, 12)
    assert thursdays.next_from(date(2026, 3, 1)) == date(2026, 3, 5)
    assert thursdays.last_before(date(2026, 3, 5)) is None
    both = SessionPlan(days=(date(2026, 3, 14),), weekday=3)
    assert both.last_before(date(2026, 3, 16)) == date(2026, 3, 14)
    assert both.next_from(date(2026, 3, 13)) == date(2026, 3, 14)


def test_the_default_period_is_since_the_last_session() -> None:
    today = date(2026, 3, 16)
    assert default_period(SessionPlan(days=(date(2026, 3, 9),)), today) == (date(2026, 3, 9), today)
    assert default_period(SessionPlan(), today) == (date(2026, 3, 3), today)


def test_the_talk_list_and_marks_never_reach_a_file_in_plain_text(
    vault: Vault, journal: Journal, data_dir: Path
) -> None:
    talk_canary = f"talk {CANARY}"
    entry = journal.add(Entry(body="x"))
    SessionMarks(vault).mark(entry.id or 0, True)
    TalkList(vault).add(talk_canary)
    SessionDates(vault).add_day(date(2026, 3, 12))
    assert find_leaks(data_dir, needles(texts=[CANARY])) == []
    vault.close()
    assert find_leaks(data_dir, needles(texts=[CANARY])) == []
