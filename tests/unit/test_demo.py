"""The sample journal: opens with its passphrase, holds a year of feelings, stays in its folder."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from innerspace.core.checkins import QuestionnaireCheckin
from innerspace.core.emotions import load_vocabulary
from innerspace.core.entries import local_now
from innerspace.core.exercises import ActivityLog, CopingUse, ThoughtRecord
from innerspace.demo import ACTIVITIES, COPING_TOOLS, SAMPLE_TAG, build_demo_journal
from innerspace.storage.checkin_records import stored_checkins
from innerspace.storage.coping_strategies import load_coping_strategies
from innerspace.storage.feelings import Feelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.pattern_queries import load_patterns
from innerspace.storage.session_prep import SessionDates, SessionMarks, TalkList
from innerspace.storage.vault import Vault


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")
    }


def test_the_demo_journal_opens_and_holds_a_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "neighbour.txt").write_text("untouched", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    before = _snapshot(tmp_path)

    started = time.monotonic()
    passphrase = build_demo_journal(tmp_path / "demo")
    assert time.monotonic() - started < 10

    after = {k: v for k, v in _snapshot(tmp_path).items() if not k.startswith("demo")}
    assert after == before
    assert list(home.iterdir()) == []

    today = local_now().date()
    with Vault.unlock(tmp_path / "demo", passphrase) as vault:
        journal = Journal(vault)
        records = Feelings(vault).records(today - timedelta(days=400), today)
        assert 400 <= journal.count() <= 750
        assert (records[-1].day - records[0].day).days >= 330
        notes = [r for r in records if r.kind == "note"]
        with_feelings = [r for r in notes if r.felt]
        assert len(with_feelings) >= 0.9 * (len(notes) - 1)
        assert sum(r.mood is not None for r in notes) > len(notes) // 2
        assert {c.kind for r in records for c in r.contexts} == {
            "situation",
            "people",
            "activity",
            "place",
        }
        assert dict(journal.tags())[SAMPLE_TAG] == journal.count()
        # Entries are in this computer's own zone, offset by offset.
        assert all(
            r.written.utcoffset() == r.written.replace(tzinfo=None).astimezone().utcoffset()
            for r in records[:50]
        )
        assert os.path.exists(tmp_path / "demo")
        # Ready for a session: a weekly rhythm, a talk-about list, recent entries to bring.
        assert SessionDates(vault).plan().weekday == 3
        assert len(TalkList(vault).all()) == 3
        assert len(SessionMarks(vault).marked_between(today - timedelta(days=7), today)) == 2


def test_the_demo_journal_holds_finished_exercises(tmp_path: Path) -> None:
    passphrase = build_demo_journal(tmp_path / "demo")
    again = build_demo_journal(tmp_path / "again")
    today = local_now().date()
    first = today - timedelta(days=364)
    with (
        Vault.unlock(tmp_path / "demo", passphrase) as vault,
        Vault.unlock(tmp_path / "again", again) as twin,
    ):
        data = load_patterns(Feelings(vault), first, today, load_vocabulary())
        exercises = data.exercises
        summary = exercises.thought_records
        # About two thought records and three coping notes a month, over twelve or so months.
        assert 12 <= summary.records <= 40
        assert 20 <= len(exercises.uses) <= 55
        assert summary.emotion.pairs == summary.records
        assert summary.emotion.change is not None and summary.emotion.change < 0
        assert summary.belief.pairs == summary.records
        assert {d for d, _n in summary.distortions} <= set(data.distortion_names)
        assert {s.strategy for s in exercises.coping} <= {t for t, _c, _h in COPING_TOOLS}
        assert load_coping_strategies(vault) == [t for t, _c, _h in COPING_TOOLS]
        # Each thought record's feelings are stored before and after, as the app stores them.
        journal, feelings = Journal(vault), Feelings(vault)
        outcome = exercises.outcomes[0]
        entry = journal.get(outcome.entry_id)
        assert entry.kind == ThoughtRecord.KIND and (entry.fields or {})["status"] == "complete"
        record = ThoughtRecord.from_fields(entry.fields or {})
        assert entry.body == record.to_markdown(data.distortion_names)
        phases = {t.phase for t in feelings.emotions(outcome.entry_id)}
        assert phases == {"before", "after"}
        coping = journal.get(exercises.uses[0].entry_id)
        assert coping.kind == CopingUse.KIND and "Coping tool used" in coping.body
        # The same seed gives the same journal.
        twin_data = load_patterns(Feelings(twin), first, today, load_vocabulary())
        assert twin_data.exercises.thought_records == summary
        assert twin_data.exercises.coping == exercises.coping


def test_the_demo_journal_holds_activity_logs(tmp_path: Path) -> None:
    passphrase = build_demo_journal(tmp_path / "demo")
    again = build_demo_journal(tmp_path / "again")
    today = local_now().date()
    first = today - timedelta(days=364)
    with (
        Vault.unlock(tmp_path / "demo", passphrase) as vault,
        Vault.unlock(tmp_path / "again", again) as twin,
    ):
        activities = load_patterns(Feelings(vault), first, today, load_vocabulary()).exercises
        review = activities.activities
        # About three a week over a year, nearly all with both moods rated.
        assert 110 <= len(review.logs) <= 190
        assert review.mood.pairs >= 0.8 * len(review.logs)
        assert {a.activity for a in review.activities} == {a for a, *_rest in ACTIVITIES}
        assert review.mood.change is not None and 0.5 <= review.mood.change <= 3
        by_name = {a.activity: a for a in review.activities}
        # Chores give more sense of achievement than pleasure; a call with a friend the reverse.
        tidy, call = by_name["Tidy a drawer"], by_name["Call a friend"]
        assert (tidy.mean_mastery or 0) > (tidy.mean_pleasure or 0) + 2
        assert (call.mean_pleasure or 0) > (call.mean_mastery or 0) + 2
        for summary in review.activities:
            for value in (summary.mean_pleasure, summary.mean_mastery, summary.mood.mean_after):
                assert value is not None and 0 <= value <= 10
        entry = Journal(vault).get(review.logs[0].entry_id)
        assert entry.kind == ActivityLog.KIND and (entry.fields or {})["status"] == "complete"
        assert entry.body == ActivityLog.from_fields(entry.fields or {}).to_markdown()
        twin_review = load_patterns(Feelings(twin), first, today, load_vocabulary()).exercises
        assert twin_review.activities.activities == review.activities


def test_nothing_in_the_sample_journal_is_dated_later_than_now(tmp_path: Path) -> None:
    from datetime import datetime

    from innerspace.demo import DEMO_PASSPHRASE, build_demo_journal
    from innerspace.storage.journal import Journal
    from innerspace.storage.vault import Vault

    build_demo_journal(tmp_path / "demo")
    now = datetime.now().astimezone()
    with Vault.unlock(tmp_path / "demo", DEMO_PASSPHRASE) as vault:
        latest = max(entry.created for entry, _zone in Journal(vault).iter_all())
    assert latest < now


def test_the_demo_journal_has_homework_counted_from_its_entries(tmp_path: Path) -> None:
    passphrase = build_demo_journal(tmp_path / "demo")
    today = local_now().date()
    with Vault.unlock(tmp_path / "demo", passphrase) as vault:
        homework = Homework(vault)
        week = homework.this_week(today)
        assert {item.assignment.asks_for for item in week} == {"exercise", "writing", "checkin"}
        journal = Journal(vault)
        for item in week:
            assignment_id = item.assignment.id or 0
            linked = [journal.get(i) for i in homework.entries_for(assignment_id)]
            assert linked and item.progress.done_ever == len(linked)
            kinds = {entry.kind for entry in linked}
            if item.assignment.asks_for == "checkin":
                assert kinds == {"checkin"}
                assert {entry.fields["checkin"] for entry in linked} == {"phq9"}
            else:
                assert kinds == {item.assignment.reference or "note"}
        month = homework.progress_between(today - timedelta(days=27), today)
        assert sum(item.progress.done for item in month) > 10


def test_the_demo_journal_holds_check_ins_gently_improving(tmp_path: Path) -> None:
    passphrase = build_demo_journal(tmp_path / "demo")
    with Vault.unlock(tmp_path / "demo", passphrase) as vault:
        stored = stored_checkins(vault)
        journal = Journal(vault)
        assert all("sample" in journal.get(entry_id).tags for entry_id, _t, _c in stored)
        scores: dict[str, list[int]] = {}
        for _id, _taken, checkin in stored:
            assert isinstance(checkin, QuestionnaireCheckin)
            assert not checkin.needs_care
            scores.setdefault(checkin.questionnaire_id, []).append(checkin.score)
        assert set(scores) == {"phq9", "gad7", "who5"}
        assert len(scores["phq9"]) == 8 and len(scores["gad7"]) == len(scores["who5"]) == 4
        assert scores["phq9"] == sorted(scores["phq9"], reverse=True)
        assert scores["gad7"] == sorted(scores["gad7"], reverse=True)
        assert scores["who5"] == sorted(scores["who5"])
