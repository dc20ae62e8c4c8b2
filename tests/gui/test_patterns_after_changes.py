"""Patterns after a change to an exercise: what was read before is kept, and every edit,
delete, undo and import shows in the next review."""

from __future__ import annotations

import dataclasses
import gc
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.core.exercises import CopingUse
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
ZONE = timezone(timedelta(hours=2))


def _coping(journal: Journal, day: int, use: CopingUse) -> Entry:
    when = datetime(2024, 6, day, 18, 0, tzinfo=ZONE)
    fields = {**use.to_fields(), "status": "complete"}
    return journal.add(
        Entry(body="…", created=when, updated=when, kind=CopingUse.KIND, fields=fields)
    )


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    started = DatabaseWorker()
    yield started
    started.wait()
    started.shutdown()


@pytest.fixture
def screen(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> PatternsScreen:
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _strategies(qtbot: QtBot, screen: PatternsScreen, worker: DatabaseWorker) -> list[str]:
    """Shown again, as when the person comes back to Patterns after a change."""
    worker.wait()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.reload()
    model = screen.coping_section.model
    return sorted(
        f"{model.index(r, 0).data()} {model.index(r, 1).data()}" for r in range(model.rowCount())
    )


def test_an_edited_deleted_and_restored_exercise_shows_as_it_is(
    qtbot: QtBot, screen: PatternsScreen, worker: DatabaseWorker, vault: Vault
) -> None:
    journal = Journal(vault)
    walk = _coping(journal, 12, CopingUse("Walk", "", 7, 3, 8))
    _coping(journal, 20, CopingUse("Walk", "", 6, 4, 6))
    _coping(journal, 21, CopingUse("Music"))
    assert _strategies(qtbot, screen, worker) == ["Music 1", "Walk 2"]

    fields = {**CopingUse("Call Sam", "", 7, 3, 8).to_fields(), "status": "complete"}
    journal.update(dataclasses.replace(walk, fields=fields))
    assert _strategies(qtbot, screen, worker) == ["Call Sam 1", "Music 1", "Walk 1"]

    removed = journal.delete(walk.id or 0)
    assert _strategies(qtbot, screen, worker) == ["Music 1", "Walk 1"]

    journal.add(dataclasses.replace(removed))  # undo, as the journal screen does it
    assert _strategies(qtbot, screen, worker) == ["Call Sam 1", "Music 1", "Walk 1"]


def test_imported_exercises_show_in_the_next_review(
    qtbot: QtBot, screen: PatternsScreen, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    journal = Journal(vault)
    _coping(journal, 21, CopingUse("Music"))
    assert _strategies(qtbot, screen, worker) == ["Music 1"]

    other, _recovery = Vault.create(tmp_path / "other", "another quiet room", kdf=FLOOR)
    with other:
        _coping(Journal(other), 14, CopingUse("Walk", "", 7, 3, 8))
        _coping(Journal(other), 15, CopingUse("Walk", "", 6, 4, 6))
        export_json(Journal(other), tmp_path / "export.json")
    commit(preview(parse_file("innerspace", tmp_path / "export.json"), journal), journal)
    assert _strategies(qtbot, screen, worker) == ["Music 1", "Walk 2"]


def test_what_a_review_set_aside_goes_back_to_the_collector_with_the_screen(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    _coping(Journal(vault), 21, CopingUse("Music"))
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    assert _strategies(qtbot, shown, worker) == ["Music 1"]
    assert gc.get_freeze_count() > 0
    shown.deleteLater()
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5_000)


def test_a_review_leaves_the_interpreter_as_it_found_it(
    qtbot: QtBot, screen: PatternsScreen, worker: DatabaseWorker, vault: Vault
) -> None:
    _coping(Journal(vault), 21, CopingUse("Music"))
    switching, collecting = sys.getswitchinterval(), gc.isenabled()
    assert _strategies(qtbot, screen, worker) == ["Music 1"]
    assert (sys.getswitchinterval(), gc.isenabled()) == (switching, collecting)
