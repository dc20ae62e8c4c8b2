"""Assignments and their progress: counted from the entries written for them, by the writer's
local day, in weeks from Monday to Sunday."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from innerspace.core.entries import Entry
from innerspace.core.homework import (
    Assignment,
    InvalidAssignment,
    Target,
    assignment_problems,
    due_days,
    progress,
    week_of,
    week_progress,
)
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.schema import LATEST_VERSION, schema_version
from innerspace.storage.vault import Vault

# 2026-12-07 is a Monday; 2026-12-13 the Sunday after it.
MONDAY = date(2026, 12, 7)
SUNDAY = date(2026, 12, 13)
THREE_A_WEEK = Assignment("Three walks", target=Target("weekly", 3))


def like_walks(title: str, **changes: object) -> Assignment:
    """Another assignment (its own uid) like the three walks."""
    return Assignment(title, target=Target("weekly", 3), **changes)  # type: ignore[arg-type]


def zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def test_a_week_runs_monday_to_sunday() -> None:
    assert week_of(MONDAY) == (MONDAY, SUNDAY)
    assert week_of(SUNDAY) == (MONDAY, SUNDAY)
    assert week_of(SUNDAY + timedelta(days=1)) == (SUNDAY + timedelta(1), SUNDAY + timedelta(7))


def test_sunday_night_counts_in_the_week_of_its_own_local_day() -> None:
    # 23:30 on Sunday in New York is already Monday in UTC and in Sydney.
    late_sunday = datetime(2026, 12, 13, 23, 30, tzinfo=zone(-5))
    assert late_sunday.astimezone(zone(0)).date() == SUNDAY + timedelta(days=1)
    # A moment keeps the UTC offset it was written with: its date is the writer's own day.
    days = [late_sunday.date()]
    assert week_progress(THREE_A_WEEK, days, MONDAY).done == 1
    assert week_progress(THREE_A_WEEK, days, SUNDAY + timedelta(days=1)).done == 0
    # And Monday 00:30 in Sydney is still Sunday in UTC: it belongs to Monday's week.
    early_monday = datetime(2026, 12, 14, 0, 30, tzinfo=zone(10))
    assert early_monday.astimezone(zone(0)).date() == SUNDAY
    assert week_progress(THREE_A_WEEK, [early_monday.date()], MONDAY).done == 0


def test_weekly_progress_counts_this_week_only_and_remembers_the_last_time() -> None:
    days = [MONDAY - timedelta(days=1), MONDAY, MONDAY + timedelta(days=3)]
    shown = week_progress(THREE_A_WEEK, days, MONDAY + timedelta(days=4))
    assert (shown.done, shown.wanted, shown.reached) == (2, 3, False)
    assert shown.last_done == MONDAY + timedelta(days=3)
    assert shown.done_ever == 3
    assert week_progress(THREE_A_WEEK, [*days, SUNDAY], SUNDAY).reached


def test_daily_asks_for_each_open_day_once() -> None:
    daily = Assignment("Breathe", target=Target("daily"), starts=MONDAY + timedelta(days=4))
    twice_friday = [MONDAY + timedelta(days=4)] * 2
    shown = week_progress(daily, twice_friday, MONDAY)
    # Started on Friday: Friday, Saturday and Sunday are this week's days.
    assert (shown.done, shown.wanted) == (1, 3)


def test_once_is_reached_whenever_it_was_done() -> None:
    once = Assignment("Write a letter", target=Target("once"))
    assert not week_progress(once, [], MONDAY).reached
    assert week_progress(once, [MONDAY - timedelta(days=20)], MONDAY).reached


def test_a_longer_period_asks_in_proportion() -> None:
    fortnight = progress(THREE_A_WEEK, [MONDAY], MONDAY, SUNDAY + timedelta(days=7))
    assert (fortnight.done, fortnight.wanted) == (1, 6)
    half_week = progress(THREE_A_WEEK, [], MONDAY, MONDAY + timedelta(days=2))
    assert half_week.wanted == 2


def test_every_problem_is_named() -> None:
    broken = Assignment(
        " ",
        asks_for="exercise",
        target=Target("weekly", 0),
        starts=SUNDAY,
        due=MONDAY,
        status="missed",
    )
    problems = assignment_problems(broken)
    assert len(problems) == 5
    assert any("title is empty" in p for p in problems)
    assert any("which exercise" in p for p in problems)
    assert any("1 to 21 times a week, not 0" in p for p in problems)
    assert any("due before it starts" in p for p in problems)
    assert any("status 'missed'" in p for p in problems)


# -- in the vault -------------------------------------------------------------------------------


def write(journal: Journal, when: datetime, text: str = "for homework") -> int:
    entry = journal.add(Entry(body=text, created=when, updated=when))
    assert entry.id is not None
    return entry.id


def test_the_migration_brings_the_tables(vault: Vault) -> None:
    assert schema_version(vault.connection) == LATEST_VERSION
    tables = {r[0] for r in vault.connection.execute("SELECT name FROM sqlite_master")}
    assert {"assignments", "entry_assignments"} <= tables


def test_progress_comes_from_linked_entries(vault: Vault, journal: Journal) -> None:
    homework = Homework(vault)
    walks = homework.add(THREE_A_WEEK)
    other = homework.add(Assignment("Thought record", "exercise", "thought-record"))
    assert walks.id is not None and other.id is not None
    late_sunday = datetime(2026, 12, 13, 23, 30, tzinfo=zone(-5))
    for when in (datetime(2026, 12, 8, 9, 0, tzinfo=zone(1)), late_sunday):
        homework.link_entry(write(journal, when), walks.id)
    write(journal, datetime(2026, 12, 9, 9, 0, tzinfo=zone(1)), "not for homework")
    homework.link_entry(write(journal, late_sunday + timedelta(days=1)), other.id)

    shown = {p.assignment.title: p.progress for p in homework.this_week(MONDAY)}
    assert (shown["Three walks"].done, shown["Three walks"].wanted) == (2, 3)
    assert shown["Three walks"].last_done == SUNDAY
    assert shown["Thought record"].done == 0
    assert shown["Thought record"].last_done == SUNDAY + timedelta(days=1)


def test_deleting_an_entry_removes_its_link_and_keeps_the_assignment(
    vault: Vault, journal: Journal
) -> None:
    homework = Homework(vault)
    walks = homework.add(THREE_A_WEEK)
    assert walks.id is not None
    entry_id = write(journal, datetime(2026, 12, 8, 9, 0, tzinfo=zone(0)))
    homework.link_entry(entry_id, walks.id)
    homework.link_entry(entry_id, walks.id)  # twice is once
    assert homework.entries_for(walks.id) == [entry_id]
    assert [a.title for a in homework.assignments_for_entry(entry_id)] == ["Three walks"]
    journal.delete(entry_id)
    assert homework.entries_for(walks.id) == []
    assert homework.get(walks.id).title == "Three walks"
    assert homework.this_week(MONDAY)[0].progress.done == 0


def test_edits_and_status_keep_the_links(vault: Vault, journal: Journal) -> None:
    homework = Homework(vault)
    walks = homework.add(THREE_A_WEEK)
    assert walks.id is not None
    homework.link_entry(write(journal, datetime(2026, 12, 8, 9, tzinfo=zone(0))), walks.id)
    homework.update(replace(walks, title="Walks outside", notes="by the river"))
    homework.set_status(walks.id, "set-aside")
    assert homework.get(walks.id).notes == "by the river"
    assert homework.this_week(MONDAY) == []
    assert len(homework.entries_for(walks.id)) == 1
    homework.set_status(walks.id, "active")
    assert homework.this_week(MONDAY)[0].progress.done == 1


def test_an_invalid_assignment_is_never_stored(vault: Vault) -> None:
    homework = Homework(vault)
    with pytest.raises(InvalidAssignment):
        homework.add(Assignment("", target=Target("hourly")))
    assert homework.all() == []


def test_progress_for_a_session_summary_period(vault: Vault, journal: Journal) -> None:
    homework = Homework(vault)
    walks = homework.add(THREE_A_WEEK)
    aside = homework.add(like_walks("Set aside", status="set-aside"))
    ended = homework.add(like_walks("Ended", due=MONDAY - timedelta(days=30)))
    assert walks.id is not None and aside.id is not None and ended.id is not None
    homework.link_entry(write(journal, datetime(2026, 12, 8, 9, tzinfo=zone(0))), walks.id)
    homework.link_entry(write(journal, datetime(2026, 12, 15, 9, tzinfo=zone(0))), aside.id)

    shown = homework.progress_between(MONDAY, SUNDAY + timedelta(days=7))
    assert [(p.assignment.title, p.progress.done, p.progress.wanted) for p in shown] == [
        ("Three walks", 1, 6),
        ("Set aside", 1, 6),  # set aside, but done in the period: it is part of the story
    ]


def test_this_week_shows_the_soonest_due_first(vault: Vault) -> None:
    homework = Homework(vault)
    homework.add(like_walks("No date"))
    homework.add(like_walks("Friday", due=MONDAY + timedelta(days=4)))
    homework.add(like_walks("Not yet", starts=SUNDAY + timedelta(days=1)))
    homework.add(like_walks("Done", status="done"))
    assert [p.assignment.title for p in homework.this_week(MONDAY)] == ["Friday", "No date"]
    everything = homework.this_week(MONDAY, everything=True)
    assert [p.assignment.title for p in everything] == ["Friday", "No date", "Done", "Not yet"]


def test_a_link_to_an_assignment_no_longer_here_is_passed_over(
    vault: Vault, journal: Journal
) -> None:
    entry_id = write(journal, datetime(2026, 12, 8, 9, tzinfo=zone(0)))
    Homework(vault).link_entry(entry_id, 404)
    assert vault.connection.execute("SELECT count(*) FROM entry_assignments").fetchone()[0] == 0


def test_reminders_learn_only_the_days_active_homework_is_due() -> None:
    friday, saturday = date(2026, 12, 11), date(2026, 12, 12)
    assignments = [
        Assignment("Walks", due=friday),
        Assignment("Walks again", due=friday),
        Assignment("Open-ended"),
        Assignment("Finished", due=saturday, status="done"),
        Assignment("Set aside", due=saturday, status="set-aside"),
    ]
    assert due_days(assignments) == {friday}
