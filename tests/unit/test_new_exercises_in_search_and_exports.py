"""The sleep diary, DBT diary card, worry time and core belief worksheet are found by search and
written whole to a Markdown export, like every other entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from innerspace.core.core_belief import CoreBeliefWorksheet, Evidence
from innerspace.core.dbt_diary_card import DiaryCard, SkillUse, TargetRating
from innerspace.core.entries import Entry
from innerspace.core.sleep_diary import SleepDiary
from innerspace.core.worry_time import WorryNote
from innerspace.interchange.markdown_export import export_markdown
from innerspace.storage.journal import Journal

SAMPLES: list[tuple[Any, str, str]] = [
    (SleepDiary("2024-06-17", "23:00", notes="Foxes screaming outside."), "foxes", "23:00"),
    (
        DiaryCard("2024-06-17", [TargetRating("Scrolling", 4, True)], [], [SkillUse("tipp")]),
        "scrolling",
        "- TIPP",
    ),
    (WorryNote("The boiler making a noise."), "boiler", "The boiler making a noise."),
    (
        CoreBeliefWorksheet(belief="I'm a burden.", evidence=[Evidence("2024-06-20", "Tea.")]),
        "burden",
        "Thursday 20 June 2024: Tea.",
    ),
]


@pytest.mark.parametrize(("exercise", "word", "shown"), SAMPLES, ids=lambda s: str(s)[:12])
def test_found_by_search_and_exported_whole(
    journal: Journal, tmp_path: Path, exercise: Any, word: str, shown: str
) -> None:
    stored = journal.add(
        Entry(
            kind=exercise.KIND,
            fields={**exercise.to_fields(), "status": "complete"},
            body=exercise.to_markdown(),
        )
    )
    assert [hit.id for hit in journal.search(word)] == [stored.id]
    assert export_markdown(journal, tmp_path / "out") == 1
    (written,) = (tmp_path / "out").rglob("*.md")
    text = written.read_text(encoding="utf-8")
    assert f'kind: "{exercise.KIND}"' in text
    assert shown in text
