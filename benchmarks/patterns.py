"""Timing every pattern figure for ten years of daily entries: ``python -m benchmarks.patterns``.

A scratch measurement, not a test: it builds an encrypted journal of 3,650 entries (one a day,
about 10,000 emotion tags, mood ratings on two in three, context tags; one in ten a finished
thought record, one in ten a coping-toolbox note and one in ten an activity log) in a temporary
folder, then times ``load_patterns`` as the Patterns screen calls it (``total_ms``: every figure,
counted in the database, with the calendar and the exercises), and for comparison the older way
of reading every entry's record and computing the review from them (median of several runs).
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
from innerspace.core.exercises import (
    ActivityLog,
    AutomaticThought,
    CopingUse,
    EmotionRating,
    ThoughtRecord,
)
from innerspace.core.patterns import build_exercise_review, build_review, records_needed_from
from innerspace.storage.exercise_records import (
    activity_logs,
    coping_uses,
    thought_record_outcomes,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.pattern_queries import load_patterns
from innerspace.storage.vault import Vault

PASSPHRASE = "benchmark passphrase: seven quiet herons"
YEARS = 10
RUNS = 7
SEED = 1789
CONTEXTS = [("activity", "work"), ("people", "Sam"), ("place", "home"), ("situation", "deadline")]
TRAPS = ["catastrophising", "mind-reading", "labelling", "should-statements", "fortune-telling"]
TOOLS = ["Walk", "Box breathing", "Call a friend", "Music", "Write it down"]
ACTIVITIES = ["Walk", "Cooking", "Call a friend", "Tidy a drawer", "Reading"]


def _exercise(rng: random.Random, words: list[str]) -> tuple[str, dict[str, object]]:
    """A finished thought record, coping note or activity log, or a plain note ("note", {})."""
    roll = rng.random()
    if roll < 0.1:
        chosen = rng.sample(words, 2)
        record = ThoughtRecord(
            situation="A situation",
            emotions=[EmotionRating(w, rng.randrange(40, 101)) for w in chosen],
            automatic_thoughts=[AutomaticThought("A thought", rng.randrange(101), True)],
            distortions=rng.sample(TRAPS, rng.randrange(1, 4)),
            balanced_belief=rng.randrange(101),
            emotions_after=[EmotionRating(w, rng.randrange(0, 60)) for w in chosen],
        )
        return ThoughtRecord.KIND, {**record.to_fields(), "status": "complete"}
    if roll < 0.2:
        used = CopingUse(rng.choice(TOOLS), "", rng.randrange(11), rng.randrange(11), 7)
        return CopingUse.KIND, {**used.to_fields(), "status": "complete"}
    if roll < 0.3:
        before = rng.randrange(11)
        logged = ActivityLog(
            rng.choice(ACTIVITIES),
            mood_before=before,
            mood_after=min(10, before + rng.randrange(3)),
            enjoyment=rng.randrange(11),
            achievement=rng.randrange(11),
        )
        return ActivityLog.KIND, {**logged.to_fields(), "status": "complete"}
    return "note", {}


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
        kind, fields = _exercise(rng, words)
        entry = Entry(body="A day.", created=moment, kind=kind, fields=fields or None)
        entry_id = journal.add(entry).id or 0
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
            reads, computes, exercises, loads = [], [], [], []
            for _ in range(RUNS):
                start = time.perf_counter()
                load_patterns(feelings, first, last, vocabulary)
                loads.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                records = feelings.records(records_needed_from(first, last), last)
                middle = time.perf_counter()
                review = build_review(records, first, last, vocabulary)
                computed = time.perf_counter()
                outcomes = thought_record_outcomes(vault, first, last)
                uses = coping_uses(vault, first, last)
                logs = activity_logs(vault, first, last)
                done = build_exercise_review(outcomes, uses, first, last, logs)
                end = time.perf_counter()
                reads.append((middle - start) * 1000)
                computes.append((computed - middle) * 1000)
                exercises.append((end - computed) * 1000)
            by_records = [r + c + e for r, c, e in zip(reads, computes, exercises, strict=True)]
    return {
        "entries": float(review.entries),
        "emotion_tags": float(tags),
        "thought_records": float(done.thought_records.records),
        "coping_uses": float(len(done.uses)),
        "activity_logs": float(len(done.activities.logs)),
        "read_ms": statistics.median(reads),
        "compute_ms": statistics.median(computes),
        "exercises_ms": statistics.median(exercises),
        "by_records_ms": statistics.median(by_records),
        "total_ms": statistics.median(loads),
    }


if __name__ == "__main__":
    for key, value in run_patterns_benchmark().items():
        print(f"{key:>15}: {value:.1f}")
