"""Every content file in resources/ loads and passes its schema."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from innerspace.core.exercises import load_distortions, load_exercise_guides
from innerspace.core.prompts import (
    APPROACHES,
    NOTED_APPROACHES,
    NOTED_THEMES,
    builtin_pack_files,
    builtin_packs,
    builtin_prompts,
    pack_problems,
)
from innerspace.core.safety_plan import LINE_KINDS, CrisisLine, load_crisis_lines
from innerspace.resources import resources_dir

# Words that diagnose or shame have no place in the app's own writing.
FORBIDDEN = ("disorder", "diagnos", "symptom", "patients", "streak", "failed to", "you must")


def test_every_json_file_in_resources_is_utf8_json() -> None:
    files = sorted(resources_dir().rglob("*.json"))
    assert files
    for path in files:
        json.loads(path.read_bytes().decode("utf-8"))


@pytest.mark.parametrize("path", builtin_pack_files(), ids=lambda p: p.name)
def test_each_built_in_pack_passes_the_validator(path: Path) -> None:
    assert pack_problems(path.read_bytes()) == []


def test_the_library_is_large_and_balanced() -> None:
    prompts = [p for pack in builtin_packs() for p in pack.prompts]
    assert len(prompts) >= 180
    per_approach = Counter(p.approach for p in prompts)
    assert set(per_approach) == set(APPROACHES)
    assert min(per_approach.values()) >= 15, per_approach
    assert Counter(p.depth for p in prompts)["light"] >= 50


def test_prompt_ids_and_texts_are_unique_across_packs() -> None:
    packs = builtin_packs()
    assert len({pack.id for pack in packs}) == len(packs)
    prompts = [p for pack in packs for p in pack.prompts]
    assert len({p.id for p in prompts}) == len(prompts)
    assert len({p.text.casefold() for p in prompts}) == len(prompts)


def test_each_pack_holds_one_approach_named_after_its_file() -> None:
    for path, pack in zip(builtin_pack_files(), builtin_packs(), strict=True):
        assert {p.approach for p in pack.prompts} == {path.stem}


def test_healing_prompts_carry_a_note_and_a_way_to_stop() -> None:
    healing = [p for pack in builtin_packs() for p in pack.prompts if p.approach == "healing"]
    assert len(healing) >= 15
    for prompt in healing:
        assert prompt.approach in NOTED_APPROACHES
        assert prompt.content_note
        assert "stop" in prompt.content_note
        assert "ground" in prompt.content_note or "feet on the floor" in prompt.content_note


def test_prompts_use_kind_plain_words() -> None:
    for pack in builtin_packs():
        for prompt in pack.prompts:
            words = " ".join((prompt.text, *prompt.follow_ups, prompt.content_note or ""))
            for forbidden in FORBIDDEN:
                assert forbidden not in words.casefold(), (prompt.id, forbidden)


REQUIRED_DISTORTIONS = {
    "all-or-nothing",
    "overgeneralising",
    "mental-filter",
    "discounting-the-positive",
    "mind-reading",
    "fortune-telling",
    "catastrophising",
    "emotional-reasoning",
    "should-statements",
    "labelling",
    "personalising",
    "blaming-others",
}


def test_distortions_are_complete_and_described() -> None:
    distortions = load_distortions()
    ids = [d.id for d in distortions]
    assert len(ids) == len(set(ids))
    assert set(ids) >= REQUIRED_DISTORTIONS
    for d in distortions:
        assert d.name.strip() and d.description.strip() and d.example.strip()
        assert "/" not in d.id, "a slash marks the person's own distortions"
        assert len(d.description) <= 300


REQUIRED_EXERCISES = {
    "thought-record",
    "activity-log",
    "free-association",
    "relationship-pattern",
    "dream-log",
    "breathing",
    "grounding",
    "body-scan",
    "self-compassion-break",
    "coping-toolbox",
    "values",
    "fear-ladder",
    "behavioural-experiment",
    "sleep-diary",
    "dbt-diary-card",
    "worry-time",
    "core-belief",
}


def test_every_exercise_has_a_title_and_a_two_sentence_intro() -> None:
    guides = load_exercise_guides()
    assert set(guides) == REQUIRED_EXERCISES
    for guide in guides.values():
        assert guide.title.strip()
        sentences = [s for s in guide.intro.replace("?", ".").split(". ") if s.strip()]
        assert len(sentences) == 2, guide.id
        assert guide.intro.endswith(".")
        has_body = any(k in guide.content for k in ("steps", "fields", "regions", "patterns"))
        assert has_body, guide.id
        for item in guide.content.get("fields", []):
            assert item["id"] and item["label"]


def test_grounding_counts_down_five_senses() -> None:
    steps = load_exercise_guides()["grounding"].content["steps"]
    assert [s["count"] for s in steps] == [5, 4, 3, 2, 1]
    assert [s["sense"] for s in steps] == ["see", "touch", "hear", "smell", "taste"]


def test_self_compassion_break_has_three_steps() -> None:
    steps = load_exercise_guides()["self-compassion-break"].content["steps"]
    assert [s["id"] for s in steps] == ["mindfulness", "common_humanity", "kindness"]


def test_breathing_patterns_have_the_right_timing() -> None:
    patterns = {
        p["id"]: [phase["seconds"] for phase in p["phases"]]
        for p in load_exercise_guides()["breathing"].content["patterns"]
    }
    assert patterns["box"] == [4, 4, 4, 4]
    assert patterns["4-7-8"] == [4, 7, 8]
    assert 5 <= 60 / sum(patterns["paced"]) <= 7
    for pattern in load_exercise_guides()["breathing"].content["patterns"]:
        assert {phase["action"] for phase in pattern["phases"]} <= {"in", "hold", "out"}


def test_body_scan_regions_are_unique() -> None:
    regions = load_exercise_guides()["body-scan"].content["regions"]
    assert len(regions) >= 8
    assert len({r["id"] for r in regions}) == len(regions)


def test_every_deep_prompt_and_every_prompt_about_childhood_home_or_body_has_a_note() -> None:
    checked = 0
    for pack in builtin_packs():
        for prompt in pack.prompts:
            if prompt.depth == "deep" or NOTED_THEMES.intersection(prompt.themes):
                checked += 1
                assert prompt.content_note, prompt.id
    assert checked >= 25


def test_the_trauma_adjacent_prompts_are_noted_and_gentle() -> None:
    by_id = {p.id: p for p in builtin_prompts()}
    for pid in (
        "psy-feel-01",
        "psy-memory-02",
        "psy-memory-03",
        "psy-pattern-03",
        "psy-feel-04",
        "se-09",
        "se-19",
        "rel-conf-03",
        "mind-accept-05",
    ):
        assert by_id[pid].content_note, pid
    room = by_id["psy-memory-02"]
    assert room.depth == "moderate"
    assert room.text.endswith("Choose a room that feels okay to remember; skip any that don't.")
    way_out = load_exercise_guides()["body-scan"].content["way_out"]
    assert way_out.startswith("You can keep your eyes open, skip any area, or stop.")
    assert by_id["mind-body-05"].content_note == way_out == by_id["mind-now-02"].content_note
    for pid in ("rel-conf-02", "rel-conf-03", "rel-repair-01"):
        note = by_id[pid].content_note or ""
        assert "If someone is hurting, threatening or controlling you, your safety comes first" in (
            note
        ), pid
    assert by_id["cbt-notice-05"].text.endswith(
        "Then come back to now: what is actually happening today?"
    )
    assert by_id["cbt-notice-05"].content_note
    assert by_id["psy-feel-03"].text.endswith("Sometimes a slip is just tiredness.")


def test_exercise_content_carries_its_cautions_and_ways_out() -> None:
    guides = load_exercise_guides()
    assert guides["breathing"].content["cautions"] == (
        "Breathe gently, not deeply. If you feel dizzy or light-headed, stop and breathe "
        "normally. If you're pregnant or have a heart or lung condition, use paced breathing."
    )
    regions = [r["name"] for r in guides["body-scan"].content["regions"]]
    assert "Hips" in regions and not any("pelvis" in r for r in regions)
    assert guides["body-scan"].content["way_out_exercise"] in guides
    assert "nightmare" in guides["dream-log"].content["nightmare_note"]


def test_thinking_traps_are_safe_examples_and_include_minimising() -> None:
    traps = {d.id: d for d in load_distortions()}
    assert "Holding someone responsible for harm they did to you is not a thinking trap." in (
        traps["blaming-others"].description
    )
    everything = " ".join(d.example for d in traps.values()).lower()
    assert "burden" not in everything and "headache" not in everything
    assert traps["minimising"].name == "Minimising"


def test_crisis_lines_cover_fifteen_countries_and_ask_to_check() -> None:
    directory = load_crisis_lines()
    codes = [c.code for c in directory.countries]
    assert len(codes) >= 15
    assert len(codes) == len(set(codes))
    assert "check" in directory.note and "locally" in directory.note
    assert "emergency" in directory.note
    for country in directory.countries:
        assert len(country.code) == 2 and country.code.isupper()
        assert country.name.strip() and country.emergency_numbers
        assert all(n.number.strip() for n in country.emergency_numbers)
        assert country.lines_of_kind("crisis"), country.code
        services = [line.service for line in country.lines]
        assert len(services) == len(set(services)), country.code
        for line in country.lines:
            assert line.phone or line.text, (country.code, line.service)
            assert line.kind in LINE_KINDS
            assert "check" in line.verify
            if line.text_keyword:
                assert line.text and line.text_keyword.isupper()
    assert directory.for_country("gb") is not None
    assert directory.for_country("XX") is None


def test_every_country_and_every_line_says_when_it_was_checked() -> None:
    raw = json.loads((resources_dir() / "crisis_lines.json").read_text(encoding="utf-8"))
    month = re.compile(r"^20\d\d-(0[1-9]|1[0-2])$")
    for country in raw["countries"]:
        assert month.match(country["checked"]), country["code"]
        for line in country["lines"]:
            assert month.match(line["checked"]), (country["code"], line["service"])


def test_crisis_lines_hold_what_was_checked_in_december() -> None:
    directory = load_crisis_lines()

    def numbers(code: str) -> dict[str, str | None]:
        country = directory.for_country(code)
        assert country is not None
        return {n.number: n.purpose for n in country.emergency_numbers}

    def line(code: str, phone: str) -> CrisisLine:
        country = directory.for_country(code)
        assert country is not None
        return next(x for x in country.lines if x.phone == phone or x.text == phone)

    assert numbers("JP") == {"119": "ambulance and fire", "110": "police"}
    assert line("JP", "0120-279-338").hours == "24/7"
    assert line("JP", "0570-783-556").hours is None
    assert list(numbers("NO"))[:2] == ["113", "112"] and numbers("NO")["112"] == "police"
    assert "15" in numbers("FR") and "118" in numbers("IT")
    assert numbers("ZA") == {
        "112": "from mobile phones only",
        "10111": "police",
        "10177": "ambulance",
    }
    assert line("IT", "02 2327 2327").hours == "Every day, 10:00–24:00"
    assert line("DK", "70 201 201").hours == "Every day, 11:00–05:00"
    assert line("PL", "800 70 2222").hours == "24/7"
    assert line("GB", "85258").text_keyword == "SHOUT"
    assert line("IE", "50808").text_keyword == "HELLO"


def test_crisis_lines_hold_no_web_addresses() -> None:
    raw = (resources_dir() / "crisis_lines.json").read_text(encoding="utf-8")
    assert "http" not in raw and "www." not in raw
