"""Previews read as plain words: no ##, ** or link syntax in the timeline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerspace.core.plain_text import first_line_and_rest, plain_line, plain_text


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("## **Hard** day", "Hard day"),
        ("# Thought record", "Thought record"),
        ("- [x] walked *slowly* to the __park__", "walked slowly to the park"),
        ("1. first", "first"),
        ("> quoted _words_ here", "quoted words here"),
        ("see [my notes](https://example.org) now", "see my notes now"),
        ("![a photo](img.png) caption", "a photo caption"),
        ("use `ls -la` please", "use ls -la please"),
        ("~~no~~ yes", "no yes"),
        ("a<br>b <b>bold</b>", "ab bold"),
        (r"Much needed Munch \(lunch\)", "Much needed Munch (lunch)"),
        ("2*3*4 stays as it is", "2*3*4 stays as it is"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("---", ""),
        ("#hashtag is not a heading", "#hashtag is not a heading"),
    ],
)
def test_one_line_reads_as_plain_words(markdown: str, plain: str) -> None:
    assert plain_line(markdown) == plain


def test_untitled_entries_are_named_by_their_first_line() -> None:
    body = "\n\n## Sunday, slow\n\nI **finally** rested.\n```\ncode\n```\nMore."
    assert first_line_and_rest(body) == ("Sunday, slow", "I finally rested.\ncode\nMore.")
    assert first_line_and_rest("") == ("", "")


@given(st.text(max_size=300))
def test_any_text_gives_plain_text_without_raising(text: str) -> None:
    result = plain_text(text)
    assert "\n\n" not in result
    assert len(result) <= len(text)


def test_an_exercise_reads_as_one_line_without_its_labels() -> None:
    from innerspace.core.exercises import CopingUse
    from innerspace.core.plain_text import summary_line

    body = CopingUse(tool="Call Sam", category="people", distress_before=7).to_markdown()
    line = summary_line(body)
    assert line.startswith("Coping tool used · Call Sam · Kind of tool: people")
    assert "What I tried" not in line and "**" not in line and "\n" not in line
