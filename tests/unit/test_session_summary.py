"""The session summary: its sections, and the rule that only marked entries' text is written."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from innerspace.core.checkins import OwnCheckin, QuestionnaireCheckin, ScaleRating
from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.core.exercises import AutomaticThought, EmotionRating, ThoughtRecord
from innerspace.core.exercises import CopingUse as CopingToolUse
from innerspace.core.homework import Assignment, Target
from innerspace.core.session_summary import (
    CHECK_INS,
    COPING,
    ENTRIES,
    HOMEWORK,
    MOOD,
    SECTION_ORDER,
    TALK,
    THOUGHT_RECORDS,
    EntryText,
    MoodChart,
    ScoreChart,
    SummaryMaterial,
    available_sections,
    build_summary,
)
from innerspace.interchange.summary_markdown import summary_markdown
from innerspace.storage.checkin_records import save_checkin
from innerspace.storage.feelings import Feelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.session_material import load_summary_material
from innerspace.storage.session_prep import SessionMarks, TalkList
from innerspace.storage.vault import Vault

FIRST, LAST, MADE = date(2026, 3, 2), date(2026, 3, 8), date(2026, 3, 9)
MARKED = ("MARKEDONEBODY", "MARKEDTWOTITLE", "MARKEDTHOUGHTRECORD", "MARKEDCHECKINNOTE")
UNMARKED = (
    "UNMARKEDBODYCANARY",
    "UNMARKEDTITLECANARY",
    "UNMARKEDTAGCANARY",
    "UNMARKEDSITUATION",
    "UNMARKEDCHECKINNOTE",
)
OUTSIDE = "MARKEDBUTBEFORETHEPERIOD"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def fill(vault: Vault, journal: Journal) -> None:
    """A week with moods, feelings, a thought record, coping, marked and unmarked entries."""
    feelings = Feelings(vault)
    marks = SessionMarks(vault)
    for day in range(2, 9):
        note = journal.add(
            Entry(
                title="UNMARKEDTITLECANARY",
                body=f"UNMARKEDBODYCANARY on day {day}",
                tags=("UNMARKEDTAGCANARY",),
                created=at(f"2026-03-0{day}T20:00+01:00"),
            )
        )
        feelings.set_mood(note.id or 0, day)
        feelings.set_emotions(note.id or 0, [EmotionTag("anxious", 60)])
    marked = journal.add(
        Entry(body="I said MARKEDONEBODY\n\nand more", created=at("2026-03-03T09:00+01:00"))
    )
    titled = journal.add(
        Entry(title="MARKEDTWOTITLE", body="short", created=at("2026-03-05T09:00+01:00"))
    )
    before = journal.add(Entry(body=OUTSIDE, created=at("2026-02-20T09:00+01:00")))
    record = ThoughtRecord(
        situation="UNMARKEDSITUATION",
        emotions=[EmotionRating("anxious", 80)],
        automatic_thoughts=[AutomaticThought("they'll laugh", 90, hot=True)],
        distortions=["catastrophising"],
        emotions_after=[EmotionRating("anxious", 40)],
        hot_belief_after=50,
    )
    journal.add(
        Entry(
            kind=ThoughtRecord.KIND,
            fields={**record.to_fields(), "status": "complete"},
            body="Situation: UNMARKEDSITUATION",
            created=at("2026-03-04T21:00+01:00"),
        )
    )
    brought_record = journal.add(
        Entry(
            kind=ThoughtRecord.KIND,
            fields={**ThoughtRecord(situation="x").to_fields(), "status": "complete"},
            body="Situation: MARKEDTHOUGHTRECORD",
            created=at("2026-03-06T21:00+01:00"),
        )
    )
    journal.add(
        Entry(
            kind=CopingToolUse.KIND,
            fields={**CopingToolUse("Walk", "movement", 7, 3, 8).to_fields(), "status": "complete"},
            body="…",
            created=at("2026-03-07T12:00+01:00"),
        )
    )
    for entry in (marked, titled, before, brought_record):
        marks.mark(entry.id or 0, True)
    between_sessions(vault, journal, marks, note.id or 0)
    talk = TalkList(vault)
    talk.add("Sleeping badly before Mondays")
    done = talk.add("Already talked about")
    talk.set_done(done.id, True)


def between_sessions(vault: Vault, journal: Journal, marks: SessionMarks, note_id: int) -> None:
    """Homework (walks, two of three done; a leaflet not read yet) and check-ins: PHQ-9 once
    before the period and twice in it, and two of the person's own, one marked to bring."""
    homework = Homework(vault)
    walks = homework.add(Assignment("Walks", target=Target("weekly", 3), starts=FIRST))
    homework.add(Assignment("Read the leaflet", target=Target("once"), starts=FIRST))
    homework.link_entry(note_id, walks.id or 0)
    homework.link_entry(
        journal.add(Entry(body="walked", created=at("2026-03-04T08:00+01:00"))).id or 0,
        walks.id or 0,
    )
    for answers, when in (
        ((2, 2, 2, 2, 2, 2, 1, 1, 0), "2026-02-25T10:00+01:00"),
        ((2, 2, 2, 2, 1, 1, 1, 1, 0), "2026-03-03T10:00+01:00"),
        ((1, 1, 1, 1, 1, 1, 1, 0, 0), "2026-03-07T10:00+01:00"),
    ):
        save_checkin(journal, QuestionnaireCheckin("phq9", answers), at(when))
    save_checkin(
        journal,
        OwnCheckin((ScaleRating("Sleep", 4),), "UNMARKEDCHECKINNOTE"),
        at("2026-03-02T22:00+01:00"),
    )
    brought = save_checkin(
        journal,
        OwnCheckin((ScaleRating("Sleep", 6),), "MARKEDCHECKINNOTE"),
        at("2026-03-06T22:00+01:00"),
    )
    marks.mark(brought.id or 0, True)


def every_section(vault: Vault):  # type: ignore[no-untyped-def]
    material = load_summary_material(vault, FIRST, LAST)
    return build_summary(material, available_sections(), MADE)


def test_every_section_that_has_data_is_written_in_order(vault: Vault, journal: Journal) -> None:
    fill(vault, journal)
    summary = every_section(vault)
    assert [s.key for s in summary.sections] == [
        MOOD,
        HOMEWORK,
        CHECK_INS,
        THOUGHT_RECORDS,
        COPING,
        TALK,
        ENTRIES,
    ]
    chart = next(b for b in summary.sections[0].blocks if isinstance(b, MoodChart))
    assert [mood for _day, mood in chart.days] == [2, 3, 4, 5, 6, 7, 8]
    entries = [b for b in summary.sections[-1].blocks if isinstance(b, EntryText)]
    assert [e.title for e in entries] == ["", "MARKEDTWOTITLE", "", "My check-in"]
    text = summary_markdown(summary)
    assert (
        "Mood on 7 days of 7: 5 on average (1 to 10); lowest 2 (Monday 2 March), "
        "highest 8 (Sunday 8 March)." in text
    )
    assert "Catastrophising (1)" in text
    assert "80 before, 40 after" in text
    assert "| Walk | 1 | 8 | 7 → 3 |" in text
    assert "- Sleeping badly before Mondays" in text
    assert "Already talked about" not in text


def test_only_chosen_sections_are_written(vault: Vault, journal: Journal) -> None:
    fill(vault, journal)
    material = load_summary_material(vault, FIRST, LAST)
    summary = build_summary(material, [TALK, ENTRIES], MADE)
    assert [s.key for s in summary.sections] == [TALK, ENTRIES]
    assert "Mood" not in summary_markdown(summary)


def test_homework_progress_is_counted_in_gentle_words(vault: Vault, journal: Journal) -> None:
    fill(vault, journal)
    summary = build_summary(load_summary_material(vault, FIRST, LAST), [HOMEWORK], MADE)
    text = summary_markdown(summary)
    assert "| Walks | 3 times a week | 2 of 3 | Sunday 8 March |" in text
    assert "| Read the leaflet | Once | Not yet | – |" in text
    assert not any(word in text.lower() for word in ("missed", "overdue", "streak", "failed"))


def test_check_ins_say_their_score_and_change_and_are_not_a_diagnosis(
    vault: Vault, journal: Journal
) -> None:
    fill(vault, journal)
    summary = build_summary(load_summary_material(vault, FIRST, LAST), [CHECK_INS], MADE)
    [section] = summary.sections
    text = summary_markdown(summary)
    assert "A check-in, not a diagnosis." in text
    assert (
        "PHQ-9 (taken twice in these days): Score 7 of 27: in the range often called mild. "
        "7 points lower than on 25 February (14 → 7): a change large enough to be meaningful."
    ) in text
    assert (
        "Sleep (taken twice in these days): 6 of 10. 2 points higher than on 2 March (4 → 6)."
    ) in text
    assert "Pfizer" in text
    charts = [b for b in section.blocks if isinstance(b, ScoreChart)]
    assert [(c.name, c.top, c.points) for c in charts] == [
        ("PHQ-9", 27, ((date(2026, 3, 3), 12), (date(2026, 3, 7), 7))),
        ("Sleep", 10, ((date(2026, 3, 2), 4), (date(2026, 3, 6), 6))),
    ]
    assert "| 2026-03-07 | 7 |" in text


def test_an_empty_period_has_nothing_to_say() -> None:
    empty = build_summary(SummaryMaterial(FIRST, LAST), SECTION_ORDER, MADE)
    assert empty.sections == ()
    assert set(available_sections()) == set(SECTION_ORDER)


def test_the_markdown_holds_exactly_the_marked_entries_text(vault: Vault, journal: Journal) -> None:
    fill(vault, journal)
    text = summary_markdown(every_section(vault))
    for canary in MARKED:
        assert canary in text
    for canary in (*UNMARKED, OUTSIDE):
        assert canary not in text
    # An entry's own lines are quoted, so they can't become the summary's headings.
    assert "> I said MARKEDONEBODY\n>\n> and more" in text


def test_only_the_material_of_marked_entries_is_read(vault: Vault, journal: Journal) -> None:
    fill(vault, journal)
    material = load_summary_material(vault, FIRST, LAST)
    assert material.brought[0].body.startswith("I said MARKEDONEBODY")
    assert all("UNMARKED" not in e.body + e.title for e in material.brought)


def test_the_pdf_holds_exactly_the_marked_entries_text(
    vault: Vault, journal: Journal, tmp_path: Path, qapp: object
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian's poppler-utils) isn't installed")
    from innerspace.documents.summary_document import write_summary_pdf

    fill(vault, journal)
    out = tmp_path / "summary.pdf"
    pages = write_summary_pdf(every_section(vault), out)
    assert out.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for canary in MARKED:
        assert canary in text
    for canary in (*UNMARKED, OUTSIDE):
        assert canary not in text
    # The period, the date it was made and the page number are on every page.
    sheets = text.split("\f")[:pages]
    assert len(sheets) == pages >= 1
    # The overview comes first; the marked entries' own words start on a page of their own.
    assert "Mood and feelings" in sheets[0]
    assert all(canary not in sheets[0] for canary in MARKED)
    for number, sheet in enumerate(sheets, start=1):
        assert "2 March 2026 to 8 March 2026" in sheet
        assert "Made 9 March 2026" in sheet
        assert f"Page {number} of {pages}" in sheet
