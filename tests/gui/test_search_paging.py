"""Search results keep loading as the person scrolls, even after a page could not be read."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.journal.search_model import SEARCH_PAGE, SearchResultsModel
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault


def test_a_page_that_failed_is_asked_for_again(qtbot: QtBot, vault: Vault) -> None:
    journal = Journal(vault)
    base = datetime(2024, 1, 1, 9, 0).astimezone()
    for i in range(SEARCH_PAGE + 5):
        when = base + timedelta(hours=i)
        journal.add(Entry(title=f"Entry {i}", body=f"Body {i}", created=when, updated=when))
    worker = DatabaseWorker()
    model = SearchResultsModel(worker, journal)
    model.set_hits(journal.search("body", limit=SEARCH_PAGE), ("body", "newest"))
    assert model.canFetchMore()

    vault.close()  # the next page cannot be read
    model.fetchMore()
    worker.wait(10)
    qtbot.waitUntil(lambda: model.canFetchMore(), timeout=10_000)
    assert model.rowCount() == SEARCH_PAGE
    worker.shutdown()


def test_a_timeline_page_that_failed_is_asked_for_again(qtbot: QtBot, vault: Vault) -> None:
    from innerspace.gui.journal.timeline_model import PAGE_SIZE, TimelineModel

    journal = Journal(vault)
    base = datetime(2024, 1, 1, 9, 0).astimezone()
    for i in range(PAGE_SIZE + 5):
        when = base + timedelta(hours=i)
        journal.add(Entry(title=f"Entry {i}", body=f"Body {i}", created=when, updated=when))
    worker = DatabaseWorker()
    model = TimelineModel(worker, journal)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=10_000)
    assert model.canFetchMore()

    vault.close()  # the next page cannot be read
    model.fetchMore()
    worker.wait(10)
    qtbot.waitUntil(lambda: model.canFetchMore(), timeout=10_000)
    assert model.rowCount() == PAGE_SIZE
    worker.shutdown()
