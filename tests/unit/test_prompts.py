"""Prompt packs are checked whole, and the prompt of the day follows its rules for any date."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from innerspace.core import prompts
from innerspace.core.prompts import (
    MAX_PACK_BYTES,
    MAX_PROMPTS,
    AnsweredPrompt,
    InvalidPack,
    Prompt,
    filter_prompts,
    pack_problems,
    prompt_of_the_day,
    read_pack,
    read_pack_file,
)

TODAY = date(2026, 3, 14)
# A journal whose first entry is long past its first two weeks.
SETTLED = TODAY - timedelta(days=60)


def good_prompt(number: int = 1, **changes: Any) -> dict[str, Any]:
    prompt: dict[str, Any] = {
        "id": f"p-{number}",
        "text": f"What is one thing you noticed today? ({number})",
        "approach": "mindfulness",
        "themes": ["present-moment"],
        "depth": "light",
        "minutes": 5,
    }
    prompt.update(changes)
    return {k: v for k, v in prompt.items() if v is not _DROP}


_DROP = object()


def good_pack(**changes: Any) -> dict[str, Any]:
    pack: dict[str, Any] = {
        "format": "innerspace-prompt-pack",
        "format_version": 1,
        "id": "test-pack",
        "title": "A test pack",
        "prompts": [good_prompt(1), good_prompt(2)],
    }
    pack.update(changes)
    return {k: v for k, v in pack.items() if v is not _DROP}


def encode(data: object) -> bytes:
    return json.dumps(data).encode("utf-8")


def test_a_good_pack_reads() -> None:
    pack = read_pack(encode(good_pack(description="Small", author="Me", revision=2)))
    assert pack.id == "test-pack"
    assert [p.id for p in pack.prompts] == ["p-1", "p-2"]
    assert pack.revision == 2
    assert pack.prompts[0].themes == ("present-moment",)
    assert pack_problems(encode(good_pack())) == []


def test_digest_ignores_key_order_but_not_content() -> None:
    a = read_pack(encode(good_pack()))
    reordered = dict(reversed(list(good_pack().items())))
    assert read_pack(encode(reordered)).digest == a.digest
    assert read_pack(encode(good_pack(title="Other"))).digest != a.digest


def test_a_pack_with_a_byte_order_mark_reads() -> None:
    assert read_pack(b"\xef\xbb\xbf" + encode(good_pack())).id == "test-pack"


BROKEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "not json": (lambda: b"{ this is not json", "not valid JSON"),
    "empty file": (lambda: b"", "not valid JSON"),
    "wrong encoding": (lambda: '{"title": "café"}'.encode("latin-1"), "not UTF-8"),
    "utf-16": (lambda: json.dumps(good_pack()).encode("utf-16"), "not UTF-8"),
    "a list": (lambda: encode([good_prompt()]), "must be a JSON object"),
    "too large": (lambda: b" " * (MAX_PACK_BYTES + 1), "too large"),
    "NaN": (lambda: encode(good_pack()).replace(b'"minutes": 5', b'"minutes": NaN'), "JSON"),
    "duplicate key": (
        lambda: b'{"format": "innerspace-prompt-pack", "format": "x"}',
        "repeats the key 'format'",
    ),
    "missing format": (lambda: encode(good_pack(format=_DROP)), "missing 'format'"),
    "wrong format": (lambda: encode(good_pack(format="other")), "'format' must be"),
    "missing version": (lambda: encode(good_pack(format_version=_DROP)), "'format_version'"),
    "text version": (lambda: encode(good_pack(format_version="1")), "whole number"),
    "newer version": (lambda: encode(good_pack(format_version=3)), "format version 3"),
    "missing id": (lambda: encode(good_pack(id=_DROP)), "missing 'id'"),
    "bad pack id": (lambda: encode(good_pack(id="My Pack!")), "pack's id"),
    "missing title": (lambda: encode(good_pack(title=_DROP)), "missing 'title'"),
    "empty title": (lambda: encode(good_pack(title="  ")), "title is empty"),
    "long title": (lambda: encode(good_pack(title="x" * 500)), "title is too long"),
    "unknown field": (lambda: encode(good_pack(colour="blue")), "unknown field 'colour'"),
    "bad revision": (lambda: encode(good_pack(revision=0)), "'revision'"),
    "prompts not list": (lambda: encode(good_pack(prompts={"a": 1})), "must be a list"),
    "no prompts": (lambda: encode(good_pack(prompts=[])), "no prompts"),
    "too many prompts": (
        lambda: encode(good_pack(prompts=[good_prompt(i) for i in range(MAX_PROMPTS + 1)])),
        "the most a pack can hold",
    ),
    "prompt not object": (lambda: encode(good_pack(prompts=["hello"])), "Prompt 1 must be"),
    "missing text": (lambda: encode(good_pack(prompts=[good_prompt(text=_DROP)])), "'text'"),
    "text not string": (lambda: encode(good_pack(prompts=[good_prompt(text=5)])), "be text"),
    "empty text": (lambda: encode(good_pack(prompts=[good_prompt(text="")])), "text is empty"),
    "oversize text": (
        lambda: encode(good_pack(prompts=[good_prompt(text="word " * 300)])),
        "text is too long",
    ),
    "control characters": (
        lambda: encode(good_pack(prompts=[good_prompt(text="hi\x00there")])),
        "control characters",
    ),
    "duplicate ids": (
        lambda: encode(good_pack(prompts=[good_prompt(1), good_prompt(1)])),
        "same id as an earlier prompt",
    ),
    "bad prompt id": (
        lambda: encode(good_pack(prompts=[good_prompt(id="a/b")])),
        "id must be",
    ),
    "unknown approach": (
        lambda: encode(good_pack(prompts=[good_prompt(approach="astrology")])),
        "approach 'astrology' is not one of",
    ),
    "unknown depth": (
        lambda: encode(good_pack(prompts=[good_prompt(depth="heavy")])),
        "depth 'heavy' is not one of",
    ),
    "minutes zero": (
        lambda: encode(good_pack(prompts=[good_prompt(minutes=0)])),
        "between 1 and 120",
    ),
    "minutes too many": (
        lambda: encode(good_pack(prompts=[good_prompt(minutes=600)])),
        "between 1 and 120",
    ),
    "minutes fraction": (
        lambda: encode(good_pack(prompts=[good_prompt(minutes=2.5)])),
        "whole number",
    ),
    "minutes boolean": (
        lambda: encode(good_pack(prompts=[good_prompt(minutes=True)])),
        "whole number",
    ),
    "themes not list": (
        lambda: encode(good_pack(prompts=[good_prompt(themes="body")])),
        "themes must be a list",
    ),
    "no themes": (lambda: encode(good_pack(prompts=[good_prompt(themes=[])])), "one theme"),
    "bad theme": (
        lambda: encode(good_pack(prompts=[good_prompt(themes=["Big Feelings"])])),
        "theme 'Big Feelings'",
    ),
    "theme twice": (
        lambda: encode(good_pack(prompts=[good_prompt(themes=["body", "body"])])),
        "theme twice",
    ),
    "follow-ups not list": (
        lambda: encode(good_pack(prompts=[good_prompt(follow_ups="why?")])),
        "follow_ups must be a list",
    ),
    "follow-up empty": (
        lambda: encode(good_pack(prompts=[good_prompt(follow_ups=["ok", ""])])),
        "follow-up 2 is empty",
    ),
    "too many follow-ups": (
        lambda: encode(good_pack(prompts=[good_prompt(follow_ups=["q?"] * 9)])),
        "9 follow-up questions",
    ),
    "note not text": (
        lambda: encode(good_pack(prompts=[good_prompt(content_note=["x"])])),
        "content note must be text",
    ),
    "healing without note": (
        lambda: encode(good_pack(prompts=[good_prompt(approach="healing")])),
        "needs a content note",
    ),
    "deep without note": (
        lambda: encode(good_pack(prompts=[good_prompt(depth="deep")])),
        "as every deep prompt does",
    ),
    "body without note": (
        lambda: encode(good_pack(prompts=[good_prompt(themes=["senses", "body"])])),
        "as every prompt about body does",
    ),
    "childhood without note": (
        lambda: encode(good_pack(prompts=[good_prompt(themes=["childhood"])])),
        "as every prompt about childhood does",
    ),
    "home without note": (
        lambda: encode(good_pack(prompts=[good_prompt(themes=["home"], content_note=" ")])),
        "as every prompt about home does",
    ),
    "unknown prompt field": (
        lambda: encode(good_pack(prompts=[good_prompt(mood="sad")])),
        "unknown field 'mood'",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_packs_are_refused_with_a_reason(case: str) -> None:
    make, expected = BROKEN[case]
    raw = make()
    problems = pack_problems(raw)
    assert problems, case
    assert any(expected in problem for problem in problems), problems
    with pytest.raises(InvalidPack) as refused:
        read_pack(raw)
    assert refused.value.problems == problems


def test_a_missing_note_is_asked_for_once() -> None:
    healing = good_prompt(approach="healing", depth="deep", themes=["childhood"])
    problems = pack_problems(encode(good_pack(prompts=[healing])))
    assert len([p for p in problems if "content note" in p]) == 1


def test_noted_prompts_pass_and_a_persons_own_deep_prompt_needs_no_note() -> None:
    noted = good_prompt(depth="deep", themes=["body"], content_note="Go gently.")
    assert pack_problems(encode(good_pack(prompts=[noted]))) == []
    assert prompts.prompt_problems(good_prompt(depth="deep", themes=["childhood"])) == []


def test_every_problem_is_listed_at_once() -> None:
    raw = encode(
        good_pack(
            title="",
            prompts=[good_prompt(1, depth="huge"), good_prompt(1, minutes=-3), {"text": "hi"}],
        )
    )
    problems = pack_problems(raw)
    assert any("title is empty" in p for p in problems)
    assert any("Prompt 1 ('p-1')" in p and "depth" in p for p in problems)
    assert any("Prompt 2 ('p-1')" in p and "same id" in p for p in problems)
    assert any("Prompt 2 ('p-1')" in p and "minutes" in p for p in problems)
    assert any("Prompt 3 is missing 'id'" in p for p in problems)
    assert len(problems) >= 6


def test_a_newer_format_version_is_not_judged_by_old_rules() -> None:
    problems = pack_problems(encode(good_pack(format_version=3, session_dates=[])))
    assert len(problems) == 1
    assert "format version 3" in problems[0]


def test_read_pack_file_refuses_an_oversize_file_and_missing_file(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b" " * MAX_PACK_BYTES + b"]")
    with pytest.raises(InvalidPack, match="too large"):
        read_pack_file(big)
    with pytest.raises(InvalidPack, match="could not be read"):
        read_pack_file(tmp_path / "missing.json")


# -- browsing ------------------------------------------------------------------------------------


def make(pid: str, depth: str = "light", approach: str = "cbt", minutes: int = 5) -> Prompt:
    return Prompt(pid, f"Text {pid}", approach, ("thoughts",), depth, minutes)


def test_filter_by_approach_theme_depth_and_length() -> None:
    items = [
        make("a", "light", "cbt", 5),
        make("b", "deep", "cbt", 15),
        Prompt("c", "Text", "growth", ("gratitude",), "light", 3),
    ]
    assert [p.id for p in filter_prompts(items, approach="cbt")] == ["a", "b"]
    assert [p.id for p in filter_prompts(items, theme="gratitude")] == ["c"]
    assert [p.id for p in filter_prompts(items, depth="deep")] == ["b"]
    assert [p.id for p in filter_prompts(items, max_minutes=5)] == ["a", "c"]
    assert [p.id for p in filter_prompts(items, hidden={"a"})] == ["b", "c"]
    assert [p.id for p in filter_prompts(items, favourites={"c"})] == ["c"]
    assert filter_prompts(items, approach="cbt", depth="light", max_minutes=3) == []


# -- prompt of the day ---------------------------------------------------------------------------

LIBRARY = [make(f"l{i:02}", "light") for i in range(20)] + [
    make(f"d{i:02}", "deep") for i in range(20)
]


def test_the_same_prompt_all_day_and_a_new_one_on_other_days() -> None:
    first = prompt_of_the_day(LIBRARY, TODAY, "seed")
    assert first == prompt_of_the_day(LIBRARY, TODAY, "seed")
    week = {prompt_of_the_day(LIBRARY, TODAY + timedelta(days=n), "seed") for n in range(7)}
    assert len(week) > 1


def test_different_journals_get_different_sequences() -> None:
    mine = [prompt_of_the_day(LIBRARY, TODAY + timedelta(days=n), "a") for n in range(10)]
    theirs = [prompt_of_the_day(LIBRARY, TODAY + timedelta(days=n), "b") for n in range(10)]
    assert mine != theirs


def test_answering_today_does_not_change_todays_prompt() -> None:
    chosen = prompt_of_the_day(LIBRARY, TODAY, "seed")
    assert chosen is not None
    answered = [AnsweredPrompt(chosen.id, TODAY, chosen.depth)]
    assert prompt_of_the_day(LIBRARY, TODAY, "seed", answered) == chosen


def test_recently_used_prompts_are_not_repeated() -> None:
    items = [make("a"), make("b"), make("c")]
    answered = [
        AnsweredPrompt("a", TODAY - timedelta(days=3), "light"),
        AnsweredPrompt("b", TODAY - timedelta(days=29), "light"),
    ]
    for seed in ("x", "y", "z", "w"):
        chosen = prompt_of_the_day(items, TODAY, seed, answered)
        assert chosen is not None and chosen.id == "c"


def test_prompts_used_more_than_thirty_days_ago_come_back() -> None:
    items = [make("a"), make("b")]
    answered = [
        AnsweredPrompt("a", TODAY - timedelta(days=31), "light"),
        AnsweredPrompt("b", TODAY - timedelta(days=2), "light"),
    ]
    chosen = prompt_of_the_day(items, TODAY, "seed", answered)
    assert chosen is not None and chosen.id == "a"


def test_when_everything_was_used_recently_the_longest_unused_comes_back() -> None:
    items = [make("a"), make("b"), make("c")]
    answered = [
        AnsweredPrompt("a", TODAY - timedelta(days=2), "light"),
        AnsweredPrompt("b", TODAY - timedelta(days=9), "light"),
        AnsweredPrompt("c", TODAY - timedelta(days=5), "light"),
    ]
    chosen = prompt_of_the_day(items, TODAY, "seed", answered)
    assert chosen is not None and chosen.id == "b"


def test_hidden_prompts_never_appear() -> None:
    items = [make("a"), make("b")]
    for n in range(30):
        chosen = prompt_of_the_day(items, TODAY + timedelta(days=n), "seed", hidden={"a"})
        assert chosen is not None and chosen.id == "b"
    assert prompt_of_the_day(items, TODAY, "seed", hidden={"a", "b"}) is None


def test_lighter_prompts_after_a_run_of_deep_ones() -> None:
    answered = [
        AnsweredPrompt("d01", TODAY - timedelta(days=3), "deep"),
        AnsweredPrompt("l01", TODAY - timedelta(days=2), "light"),
        AnsweredPrompt("d02", TODAY - timedelta(days=1), "deep"),
    ]
    for n in range(20):
        chosen = prompt_of_the_day(LIBRARY, TODAY, f"seed{n}", answered)
        assert chosen is not None and chosen.depth == "light"


def test_one_deep_prompt_in_the_last_three_does_not_restrict() -> None:
    answered = [
        AnsweredPrompt("d01", TODAY - timedelta(days=3), "deep"),
        AnsweredPrompt("l01", TODAY - timedelta(days=2), "light"),
        AnsweredPrompt("l02", TODAY - timedelta(days=1), "light"),
    ]
    depths = {
        chosen.depth
        for n in range(40)
        if (
            chosen := prompt_of_the_day(
                LIBRARY, TODAY, f"seed{n}", answered, journal_started=SETTLED
            )
        )
        is not None
    }
    assert depths == {"light", "deep"}


def depths_offered(**given: Any) -> set[str]:
    return {
        chosen.depth
        for n in range(60)
        if (chosen := prompt_of_the_day(LIBRARY, TODAY, f"seed{n}", **given)) is not None
    }


def test_no_deep_prompt_of_the_day_in_a_journals_first_two_weeks() -> None:
    assert depths_offered(journal_started=TODAY - timedelta(days=13)) == {"light"}
    assert depths_offered(journal_started=TODAY) == {"light"}
    assert depths_offered() == {"light"}  # no entries yet
    assert depths_offered(journal_started=TODAY - timedelta(days=14)) == {"light", "deep"}


def test_no_deep_prompt_of_the_day_after_a_low_mood() -> None:
    for mood in (1, 2, 3):
        assert depths_offered(journal_started=SETTLED, latest_mood=mood) == {"light"}
    assert depths_offered(journal_started=SETTLED, latest_mood=4) == {"light", "deep"}


def test_only_deep_prompts_left_means_no_prompt_rather_than_a_deep_one() -> None:
    deep_only = [make("d", "deep")]
    assert prompt_of_the_day(deep_only, TODAY, "s", latest_mood=2, journal_started=SETTLED) is None


def test_healing_prompts_only_when_asked_for() -> None:
    items = [make("h", approach="healing"), make("c")]
    for n in range(20):
        chosen = prompt_of_the_day(items, TODAY + timedelta(days=n), "seed")
        assert chosen is not None and chosen.id == "c"
    chosen_ids = {
        chosen.id
        for n in range(20)
        if (chosen := prompt_of_the_day(items, TODAY + timedelta(days=n), "s", include_opt_in=True))
    }
    assert chosen_ids == {"h", "c"}


def test_prompt_of_the_day_from_the_built_in_library() -> None:
    library = prompts.builtin_prompts()
    chosen = prompt_of_the_day(library, TODAY, "seed")
    assert chosen is not None
    assert chosen.approach != "healing"


def test_a_new_journals_prompt_of_the_day_is_light_and_needs_no_note() -> None:
    library = prompts.builtin_prompts()
    for offset in range(60):
        day = TODAY + timedelta(days=offset)
        chosen = prompt_of_the_day(library, day, "seed", journal_started=None)
        assert chosen is not None
        assert chosen.depth == "light" and not chosen.content_note
