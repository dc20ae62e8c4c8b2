"""Turn what a person types into the search box into a safe full-text query.

People type quotes, stars, dashes and brackets without meaning FTS5 syntax. We understand a
small, forgiving language and quote everything else, so a query never raises:

- words are all required: ``anxious morning``
- ``"exact phrase"`` (an unclosed quote runs to the end)
- ``calm*`` matches words that start with *calm*
- ``-work`` leaves out entries with *work*
- ``OR`` between two terms accepts either
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Letters and digits; not "_", which the full-text tokenizer treats as a separator.
_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_LENGTH = 1000
MAX_TERMS = 32


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    excluded: bool = False

    def to_fts(self) -> str:
        phrase = '"' + " ".join(self.words) + '"'
        return phrase + "*" if self.prefix else phrase


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: ``fts`` is safe to pass to MATCH; it is ``None`` when nothing to find."""

    fts: str | None
    words: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return self.fts is None


def parse_query(text: str) -> SearchQuery:
    groups: list[list[Term]] = [[]]  # OR-separated groups of AND-ed terms
    excluded: list[Term] = []
    for token, quoted in _tokens(text[:MAX_QUERY_LENGTH]):
        if not quoted and token == "OR":
            if groups[-1]:
                groups.append([])
            continue
        term = _term(token, quoted)
        if term is None:
            continue
        (excluded if term.excluded else groups[-1]).append(term)
    groups = [g[:MAX_TERMS] for g in groups if g]
    if not groups:
        return SearchQuery(None, ())
    alternatives = [" AND ".join(t.to_fts() for t in g) for g in groups]
    fts = alternatives[0] if len(alternatives) == 1 else " OR ".join(f"({a})" for a in alternatives)
    if excluded:
        fts = f"({fts})" + "".join(f" NOT {t.to_fts()}" for t in excluded[:MAX_TERMS])
    words = tuple(w for g in groups for t in g for w in t.words)
    return SearchQuery(fts, words)


def _tokens(text: str) -> list[tuple[str, bool]]:
    tokens: list[tuple[str, bool]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            end = len(text) if end == -1 else end
            # A star right after the closing quote makes the phrase a prefix search.
            star = end + 1 < len(text) and text[end + 1] == "*"
            tokens.append((text[i + 1 : end] + ("*" if star else ""), True))
            i = end + (2 if star else 1)
        else:
            end = i
            while end < len(text) and not text[end].isspace() and text[end] != '"':
                end += 1
            tokens.append((text[i:end], False))
            i = end
    return tokens


def _term(token: str, quoted: bool) -> Term | None:
    excluded = not quoted and token.startswith("-") and len(token) > 1
    prefix = token.endswith("*")
    words = tuple(_WORD.findall(token))
    if not words:
        return None
    return Term(words=words, prefix=prefix, excluded=excluded)
