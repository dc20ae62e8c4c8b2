"""Feelings, moods and context tags on real encrypted vaults."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlcipher3

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.storage.feelings import ContextTagNotFound, Feelings, StoredFeelings
from innerspace.storage.journal import EntryNotFound, Journal
from innerspace.storage.schema import schema_version


@pytest.fixture
def feelings(journal: Journal) -> Feelings:
    return Feelings(journal.vault)


def _entry(journal: Journal, when: str = "2024-05-01T20:00+02:00") -> int:
    return journal.add(Entry(body="A day.", created=datetime.fromisoformat(when))).id or 0


def _context_rows(feelings: Feelings) -> list[tuple[str, str]]:
    rows = feelings.vault.connection.execute(
        "SELECT kind, name FROM context_tags ORDER BY kind, name"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


# -- emotions ------------------------------------------------------------------------------------


def test_emotions_are_stored_in_order_with_phases(journal: Journal, feelings: Feelings) -> None:
    entry_id = _entry(journal)
    tags = [
        EmotionTag("anxious", 80, "before"),
        EmotionTag("calm", 40, "after"),
        EmotionTag("sad", 55),
        EmotionTag("anxious", 30, "after"),
    ]
    feelings.set_emotions(entry_id, tags)

    assert feelings.emotions(entry_id) == [tags[2], tags[0], tags[1], tags[3]]

    feelings.set_emotions(entry_id, [EmotionTag("tired", 10)])
    assert feelings.emotions(entry_id) == [EmotionTag("tired", 10)]
    feelings.set_emotions(entry_id, [])
    assert feelings.emotions(entry_id) == []


def test_the_same_feeling_twice_in_one_phase_is_refused_and_nothing_changes(
    journal: Journal, feelings: Feelings
) -> None:
    entry_id = _entry(journal)
    feelings.set_emotions(entry_id, [EmotionTag("sad", 20)])
    with pytest.raises(ValueError):
        feelings.set_emotions(entry_id, [EmotionTag("calm", 20), EmotionTag("calm", 30)])
    assert feelings.emotions(entry_id) == [EmotionTag("sad", 20)]


def test_the_database_refuses_intensities_out_of_range(
    journal: Journal, feelings: Feelings
) -> None:
    entry_id = _entry(journal)
    with pytest.raises(sqlcipher3.IntegrityError):
        feelings.vault.connection.execute(
            "INSERT INTO entry_emotions (entry_id, emotion_id, intensity) VALUES (?, 'sad', 101)",
            (entry_id,),
        )


def test_feelings_for_a_missing_entry_are_refused(feelings: Feelings) -> None:
    with pytest.raises(EntryNotFound):
        feelings.set_emotions(99, [EmotionTag("sad", 20)])
    with pytest.raises(EntryNotFound):
        feelings.set_mood(99, 5)
    with pytest.raises(EntryNotFound):
        feelings.set_contexts(99, [("people", "Sam")])
    assert not feelings.vault.connection.in_transaction


def test_recently_used_emotions_follow_the_newest_entries(
    journal: Journal, feelings: Feelings
) -> None:
    older = _entry(journal, "2024-01-01T09:00+00:00")
    newer = _entry(journal, "2024-02-01T09:00+00:00")
    feelings.set_emotions(newer, [EmotionTag("calm", 50), EmotionTag("sad", 20)])
    feelings.set_emotions(older, [EmotionTag("angry", 50), EmotionTag("sad", 20)])

    assert feelings.recent_emotions() == ["calm", "sad", "angry"]
    assert feelings.recent_emotions(limit=1) == ["calm"]


# -- mood ----------------------------------------------------------------------------------------


def test_a_mood_rating_is_optional_and_can_be_cleared(journal: Journal, feelings: Feelings) -> None:
    entry_id = _entry(journal)
    assert feelings.mood(entry_id) is None
    feelings.set_mood(entry_id, 7)
    feelings.set_mood(entry_id, 8)
    assert feelings.mood(entry_id) == 8
    feelings.set_mood(entry_id, None)
    assert feelings.mood(entry_id) is None
    for wrong in (0, 11):
        with pytest.raises(ValueError):
            feelings.set_mood(entry_id, wrong)


# -- context tags --------------------------------------------------------------------------------


def test_context_tags_are_created_once_and_matched_in_any_case(
    journal: Journal, feelings: Feelings
) -> None:
    first, second = _entry(journal), _entry(journal)
    feelings.set_contexts(
        first, [("people", "Ärztin"), ("place", " the  office "), ("people", "x")]
    )
    shown = feelings.set_contexts(second, [("people", "ärztin"), ("activity", "running")])

    assert [(t.kind, t.name, t.uses) for t in shown] == [
        ("activity", "running", 1),
        ("people", "Ärztin", 2),
    ]
    assert [(t.name, t.uses) for t in feelings.context_tags("people")] == [("Ärztin", 2), ("x", 1)]
    assert feelings.contexts(first)[-1].name == "the office"
    with pytest.raises(ValueError):
        feelings.set_contexts(first, [("weather", "rain")])


def test_restoring_many_entries_reads_the_tags_once_and_still_matches_any_case(
    journal: Journal, feelings: Feelings
) -> None:
    existing = _entry(journal)
    feelings.set_contexts(existing, [("people", "Ärztin")])
    names = feelings.context_names()
    ids = [_entry(journal) for _ in range(3)]
    with journal.vault.transaction():
        feelings.restore(
            ids[0], StoredFeelings(contexts=(("people", "ärztin"), ("place", "Pier"))), names
        )
        # The tag made for the first entry is found in the names, not read again.
        feelings.restore(ids[1], StoredFeelings(contexts=(("place", "pier"),)), names)
        feelings.restore(ids[2], StoredFeelings(mood=6, contexts=(("place", "PIER"),)), names)

    assert [(t.kind, t.name, t.uses) for t in feelings.context_tags()] == [
        ("place", "Pier", 3),
        ("people", "Ärztin", 2),
    ]
    assert _context_rows(feelings) == [("people", "Ärztin"), ("place", "Pier")]
    assert feelings.mood(ids[2]) == 6


def test_autocomplete_offers_the_most_used_tags_of_a_kind_first(
    journal: Journal, feelings: Feelings
) -> None:
    ids = [_entry(journal) for _ in range(3)]
    feelings.set_contexts(ids[0], [("activity", "walking"), ("activity", "work")])
    feelings.set_contexts(ids[1], [("activity", "work"), ("place", "Wales")])
    feelings.set_contexts(ids[2], [("activity", "Work"), ("activity", "reading")])

    assert [t.name for t in feelings.suggest_contexts("activity", "W")] == ["work", "walking"]
    assert [t.name for t in feelings.suggest_contexts("activity", "wa")] == ["walking"]
    assert [t.name for t in feelings.suggest_contexts("activity", "")][:1] == ["work"]
    assert feelings.suggest_contexts("people", "w") == []


def test_unused_context_tags_are_forgotten_with_their_last_entry(
    journal: Journal, feelings: Feelings
) -> None:
    first, second = _entry(journal), _entry(journal)
    feelings.set_contexts(first, [("people", "Sam"), ("place", "home")])
    feelings.set_contexts(second, [("place", "home")])

    feelings.set_contexts(first, [("place", "home")])
    assert _context_rows(feelings) == [("place", "home")]
    journal.delete(first)
    journal.delete(second)
    assert _context_rows(feelings) == []


def test_deleting_an_entry_deletes_its_feelings_and_mood(
    journal: Journal, feelings: Feelings
) -> None:
    entry_id = _entry(journal)
    feelings.set_emotions(entry_id, [EmotionTag("sad", 20)])
    feelings.set_mood(entry_id, 3)
    journal.delete(entry_id)
    db = feelings.vault.connection
    assert db.execute("SELECT count(*) FROM entry_emotions").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM entry_moods").fetchone()[0] == 0


def test_merging_moves_every_entry_and_deletes_the_old_tag(
    journal: Journal, feelings: Feelings
) -> None:
    ids = [_entry(journal) for _ in range(3)]
    feelings.set_contexts(ids[0], [("people", "Mum")])
    feelings.set_contexts(ids[1], [("people", "Mum"), ("people", "mother")])
    feelings.set_contexts(ids[2], [("people", "mother")])
    by_name = {t.name: t.id for t in feelings.context_tags("people")}
    mum, mother = by_name["Mum"], by_name["mother"]

    merged = feelings.merge_contexts(mother, mum)

    assert (merged.name, merged.uses) == ("Mum", 3)
    assert [t.name for t in feelings.context_tags()] == ["Mum"]
    assert all([t.name for t in feelings.contexts(i)] == ["Mum"] for i in ids)
    with pytest.raises(ContextTagNotFound):
        feelings.merge_contexts(mother, mum)


def test_renaming_onto_an_existing_name_of_the_same_kind_merges(
    journal: Journal, feelings: Feelings
) -> None:
    first, second = _entry(journal), _entry(journal)
    feelings.set_contexts(first, [("place", "office"), ("people", "Work")])
    feelings.set_contexts(second, [("place", "work")])
    office = next(t for t in feelings.context_tags("place") if t.name == "office")

    renamed = feelings.rename_context(office.id, "WORK")

    assert (renamed.kind, renamed.name, renamed.uses) == ("place", "work", 2)
    assert [(t.kind, t.name) for t in feelings.context_tags()] == [
        ("place", "work"),
        ("people", "Work"),
    ]
    again = feelings.rename_context(renamed.id, "Work place")
    assert (again.id, again.name) == (renamed.id, "Work place")
    with pytest.raises(ValueError):
        feelings.rename_context(renamed.id, "   ")


# -- the records pattern review reads ------------------------------------------------------------


def test_records_use_each_writer_s_local_day(journal: Journal, feelings: Feelings) -> None:
    tokyo_evening = _entry(journal, "2024-03-05T23:30+09:00")  # 14:30 UTC on the 5th
    lisbon_night = _entry(journal, "2024-03-06T00:30+00:00")
    new_york_late = _entry(journal, "2024-03-04T23:00-05:00")  # 04:00 UTC on the 5th
    feelings.set_emotions(tokyo_evening, [EmotionTag("tired", 60)])
    feelings.set_mood(lisbon_night, 6)
    feelings.set_contexts(tokyo_evening, [("place", "hotel")])

    on_the_fifth = feelings.records(date(2024, 3, 5), date(2024, 3, 5))

    assert [r.entry_id for r in on_the_fifth] == [tokyo_evening]
    record = on_the_fifth[0]
    assert record.emotions == (EmotionTag("tired", 60),)
    assert [c.name for c in record.contexts] == ["hotel"]
    assert record.written.hour == 23
    both = feelings.records(date(2024, 3, 4), date(2024, 3, 6))
    assert [r.entry_id for r in both] == [new_york_late, tokyo_evening, lisbon_night]
    assert both[2].mood == 6
    assert feelings.records(date(2024, 3, 7), date(2024, 3, 9)) == []
    assert feelings.first_day() == date(2024, 3, 4)


def test_records_reach_the_ends_of_the_calendar(journal: Journal, feelings: Feelings) -> None:
    _entry(journal)
    assert len(feelings.records(date.min, date.max)) == 1


def test_a_new_journal_has_the_feelings_tables(feelings: Feelings) -> None:
    db = feelings.vault.connection
    assert schema_version(db) >= 2
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"entry_emotions", "entry_moods", "context_tags", "entry_contexts"} <= tables
    assert feelings.first_day() is None


def test_recent_feelings_read_only_the_newest_entries_and_widen_when_few(
    journal: Journal, feelings: Feelings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innerspace.storage import feelings as feelings_module

    monkeypatch.setattr(feelings_module, "RECENT_WINDOWS", (2, 4))
    oldest = _entry(journal, "2024-01-01T09:00+00:00")
    feelings.set_emotions(oldest, [EmotionTag("angry", 50)])
    for day in range(2, 5):
        _entry(journal, f"2024-01-0{day}T09:00+00:00")
    newest = _entry(journal, "2024-01-05T09:00+00:00")
    feelings.set_emotions(newest, [EmotionTag("calm", 50)])
    # The newest two entries name one feeling: the window widens to four, still not the
    # oldest entry, so what it named long ago is not "recent".
    assert feelings.recent_emotions(limit=2) == ["calm"]
    monkeypatch.setattr(feelings_module, "RECENT_WINDOWS", (2, 10))
    assert feelings.recent_emotions(limit=2) == ["calm", "angry"]
    plan = " ".join(
        str(row)
        for row in journal.vault.connection.execute(
            "EXPLAIN QUERY PLAN SELECT id, sort_key FROM entries ORDER BY sort_key DESC LIMIT 5"
        )
    )
    assert "USING" in plan and "INDEX" in plan.upper()  # an index walk, not a sort of all
