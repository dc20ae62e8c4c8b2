"""The emotion vocabulary: the shipped file is complete and sound, and search ranks sensibly."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.emotions import (
    EmotionTag,
    EmotionVocabulary,
    VocabularyError,
    load_vocabulary,
    own_word,
    parse_vocabulary,
)
from innerspace.resources import resource_path

REQUIRED_FAMILIES = {
    "joy",
    "calm",
    "love",
    "sadness",
    "fear",
    "anger",
    "shame",
    "surprise",
    "disgust",
}
# Clinical words belong with a clinician, not in a list of everyday feelings.
DIAGNOSIS_WORDS = re.compile(
    r"\b(depress\w*|disorder|ptsd|bipolar|ocd|adhd|clinical|symptom\w*|diagnos\w*|"
    r"patholog\w*|psychotic|manic|mania|syndrome|trauma\w*)\b",
    re.IGNORECASE,
)
# Everyday words people use for how they feel, kept even though they share a root with a
# clinical term; their definitions are still held to the rule.
EVERYDAY_WORDS = {"depressed"}
# High energy is the top half of the feeling map; pleasant is right of the middle.
HIGH_ENERGY = 0.5
# Text on a family's fill: near-black in the light theme, near-white in the dark theme; 7:1 is
# WCAG's enhanced level for body text.
TEXT_ON_LIGHT = "#1F1F1F"
TEXT_ON_DARK = "#F2F2F2"


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("emotions.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def vocabulary() -> EmotionVocabulary:
    return load_vocabulary()


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- the shipped vocabulary ----------------------------------------------------------------------


def test_the_vocabulary_has_enough_words_in_every_family(vocabulary: EmotionVocabulary) -> None:
    assert len(vocabulary) >= 90
    family_ids = {f.id for f in vocabulary.families}
    assert family_ids >= REQUIRED_FAMILIES
    for family in vocabulary.families:
        assert len(vocabulary.in_family(family.id)) >= 6, family.id


def test_ids_and_words_are_unique_and_ids_are_stable_keys(vocabulary: EmotionVocabulary) -> None:
    ids = [e.id for e in vocabulary.emotions]
    words = [e.word.casefold() for e in vocabulary.emotions]
    assert len(set(ids)) == len(ids)
    assert len(set(words)) == len(words)
    assert all(re.fullmatch(r"[a-z][a-z_]*", i) for i in ids)
    assert len({f.id for f in vocabulary.families}) == len(vocabulary.families)


def test_values_are_in_range_and_families_known(vocabulary: EmotionVocabulary) -> None:
    family_ids = {f.id for f in vocabulary.families}
    for emotion in vocabulary.emotions:
        assert -1.0 <= emotion.valence <= 1.0, emotion.id
        assert 0.0 <= emotion.arousal <= 1.0, emotion.id
        assert emotion.family in family_ids


def test_definitions_are_one_plain_line_without_diagnosis_words(
    vocabulary: EmotionVocabulary,
) -> None:
    for emotion in vocabulary.emotions:
        text = emotion.definition
        assert "\n" not in text
        assert 15 <= len(text) <= 100, emotion.id
        assert text[0].isupper() and text.endswith("."), emotion.id
        assert not DIAGNOSIS_WORDS.search(text), emotion.id
        if emotion.word not in EVERYDAY_WORDS:
            assert not DIAGNOSIS_WORDS.search(emotion.word), emotion.id
        assert emotion.word.casefold() not in text.casefold().split(), emotion.id
    assert len({e.definition for e in vocabulary.emotions}) == len(vocabulary)


def test_pleasant_and_unpleasant_families_lean_the_right_way(
    vocabulary: EmotionVocabulary,
) -> None:
    def mean_valence(family: str) -> float:
        words = vocabulary.in_family(family)
        return sum(e.valence for e in words) / len(words)

    for family in ("joy", "calm", "love"):
        assert mean_valence(family) > 0.3
    for family in ("sadness", "fear", "anger", "shame", "disgust"):
        assert mean_valence(family) < -0.3


def test_the_four_quadrants_of_the_feeling_map_are_balanced(
    vocabulary: EmotionVocabulary,
) -> None:
    """Like the Mood Meter, pleasant energy has nearly as many words as unpleasant energy, so
    a good day can be named as finely as a hard one."""
    quadrants = {(high, pleasant): 0 for high in (True, False) for pleasant in (True, False)}
    for emotion in vocabulary.emotions:
        quadrants[(emotion.arousal >= HIGH_ENERGY, emotion.valence > 0)] += 1
    high_pleasant, high_unpleasant = quadrants[(True, True)], quadrants[(True, False)]
    assert high_pleasant >= 0.85 * high_unpleasant, quadrants
    assert min(quadrants.values()) >= 20, quadrants


def test_words_asked_for_in_hard_and_good_times_are_there(vocabulary: EmotionVocabulary) -> None:
    words = {e.word for e in vocabulary.emotions}
    hard = {"hopeless", "helpless", "empty", "worthless", "trapped", "rejected", "stressed"}
    good = {"confident", "motivated", "energised", "inspired", "determined", "optimistic"}
    assert hard | good | {"depressed", "restless"} <= words
    assert vocabulary.get("moved").family == "love"


def test_a_feeling_once_named_not_good_enough_reads_as_inadequate(
    vocabulary: EmotionVocabulary,
) -> None:
    """The id stays as stored on entries already written; only the word shown changes."""
    assert vocabulary.get("not_good_enough").word == "inadequate"
    assert "not good enough" not in {e.word for e in vocabulary.emotions}


def test_family_colours_are_distinct_and_legible_in_both_themes(
    vocabulary: EmotionVocabulary,
) -> None:
    lights = {f.colour_light.upper() for f in vocabulary.families}
    darks = {f.colour_dark.upper() for f in vocabulary.families}
    assert len(lights) == len(darks) == len(vocabulary.families)
    for family in vocabulary.families:
        assert family.name.strip()
        assert _contrast(TEXT_ON_LIGHT, family.colour_light) >= 7.0, family.id
        assert _contrast(TEXT_ON_DARK, family.colour_dark) >= 7.0, family.id


# -- loading -------------------------------------------------------------------------------------


def test_a_malformed_vocabulary_is_refused_with_every_problem(tmp_path: Path) -> None:
    data = _raw()
    data["emotions"].append(dict(data["emotions"][0]))  # repeated id and word
    data["emotions"][1]["valence"] = 1.5
    data["emotions"][2]["family"] = "nowhere"
    data["families"][0]["colour_light"] = "yellow"
    path = tmp_path / "emotions.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(VocabularyError) as caught:
        load_vocabulary(path)

    message = str(caught.value)
    for expected in ("repeated emotion ids", "repeated emotion words", "valence", "nowhere"):
        assert expected in message
    assert "colour_light" in message


def test_words_differing_only_in_case_or_accents_are_repeats() -> None:
    data = _raw()
    data["emotions"].append({**data["emotions"][0], "id": "other", "word": "HÁPPY"})
    with pytest.raises(VocabularyError, match="repeated emotion words"):
        parse_vocabulary(data)


def test_lookup_by_id(vocabulary: EmotionVocabulary) -> None:
    assert vocabulary.get("anxious").family == "fear"
    assert vocabulary.family("fear").name == "Fear and anxiety"
    assert vocabulary.find("no_such_word") is None
    assert "anxious" in vocabulary
    with pytest.raises(KeyError):
        vocabulary.get("no_such_word")


# -- search as you type --------------------------------------------------------------------------


def test_prefix_matches_come_before_substring_then_definition_matches(
    vocabulary: EmotionVocabulary,
) -> None:
    found = [e.id for e in vocabulary.search("sad")]
    assert found[0] == "sad"
    assert "heartbroken" not in found

    found = [e.id for e in vocabulary.search("ward")]
    # "awkward" contains it; "warm" and "hopeful" ("lean toward") do not start with it.
    assert found == ["awkward"]

    found = [e.id for e in vocabulary.search("ang")]
    assert found.index("angry") < found.index("furious")  # "Anger at full strength"
    assert "furious" in found


def test_search_is_forgiving_about_case_accents_and_spaces(vocabulary: EmotionVocabulary) -> None:
    assert [e.id for e in vocabulary.search("  ÁT   e")][:1] == ["at_ease"]
    assert [e.id for e in vocabulary.search("LEFT out")] == ["left_out"]


def test_recently_used_words_lead_within_each_group(vocabulary: EmotionVocabulary) -> None:
    plain = [e.id for e in vocabulary.search("a")]
    assert plain[:3] == ["amused", "adventurous", "alive"]  # the file's order
    recent = [e.id for e in vocabulary.search("a", recent=["anxious", "sad", "afraid"])]
    prefix_group = [i for i in recent if vocabulary.get(i).word.startswith("a")]
    assert prefix_group[:2] == ["anxious", "afraid"]
    assert recent[: len(prefix_group)] == prefix_group  # "sad" stays in the substring group


def test_empty_search_lists_everything_recent_first(vocabulary: EmotionVocabulary) -> None:
    found = vocabulary.search("", recent=["tired", "unknown", "calm", "tired"])
    assert [e.id for e in found[:2]] == ["tired", "calm"]
    assert len(found) == len(vocabulary)
    assert vocabulary.search("zzzz") == []


def test_recent_first_can_be_limited(vocabulary: EmotionVocabulary) -> None:
    shown = vocabulary.recent_first(["grateful"], limit=3)
    assert [e.id for e in shown] == ["grateful", "happy", "joyful"]


# -- emotion tags --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("emotion_id", "intensity", "phase"),
    [("sad", -1, ""), ("sad", 101, ""), ("sad", 50, "during"), ("", 50, "")],
)
def test_an_emotion_tag_refuses_values_out_of_range(
    emotion_id: str, intensity: int, phase: str
) -> None:
    with pytest.raises(ValueError):
        EmotionTag(emotion_id, intensity, phase)


def test_own_words_join_without_changing_how_any_word_is_found() -> None:
    shipped = load_vocabulary()
    calm = shipped.emotions[0]
    own = own_word("Fernweh", shipped.families[0].id, 0.1, 0.4, "longing for Ärmelkanal shores")
    mixed = shipped.with_own([own])
    assert mixed.find_word(calm.word.upper()) == calm
    assert mixed.find_word(" fernweh ") == own
    assert own in mixed.search("armelkanal")
    again = shipped.with_own([own_word("Fernweh", own.family, 0.1, 0.4, "the sea in winter")])
    assert again.search("armelkanal") == []
    assert [e.id for e in again.search("winter")][-1] == own.id
