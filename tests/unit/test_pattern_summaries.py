"""Pattern review's day summaries stay right as the journal changes: after each change, the
figures read from them equal those of ``build_review`` over the entries' records, and only the
days the change touched are counted again."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from innerspace.core.emotions import EmotionTag, EmotionVocabulary, load_vocabulary, own_word
from innerspace.core.entries import Entry
from innerspace.core.patterns import build_review, daily_moods, records_needed_from
from innerspace.interchange.innerspace_json import export_json, parse
from innerspace.interchange.model import commit, preview
from innerspace.storage.backups import (
    create_backup,
    inspect_backup,
    restore_backup,
    with_passphrase,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.own_words import OwnWords
from innerspace.storage.pattern_queries import calendar_start, load_patterns
from innerspace.storage.pattern_tallies import day_number
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_pattern_tallies import _same

LAST = date(2024, 3, 31)
WORDS = [e.id for e in load_vocabulary().emotions][:12]
CONTEXTS = [("people", "Sam"), ("place", "home"), ("activity", "work")]


def _fill(vault: Vault, entries: int = 60, seed: int = 3) -> None:
    rng = random.Random(seed)
    journal, feelings = Journal(vault), Feelings(vault)
    with vault.transaction():
        for _ in range(entries):
            zone = timezone(timedelta(hours=rng.choice((-8, 0, 5, 13))))
            moment = datetime(2024, 2, 1, tzinfo=zone) + timedelta(minutes=rng.randrange(86_400))
            entry_id = journal.add(Entry(body="a day", created=moment)).id or 0
            words = rng.sample(WORDS, rng.randrange(4))
            feelings.set_emotions(
                entry_id, [EmotionTag(w, rng.choice((0, 30, 80)), "") for w in words]
            )
            if rng.random() < 0.5:
                feelings.set_mood(entry_id, rng.randrange(1, 11))
            feelings.set_contexts(entry_id, rng.sample(CONTEXTS, rng.randrange(3)))


def _dirty(vault: Vault) -> set[int]:
    return {r[0] for r in vault.connection.execute("SELECT day FROM pattern_dirty_days")}


def _day_of(vault: Vault, entry_id: int) -> int:
    moment = Journal(vault).get(entry_id).created
    return day_number(moment.date())


def _check(vault: Vault, words: EmotionVocabulary | None = None) -> None:
    """The figures from the summaries equal those from every entry's record."""
    vocabulary = words or load_vocabulary()
    feelings = Feelings(vault)
    for first in (None, date(2024, 2, 10)):
        data = load_patterns(feelings, first, LAST, vocabulary)
        assert _dirty(vault) == set()
        start = first or data.first_day or LAST
        records = feelings.records(records_needed_from(start, LAST), LAST)
        review = build_review(records, start, LAST, vocabulary, data.review.min_support)
        _same(data.review, review)
        year_first = calendar_start(LAST)
        year = feelings.records(year_first - timedelta(days=6), LAST)
        _same(list(data.calendar), daily_moods(year, year_first, LAST, vocabulary))


def test_the_summaries_follow_adds_edits_deletes_and_undo(vault: Vault) -> None:
    _fill(vault)
    _check(vault)
    journal, feelings = Journal(vault), Feelings(vault)

    added = journal.add(Entry(body="new", created=datetime(2024, 2, 20, 9, tzinfo=UTC)))
    assert added.id is not None
    feelings.set_emotions(added.id, [EmotionTag(WORDS[0], 90, "")])
    assert _dirty(vault) == {day_number(date(2024, 2, 20))}
    _check(vault)

    # Only the words changed: nothing to count again.
    journal.update(dataclasses.replace(journal.get(added.id), body="new words"))
    assert _dirty(vault) == set()
    # Moved to another day: both days are counted again.
    moved = datetime(2024, 2, 5, 23, 30, tzinfo=timezone(timedelta(hours=-8)))
    journal.update(dataclasses.replace(journal.get(added.id), created=moved))
    assert _dirty(vault) == {day_number(date(2024, 2, 20)), day_number(date(2024, 2, 5))}
    _check(vault)

    stored = feelings.for_entries([added.id])[added.id]
    deleted = journal.delete(added.id)
    assert _dirty(vault) == {day_number(date(2024, 2, 5))}
    _check(vault)

    # Undo brings the entry back with what it carried, as the journal screen does.
    with vault.transaction():
        back = journal.add(dataclasses.replace(deleted))
        assert back.id is not None
        feelings.restore(back.id, stored)
    _check(vault)


def test_the_summaries_follow_feelings_moods_and_context_tags(vault: Vault) -> None:
    _fill(vault)
    _check(vault)
    feelings = Feelings(vault)
    entry_id = vault.connection.execute("SELECT min(id) FROM entries").fetchone()[0]
    day = _day_of(vault, entry_id)

    feelings.set_emotions(entry_id, [EmotionTag(WORDS[3], 100, ""), EmotionTag(WORDS[4], 0, "")])
    assert _dirty(vault) == {day}
    _check(vault)
    feelings.set_mood(entry_id, 2)
    _check(vault)
    feelings.set_mood(entry_id, None)
    _check(vault)
    feelings.set_contexts(entry_id, [("people", "Priya"), ("place", "home")])
    assert _dirty(vault) == {day}
    _check(vault)
    tags = {(t.kind, t.name): t.id for t in feelings.context_tags()}
    feelings.merge_contexts(tags[("people", "Priya")], tags[("people", "Sam")])
    _check(vault)
    feelings.set_emotions(entry_id, [])
    _check(vault)


def test_a_word_of_ones_own_counts_every_day_again_with_it(vault: Vault) -> None:
    _fill(vault)
    _check(vault)
    shipped = load_vocabulary()
    family = shipped.emotions[0].family
    own = OwnWords(vault).add(own_word("stuck-ish", family, -0.5, 0.4), shipped)
    feelings = Feelings(vault)
    entry_id = vault.connection.execute("SELECT max(id) FROM entries").fetchone()[0]
    feelings.set_emotions(entry_id, [EmotionTag(own.id, 70, "")])
    _check(vault, OwnWords(vault).vocabulary(shipped))


def test_an_imported_journal_and_a_restored_backup_carry_right_summaries(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _fill(vault)
    export = tmp_path / "export.json"
    export_json(Journal(vault), export)

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with other:
        _fill(other, entries=20, seed=8)
        _check(other)
        journal = Journal(other)
        commit(preview(parse(export), journal), journal)
        assert _dirty(other)
        _check(other)

    _check(vault)
    backup = create_backup(vault, tmp_path / "backups")
    Journal(vault).delete(vault.connection.execute("SELECT max(id) FROM entries").fetchone()[0])
    staged = inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=data_dir)
    restore_backup(staged, data_dir, current=vault)
    with Vault.unlock(data_dir, PASSPHRASE) as restored:
        _check(restored)
