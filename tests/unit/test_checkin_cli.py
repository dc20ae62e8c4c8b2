"""`innerspace checkin`: asked at the terminal or given with --answers, scored, kept; PHQ-9's
ninth answer above "not at all" brings the care lines on stderr."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from innerspace.app import main
from innerspace.cli import checkin_commands
from innerspace.core.checkins import QuestionnaireCheckin
from innerspace.core.support import CARE_SENTENCE, SAFETY_PLAN_HINT
from innerspace.storage.checkin_records import checkin_summary, stored_checkins
from innerspace.storage.preferences import Preferences, save_preferences
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def journal_dir(vault: Vault, data_dir: Path, tmp_path: Path) -> Path:
    vault.close()
    (tmp_path / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data_dir


def checkin(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    *args: str,
    typed: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    capsys.readouterr()
    status = main(
        [
            "--data-dir",
            str(data_dir),
            "checkin",
            *args,
            "--passphrase-file",
            str(data_dir.parent / "passphrase.txt"),
        ]
    )
    out, err = capsys.readouterr()
    return status, out, err


def kept(data_dir: Path) -> list[QuestionnaireCheckin]:
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        return [c for _id, _t, c in stored_checkins(vault) if isinstance(c, QuestionnaireCheckin)]


def test_answers_for_a_script_are_scored_banded_and_kept(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    status, out, err = checkin(
        capsys, monkeypatch, journal_dir, "phq9", "--answers", "2,2,2,2,2,1,1,0,0", "--difficulty=1"
    )

    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("PHQ-9 check-in kept as entry ")
    assert lines[1] == "Score 12 of 27: in the range often called moderate."
    assert lines[2].startswith("This is your first one")
    assert lines[3].startswith("A check-in, not a diagnosis. PHQ-9 © Pfizer Inc.")
    assert kept(journal_dir) == [
        QuestionnaireCheckin("phq9", (2, 2, 2, 2, 2, 1, 1, 0, 0), difficulty=1)
    ]


def test_the_second_one_says_how_far_it_moved(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    checkin(capsys, monkeypatch, journal_dir, "gad7", "--answers", "3,3,3,3,0,0,0")
    status, out, _ = checkin(capsys, monkeypatch, journal_dir, "gad7", "--answers", "1,1,1,1,0,0,0")

    assert status == 0
    assert "Score 4 of 21: in the range often called minimal." in out.splitlines()
    assert "8 points lower than last time (12 → 4): a change large enough to be meaningful." in (
        out.splitlines()
    )
    with Vault.unlock(journal_dir, PASSPHRASE) as vault:
        (gad7,) = checkin_summary(vault, None, date.today())
    assert [p.score for p in gad7.points] == [12, 4]


def test_questions_are_asked_one_by_one_at_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    typed = "5\n4\nmaybe\n3\n2\n1\n"  # "maybe" is asked again
    status, out, _ = checkin(capsys, monkeypatch, journal_dir, "who5", typed=typed)

    assert status == 0
    assert "over the last two weeks" in out
    assert "1 of 5. I have felt cheerful and in good spirits" in out
    assert "  0  At no time" in out
    assert "Please type one of 5, 4, 3, 2, 1, 0." in out
    assert "Wellbeing 60 of 100." in out.splitlines()
    assert kept(journal_dir)[0].answers == (5, 4, 3, 2, 1)


def test_stopping_part_way_keeps_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    status, _, err = checkin(capsys, monkeypatch, journal_dir, "phq9", typed="1\n2\n")

    assert status == 1
    assert "ended before every question was answered" in err
    assert kept(journal_dir) == []


@pytest.mark.parametrize("answers", ["1,2", "0,0,0,0,0,0,0,0,4", "a,b"])
def test_answers_that_dont_fit_change_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    journal_dir: Path,
    answers: str,
) -> None:
    status, out, err = checkin(capsys, monkeypatch, journal_dir, "phq9", "--answers", answers)

    assert (status, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert kept(journal_dir) == []


def test_item_9_above_not_at_all_prints_the_care_lines_whatever_the_total(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    # Even with the care check on saved words turned off: this was a direct answer.
    save_preferences(journal_dir, Preferences(country="GB", care_check=False))

    status, out, err = checkin(
        capsys, monkeypatch, journal_dir, "phq9", "--answers", "0,0,0,0,0,0,0,0,1"
    )

    assert status == 0
    assert "Score 1 of 27: in the range often called minimal." in out
    assert err.splitlines() == [CARE_SENTENCE, "Samaritans: call 116 123 (24/7)", SAFETY_PLAN_HINT]


def test_item_9_not_at_all_prints_no_care_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    status, _, err = checkin(
        capsys, monkeypatch, journal_dir, "phq9", "--answers", "3,3,3,3,3,3,3,3,0"
    )
    assert (status, err) == (0, "")


def test_an_unknown_check_in_is_a_usage_mistake(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        checkin(capsys, monkeypatch, journal_dir, "beck")
    assert stopped.value.code == 2


def test_difficulty_without_answers_is_explained(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    status, _, err = checkin(capsys, monkeypatch, journal_dir, "phq9", "--difficulty", "1")
    assert status == 1
    assert "--difficulty goes with --answers" in err
    assert kept(journal_dir) == []


def test_who5_has_no_difficulty_question(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    status, _, err = checkin(
        capsys, monkeypatch, journal_dir, "who5", "--answers", "1,1,1,1,1", "--difficulty", "1"
    )
    assert status == 1
    assert "WHO-5 has no last, unscored question" in err


def test_the_care_lines_come_even_when_the_journal_cant_keep_the_check_in(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> None:
    save_preferences(journal_dir, Preferences(country="GB"))

    def disk_full(*_args: object) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(checkin_commands, "save_checkin", disk_full)
    status, _, err = checkin(
        capsys, monkeypatch, journal_dir, "phq9", "--answers", "0,0,0,0,0,0,0,0,2"
    )
    assert status == 1
    assert err.splitlines()[:3] == [
        CARE_SENTENCE,
        "Samaritans: call 116 123 (24/7)",
        SAFETY_PLAN_HINT,
    ]
    assert kept(journal_dir) == []
