"""The DBT diary card keeps a day's urges, feelings and skills; the skill list and the cards are
content that passes its checks, with the cold-water caution wherever cold water is suggested."""

from __future__ import annotations

import json
from typing import Any

import pytest

from innerspace.core.dbt_diary_card import (
    DiaryCard,
    FeelingRating,
    SkillUse,
    TargetRating,
    load_dbt_content,
)
from innerspace.core.exercise_fields import FieldError
from innerspace.core.exercises import exercise_from_entry
from innerspace.core.prompts import builtin_packs
from innerspace.storage.diary_card_targets import load_targets, save_targets
from innerspace.storage.vault import Vault
from tests.unit.test_content import FORBIDDEN

CARD = DiaryCard(
    day="2024-06-17",
    targets=[TargetRating("Cutting", 3, False), TargetRating("Bingeing", None, True)],
    feelings=[FeelingRating("sadness", 4), FeelingRating("joy", 0)],
    skills=[SkillUse("tipp", True), SkillUse("check-the-facts", False), SkillUse("stop")],
    notes="The evening was the hardest.",
)
CARDS = {"tipp", "stop", "opposite-action", "check-the-facts", "self-soothe", "radical-acceptance"}


def test_the_skill_list_covers_the_four_modules_once_each() -> None:
    content = load_dbt_content()
    ids = [s.id for s in content.skills]
    assert len(ids) == len(set(ids))
    assert {s.module for s in content.skills} == {
        "Mindfulness",
        "Distress tolerance",
        "Emotion regulation",
        "Interpersonal effectiveness",
    }
    assert {"wise-mind", "tipp", "stop", "opposite-action", "dear-man"} <= set(ids)
    assert len({f for f, _ in content.feelings}) == len(content.feelings)


def test_the_skill_cards_are_short_plain_and_each_names_a_listed_skill() -> None:
    content = load_dbt_content()
    assert {c.id for c in content.cards} == CARDS
    assert {s.id for s in content.skills} >= CARDS
    for card in content.cards:
        assert card.title and card.when and 3 <= len(card.steps) <= 6
        words = " ".join((card.title, card.when, *card.steps, card.caution)).casefold()
        assert not [w for w in FORBIDDEN if w in words], card.id
        assert all(len(step) <= 240 for step in card.steps), card.id


def test_cold_water_carries_the_heart_caution_wherever_it_is_suggested() -> None:
    (tipp,) = [c for c in load_dbt_content().cards if c.id == "tipp"]
    assert "heart condition" in tipp.caution and "doctor" in tipp.caution
    cold = [
        p for pack in builtin_packs() for p in pack.prompts if "cold water" in p.text.casefold()
    ]
    assert cold
    for prompt in cold:
        assert prompt.content_note and "heart condition" in prompt.content_note, prompt.id


def test_a_card_round_trips_and_reads_in_plain_words() -> None:
    stored = json.loads(json.dumps(CARD.to_fields()))
    assert DiaryCard.from_fields(stored) == CARD
    assert exercise_from_entry(DiaryCard.KIND, stored) == CARD
    assert CARD.highest_urge() == 3
    assert DiaryCard().highest_urge() is None
    text = CARD.to_markdown()
    assert text.startswith("## DBT diary card\n")
    assert "**Monday 17 June 2024**" in text
    assert "- Cutting: urge 3/5, didn't act on it" in text
    assert "- Bingeing: acted on it" in text
    assert "- Sadness: 4/5" in text and "- Joy: 0/5" in text
    assert "- TIPP — helped\n- Check the facts — didn't help\n- STOP\n" in text


@pytest.mark.parametrize(
    "fields",
    [
        {"targets": [{"target": "x", "urge": 6}]},
        {"targets": [{"target": "x", "acted": "yes"}]},
        {"feelings": [{"feeling": "sadness", "strength": -1}]},
        {"skills": [{"skill": "tipp", "helped": 1}]},
        {"skills": "tipp"},
        {"day": "Monday"},
    ],
)
def test_out_of_range_values_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(FieldError):
        DiaryCard.from_fields(fields)


def test_target_behaviours_are_kept_in_the_vault_in_the_persons_words(vault: Vault) -> None:
    assert load_targets(vault) == []
    assert save_targets(vault, ["  Cutting ", "cutting", "", "Shouting at  people"]) == [
        "Cutting",
        "Shouting at people",
    ]
    assert load_targets(vault) == ["Cutting", "Shouting at people"]
    with vault.transaction() as db:
        db.execute("UPDATE prompt_settings SET value = '{\"not\": 1}' WHERE key = 'dbt_targets'")
    assert load_targets(vault) == []
