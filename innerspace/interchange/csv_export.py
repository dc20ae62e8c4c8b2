"""Moods, feelings and context tags (and exercises' numbers, ratings and choices) as one CSV
file for a spreadsheet: a row per entry, and none of the person's writing: no entry text,
titles, or answers written in an exercise.

Like every export it is NOT encrypted; callers confirm that with the person first.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
from pathlib import Path
from typing import Any

from innerspace.core.emotions import CONTEXT_KINDS, EmotionVocabulary, load_vocabulary
from innerspace.interchange.extras import iter_with_details
from innerspace.interchange.model import Cancelled, ExportCancelled, ExportProblem, Progress
from innerspace.storage.feelings import StoredFeelings
from innerspace.storage.files import FILE_MODE, fsync_dir, temp_path_beside
from innerspace.storage.journal import Journal
from innerspace.storage.mood_labels import label_of
from innerspace.storage.own_words import OwnWords

COLUMNS = (
    "date",
    "time",
    "utc_offset_minutes",
    "zone",
    "kind",
    "mood",
    "mood_name",
    "feelings",
    "feelings_before",
    "feelings_after",
    *CONTEXT_KINDS,
    "exercise_answers",
)
# Exercise answers that are a choice from the app's own list (a check-in, a body region, a
# thinking trap, a feeling): kept when they look like an id; every other text is the person's.
_CHOICE_KEYS = frozenset({"checkin", "region", "category", "distortions", "emotion", "phase"})
_CHOICE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*\Z")
_KEY = re.compile(r"[a-z0-9_]+\Z")
# A day, or a time of day, as the exercises store them.
_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2})\Z")
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_csv(
    journal: Journal,
    path: Path,
    *,
    vocabulary: EmotionVocabulary | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write one row per entry to ``path`` (never replacing a file); returns the count."""
    if path.exists():
        raise ExportProblem(f"{path} already exists; please choose a new file name.")
    words = (vocabulary or load_vocabulary()).with_own(OwnWords(journal.vault).all())
    total = journal.count()
    tmp = temp_path_beside(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    written = 0
    try:
        # A byte-order mark, so spreadsheets read the file as UTF-8.
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
            rows = csv.writer(out)
            rows.writerow(COLUMNS)
            for entry, zone, feelings, _ in iter_with_details(journal):
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                labels = [label for label in map(label_of, entry.tags) if label]
                offset = entry.created.utcoffset()
                exercise = (
                    None
                    if entry.kind == "note" or entry.fields is None
                    else _answers(entry.fields, "", words)
                )
                row = [
                    entry.created.date().isoformat(),
                    entry.created.strftime("%H:%M"),
                    "" if offset is None else str(int(offset.total_seconds() // 60)),
                    zone or "",
                    entry.kind,
                    "" if feelings.mood is None else str(feelings.mood),
                    _cell("; ".join(labels)),
                    *(
                        _cell(_feelings(feelings, phase, words))
                        for phase in ("", "before", "after")
                    ),
                    *(_cell(_contexts(feelings, kind)) for kind in CONTEXT_KINDS),
                    json.dumps(exercise, ensure_ascii=False, sort_keys=True) if exercise else "",
                ]
                rows.writerow(row)
                written += 1
                if progress is not None:
                    progress(written, total)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            raise ExportProblem(f"{path} appeared while exporting; it was left as it is.")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
    return written


def _answers(value: Any, key: str, words: EmotionVocabulary) -> Any:
    """The numbers, flags, days and choices of an exercise's answers, without any text of the
    person's own (``None`` when nothing is left)."""
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        if _MOMENT.match(value):
            return value
        if key in _CHOICE_KEYS and _CHOICE.match(value):
            emotion = words.find(value) if key == "emotion" else None
            return emotion.word if emotion else value
        return None
    if isinstance(value, list):
        items = [a for item in value if (a := _answers(item, key, words)) is not None]
        return items or None
    if isinstance(value, dict):
        kept = {
            k: a
            for k, v in value.items()
            if isinstance(k, str) and _KEY.match(k) and (a := _answers(v, k, words)) is not None
        }
        return kept or None
    return None


def _feelings(feelings: StoredFeelings, phase: str, words: EmotionVocabulary) -> str:
    named = []
    for tag in feelings.emotions:
        if tag.phase != phase:
            continue
        emotion = words.find(tag.emotion_id)
        named.append(f"{emotion.word if emotion else tag.emotion_id} {tag.intensity}")
    return "; ".join(named)


def _contexts(feelings: StoredFeelings, kind: str) -> str:
    return "; ".join(name for k, name in feelings.contexts if k == kind)


def _cell(value: str) -> str:
    """Words of the person's own, shown as written and never run: a formula-like start is
    quoted."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value
