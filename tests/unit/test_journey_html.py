"""Journey's HTML becomes Markdown in one pass over the text: a page of unclosed or stray tags
costs no more than its length, and the result is what the tags say."""

from __future__ import annotations

import pytest

from innerspace.interchange import journey
from innerspace.interchange.journey import html_to_markdown

N = 100_000
PATHOLOGICAL = {
    "unclosed bold": "<b>" * N + "words",
    "unclosed links": '<a href="https://x.org">' * N + "words",
    "bold closed once at the end": "<b>x" * N + "</b>",
    "italic and emphasis interleaved": "<i><em>x</em>" * N + "</i>",
    "stray brackets": "<" * N + "words",
    "an unfinished tag": "<b" + " x" * N,
}


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_the_text_is_read_in_pieces_that_never_overlap(text: str) -> None:
    # The size-based promise: every character is in exactly one piece, and no piece that is a
    # tag holds a '<' after its first, so no scan runs on past the next tag.
    pieces = journey._TOKEN.findall(text)
    assert "".join(pieces) == text
    assert len(pieces) <= 2 * text.count("<") + 1
    assert all("<" not in piece[1:] for piece in pieces)


def test_pathological_pages_come_out_as_they_say() -> None:
    assert html_to_markdown(PATHOLOGICAL["unclosed bold"]) == "words"
    assert html_to_markdown(PATHOLOGICAL["unclosed links"]) == "words"
    assert html_to_markdown(PATHOLOGICAL["bold closed once at the end"]) == "**" + "x" * N + "**"
    assert html_to_markdown(PATHOLOGICAL["italic and emphasis interleaved"]) == (
        "*" + "x" * N + "*"
    )
    assert html_to_markdown(PATHOLOGICAL["stray brackets"]) == "<" * N + "words"


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<p>One</p><p>Two<br>three</p>", "One\n\nTwo\nthree"),
        ("<B>loud</B> and <EM>soft</EM>", "**loud** and *soft*"),
        ("<b>a<b>c</b>d</b>", "**ac**d"),
        ("<i><em>x</em></i>", "*x*"),
        ('<a href="https://x.org"><b>x</b></a>', "[**x**](https://x.org)"),
        ("<!-- a comment -->I <3 you &amp; tea", "I <3 you & tea"),
        ("<h3 class='t'>Day</h3><ol><li>one</li></ol>", "### Day\n\n- one"),
    ],
)
def test_simple_html_as_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown
