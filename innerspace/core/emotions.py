"""Naming feelings: the emotion vocabulary, the emotions and context tags an entry carries."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from innerspace.resources import resource_path

VOCABULARY_FILE = "emotions.json"
MIN_INTENSITY = 0
MAX_INTENSITY = 100
MIN_MOOD = 1
MAX_MOOD = 10

# '' is a feeling named in a plain entry; exercises rate feelings before and after.
PHASES = ("", "before", "after")
# The phases that say what the person felt; 'after' is a re-rating, used by exercise outcomes.
FELT_PHASES = frozenset({"", "before"})

CONTEXT_KINDS = ("situation", "people", "activity", "place")
CONTEXT_KIND_NAMES = {
    "situation": "Situation",
    "people": "People",
    "activity": "Activity",
    "place": "Place",
}
MAX_CONTEXT_LENGTH = 64

# A person's own feeling words have ids of their own shape, so they never meet a shipped id
# (those are plain lowercase words), and the same word gets the same id in every journal: an
# import of a word the journal already has is simply the same word.
OWN_PREFIX = "own/"
MAX_OWN_WORD_LENGTH = 40
MAX_OWN_MEANING_LENGTH = 120


class VocabularyError(ValueError):
    """The vocabulary file is malformed; ``str()`` lists every problem found."""


@dataclass(frozen=True)
class EmotionFamily:
    """A group of related feelings, with a soft colour for each theme (never the only cue)."""

    id: str
    name: str
    colour_light: str
    colour_dark: str


@dataclass(frozen=True)
class Emotion:
    """A feeling word, placed by valence (-1 unpleasant .. 1 pleasant) and arousal (0 .. 1)."""

    id: str
    word: str
    family: str
    definition: str
    valence: float
    arousal: float

    @property
    def is_own(self) -> bool:
        """A word the person added themselves, kept in their journal."""
        return self.id.startswith(OWN_PREFIX)


class OwnWordProblem(ValueError):
    """An own word that can't be kept; ``str()`` is one plain sentence for the person."""


def own_word_id(word: str) -> str:
    return OWN_PREFIX + fold(" ".join(word.split()))


def own_word(word: str, family: str, valence: float, arousal: float, meaning: str = "") -> Emotion:
    """A feeling word of the person's own, tidied and checked (``OwnWordProblem`` if not)."""
    text = " ".join(word.split())
    if not text:
        raise OwnWordProblem("A word of your own needs a few letters.")
    if len(text) > MAX_OWN_WORD_LENGTH:
        raise OwnWordProblem(f"Please keep the word to {MAX_OWN_WORD_LENGTH} characters.")
    if not family:
        raise OwnWordProblem("Please choose the family it belongs with.")
    if not (-1.0 <= valence <= 1.0 and 0.0 <= arousal <= 1.0):
        raise OwnWordProblem("How pleasant and how much energy are each chosen from the list.")
    return Emotion(
        id=own_word_id(text),
        word=text,
        family=family,
        definition=" ".join(meaning.split())[:MAX_OWN_MEANING_LENGTH],
        valence=float(valence),
        arousal=float(arousal),
    )


@dataclass(frozen=True)
class EmotionTag:
    """One feeling named on an entry, how strongly (0–100), and in which phase."""

    emotion_id: str
    intensity: int
    phase: str = ""

    def __post_init__(self) -> None:
        if not MIN_INTENSITY <= self.intensity <= MAX_INTENSITY:
            raise ValueError(f"intensity must be {MIN_INTENSITY}–{MAX_INTENSITY}")
        if self.phase not in PHASES:
            raise ValueError(f"phase must be one of {PHASES}")
        if not self.emotion_id:
            raise ValueError("an emotion tag needs an emotion id")


@dataclass(frozen=True)
class ContextTag:
    """A situation, person, activity or place an entry is about; ``uses`` counts its entries."""

    id: int
    kind: str
    name: str
    uses: int = 0


def normalize_context_name(text: str) -> str:
    return " ".join(text.split())[:MAX_CONTEXT_LENGTH]


def check_context_kind(kind: str) -> None:
    if kind not in CONTEXT_KINDS:
        raise ValueError(f"context kind must be one of {CONTEXT_KINDS}")


def check_mood(rating: int) -> None:
    if not MIN_MOOD <= rating <= MAX_MOOD:
        raise ValueError(f"a mood rating is {MIN_MOOD}–{MAX_MOOD}")


def fold(text: str) -> str:
    """Text for matching: case and accents ignored, so "angstlich" finds "ängstlich"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class EmotionVocabulary:
    """The words a person picks from, grouped in families, in the file's order."""

    def __init__(
        self,
        families: Sequence[EmotionFamily],
        emotions: Sequence[Emotion],
        *,
        folded: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        """``folded``: words and definitions already folded, by id (from a vocabulary this one
        extends: folding every word again each time own words change showed after unlock)."""
        self.families = tuple(families)
        self.emotions = tuple(emotions)
        self._families = {f.id: f for f in self.families}
        self._emotions = {e.id: e for e in self.emotions}
        self._order = {e.id: i for i, e in enumerate(self.emotions)}
        known = folded or {}
        self._folded = {
            e.id: known.get(e.id) or (fold(e.word), fold(e.definition)) for e in self.emotions
        }

    def __len__(self) -> int:
        return len(self.emotions)

    def __contains__(self, emotion_id: object) -> bool:
        return emotion_id in self._emotions

    def get(self, emotion_id: str) -> Emotion:
        """The emotion with this id; ``KeyError`` if the vocabulary has no such word."""
        return self._emotions[emotion_id]

    def find(self, emotion_id: str) -> Emotion | None:
        return self._emotions.get(emotion_id)

    def family(self, family_id: str) -> EmotionFamily:
        return self._families[family_id]

    def with_own(self, own: Iterable[Emotion]) -> EmotionVocabulary:
        """This vocabulary and the person's own words after it. An own word that is already
        in the list, or in a family this version doesn't have, is left out."""
        words = {self._folded[e.id][0] for e in self.emotions}
        extra: list[Emotion] = []
        for emotion in own:
            if emotion.family in self._families and fold(emotion.word) not in words:
                words.add(fold(emotion.word))
                extra.append(emotion)
        # Own words may have had their meaning changed since: only shipped ones are reused.
        shipped = {e.id: self._folded[e.id] for e in self.emotions if not e.is_own}
        return EmotionVocabulary(self.families, [*self.emotions, *extra], folded=shipped)

    def find_word(self, word: str) -> Emotion | None:
        """The emotion spelled ``word``, ignoring case, accents and extra spaces."""
        folded = fold(" ".join(word.split()))
        return next((e for e in self.emotions if self._folded[e.id][0] == folded), None)

    def in_family(self, family_id: str) -> list[Emotion]:
        return [e for e in self.emotions if e.family == family_id]

    def search(self, text: str, recent: Sequence[str] = ()) -> list[Emotion]:
        """Words for what has been typed so far, best first.

        Words that start with the text come first, then words that contain it, then words
        whose definition has a word starting with it. Within each group, recently used words
        (``recent``, most recent first) lead, then the vocabulary's order. Empty text lists
        every word, recently used first.
        """
        query = fold(" ".join(text.split()))
        if not query:
            return self.recent_first(recent)
        recency = _rank_of(recent)
        ranked: list[tuple[int, int, int, Emotion]] = []
        for emotion in self.emotions:
            word, definition = self._folded[emotion.id]
            if word.startswith(query):
                group = 0
            elif query in word:
                group = 1
            elif _has_word_starting(definition, query):
                group = 2
            else:
                continue
            rank = recency.get(emotion.id, len(recency))
            ranked.append((group, rank, self._order[emotion.id], emotion))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked]

    def recent_first(self, recent: Sequence[str], limit: int | None = None) -> list[Emotion]:
        """Recently used words (most recent first, unknown ids skipped), then all the others."""
        seen: set[str] = set()
        ordered: list[Emotion] = []
        for emotion_id in recent:
            emotion = self._emotions.get(emotion_id)
            if emotion is not None and emotion_id not in seen:
                seen.add(emotion_id)
                ordered.append(emotion)
        ordered.extend(e for e in self.emotions if e.id not in seen)
        return ordered if limit is None else ordered[:limit]


def _rank_of(ids: Iterable[str]) -> dict[str, int]:
    rank: dict[str, int] = {}
    for emotion_id in ids:
        rank.setdefault(emotion_id, len(rank))
    return rank


def _has_word_starting(text: str, query: str) -> bool:
    return any(word.startswith(query) for word in text.replace("-", " ").split())


def parse_vocabulary(data: Any) -> EmotionVocabulary:
    """Build the vocabulary from decoded JSON, refusing anything malformed or ambiguous."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise VocabularyError("the vocabulary must be a JSON object")
    families: list[EmotionFamily] = []
    for raw in _list(data, "families", problems):
        try:
            families.append(
                EmotionFamily(
                    id=_text(raw, "id"),
                    name=_text(raw, "name"),
                    colour_light=_colour(raw, "colour_light"),
                    colour_dark=_colour(raw, "colour_dark"),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"family {raw!r}: {exc}")
    family_ids = {f.id for f in families}
    if len(family_ids) != len(families):
        problems.append("two families share an id")
    emotions: list[Emotion] = []
    for raw in _list(data, "emotions", problems):
        try:
            emotion = Emotion(
                id=_text(raw, "id"),
                word=_text(raw, "word"),
                family=_text(raw, "family"),
                definition=_text(raw, "definition"),
                valence=_number(raw, "valence", -1.0, 1.0),
                arousal=_number(raw, "arousal", 0.0, 1.0),
            )
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"emotion {raw!r}: {exc}")
            continue
        if emotion.family not in family_ids:
            problems.append(f"emotion {emotion.id!r} is in an unknown family {emotion.family!r}")
        emotions.append(emotion)
    for label, values in (
        ("id", [e.id for e in emotions]),
        ("word", [fold(e.word) for e in emotions]),
    ):
        duplicates = sorted({v for v in values if values.count(v) > 1})
        if duplicates:
            problems.append(f"repeated emotion {label}s: {', '.join(duplicates)}")
    if problems:
        raise VocabularyError("; ".join(problems))
    return EmotionVocabulary(families, emotions)


def load_vocabulary(path: Path | None = None) -> EmotionVocabulary:
    """The vocabulary in ``path``, or the one that ships with the app (read once)."""
    if path is None:
        return _bundled_vocabulary()
    return parse_vocabulary(json.loads(path.read_text(encoding="utf-8")))


@cache
def _bundled_vocabulary() -> EmotionVocabulary:
    return load_vocabulary(resource_path(VOCABULARY_FILE))


def _list(data: dict[str, Any], key: str, problems: list[str]) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(f"{key!r} must be a list of objects")
        return []
    return value


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValueError(f"{key!r} must be non-empty text without spaces around it")
    return value


def _number(raw: dict[str, Any], key: str, low: float, high: float) -> float:
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"{key!r} must be a number from {low} to {high}")
    return float(value)


def _colour(raw: dict[str, Any], key: str) -> str:
    value = _text(raw, key)
    if (
        len(value) != 7
        or value[0] != "#"
        or not all(c in "0123456789abcdefABCDEF" for c in value[1:])
    ):
        raise ValueError(f"{key!r} must be a colour like #A1B2C3")
    return value
