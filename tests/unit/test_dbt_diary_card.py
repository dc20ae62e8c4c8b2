"""The DBT diary card keeps a day's urges, feelings and skills; the skill list and the cards are
content that passes its checks, with the cold-water caution wherever cold water is suggested."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from innerspace.core.dbt_diary_card import (
    DiaryCard,
    DiaryCardDay,
    FeelingRating,
    SkillSummary,
    SkillUse,
    TargetRating,
    TargetSummary,
    load_dbt_content,
    skill_summaries,
    target_summaries,
)
from innerspace.core.entries import Entry
from innerspace.core.exercise_fields import FieldError
from innerspace.core.exercises import exercise_from_entry
from innerspace.core.prompts import builtin_packs
from innerspace.storage.diary_card_records import diary_card_days
from innerspace.storage.diary_card_targets import load_targets, save_targets
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.unit.test_content import FORBIDDEN

CARD = DiaryCard(
    day="2024-06-17",
    targets=[TargetRating("Cutting", 3, False), TargetRating("Bingeing", None, True)],
    feelings=[FeelingRating("sadness", 4), FeelingRating("joy", 0)],
    skills=[SkillUse("tipp", True), SkillUse("check-the-facts", False), SkillUse("stop")],
    notes="The evening was the hardest.",
)
TODAY = date(2024, 6, 30)
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


# -- over weeks ------------------------------------------------------------------------------------


def _day(entry_id: int, day: str, card: DiaryCard) -> DiaryCardDay:
    return DiaryCardDay(entry_id, date.fromisoformat(day), card)


def test_urges_and_skills_summed_up_as_by_hand() -> None:
    days = [
        _day(1, "2024-06-17", CARD),  # Cutting 3, not acted; Bingeing acted, no urge
        _day(
            2,
            "2024-06-18",
            DiaryCard(
                targets=[TargetRating("cutting ", 1, True), TargetRating("Bingeing", 4)],
                skills=[SkillUse("tipp", False), SkillUse("stop", True)],
            ),
        ),
    ]
    bingeing, cutting = target_summaries(days)  # as often rated: by name
    assert cutting == TargetSummary("Cutting", 2, 2.0, 1, 2)
    assert bingeing == TargetSummary("Bingeing", 2, 4.0, 1, 1)
    assert skill_summaries(days) == [
        SkillSummary("stop", 2, 1, 1),
        SkillSummary("tipp", 2, 1, 2),
        SkillSummary("check-the-facts", 1, 0, 1),
    ]


def test_no_cards_and_one_card() -> None:
    assert target_summaries([]) == [] and skill_summaries([]) == []
    only = [_day(1, "2024-06-17", DiaryCard(targets=[TargetRating("Cutting")]))]
    assert target_summaries(only) == [TargetSummary("Cutting", 1, None, 0, 0)]
    assert skill_summaries(only) == []


def test_finished_cards_are_read_by_the_day_they_are_about(journal: Journal) -> None:
    written = datetime(2024, 6, 18, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    ids = [
        journal.add(
            Entry(
                kind=DiaryCard.KIND,
                fields={**card.to_fields(), "status": status},
                body=card.to_markdown(),
                created=written,
                updated=written,
            )
        ).id
        for card, status in ((CARD, "complete"), (CARD, "draft"), (DiaryCard(), "complete"))
    ]
    # The first is about the 17th; the last names no day, so it is about the day it was written.
    assert [d.entry_id for d in diary_card_days(journal.vault, date(2024, 6, 17), TODAY)] == [
        ids[0],
        ids[2],
    ]
    assert [d.entry_id for d in diary_card_days(journal.vault, date(2024, 6, 18), TODAY)] == [
        ids[2]
    ]
