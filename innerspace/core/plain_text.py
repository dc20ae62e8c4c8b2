"""Markdown as the plain words a person reads: for previews, titles and one-line summaries."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s+|$)")  # "#" alone is an empty heading
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_LIST = re.compile(r"^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?")
_RULE = re.compile(r"^\s{0,3}([-*_]\s*){3,}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"`+([^`]*)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def plain_line(line: str) -> str:
    """One line of Markdown without its marks: ``## **Hard** day`` reads ``Hard day``."""
    if _RULE.match(line):
        return ""
    line = _HEADING.sub("", line)
    line = _QUOTE.sub("", line)
    line = _LIST.sub("", line)
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _TAG.sub("", line)
    for pattern in (_STRONG, _STRIKE):
        line = pattern.sub(lambda m: m.group(m.lastindex or 0), line)
    line = _EMPHASIS.sub(r"\2", line)
    line = _ESCAPE.sub(r"\1", line)
    return line.strip()


def plain_text(markdown: str) -> str:
    """The text's lines without Markdown marks; blank lines and code fences dropped."""
    lines = []
    for line in markdown.splitlines():
        if _FENCE.match(line):
            continue
        plain = plain_line(line)
        if plain:
            lines.append(plain)
    return "\n".join(lines)


def first_line_and_rest(markdown: str) -> tuple[str, str]:
    """What an untitled entry is called (its first line, as plain words) and the text after it."""
    text = plain_text(markdown)
    first, _, rest = text.partition("\n")
    return first, rest


_LABEL = re.compile(r"^\s*(\*\*|__)[^*_]+\1\s*$")


def summary_line(markdown: str) -> str:
    """A guided exercise's entry as one readable line: its parts joined with " · ", without the
    bold labels that introduce them ("Coping tool used · Call Sam · Kind of tool: people")."""
    parts = []
    for line in markdown.splitlines():
        if _FENCE.match(line) or _LABEL.match(line):
            continue
        plain = plain_line(line)
        if plain:
            parts.append(plain)
    return " · ".join(parts)
