"""When reminders come, quiet hours, the settings that hold them, and starting at login."""

from __future__ import annotations

import plistlib
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from innerspace.core.reminders import (
    ReminderPlan,
    clock_text,
    in_quiet_hours,
    next_reminder,
    parse_clock,
)
from innerspace.storage.preferences import Preferences, load_preferences, save_preferences

BERLIN_WINTER = timezone(timedelta(hours=1))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN_WINTER)


def test_reminders_are_off_unless_turned_on() -> None:
    assert Preferences().reminders_on is False
    assert next_reminder(ReminderPlan(), at(2, 9)) is None


def test_the_daily_reminder_is_today_or_else_tomorrow() -> None:
    plan = ReminderPlan(on=True, at=time(20, 0))
    assert next_reminder(plan, at(2, 9)) == at(2, 20)
    assert next_reminder(plan, at(2, 20)) == at(3, 20)  # just shown: the next is tomorrow
    assert next_reminder(plan, at(2, 21)) == at(3, 20)


def test_a_reminder_in_quiet_hours_waits_until_they_end() -> None:
    late = ReminderPlan(on=True, at=time(23, 30), quiet_from=time(22, 0), quiet_to=time(7, 0))
    assert next_reminder(late, at(2, 9)) == at(3, 7)
    early = ReminderPlan(on=True, at=time(6, 0), quiet_from=time(22, 0), quiet_to=time(7, 0))
    assert next_reminder(early, at(2, 5)) == at(2, 7)
    daytime = ReminderPlan(on=True, at=time(13, 0), quiet_from=time(12, 0), quiet_to=time(14, 0))
    assert next_reminder(daytime, at(2, 9)) == at(2, 14)


@pytest.mark.parametrize(
    ("moment", "quiet"),
    [
        (time(21, 59), False),
        (time(22, 0), True),
        (time(0, 0), True),
        (time(6, 59), True),
        (time(7, 0), False),
    ],
)
def test_quiet_hours_run_past_midnight(moment: time, quiet: bool) -> None:
    assert in_quiet_hours(moment, time(22, 0), time(7, 0)) is quiet


def test_the_same_start_and_end_means_no_quiet_hours() -> None:
    assert not in_quiet_hours(time(3, 0), time(22, 0), time(22, 0))


def test_homework_days_bring_a_reminder_only_when_asked_for() -> None:
    due = [date(2026, 3, 5)]
    only_homework = ReminderPlan(on=True, daily=False, homework=True, at=time(18, 0))
    assert next_reminder(only_homework, at(2, 9), due) == at(5, 18)
    assert next_reminder(only_homework, at(2, 9), []) is None
    not_asked = ReminderPlan(on=True, daily=False, homework=False)
    assert next_reminder(not_asked, at(2, 9), due) is None


def test_clock_text_round_trips_and_bad_text_falls_back() -> None:
    assert parse_clock("07:05", time(1, 0)) == time(7, 5)
    assert clock_text(time(7, 5)) == "07:05"
    assert parse_clock("25:00", time(1, 0)) == time(1, 0)
    assert parse_clock("soon", time(1, 0)) == time(1, 0)


def test_reminder_settings_are_kept_and_checked(tmp_path: Path) -> None:
    prefs = Preferences(reminders_on=True, reminder_time="06:45", quiet_from="23:00")
    save_preferences(tmp_path, prefs)
    loaded = load_preferences(tmp_path)
    assert (loaded.reminders_on, loaded.reminder_time, loaded.quiet_from) == (
        True,
        "06:45",
        "23:00",
    )
    odd = Preferences(reminder_time="7pm", quiet_to="24:00", reminders_on="yes")  # type: ignore[arg-type]
    checked = odd.validated()
    assert (checked.reminder_time, checked.quiet_to, checked.reminders_on) == (
        "20:00",
        "07:00",
        False,
    )


def test_starting_at_login_on_linux_and_macos(tmp_path: Path, qapp: object) -> None:
    from innerspace.gui.reminders.autostart import set_start_at_login

    command = ["/opt/innerspace/InnerSpace", "--tray"]
    set_start_at_login(True, platform="linux", command=command, home=tmp_path)
    entry = tmp_path / ".config" / "autostart" / "org.innerspace.InnerSpace.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Exec=/opt/innerspace/InnerSpace --tray\n" in text
    assert entry.stat().st_mode & 0o777 == 0o600
    set_start_at_login(False, platform="linux", command=command, home=tmp_path)
    assert not entry.exists()

    set_start_at_login(True, platform="darwin", command=command, home=tmp_path)
    agent = tmp_path / "Library" / "LaunchAgents" / "org.innerspace.InnerSpace.plist"
    assert plistlib.loads(agent.read_bytes())["ProgramArguments"] == command
    set_start_at_login(False, platform="darwin", command=command, home=tmp_path)
    assert not agent.exists()
