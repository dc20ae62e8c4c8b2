"""`innerspace review`, driven in-process through ``innerspace.app.main`` on real vaults."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from innerspace.app import main
from innerspace.core.checkins import OwnCheckin, QuestionnaireCheckin, ScaleRating
from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.core.exercises import (
    ActivityLog,
    AutomaticThought,
    CopingUse,
    EmotionRating,
    ThoughtRecord,
)
from innerspace.storage.checkin_records import save_checkin
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from tests.conftest import PASSPHRASE

Review = Callable[..., tuple[int | str | None, str, str]]


@pytest.fixture
def review(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> Review:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def run(*options: str) -> tuple[int | str | None, str, str]:
        argv = ["--data-dir", str(data_dir), "review", "--passphrase-file", str(secret)]
        capsys.readouterr()
        try:
            status: int | str | None = main([*argv, *options])
        except SystemExit as exc:
            status = exc.code
        out, err = capsys.readouterr()
        return status, out, err

    return run


def _write(
    journal: Journal,
    when: str,
    emotions: list[EmotionTag],
    mood: int | None = None,
    contexts: tuple[tuple[str, str], ...] = (),
) -> None:
    feelings = Feelings(journal.vault)
    entry_id = journal.add(Entry(body="…", created=datetime.fromisoformat(when))).id or 0
    feelings.set_emotions(entry_id, emotions)
    feelings.set_mood(entry_id, mood)
    feelings.set_contexts(entry_id, contexts)


@pytest.fixture
def written(journal: Journal) -> None:
    """Five work entries with anxiety among eight that name feelings, then locked."""
    work = (("activity", "work"),)
    for day in range(1, 6):
        _write(journal, f"2024-05-0{day}T09:00+02:00", [EmotionTag("anxious", 60)], None, work)
    _write(journal, "2024-05-06T23:30+09:00", [EmotionTag("calm", 40)], 7)
    _write(journal, "2024-05-07T20:00+02:00", [EmotionTag("happy", 80)], 9)
    _write(journal, "2024-05-08T20:00+02:00", [EmotionTag("calm", 50), EmotionTag("sad", 20)])
    _write(journal, "2024-04-28T20:00+02:00", [EmotionTag("anxious", 20)])
    journal.vault.close()


def _json(result: tuple[int | str | None, str, str]) -> dict[str, Any]:
    status, out, err = result
    assert status == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.mark.usefixtures("written")
def test_review_json_has_every_figure(review: Review) -> None:
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-08", "--json"))

    assert (data["from"], data["to"], data["entries"]) == ("2024-05-01", "2024-05-08", 8)
    moods = {m["day"]: m for m in data["moods"]}
    assert len(moods) == 8
    # Written at 23:30 in UTC+09:00: it counts on the writer's 6 May.
    assert (moods["2024-05-06"]["mood"], moods["2024-05-06"]["source"]) == (7.0, "rating")
    # anxious 60 alone: valence -0.6 gives 1 + 0.4/2*9 = 2.8
    assert (moods["2024-05-01"]["mood"], moods["2024-05-01"]["source"]) == (2.8, "emotions")
    assert data["previous_period"] == ["2024-04-23", "2024-04-30"]
    anxious = data["words"][0]
    assert (anxious["id"], anxious["entries"], anxious["mean_intensity"]) == ("anxious", 5, 60.0)
    assert (anxious["previous_entries"], anxious["previous_mean_intensity"]) == (1, 20.0)
    assert data["families"][0]["id"] == "fear"
    assert len(data["weekday_time_of_day"]) == 28
    assert sum(c["entries"] for c in data["weekday_time_of_day"]) == 8
    sentences = [a["sentence"] for a in data["associations"]]
    assert sentences[0] == (
        "Fear and anxiety appeared in 5 of 5 entries tagged *work* (100%), against 63% overall."
    )
    assert [(w["week_start"], w["entries"]) for w in data["weeks"]] == [
        ("2024-04-29", 5),
        ("2024-05-06", 3),
    ]


@pytest.mark.usefixtures("written")
def test_review_text_shows_the_same_figures_in_words(review: Review) -> None:
    status, out, err = review("--from", "2024-05-01", "--to", "2024-05-08")

    assert status == 0, err
    assert out.startswith("From 2024-05-01 to 2024-05-08: 8 days, 8 entries.")
    assert "2024-05-06   7.0 r" in out
    assert "in brackets, 2024-04-23 to 2024-04-30" in out
    assert "Fear and anxiety appeared in 5 of 5 entries tagged *work* (100%)" in out
    assert "8 entries over 2 weeks, about 4.0 a week." in out
    assert "streak" not in out.casefold()


@pytest.mark.usefixtures("written")
def test_the_minimum_for_context_tags_can_be_raised(review: Review) -> None:
    data = _json(
        review("--from", "2024-05-01", "--to", "2024-05-08", "--json", "--min-entries", "6")
    )
    assert data["associations"] == []
    status, out, _err = review("--from", "2024-05-01", "--to", "2024-05-08", "--min-entries", "6")
    assert status == 0
    assert "No context tag is on enough entries yet." in out


@pytest.mark.usefixtures("written")
def test_all_starts_at_the_first_entry(review: Review) -> None:
    data = _json(review("--all", "--to", "2024-05-08", "--json"))
    assert (data["from"], data["entries"]) == ("2024-04-28", 9)


def test_an_empty_range_says_so_kindly(review: Review, journal: Journal) -> None:
    journal.vault.close()
    status, out, _err = review("--from", "2024-05-01", "--to", "2024-05-07")
    assert status == 0
    assert "There are no entries in that time" in out
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-07", "--json"))
    assert data["entries"] == 0 and data["words"] == [] and data["associations"] == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--from", "2024-05-09", "--to", "2024-05-01"), "The --from date is after the --to date."),
        (("--from", "May"), "--from “May” isn't a date"),
        (("--from", "2024-05-01", "--all"), "either --from or --all"),
    ],
)
def test_mistakes_are_explained_in_one_line(
    review: Review, journal: Journal, options: tuple[str, ...], message: str
) -> None:
    journal.vault.close()
    status, _out, err = review(*options)
    assert status == 1
    assert err.count("\n") == 1 and message in err


def test_review_without_a_journal(review: Review) -> None:
    status, _out, err = review()
    assert status == 1
    assert "There's no journal in" in err


@pytest.fixture
def exercised(journal: Journal) -> None:
    """Two finished thought records, a draft, and three coping notes, then locked."""

    def add(when: str, kind: str, fields: dict[str, Any], status: str = "complete") -> None:
        created = datetime.fromisoformat(when)
        journal.add(
            Entry(body="…", created=created, kind=kind, fields={**fields, "status": status})
        )

    def record(
        feelings: list[tuple[str, int, int]], belief: int, balanced: int, traps: list[str]
    ) -> dict[str, Any]:
        return ThoughtRecord(
            situation="…",
            emotions=[EmotionRating(e, before) for e, before, _after in feelings],
            automatic_thoughts=[AutomaticThought("…", belief, True)],
            distortions=traps,
            balanced_belief=balanced,
            emotions_after=[EmotionRating(e, after) for e, _before, after in feelings],
            hot_belief_after=balanced,
        ).to_fields()

    # feelings 70 → 40 and 50 → 30: means 60 → 35, eased by 25; belief 80 → 50 and 60 → 40
    add(
        "2024-05-02T20:00+02:00",
        "thought-record",
        record([("anxious", 70, 40)], 80, 50, ["labelling"]),
    )
    add(
        "2024-05-07T20:00+02:00",
        "thought-record",
        record([("sad", 50, 30)], 60, 40, ["labelling", "catastrophising"]),
    )
    add("2024-05-03T20:00+02:00", "thought-record", record([("sad", 90, 0)], 99, 0, []), "draft")
    walk = CopingUse("Walk", "", 6, 3, 9, cost_later=2)
    add("2024-05-01T12:00+02:00", "coping-toolbox", walk.to_fields())
    add("2024-05-04T12:00+02:00", "coping-toolbox", CopingUse("Walk", "", 8, 5, 7).to_fields())
    add("2024-05-05T12:00+02:00", "coping-toolbox", CopingUse("Breathing").to_fields())
    journal.vault.close()


@pytest.mark.usefixtures("exercised")
def test_review_json_has_the_exercise_figures(review: Review) -> None:
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-08", "--json"))

    records = data["thought_records"]
    assert records["records"] == 2
    assert records["feelings"] == {
        "pairs": 2,
        "mean_before": 60.0,
        "mean_after": 35.0,
        "change": -25.0,
    }
    assert records["belief"] == {
        "pairs": 2,
        "mean_before": 70.0,
        "mean_after": 45.0,
        "change": -25.0,
    }
    assert records["distortions"] == [
        {"id": "labelling", "name": "Labelling", "records": 2},
        {"id": "catastrophising", "name": "Catastrophising", "records": 1},
    ]
    assert [(p["start"], p["unit"], p["records"]) for p in records["over_time"]] == [
        ("2024-04-29", "week", 1),
        ("2024-05-06", "week", 1),
    ]
    assert records["over_time"][1]["feelings"]["mean_after"] == 30.0
    walk, breathing = data["coping"]
    assert (walk["strategy"], walk["uses"], walk["rated"], walk["mean_helpfulness"]) == (
        "Walk",
        2,
        2,
        8.0,
    )
    assert walk["distress"] == {"pairs": 2, "mean_before": 7.0, "mean_after": 4.0, "change": -3.0}
    assert walk["mean_cost_later"] == 2.0 and breathing["mean_cost_later"] is None
    assert (breathing["strategy"], breathing["uses"], breathing["mean_helpfulness"]) == (
        "Breathing",
        1,
        None,
    )


@pytest.mark.usefixtures("exercised")
def test_review_text_describes_exercises_without_judging(review: Review) -> None:
    status, out, err = review("--from", "2024-05-01", "--to", "2024-05-08")

    assert status == 0, err
    assert "2 finished thought records." in out
    assert "Your feelings eased by 25 points on average after a thought record" in out
    assert (
        "believed the thought that stung most 70 out of 100 at first, and 45 when you looked "
        "at it again at the end (2 records)."
    ) in out
    assert "Labelling  2" in out
    assert "Walk         2   8.0  7.0 → 4.0  2.0" in out
    assert "Breathing    1     –  – → –" in out
    assert "score" not in out.casefold() and "improv" not in out.casefold()


@pytest.mark.usefixtures("written")
def test_review_without_exercises_has_empty_exercise_figures(review: Review) -> None:
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-08", "--json"))
    assert data["thought_records"]["records"] == 0
    assert data["thought_records"]["feelings"]["change"] is None
    assert data["coping"] == []
    assert data["activities"] == {
        "logs": 0,
        "mood": {"pairs": 0, "mean_before": None, "mean_after": None, "change": None},
        "by_activity": [],
    }
    status, out, _err = review("--from", "2024-05-01", "--to", "2024-05-08")
    assert status == 0 and "Thought records" not in out and "Activities and mood" not in out


@pytest.fixture
def logged(journal: Journal) -> None:
    """Three walks (two with both moods), a drawer tidied, a draft and a damaged log."""

    def add(when: str, fields: dict[str, Any], status: str = "complete") -> None:
        created = datetime.fromisoformat(when)
        journal.add(
            Entry(
                body="…",
                created=created,
                kind=ActivityLog.KIND,
                fields={**fields, "status": status},
            )
        )

    def log(
        activity: str, before: int | None, after: int | None, pleasure: int, mastery: int
    ) -> dict[str, Any]:
        return ActivityLog(
            activity, mood_before=before, mood_after=after, enjoyment=pleasure, achievement=mastery
        ).to_fields()

    # Walks: moods 4 → 7 and 5 → 6, a mean of 4.5 → 6.5; pleasure (8 + 6 + 7) / 3 = 7,
    # mastery (3 + 4 + 5) / 3 = 4. The drawer: 5 → 5, pleasure 2, mastery 8.
    add("2024-05-01T18:00+02:00", log("Walk", 4, 7, 8, 3))
    add("2024-05-03T18:00+02:00", log("walk ", 5, 6, 6, 4))
    add("2024-05-05T18:00+02:00", log("Walk", None, None, 7, 5))
    add("2024-05-04T10:00+02:00", log("Tidy a drawer", 5, 5, 2, 8))
    add("2024-05-06T10:00+02:00", log("Run", 1, 9, 9, 9), "draft")
    add("2024-05-06T11:00+02:00", {"activity": "Swim", "mood_after": "lots"})
    journal.vault.close()


@pytest.mark.usefixtures("logged")
def test_review_json_has_the_activities(review: Review) -> None:
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-08", "--json"))

    activities = data["activities"]
    assert activities["logs"] == 4
    # Overall: (4 + 5 + 5) / 3 → (7 + 6 + 5) / 3, i.e. 4.67 → 6, a change of 1.33.
    assert activities["mood"] == {
        "pairs": 3,
        "mean_before": 4.67,
        "mean_after": 6.0,
        "change": 1.33,
    }
    walk, tidy = activities["by_activity"]
    assert walk == {
        "activity": "Walk",
        "logs": 3,
        "mean_pleasure": 7.0,
        "mean_mastery": 4.0,
        "mood": {"pairs": 2, "mean_before": 4.5, "mean_after": 6.5, "change": 2.0},
    }
    assert (tidy["activity"], tidy["logs"], tidy["mood"]["change"]) == ("Tidy a drawer", 1, 0.0)


@pytest.mark.usefixtures("logged")
def test_review_text_describes_activities_without_causes(review: Review) -> None:
    status, out, err = review("--from", "2024-05-01", "--to", "2024-05-08")

    assert status == 0, err
    assert "Activities and mood" in out
    assert "You logged 4 activities in this time." in out
    assert (
        "Your mood after an activity was 1.3 points higher than before, on average (3 logs)." in out
    )
    assert "Your mood after “Walk” was 2.0 points higher than before, on average (2 logs)." in out
    assert (
        "Your mood after “Tidy a drawer” was about the same as before, on average (1 log)." in out
    )
    assert "Walk             3   7.0   4.0  4.5 → 6.5" in out
    for word in ("because", "caused", "made you", "helps", "improv"):
        assert word not in out.casefold()


def test_a_word_of_ones_own_is_reviewed_by_its_word(review: Review, journal: Journal) -> None:
    from innerspace.core.emotions import own_word
    from innerspace.storage.own_words import OwnWords

    hangry = OwnWords(journal.vault).add(own_word("hangry", "anger", -0.5, 0.7))
    for day in (1, 2):
        _write(journal, f"2024-05-0{day}T12:00+02:00", [EmotionTag(hangry.id, 70)])
    journal.vault.close()
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-02", "--json"))
    assert (data["words"][0]["id"], data["words"][0]["label"]) == ("own/hangry", "hangry")
    assert data["families"][0]["id"] == "anger"


def test_check_ins_are_one_line_each_when_there_are_any(review: Review, journal: Journal) -> None:
    for answers, when in (
        ((2, 2, 2, 2, 2, 2, 1, 1, 0), "2024-04-20T10:00+02:00"),
        ((1, 1, 1, 1, 1, 1, 1, 0, 0), "2024-05-04T10:00+02:00"),
    ):
        save_checkin(journal, QuestionnaireCheckin("phq9", answers), datetime.fromisoformat(when))
    save_checkin(
        journal,
        OwnCheckin((ScaleRating("Sleep", 6),), "REVIEWNOTECANARY"),
        datetime.fromisoformat("2024-05-05T22:00+02:00"),
    )
    journal.vault.close()

    status, out, err = review("--from", "2024-05-01", "--to", "2024-05-08")
    assert status == 0, err
    lines = out.splitlines()
    start = lines.index("Check-ins (a check-in, not a diagnosis)")
    assert lines[start + 1 :] == [
        "  PHQ-9 (taken once in this time): Score 7 of 27: in the range often called mild. "
        "7 points lower than on 20 April (14 → 7): a change large enough to be meaningful.",
        "  Sleep (taken once in this time): 6 of 10. "
        "The first one, so nothing to compare it with yet.",
    ]
    assert "REVIEWNOTECANARY" not in out
    data = _json(review("--from", "2024-05-01", "--to", "2024-05-08", "--json"))
    assert data["checkins"][0] == {
        "scale": "phq9",
        "name": "PHQ-9",
        "scores": [{"day": "2024-05-04", "score": 7}],
        "previous_score": 14,
    }


@pytest.mark.usefixtures("written")
def test_no_check_ins_no_check_in_lines(review: Review) -> None:
    status, out, _err = review("--from", "2024-05-01", "--to", "2024-05-08")
    assert status == 0 and "Check-ins" not in out
