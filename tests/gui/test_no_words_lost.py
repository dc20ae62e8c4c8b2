"""Words are never lost when saves, new entries, deletes and locks overlap.

A slow job on the worker (a backup, say) is held open with an event so that the person's
Ctrl+S waits in the queue while they keep typing, exactly as it can happen in real use.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Draft
from innerspace.gui.journal.screen import JournalScreen
from innerspace.gui.main_window import AppWindow
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def _open(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> tuple[AppWindow, JournalScreen]:
    vault.close()
    window = make_window(data_dir)
    return window, unlock(qtbot, window)


def _hold_the_worker(window: AppWindow) -> threading.Event:
    gate = threading.Event()
    window.worker.submit(lambda: gate.wait(10))
    return gate


def _stored(data_dir: Path) -> tuple[list[str], Draft | None]:
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        journal = Journal(reopened)
        return [journal.get(s.id).body for s in journal.page()], journal.load_draft()


def test_a_new_entry_while_a_save_waits_keeps_the_words_typed_after_ctrl_s(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.text, "first part.")
    screen.save_entry()
    wait_idle(qtbot, window)
    gate = _hold_the_worker(window)
    qtbot.keyClicks(screen.editor.text, " second.")
    screen.save_entry()
    qtbot.keyClicks(screen.editor.text, " KEPT WORDS")
    screen.new_entry()
    gate.set()
    wait_idle(qtbot, window)
    window.close()
    bodies, _draft = _stored(data_dir)
    assert bodies == ["first part. second. KEPT WORDS"]


def test_undo_after_delete_brings_back_the_latest_words(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.text, "first part.")
    screen.save_entry()
    wait_idle(qtbot, window)
    gate = _hold_the_worker(window)
    qtbot.keyClicks(screen.editor.text, " second.")
    screen.save_entry()
    qtbot.keyClicks(screen.editor.text, " LATEST")
    screen.delete_entry()
    gate.set()
    wait_idle(qtbot, window)
    screen.undo_delete()
    wait_idle(qtbot, window)
    assert screen.editor.body() == "first part. second. LATEST"


def test_locking_during_the_first_save_of_a_new_entry_makes_no_second_entry(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    gate = _hold_the_worker(window)
    qtbot.keyClicks(screen.editor.text, "a new entry")
    screen.save_entry()
    qtbot.keyClicks(screen.editor.text, " and more")
    window.lock()
    gate.set()
    window.worker.wait()
    screen = unlock(qtbot, window)
    assert screen.editor.body() == "a new entry and more"
    screen.save_entry()
    wait_idle(qtbot, window)
    window.close()
    bodies, draft = _stored(data_dir)
    assert bodies == ["a new entry and more"] and draft is None


def test_a_save_that_fails_just_before_a_lock_leaves_a_draft(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.keyClicks(screen.editor.text, "old text")
    screen.save_entry()
    wait_idle(qtbot, window)
    qtbot.keyClicks(screen.editor.text, " and the new words")

    def failing_update(self: Journal, entry: object, *, touch: bool = True) -> object:
        raise OSError(28, "No space left on device")

    gate = _hold_the_worker(window)
    monkeypatch.setattr(Journal, "update", failing_update)
    screen.save_entry()
    window.lock()
    gate.set()
    window.worker.wait()
    monkeypatch.undo()
    bodies, draft = _stored(data_dir)
    assert bodies == ["old text"]
    assert draft is not None and draft.body == "old text and the new words"


def test_typing_waits_until_a_kept_draft_is_back(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from innerspace.core.entries import local_now

    Journal(vault).save_draft(Draft(None, "", "OLD DRAFT from yesterday", (), local_now()))
    vault.close()
    gate = threading.Event()
    original = Journal.load_draft

    def slow_load_draft(self: Journal) -> Draft | None:
        gate.wait(10)  # the draft is slow to come back
        return original(self)

    monkeypatch.setattr(Journal, "load_draft", slow_load_draft)
    window = make_window(data_dir)
    field = window.unlock_screen.passphrase.edit
    qtbot.keyClicks(field, PASSPHRASE)
    field.returnPressed.emit()
    qtbot.waitUntil(lambda: window.journal_screen is not None, timeout=10_000)
    screen = window.journal_screen
    assert screen is not None
    assert not screen.editor.isEnabled()
    gate.set()
    qtbot.waitUntil(screen.editor.isEnabled, timeout=10_000)
    assert screen.editor.body() == "OLD DRAFT from yesterday"


def test_a_star_alone_on_an_empty_new_entry_does_not_block_opening_entries(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.core.entries import Entry

    Journal(vault).add(Entry(title="Existing", body="words"))
    _window, screen = _open(qtbot, make_window, vault, data_dir)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.editor.star.click()
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.editor.title.text() == "Existing", timeout=10_000)
