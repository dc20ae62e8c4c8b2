"""Feelings named beside an entry are saved with it, kept through a lock, and come back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def test_a_feeling_named_while_writing_is_saved_with_the_entry_and_survives_a_lock(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.editor.text, "A tight chest before the call.")
    picker = screen.editor.feelings.picker
    qtbot.keyClicks(picker.search, "anx")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert [e.emotion_id for e in picker.emotions()] == ["anxious"]

    window.lock()  # unsaved: the feelings go into the encrypted draft with the text
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.body() != "", timeout=10_000)
    assert [e.emotion_id for e in screen.editor.feelings.picker.emotions()] == ["anxious"]

    screen.save_entry()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: screen.current_entry_id is not None, timeout=10_000)
    entry_id = screen.current_entry_id
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert Feelings(reopened).emotions(entry_id) == [EmotionTag("anxious", 50)]
        assert Journal(reopened).load_draft() is None


def test_opening_an_entry_shows_its_feelings_and_undo_brings_them_back(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.core.entries import Entry

    entry = Journal(vault).add(Entry(title="Walk", body="By the river"))
    assert entry.id is not None
    Feelings(vault).set_emotions(entry.id, [EmotionTag("calm", 70)])
    Feelings(vault).set_mood(entry.id, 8)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.editor.feelings.value().mood == 8, timeout=10_000)
    assert [e.emotion_id for e in screen.editor.feelings.value().emotions] == ["calm"]

    screen.delete_entry()
    qtbot.waitUntil(lambda: screen.undo_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.editor.feelings.value().mood == 8, timeout=10_000)
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        restored = Journal(reopened).page()[0]
        assert Feelings(reopened).emotions(restored.id) == [EmotionTag("calm", 70)]


def test_an_exercise_entry_shows_the_feelings_it_named_not_none_yet(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.core.entries import Entry

    saved = Journal(vault).add(Entry(body="## Thought record", kind="thought-record"))
    assert saved.id is not None
    Feelings(vault).set_emotions(
        saved.id, [EmotionTag("anxious", 80, "before"), EmotionTag("calm", 30, "after")]
    )
    vault.close()
    window = make_window(data_dir, Preferences(feelings_open=True))
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    panel = screen.editor.feelings
    qtbot.waitUntil(panel.exercise_feelings.isVisible, timeout=10_000)
    assert panel.exercise_feelings.text() == "Before: anxious (very)\nAfter: calm (a little)"
    assert not panel.picker.empty_note.isVisible()
    # Back to a new entry: the picker returns, empty, and nothing of the exercise lingers.
    screen.new_entry()
    qtbot.waitUntil(lambda: not panel.exercise_feelings.isVisible(), timeout=10_000)
    assert panel.exercise_feelings.text() == ""
    assert panel.picker.isVisible()


def test_feeling_suggestions_are_refreshed_only_when_the_feelings_changed(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    wait_idle(qtbot, window)
    refreshes: list[None] = []
    original = screen._refresh_feeling_suggestions

    def counted() -> None:
        refreshes.append(None)
        original()

    screen._refresh_feeling_suggestions = counted  # type: ignore[method-assign]
    qtbot.keyClicks(screen.editor.text, "Only words")
    screen.save_entry()
    wait_idle(qtbot, window)
    assert refreshes == []
    qtbot.keyClicks(screen.editor.feelings.picker.search, "calm")
    qtbot.keyClick(screen.editor.feelings.picker.search, Qt.Key.Key_Return)
    screen.save_entry()
    wait_idle(qtbot, window)
    assert len(refreshes) == 1
    qtbot.waitUntil(lambda: screen.editor.feelings.picker._recent[:1] == ["calm"], timeout=10_000)


def test_a_word_of_ones_own_added_while_writing_is_kept_in_the_journal(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.storage.own_words import OwnWords

    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    picker = screen.editor.feelings.picker
    qtbot.keyClicks(picker.search, "hangry")
    qtbot.mouseClick(picker.add_own_button, Qt.MouseButton.LeftButton)
    dialog = picker.own_word_dialog
    assert dialog is not None
    dialog.family.setCurrentIndex(dialog.family.findText("Anger"))
    dialog.buttons.accepted.emit()
    qtbot.keyClicks(screen.editor.text, "Lunch was late.")
    screen.save_entry()
    wait_idle(qtbot, window)
    window.lock()
    screen = unlock(qtbot, window)
    wait_idle(qtbot, window)
    # Offered by name again, from the journal.
    picker = screen.editor.feelings.picker
    qtbot.keyClicks(picker.search, "hang")
    qtbot.waitUntil(lambda: bool(picker.offered.rowCount()), timeout=10_000)
    assert picker.offered.index(0).data() == "hangry"
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert [w.word for w in OwnWords(reopened).all()] == ["hangry"]
