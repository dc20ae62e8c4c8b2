"""The care check: first-person words about suicide or self-harm, and only those."""

from __future__ import annotations

import json
import logging

import pytest

from innerspace.core.care_check import (
    available_languages,
    load_care_phrases,
    mentions_suicide_or_self_harm,
)
from innerspace.resources import resource_path


def english_examples(kind: str) -> tuple[str, ...]:
    phrases = load_care_phrases("en")
    return phrases.true_examples if kind == "true" else phrases.false_examples


@pytest.mark.parametrize("text", english_examples("true"))
def test_words_about_suicide_or_self_harm_are_answered(text: str) -> None:
    assert mentions_suicide_or_self_harm(text) is True


@pytest.mark.parametrize("text", english_examples("false"))
def test_figures_of_speech_negations_and_other_peoples_words_are_not(text: str) -> None:
    assert mentions_suicide_or_self_harm(text) is False


def test_the_brief_examples_are_on_the_lists() -> None:
    assert {
        "I want to kill myself",
        "I don't want to be here anymore",
        "I keep thinking about hurting myself",
        "I wish I could disappear",
    } <= set(english_examples("true"))
    assert {"I could kill for a coffee", "This traffic is killing me"} <= set(
        english_examples("false")
    )


def test_a_phrase_deep_inside_a_long_entry_is_found() -> None:
    calm = "A slow morning, tea, a walk by the river. " * 500
    assert mentions_suicide_or_self_harm(calm) is False
    assert mentions_suicide_or_self_harm(calm + "Honestly I wish I was dead. " + calm) is True


def test_every_language_file_has_the_documented_parts() -> None:
    assert "en" in available_languages()
    for language in available_languages():
        raw = json.loads(
            resource_path("care_phrases", f"{language}.json").read_text(encoding="utf-8")
        )
        assert raw["language"] == language
        for group in raw["groups"]:
            assert group["reasoning"].strip() and group["patterns"]
        for part in ("not_meant", "negation", "quotes"):
            assert raw[part]["reasoning"].strip()
        assert raw["examples"]["true"] and raw["examples"]["false"]
    assert resource_path("care_phrases", "README.md").is_file()


def test_the_check_logs_nothing_and_answers_only_yes_or_no(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        answer = mentions_suicide_or_self_harm("I want to die")
    assert answer is True
    assert caplog.records == []
