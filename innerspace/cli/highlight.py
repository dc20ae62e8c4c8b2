"""Search snippets: the storage marks each match in-band; here the marks become something to show.

In a terminal a match is bold; elsewhere it is in [brackets]; in JSON the snippet is plain text
with a list of ``[start, end)`` character offsets of the matches.
"""

from __future__ import annotations

from collections.abc import Callable

from innerspace.core.entries import HIGHLIGHT_END, HIGHLIGHT_START

BOLD = ("\x1b[1m", "\x1b[22m")
BRACKETS = ("[", "]")

Segment = tuple[str, bool]


def segments(snippet: str) -> list[Segment]:
    """The snippet as runs of text, each marked as a match or not.

    A stray marker (the written text itself may hold one) is dropped rather than trusted.
    """
    runs: list[Segment] = []
    current: list[str] = []
    matching = False
    for ch in snippet:
        if ch in (HIGHLIGHT_START, HIGHLIGHT_END):
            opens = ch == HIGHLIGHT_START
            if opens != matching:
                if current:
                    runs.append(("".join(current), matching))
                current = []
                matching = opens
            continue
        current.append(ch)
    if current:
        runs.append(("".join(current), matching))
    return runs


def plain_with_spans(runs: list[Segment]) -> tuple[str, list[list[int]]]:
    text = ""
    spans: list[list[int]] = []
    for piece, matched in runs:
        if matched:
            spans.append([len(text), len(text) + len(piece)])
        text += piece
    return text, spans


def render(runs: list[Segment], style: tuple[str, str], clean: Callable[[str], str]) -> str:
    """One line of text with each match wrapped in ``style``; ``clean`` makes each run safe."""
    before, after = style
    return "".join(
        f"{before}{clean(piece)}{after}" if matched else clean(piece) for piece, matched in runs
    )
