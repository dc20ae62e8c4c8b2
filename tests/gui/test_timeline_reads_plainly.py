"""The timeline reads like a list of days: plain previews and dates as people say them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.common.moments import human_date, human_moment
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_dates_are_said_as_people_say_them() -> None:
    now = datetime(2026, 12, 5, 18, 30).astimezone()  # a Saturday
    assert human_moment(now.replace(hour=14, minute=2), now, ENGLISH) == "Today 14:02"
    assert human_moment(now - timedelta(days=1), now, ENGLISH) == "Yesterday 18:30"
    assert human_moment(now - timedelta(days=4), now, ENGLISH) == "Tuesday 18:30"
    assert human_date(datetime(2026, 3, 3, 9, 0).astimezone(), now, ENGLISH) == "3 March"
    assert human_moment(datetime(2024, 3, 3, 9, 0).astimezone(), now, ENGLISH) == "3 March 2024"


def test_the_timeline_shows_plain_words_and_names_untitled_entries_by_their_first_line(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal = Journal(vault)
    now = datetime.now().astimezone()
    journal.add(Entry(body="## **Slow** Sunday\n\nI *finally* rested.", created=now, updated=now))
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    spoken = screen.timeline.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Today ")
    assert spoken.endswith("— Slow Sunday")
    assert "#" not in spoken and "*" not in spoken
