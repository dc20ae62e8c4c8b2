"""The care check: does saved text hold first-person words about suicide or self-harm?

The phrases are curated data in resources/care_phrases/ (one file per language, documented in the
README there). The answer is only True or False: what matched, and where, is never returned,
stored or logged, so nothing about it can leak. The check runs on save, never while typing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from innerspace.resources import resource_path

PHRASES_FOLDER = "care_phrases"
# Quotation marks are folded to these two before matching.
_QUOTED = re.compile(r"\"[^\"]*\"|(?:(?<=\s)|^)'[^']*'(?=[\s.,!?;:]|$)")
_TOKEN = re.compile(r"[a-z]+|[^\sa-z]")
_WHITESPACE = re.compile(r"\s+")
_FOLDS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
# How far back a quotation is searched for the writer saying the words were theirs.
_QUOTE_LEAD_CHARS = 60


@dataclass(frozen=True)
class CarePhrases:
    """One language's phrases, compiled once."""

    language: str
    contractions: tuple[tuple[re.Pattern[str], str], ...]
    phrases: tuple[re.Pattern[str], ...]
    not_meant: re.Pattern[str]
    negators: frozenset[str]
    linking_words: frozenset[str]
    own_words_before: re.Pattern[str]
    true_examples: tuple[str, ...]
    false_examples: tuple[str, ...]

    def normalised(self, text: str) -> str:
        folded = _WHITESPACE.sub(" ", text.translate(_FOLDS).lower())
        for pattern, replacement in self.contractions:
            folded = pattern.sub(replacement, folded)
        return folded

    def matches(self, text: str) -> bool:
        folded = self.normalised(text)
        quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(folded)]
        return any(
            self._counts(folded, found, quotes)
            for pattern in self.phrases
            for found in pattern.finditer(folded)
        )

    def _counts(self, text: str, found: re.Match[str], quotes: list[tuple[int, int]]) -> bool:
        if self.not_meant.match(text, found.end()):
            return False
        if self._denied(text[: found.start()]):
            return False
        quote_start = next((start for start, end in quotes if start < found.start() < end), None)
        if quote_start is None:
            return True
        lead = text[max(0, quote_start - _QUOTE_LEAD_CHARS) : quote_start]
        return self.own_words_before.search(lead) is not None

    def _denied(self, before: str) -> bool:
        for token in reversed(_TOKEN.findall(before)):
            if token in self.negators:
                return True
            if token not in self.linking_words:
                return False
        return False


def mentions_suicide_or_self_harm(text: str, languages: Iterable[str] | None = None) -> bool:
    """True when ``text`` holds a listed phrase in any of ``languages`` (default: every list)."""
    chosen = available_languages() if languages is None else tuple(languages)
    return any(load_care_phrases(language).matches(text) for language in chosen)


@cache
def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in resource_path(PHRASES_FOLDER).glob("*.json")))


@cache
def load_care_phrases(language: str) -> CarePhrases:
    data: dict[str, Any] = json.loads(
        resource_path(PHRASES_FOLDER, f"{language}.json").read_text(encoding="utf-8")
    )
    filler = "(?:(?:" + "|".join(re.escape(f) for f in data["fillers"]) + ") )*"

    def compiled(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern.replace("{filler}", filler))

    return CarePhrases(
        language=data["language"],
        contractions=tuple((re.compile(p), r) for p, r in data["contractions"]),
        phrases=tuple(compiled(p) for group in data["groups"] for p in group["patterns"]),
        not_meant=compiled(data["not_meant"]["after"]),
        negators=frozenset(data["negation"]["negators"]),
        linking_words=frozenset(data["negation"]["linking_words"]),
        own_words_before=compiled(data["quotes"]["own_words_before"]),
        true_examples=tuple(data["examples"]["true"]),
        false_examples=tuple(data["examples"]["false"]),
    )
