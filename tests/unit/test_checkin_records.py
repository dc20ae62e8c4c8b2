"""Check-ins in the vault: kept as entries, read back as scores, exported and imported whole."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from innerspace.core.checkins import (
    KIND,
    OwnCheckin,
    QuestionnaireCheckin,
    ScaleRating,
)
from innerspace.core.entries import Entry
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import FORMAT_VERSION, export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.checkin_records import (
    checkin_points,
    checkin_summary,
    load_own_scales,
    previous_score,
    save_checkin,
    save_own_scales,
    stored_checkins,
)
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

TOKYO = timezone(timedelta(hours=9))


def _day(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 4, day, hour, tzinfo=TOKYO)


def test_a_checkin_is_an_entry_of_its_own_kind_read_back_as_its_score(journal: Journal) -> None:
    entry = save_checkin(journal, QuestionnaireCheckin("phq9", (1,) * 9), _day(3))

    stored = journal.get(entry.id or 0)
    assert (stored.kind, stored.title) == (KIND, "PHQ-9 check-in")
    assert "Score 9 of 27: in the range often called mild." in stored.body
    assert "A check-in, not a diagnosis." in stored.body
    (point,) = checkin_points(journal.vault)
    assert (point.entry_id, point.scale, point.score, point.day) == (
        entry.id,
        "phq9",
        9,
        date(2026, 4, 3),
    )


def test_the_day_is_the_takers_own_and_later_ones_are_left_out(journal: Journal) -> None:
    # 23:30 in Tokyo is still the 3rd there, though it is the 3rd's afternoon in UTC.
    save_checkin(journal, QuestionnaireCheckin("gad7", (0,) * 7), _day(3, 23))
    save_checkin(journal, QuestionnaireCheckin("gad7", (1,) * 7), _day(4))

    assert [p.day for p in checkin_points(journal.vault, date(2026, 4, 3))] == [date(2026, 4, 3)]


def test_the_previous_score_is_the_last_of_the_same_questionnaire(journal: Journal) -> None:
    save_checkin(journal, QuestionnaireCheckin("phq9", (2,) * 9), _day(1))
    save_checkin(journal, QuestionnaireCheckin("gad7", (3,) * 7), _day(2))
    save_checkin(journal, QuestionnaireCheckin("phq9", (1,) * 9), _day(3))

    assert previous_score(journal.vault, "phq9", _day(4)) == 9
    assert previous_score(journal.vault, "phq9", _day(2)) == 18
    assert previous_score(journal.vault, "who5", _day(4)) is None


def test_a_damaged_checkin_is_skipped_not_fatal(journal: Journal) -> None:
    journal.add(Entry(body="?", kind=KIND, fields={"checkin": "phq9", "answers": [9]}))
    save_checkin(journal, QuestionnaireCheckin("who5", (5,) * 5), _day(2))

    assert [c for _i, _t, c in stored_checkins(journal.vault)] == [
        QuestionnaireCheckin("who5", (5,) * 5)
    ]


def test_the_summary_of_a_period_gives_each_scale_and_its_change(journal: Journal) -> None:
    save_checkin(journal, QuestionnaireCheckin("phq9", (2,) * 9), _day(1))
    save_checkin(journal, QuestionnaireCheckin("phq9", (1,) * 9), _day(10))
    save_checkin(journal, OwnCheckin((ScaleRating("Sleep", 4),)), _day(11))
    save_checkin(journal, OwnCheckin((ScaleRating("sleep ", 7),)), _day(12))

    summaries = checkin_summary(journal.vault, date(2026, 4, 5), date(2026, 4, 30))

    assert [(s.name, [p.score for p in s.points]) for s in summaries] == [
        ("PHQ-9", [9]),
        ("sleep", [4, 7]),
    ]
    phq9, sleep = summaries
    assert phq9.change is not None and phq9.change.difference == -9 and phq9.change.meaningful
    assert sleep.change is not None and sleep.change.difference == 3


def test_own_scales_are_kept_in_the_vault(vault: Vault) -> None:
    assert load_own_scales(vault) == []
    assert save_own_scales(vault, ["Sleep", " sleep", "Energy", ""]) == ["Sleep", "Energy"]
    assert load_own_scales(vault) == ["Sleep", "Energy"]


def test_checkins_and_own_scales_travel_in_the_export(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    source, _ = Vault.create(tmp_path / "source", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        theirs = Journal(source)
        save_checkin(theirs, QuestionnaireCheckin("phq9", (0,) * 8 + (1,), 0), _day(1))
        save_checkin(theirs, OwnCheckin((ScaleRating("Energy", 3),), "tired"), _day(2))
        save_own_scales(source, ["Energy", "Calm"])
        path = tmp_path / "export.json"
        export_json(theirs, path)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["version"] == FORMAT_VERSION == 4
    assert doc["checkin_scales"] == ["Energy", "Calm"]
    save_own_scales(vault, ["Sleep", "calm"])

    plan = preview(parse_file("innerspace", path), journal)
    assert "It also holds 2 check-in scales of your own." in plan.lines()
    commit(plan, journal)

    assert [c for _i, _t, c in stored_checkins(vault)] == [
        QuestionnaireCheckin("phq9", (0,) * 8 + (1,), 0),
        OwnCheckin((ScaleRating("Energy", 3),), "tired"),
    ]
    assert load_own_scales(vault) == ["Sleep", "calm", "Energy"]


def test_a_version_3_file_without_scales_still_imports(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "v3.json"
    export_json(journal, path)
    doc = json.loads(path.read_text("utf-8"))
    doc["version"] = 3
    del doc["checkin_scales"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(doc), encoding="utf-8")

    commit(preview(parse_file("innerspace", older), journal), journal)

    assert load_own_scales(vault) == []


@pytest.mark.parametrize("damage", ["Sleep", [1, 2]])
def test_damaged_scales_refuse_the_whole_file(
    journal: Journal, tmp_path: Path, damage: object
) -> None:
    path = tmp_path / "export.json"
    export_json(journal, path)
    doc = json.loads(path.read_text("utf-8"))
    doc["checkin_scales"] = damage
    path.write_text(json.dumps(doc), encoding="utf-8")

    from innerspace.interchange.model import ImportProblem

    with pytest.raises(ImportProblem, match="checkin_scales"):
        parse_file("innerspace", path)
