"""Patterns counted by the database give the figures ``build_review`` gives from entry records,
and the entries behind each figure are the ones the records would name."""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from innerspace.core.emotions import EmotionTag, load_vocabulary
from innerspace.core.entries import Entry
from innerspace.core.patterns import (
    EntryRecord,
    build_review,
    daily_moods,
    records_needed_from,
    time_of_day,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.pattern_queries import (
    PatternCache,
    calendar_start,
    entries_in_cell,
    entries_in_week,
    entries_on_day,
    entries_with_context,
    entries_with_family,
    entries_with_word,
    load_patterns,
)
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
OFFSETS = (-11, -5, 0, 1, 2, 9, 13)


def _same(left: object, right: object, where: str = "") -> None:
    """Equal, floats to within rounding (sums may be added in another order)."""
    if isinstance(left, float) and isinstance(right, float):
        assert math.isclose(left, right, rel_tol=1e-12, abs_tol=1e-12), where
    elif dataclasses.is_dataclass(left) and not isinstance(left, type):
        assert type(left) is type(right), where
        for f in dataclasses.fields(left):
            _same(getattr(left, f.name), getattr(right, f.name), f"{where}.{f.name}")
    elif isinstance(left, tuple | list):
        assert isinstance(right, tuple | list) and len(left) == len(right), where
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert left == right, where


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """Two years of entries in many time zones, with every kind of feeling there is."""
    from innerspace.storage.keyfile import FLOOR

    folder: Path = tmp_path_factory.mktemp("tallies") / "journal"
    vault, _ = Vault.create(folder, "a passphrase for tallies", kdf=FLOOR, with_recovery_key=False)
    rng = random.Random(11)
    words = [*[e.id for e in load_vocabulary().emotions][:25], "not-a-word"]
    contexts = [("people", "Sam"), ("place", "home"), ("activity", "work"), ("situation", "exam")]
    journal, feelings = Journal(vault), Feelings(vault)
    with vault.transaction():
        for _ in range(420):
            zone = timezone(timedelta(hours=rng.choice(OFFSETS)))
            moment = datetime(2022, 7, 1, tzinfo=zone) + timedelta(
                minutes=rng.randrange(2 * 365 * 24 * 60)
            )
            entry_id = journal.add(Entry(body="a day", created=moment)).id or 0
            tags = [
                EmotionTag(w, rng.choice((0, 10, 55, 100)), phase)
                for phase in ("", "before", "after")
                if rng.random() < (0.9 if phase == "" else 0.2)
                for w in rng.sample(words, rng.randrange(4))
            ]
            unique = {(t.phase, t.emotion_id): t for t in tags}
            feelings.set_emotions(entry_id, list(unique.values()))
            if rng.random() < 0.4:
                feelings.set_mood(entry_id, rng.randrange(1, 11))
            feelings.set_contexts(entry_id, rng.sample(contexts, rng.randrange(3)))
    yield vault
    vault.close()


RANGES = [
    (TODAY - timedelta(days=6), TODAY),
    (TODAY - timedelta(days=90), TODAY),
    (date(2022, 12, 20), date(2023, 1, 12)),
    (None, TODAY),
]


@pytest.mark.parametrize(("first", "last"), RANGES)
def test_figures_match_the_records(filled: Vault, first: date | None, last: date) -> None:
    vocabulary = load_vocabulary()
    feelings = Feelings(filled)
    data = load_patterns(feelings, first, last, vocabulary)

    start = first or data.first_day or last
    records = feelings.records(records_needed_from(start, last), last)
    _same(data.review, build_review(records, start, last, vocabulary, data.review.min_support))
    year_first = calendar_start(last)
    year_records = feelings.records(year_first - timedelta(days=6), last)
    _same(list(data.calendar), daily_moods(year_records, year_first, last, vocabulary))
    assert data.review.entries > 0


def _ids(records: list[EntryRecord], keep: object) -> list[int]:
    return [r.entry_id for r in records if keep(r)]  # type: ignore[operator]


@pytest.mark.parametrize(("first", "last"), RANGES[1:3])
def test_the_entries_behind_each_figure(filled: Vault, first: date, last: date) -> None:
    vocabulary = load_vocabulary()
    feelings = Feelings(filled)
    data = load_patterns(feelings, first, last, vocabulary)
    records = feelings.records(first, last)
    busiest = max(data.review.moods, key=lambda d: d.entries)
    family = data.review.frequency.families[0].key
    word = data.review.frequency.words[0].key
    context = next(iter(data.review.associations), None)

    def families(r: EntryRecord) -> set[str]:
        found = (vocabulary.find(e) for e in r.felt)
        return {e.family for e in found if e is not None}

    expected = {
        "day": (entries_on_day(data, busiest.day), lambda r: r.day == busiest.day),
        "family": (entries_with_family(data, family), lambda r: family in families(r)),
        "word": (entries_with_word(data, word), lambda r: word in r.felt),
        "cell": (
            entries_in_cell(data, 2, "evening"),
            lambda r: r.written.weekday() == 2 and time_of_day(r.written) == "evening",
        ),
        "week": (
            entries_in_week(data, data.review.weeks[1].week_start),
            lambda r: (
                data.review.weeks[1].week_start
                <= r.day
                < data.review.weeks[1].week_start + timedelta(days=7)
            ),
        ),
    }
    if context is not None:
        expected["context"] = (
            entries_with_context(data, context.context.id, context.family.id),
            lambda r: (
                any(c.id == context.context.id for c in r.contexts)
                and context.family.id in families(r)
            ),
        )
    for name, (query, keep) in expected.items():
        wanted = _ids(records, keep)
        assert query(filled) == wanted, name
    assert any(query(filled) for query, _keep in expected.values())


def test_figures_are_kept_until_the_journal_changes(filled: Vault) -> None:
    vocabulary = load_vocabulary()
    feelings = Feelings(filled)
    cache = PatternCache()
    conn = filled.connection

    def load() -> object:
        return load_patterns(feelings, None, TODAY, vocabulary)

    first = cache.get(conn, "all", load)  # type: ignore[arg-type]
    assert cache.get(conn, "all", load) is first  # type: ignore[arg-type]
    # Looking up the entries behind a figure changes nothing.
    cache.run(conn, lambda: entries_on_day(first, TODAY)(filled))  # type: ignore[arg-type]
    assert cache.get(conn, "all", load) is first  # type: ignore[arg-type]

    entry_id = conn.execute("SELECT max(id) FROM entries").fetchone()[0]
    before = feelings.mood(entry_id)
    feelings.set_mood(entry_id, 1 if before != 1 else 2)
    try:
        assert cache.get(conn, "all", load) is not first  # type: ignore[arg-type]
    finally:
        feelings.set_mood(entry_id, before)
