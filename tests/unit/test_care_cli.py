"""`innerspace add` with words about suicide or self-harm: saved, with the care lines on stderr."""

from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

import pytest

from innerspace.app import main
from innerspace.core.support import CARE_SENTENCE, SAFETY_PLAN_HINT, UNLISTED_COUNTRY
from innerspace.storage.journal import Journal
from innerspace.storage.preferences import Preferences, save_preferences
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.leaks import CANARY, find_leaks, needles

CARE_PHRASE = "I keep thinking about hurting myself"


@pytest.fixture
def journal_dir(vault: Vault, data_dir: Path, tmp_path: Path) -> Path:
    vault.close()
    (tmp_path / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data_dir


def add(
    capsys: pytest.CaptureFixture[str], data_dir: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    capsys.readouterr()
    status = main(
        [
            "--data-dir",
            str(data_dir),
            "add",
            "--text",
            text,
            "--passphrase-file",
            str(data_dir.parent / "passphrase.txt"),
        ]
    )
    out, err = capsys.readouterr()
    return status, out, err


def saved_bodies(data_dir: Path) -> list[str]:
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        return [entry.body for entry, _zone in Journal(vault).iter_all()]


def test_a_care_phrase_is_saved_and_answered_on_stderr(
    capsys: pytest.CaptureFixture[str], journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_preferences(journal_dir, Preferences(country="GB"))

    status, out, err = add(capsys, journal_dir, f"A long day. {CARE_PHRASE}.", monkeypatch)

    assert status == 0
    assert out.strip().isdigit()
    assert err.splitlines() == [
        CARE_SENTENCE,
        "Samaritans: call 116 123 (24/7)",
        SAFETY_PLAN_HINT,
    ]
    assert saved_bodies(journal_dir) == [f"A long day. {CARE_PHRASE}."]


def test_without_a_country_the_care_lines_never_guess_one(
    capsys: pytest.CaptureFixture[str], journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "C")

    status, _, err = add(capsys, journal_dir, "I want to die", monkeypatch)

    assert status == 0
    assert err.splitlines()[1] == UNLISTED_COUNTRY


def test_everyday_words_and_a_turned_off_care_check_print_nothing_extra(
    capsys: pytest.CaptureFixture[str], journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert add(capsys, journal_dir, "This traffic is killing me", monkeypatch)[2] == ""
    save_preferences(journal_dir, Preferences(care_check=False))

    status, _, err = add(capsys, journal_dir, CARE_PHRASE, monkeypatch)

    assert (status, err) == (0, "")
    assert len(saved_bodies(journal_dir)) == 2


def test_nothing_about_the_match_is_kept_beyond_the_encrypted_entry(
    capsys: pytest.CaptureFixture[str],
    journal_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = journal_dir / "settings.json"
    save_preferences(journal_dir, Preferences(country="IE"))
    before = settings.read_bytes()

    with caplog.at_level(logging.DEBUG):
        status, _, err = add(capsys, journal_dir, f"{CANARY} {CARE_PHRASE}", monkeypatch)

    assert status == 0 and CARE_SENTENCE in err
    assert find_leaks(journal_dir, needles([CANARY, CARE_PHRASE, "hurting myself"])) == []
    assert settings.read_bytes() == before
    assert not any(CANARY in r.getMessage() or "hurting" in r.getMessage() for r in caplog.records)
