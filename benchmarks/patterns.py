"""Timing every pattern figure for ten years of daily entries: ``python -m benchmarks.patterns``.

A scratch measurement, not a test: it builds an encrypted journal of 3,650 entries (one a day,
about 10,000 emotion tags, mood ratings on two in three, context tags) in a temporary folder,
then times reading the records and computing the whole review (median of several runs).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from innerspace.core.emotions import EmotionTag, load_vocabulary
from innerspace.core.entries import Entry
from innerspace.core.patterns import build_review, records_needed_from
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "benchmark passphrase: seven quiet herons"
YEARS = 10
RUNS = 7
SEED = 1789
CONTEXTS = [("activity", "work"), ("people", "Sam"), ("place", "home"), ("situation", "deadline")]


def _fill(vault: Vault, first: date, days: int) -> int:
    rng = random.Random(SEED)
    words = [e.id for e in load_vocabulary().emotions]
    journal, feelings = Journal(vault), Feelings(vault)
    zone = ZoneInfo("Europe/Berlin")
    tags = 0
    for n in range(days):
        day = first + timedelta(days=n)
        moment = datetime(
            day.year, day.month, day.day, rng.randrange(24), rng.randrange(60), tzinfo=zone
        )
        entry_id = journal.add(Entry(body="A day.", created=moment)).id or 0
        chosen = rng.sample(words, rng.choice((2, 3, 3, 4)))
        tags += len(chosen)
        feelings.set_emotions(entry_id, [EmotionTag(w, rng.randrange(10, 101)) for w in chosen])
        if rng.random() < 2 / 3:
            feelings.set_mood(entry_id, rng.randrange(1, 11))
        feelings.set_contexts(entry_id, rng.sample(CONTEXTS, rng.randrange(3)))
    return tags


def run_patterns_benchmark() -> dict[str, float]:
    """Milliseconds (medians) to read the records, compute the review, and both together."""
    vocabulary = load_vocabulary()
    last = date(2025, 5, 31)
    first = last - timedelta(days=365 * YEARS - 1)
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(
            Path(folder) / "journal", PASSPHRASE, kdf=FLOOR, with_recovery_key=False
        )
        with vault:
            tags = _fill(vault, first, (last - first).days + 1)
            feelings = Feelings(vault)
            reads, computes = [], []
            for _ in range(RUNS):
                start = time.perf_counter()
                records = feelings.records(records_needed_from(first, last), last)
                middle = time.perf_counter()
                review = build_review(records, first, last, vocabulary)
                end = time.perf_counter()
                reads.append((middle - start) * 1000)
                computes.append((end - middle) * 1000)
            totals = [r + c for r, c in zip(reads, computes, strict=True)]
    return {
        "entries": float(review.entries),
        "emotion_tags": float(tags),
        "read_ms": statistics.median(reads),
        "compute_ms": statistics.median(computes),
        "total_ms": statistics.median(totals),
    }


if __name__ == "__main__":
    for key, value in run_patterns_benchmark().items():
        print(f"{key:>14}: {value:.1f}")
