"""A person's own feeling words: checked, kept in the encrypted journal, offered with the rest."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from innerspace.core.emotions import EmotionTag, OwnWordProblem, load_vocabulary, own_word
from innerspace.core.entries import Entry
from innerspace.interchange.extras import extras_from_json
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.own_words import OwnWords
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_an_own_word_is_tidied_and_gets_an_id_no_shipped_word_can_have() -> None:
    word = own_word("  Sunday   scaries ", "fear", -0.4, 0.6, " Dread  before Monday ")
    assert word.word == "Sunday scaries"
    assert word.id == "own/sunday scaries"
    assert word.definition == "Dread before Monday"
    assert word.is_own
    assert not any(e.is_own for e in load_vocabulary().emotions)


@pytest.mark.parametrize(
    ("word", "family", "valence", "arousal"),
    [("   ", "joy", 0.5, 0.5), ("x" * 41, "joy", 0.5, 0.5), ("hangry", "", 0.0, 0.5)],
)
def test_an_own_word_that_cant_be_kept_says_why_plainly(
    word: str, family: str, valence: float, arousal: float
) -> None:
    with pytest.raises(OwnWordProblem) as caught:
        own_word(word, family, valence, arousal)
    assert str(caught.value).endswith(".")


def test_own_words_are_kept_in_the_journal_and_offered_with_the_others(
    journal: Journal,
) -> None:
    words = OwnWords(journal.vault)
    hangry = words.add(own_word("hangry", "anger", -0.5, 0.7, "Cross because I'm hungry"))
    words.add(own_word("cosy", "calm", 0.7, 0.2))

    vocabulary = words.vocabulary()
    assert [e.word for e in vocabulary.emotions[-2:]] == ["hangry", "cosy"]
    assert vocabulary.search("hang")[0] == hangry
    assert vocabulary.get(hangry.id).family == "anger"
    assert vocabulary.find_word("HANGRY") == hangry


def test_a_word_already_in_the_list_is_refused_and_nothing_is_stored(journal: Journal) -> None:
    words = OwnWords(journal.vault)
    words.add(own_word("hangry", "anger", -0.5, 0.7))
    for taken in ("Hopeless", "hangry"):
        with pytest.raises(OwnWordProblem, match="already in the list"):
            words.add(own_word(taken, "sadness", -0.5, 0.2))
    assert [e.word for e in words.all()] == ["hangry"]


def test_an_entry_naming_an_own_word_reads_back_after_reopening(
    data_dir: Path, vault: Vault
) -> None:
    journal = Journal(vault)
    entry = journal.add(Entry(body="Lunch was late.", created=datetime(2024, 5, 1, 13, tzinfo=UTC)))
    assert entry.id is not None
    hangry = OwnWords(vault).add(own_word("hangry", "anger", -0.5, 0.7))
    Feelings(vault).set_emotions(entry.id, [EmotionTag(hangry.id, 70)])
    vault.close()

    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        [tag] = Feelings(reopened).emotions(entry.id)
        assert OwnWords(reopened).vocabulary().get(tag.emotion_id).word == "hangry"


def test_own_words_never_reach_a_plain_file(data_dir: Path, vault: Vault) -> None:
    canary = "zqxcanaryword"
    OwnWords(vault).add(own_word(canary, "joy", 0.6, 0.6, f"{canary} meaning"))
    vault.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path.name


def test_bringing_in_a_word_the_journal_has_keeps_the_journal_s_own(journal: Journal) -> None:
    words = OwnWords(journal.vault)
    words.add(own_word("hangry", "anger", -0.5, 0.7, "mine"))
    added = words.restore(
        [own_word("Hangry", "sadness", -0.2, 0.2, "theirs"), own_word("cosy", "calm", 0.7, 0.2)]
    )
    assert added == 1
    assert [(e.word, e.family, e.definition) for e in words.all()] == [
        ("hangry", "anger", "mine"),
        ("cosy", "calm", ""),
    ]


def test_an_own_word_in_a_family_this_version_lacks_is_kept_but_not_offered(
    journal: Journal,
) -> None:
    words = OwnWords(journal.vault)
    words.restore([own_word("glimmery", "wonder", 0.6, 0.6)])
    assert [e.word for e in words.all()] == ["glimmery"]
    assert words.vocabulary().find_word("glimmery") is None


def test_an_own_word_in_a_file_whose_id_doesnt_match_is_skipped_with_a_note() -> None:
    skipped: list[tuple[str, str]] = []
    good = {"id": "own/cosy", "word": "Cosy", "family": "calm", "valence": 0.7, "energy": 0.2}
    bad = {**good, "id": "own/something-else"}
    extras = extras_from_json({"own_feelings": [good, bad]}, skipped)
    assert [e.word for e in extras.own_words] == ["Cosy"]
    assert skipped == [("feeling word 2", "it couldn't be read (its id doesn't match its word)")]
    assert extras.summary() == ["It also holds 1 feeling word of your own."]
