"""How strong a passphrase is, estimated roughly and explained kindly.

The estimate is deliberately simple (character classes, length, repetition and a few
well-known patterns): it nudges people toward long passphrases without pretending precision.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 8

_COMMON = (
    "password",
    "passwort",
    "qwerty",
    "azerty",
    "letmein",
    "iloveyou",
    "welcome",
    "admin",
    "123456",
    "abc123",
    "monkey",
    "dragon",
    "journal",
    "innerspace",
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class StrengthEstimate:
    strength: Strength
    bits: float

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def estimate_strength(passphrase: str) -> StrengthEstimate:
    if len(passphrase) < MIN_LENGTH:
        return StrengthEstimate(Strength.TOO_SHORT, 0.0)
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"\d", passphrase):
        pool += 10
    if re.search(r"[^\w\s]|_", passphrase):
        pool += 32
    if re.search(r"\s", passphrase):
        pool += 1
    if re.search(r"[^\x00-\x7f]", passphrase):
        pool += 100
    # Repeated characters add little: count each run of the same character once, plus one.
    effective = len(re.sub(r"(.)\1+", r"\1\1", passphrase))
    bits = effective * math.log2(max(pool, 2))
    lowered = passphrase.casefold()
    if any(word in lowered for word in _COMMON):
        bits *= 0.5
    if any(_has_run(lowered, seq) for seq in _SEQUENCES):
        bits *= 0.7
    if bits < 40:
        level = Strength.WEAK
    elif bits < 60:
        level = Strength.FAIR
    elif bits < 80:
        level = Strength.GOOD
    else:
        level = Strength.STRONG
    return StrengthEstimate(level, round(bits, 1))


def _has_run(text: str, sequence: str, length: int = 4) -> bool:
    return any(sequence[i : i + length] in text for i in range(len(sequence) - length + 1))
