"""The prompt library in a real encrypted vault: marks, own prompts, packs and answered prompts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.core.prompts import InvalidPack, Prompt, read_pack
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.prompt_library import (
    InvalidPrompt,
    PromptLibrary,
    PromptNotFound,
)
from innerspace.storage.schema import LATEST_VERSION, schema_version
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 5, 20)
BUILTIN = [
    Prompt("light-1", "Light one", "mindfulness", ("body",), "light", 5),
    Prompt("light-2", "Light two", "growth", ("gratitude",), "light", 3),
    Prompt("deep-1", "Deep one", "psychodynamic", ("dreams",), "deep", 15),
    Prompt("deep-2", "Deep two", "self-exploration", ("beliefs",), "deep", 15),
]


def pack_bytes(title: str = "Homework", texts: tuple[str, ...] = ("One?", "Two?")) -> bytes:
    return json.dumps(
        {
            "format": "innerspace-prompt-pack",
            "format_version": 1,
            "id": "homework",
            "title": title,
            "prompts": [
                {
                    "id": f"q{n}",
                    "text": text,
                    "approach": "cbt",
                    "themes": ["thoughts"],
                    "depth": "moderate",
                    "minutes": 10,
                }
                for n, text in enumerate(texts, start=1)
            ],
        }
    ).encode()


@pytest.fixture
def library(vault: Vault) -> PromptLibrary:
    return PromptLibrary(vault, builtin=BUILTIN)


def count(vault: Vault, table: str) -> int:
    return int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_new_journals_are_at_the_latest_schema(vault: Vault) -> None:
    assert schema_version(vault.connection) == LATEST_VERSION >= 3


def test_favourite_and_hide_survive_locking(library: PromptLibrary, data_dir: Path) -> None:
    library.set_favourite("light-1")
    library.hide("deep-1")
    library.vault.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        again = PromptLibrary(reopened, builtin=BUILTIN)
        assert again.favourites() == {"light-1"}
        assert again.hidden() == {"deep-1"}
        again.unhide("deep-1")
        again.set_favourite("light-1", False)
        assert again.hidden() == set()
        assert again.favourites() == set()
        assert count(reopened, "prompt_marks") == 0


def test_a_prompt_can_be_favourite_and_hidden_independently(library: PromptLibrary) -> None:
    library.set_favourite("light-2")
    library.hide("light-2")
    library.unhide("light-2")
    assert library.favourites() == {"light-2"}


def test_own_prompts_are_added_edited_and_deleted(library: PromptLibrary) -> None:
    mine = library.add_custom(
        Prompt("", "What did the river sound like?", "mindfulness", ("senses",), "light", 5)
    )
    assert mine.id.startswith("custom/")
    assert library.custom_prompts() == [mine]
    edited = library.update_custom(
        Prompt(mine.id, "And the wind?", "mindfulness", ("senses",), "light", 3, ("Why?",))
    )
    assert library.get(mine.id) == edited
    library.set_favourite(mine.id)
    library.delete_custom(mine.id)
    assert library.custom_prompts() == []
    assert library.favourites() == set()
    with pytest.raises(PromptNotFound):
        library.delete_custom(mine.id)
    with pytest.raises(PromptNotFound):
        library.update_custom(edited)


def test_own_prompts_are_validated(library: PromptLibrary) -> None:
    with pytest.raises(InvalidPrompt) as refused:
        library.add_custom(Prompt("", "  ", "astrology", (), "heavy", 0))
    assert len(refused.value.problems) >= 4
    assert library.custom_prompts() == []


def test_importing_a_pack_twice_does_not_duplicate(library: PromptLibrary, vault: Vault) -> None:
    first = library.import_pack(read_pack(pack_bytes()))
    assert (first.outcome, first.prompt_count) == ("added", 2)
    again = library.import_pack(read_pack(pack_bytes()))
    assert again.outcome == "unchanged"
    assert count(vault, "pack_prompts") == 2
    changed = library.import_pack(read_pack(pack_bytes(texts=("Only one now?",))))
    assert changed.outcome == "updated"
    assert [p.text for p in library.pack_prompts()] == ["Only one now?"]
    assert [p.id for p in library.pack_prompts()] == ["homework/q1"]
    [listed] = library.imported_packs()
    assert (listed.id, listed.title, listed.prompt_count) == ("homework", "Homework", 1)


def test_imported_prompts_join_the_library_and_can_be_removed(library: PromptLibrary) -> None:
    library.import_pack(read_pack(pack_bytes()))
    ids = [p.id for p in library.all_prompts()]
    assert ids == ["light-1", "light-2", "deep-1", "deep-2", "homework/q1", "homework/q2"]
    library.remove_pack("homework")
    assert library.pack_prompts() == []
    with pytest.raises(PromptNotFound):
        library.remove_pack("homework")


def test_an_invalid_pack_imports_nothing(library: PromptLibrary, vault: Vault) -> None:
    with pytest.raises(InvalidPack):
        library.import_pack(read_pack(pack_bytes(title="")))
    assert count(vault, "prompt_packs") == 0
    assert count(vault, "pack_prompts") == 0


def test_a_failed_import_rolls_back_whole(library: PromptLibrary, vault: Vault) -> None:
    library.import_pack(read_pack(pack_bytes()))
    pack = read_pack(pack_bytes(texts=("A?", "B?", "C?")))
    broken = pack.__class__(**{**pack.__dict__, "prompts": (pack.prompts[0], pack.prompts[0])})
    with pytest.raises(Exception, match="UNIQUE"):
        library.import_pack(broken)
    assert [p.text for p in library.pack_prompts()] == ["One?", "Two?"]


def add_entry(journal: Journal, text: str = "Wrote something.") -> int:
    entry = journal.add(Entry(body=text))
    assert entry.id is not None
    return entry.id


def test_entries_remember_their_prompt_until_deleted(
    library: PromptLibrary, journal: Journal
) -> None:
    entry_id = add_entry(journal)
    library.link_entry(entry_id, BUILTIN[2], TODAY)
    assert library.prompt_for_entry(entry_id) == "deep-1"
    library.link_entry(entry_id, BUILTIN[0], TODAY)
    assert library.prompt_for_entry(entry_id) == "light-1"
    journal.delete(entry_id)
    assert library.prompt_for_entry(entry_id) is None
    assert library.answered_since(TODAY - timedelta(days=1)) == []


def test_answered_since_lists_recent_dates(library: PromptLibrary, journal: Journal) -> None:
    for days_ago, prompt in ((40, BUILTIN[0]), (10, BUILTIN[1]), (1, BUILTIN[2])):
        library.link_entry(add_entry(journal), prompt, TODAY - timedelta(days=days_ago))
    recent = library.answered_since(TODAY - timedelta(days=30))
    assert [(a.prompt_id, (TODAY - a.on).days, a.depth) for a in recent] == [
        ("light-2", 10, "light"),
        ("deep-1", 1, "deep"),
    ]


def test_prompt_of_the_day_is_stable_and_skips_recent(
    library: PromptLibrary, journal: Journal
) -> None:
    chosen = library.prompt_of_the_day(TODAY)
    assert chosen is not None
    library.link_entry(add_entry(journal), chosen, TODAY)
    assert library.prompt_of_the_day(TODAY) == chosen
    tomorrow = library.prompt_of_the_day(TODAY + timedelta(days=1))
    assert tomorrow is not None and tomorrow.id != chosen.id


def test_prompt_of_the_day_leans_light_after_deep_days(
    library: PromptLibrary, journal: Journal
) -> None:
    # Long ago, so the month-long "recently used" rule doesn't hide them; only depth matters.
    library.link_entry(add_entry(journal), BUILTIN[2], TODAY - timedelta(days=60))
    library.link_entry(add_entry(journal), BUILTIN[3], TODAY - timedelta(days=59))
    for n in range(10):
        chosen = library.prompt_of_the_day(TODAY + timedelta(days=n))
        assert chosen is not None and chosen.depth == "light"


def test_prompt_of_the_day_respects_hidden(library: PromptLibrary) -> None:
    for prompt in BUILTIN[1:]:
        library.hide(prompt.id)
    for n in range(5):
        chosen = library.prompt_of_the_day(TODAY + timedelta(days=n))
        assert chosen is not None and chosen.id == "light-1"


def test_the_daily_seed_belongs_to_the_journal(library: PromptLibrary, tmp_path: Path) -> None:
    seed = library.daily_seed()
    assert seed == library.daily_seed()
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=library.vault.kdf_params())
    with other:
        assert PromptLibrary(other, builtin=BUILTIN).daily_seed() != seed


def test_healing_prompts_are_opt_in(vault: Vault) -> None:
    healing = Prompt("h", "Gentle", "healing", ("safety",), "light", 5, (), "You can stop.")
    library = PromptLibrary(vault, builtin=[healing])
    assert library.prompt_of_the_day(TODAY) is None
    library.set_include_opt_in(True)
    assert library.include_opt_in()
    assert library.prompt_of_the_day(TODAY) == healing


def test_a_pack_cannot_take_the_id_of_the_persons_own_prompts(vault: Vault) -> None:
    library = PromptLibrary(vault)
    own = library.add_custom(
        Prompt(
            id="custom",
            text="My own question?",
            approach="cbt",
            themes=("thoughts",),
            depth="light",
            minutes=5,
        )
    )
    raw = json.loads(pack_bytes())
    raw["id"] = "custom"
    raw["prompts"][0]["id"] = own.id.split("/")[1]
    with pytest.raises(InvalidPack) as refused:
        library.import_pack(read_pack(json.dumps(raw).encode()))
    assert "another id" in str(refused.value)
    assert [p.id for p in library.all_prompts()].count(own.id) == 1


def written_on(journal: Journal, day: date) -> int:
    entry = journal.add(
        Entry(
            body="Wrote something.", created=datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        )
    )
    assert entry.id is not None
    return entry.id


def deep_days(library: PromptLibrary, start: date, days: int = 30) -> int:
    return sum(
        1
        for n in range(days)
        if (chosen := library.prompt_of_the_day(start + timedelta(days=n))) is not None
        and chosen.depth == "deep"
    )


def test_the_journals_first_day_and_latest_mood_come_from_its_entries(
    library: PromptLibrary, journal: Journal
) -> None:
    assert library.journal_started() is None
    first = written_on(journal, TODAY - timedelta(days=3))
    later = written_on(journal, TODAY - timedelta(days=1))
    Feelings(journal.vault).set_mood(first, 2)
    Feelings(journal.vault).set_mood(later, 7)

    assert library.journal_started() == TODAY - timedelta(days=3)
    assert library.latest_mood(before=TODAY) == 7
    assert library.latest_mood(before=TODAY - timedelta(days=1)) == 2
    assert library.latest_mood(before=TODAY - timedelta(days=3)) is None


def test_no_deep_prompt_of_the_day_while_new_or_after_a_low_mood(
    library: PromptLibrary, journal: Journal
) -> None:
    assert deep_days(library, TODAY) == 0
    written_on(journal, TODAY - timedelta(days=1))
    assert deep_days(library, TODAY, days=13) == 0  # the first two weeks

    settled = TODAY + timedelta(days=14)
    assert deep_days(library, settled) > 0
    Feelings(journal.vault).set_mood(written_on(journal, settled - timedelta(days=1)), 3)
    assert deep_days(library, settled) == 0
