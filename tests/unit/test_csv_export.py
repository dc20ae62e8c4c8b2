"""The CSV export for spreadsheets: moods, feelings, context tags and exercises' answers, a row
per entry, without any entry text; words of the person's own never run as formulas."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from innerspace.core.emotions import EmotionTag, own_word
from innerspace.core.entries import Entry
from innerspace.interchange.csv_export import COLUMNS, export_csv
from innerspace.interchange.model import ExportProblem
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.own_words import OwnWords
from innerspace.storage.vault import Vault

BERLIN = ZoneInfo("Europe/Berlin")


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def test_moods_feelings_and_exercises(journal: Journal, vault: Vault, tmp_path: Path) -> None:
    OwnWords(vault).restore([own_word("=hangry", "anger", -0.5, 0.7)])
    feelings = Feelings(vault)
    note = journal.add(
        Entry(
            title="Secret title",
            body="Private words.",
            tags=("mood/ok but sleepy", "walks"),
            created=datetime(2024, 3, 10, 21, 15, tzinfo=BERLIN),
        )
    )
    assert note.id is not None
    feelings.set_mood(note.id, 5)
    feelings.set_emotions(note.id, [EmotionTag("joy", 60), EmotionTag("own/=hangry", 30)])
    feelings.set_contexts(note.id, [("people", "Ana"), ("activity", "walk"), ("place", "-park")])
    exercise = journal.add(
        Entry(
            title="Thought record",
            body="Private answer.",
            kind="thought_record",
            fields={"situation": "bus", "belief": 70},
            created=datetime(2024, 3, 11, 8, 0, tzinfo=BERLIN),
        )
    )
    assert exercise.id is not None
    feelings.set_emotions(
        exercise.id, [EmotionTag("anger", 80, "before"), EmotionTag("calm", 40, "after")]
    )
    out = tmp_path / "moods.csv"
    assert export_csv(journal, out) == 2
    text = out.read_text(encoding="utf-8-sig")
    assert "Secret title" not in text and "Private" not in text
    first, second = _rows(out)
    assert list(first) == list(COLUMNS)
    assert first["date"] == "2024-03-10" and first["time"] == "21:15"
    assert first["utc_offset_minutes"] == "60" and first["zone"] == "Europe/Berlin"
    assert (first["mood"], first["mood_name"]) == ("5", "ok but sleepy")
    assert first["feelings"] == "joy 60; =hangry 30"
    assert (first["people"], first["activity"], first["place"]) == ("Ana", "walk", "'-park")
    assert first["exercise_answers"] == ""
    assert second["kind"] == "thought_record" and second["mood"] == ""
    assert (second["feelings_before"], second["feelings_after"]) == ("anger 80", "calm 40")
    assert second["exercise_answers"] == '{"belief": 70}'
    with pytest.raises(ExportProblem):
        export_csv(journal, out)
