"""`innerspace support`: crisis lines with no journal, no passphrase and no data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from innerspace.app import main
from innerspace.core.support import CARE_SENTENCE, UNLISTED_COUNTRY
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.preferences import Preferences, load_preferences, save_preferences


def support(
    capsys: pytest.CaptureFixture[str], data_dir: Path, *options: str
) -> tuple[int | str | None, str, str]:
    capsys.readouterr()
    try:
        status: int | str | None = main(["--data-dir", str(data_dir), "support", *options])
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def c_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A computer whose locale names no country."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def test_support_for_japan_prints_its_numbers_without_a_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nowhere = tmp_path / "no such folder"

    status, out, err = support(capsys, nowhere, "--country", "jp")

    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == CARE_SENTENCE
    assert "Emergency in Japan: 119 (ambulance and fire), 110 (police)" in lines
    assert "Yorisoi Hotline (よりそいホットライン): call 0120-279-338 (24/7)" in lines
    assert (
        "Inochi no Denwa (いのちの電話): call 0570-783-556 (Hours not listed — may not be open "
        "now; list checked December 2026)"
    ) in lines
    assert lines[-1].endswith("InnerSpace is not an emergency service.")
    assert not nowhere.exists()


def test_an_unlisted_country_gets_the_fallback_not_another_country(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = support(capsys, tmp_path, "--country", "XX")

    assert status == 0
    assert UNLISTED_COUNTRY in out.splitlines()
    assert "Emergency in" not in out


def test_a_country_code_that_is_not_two_letters_is_a_usage_mistake(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = support(capsys, tmp_path, "--country", "Japan")

    assert status == 2
    assert "two-letter country code" in err


def test_the_remembered_country_wins_over_the_locale(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    save_preferences(tmp_path, Preferences(country="NO"))

    _, out, _ = support(capsys, tmp_path)

    assert "Emergency in Norway: 113 (medical emergency), 112 (police)" in out.splitlines()


def test_without_a_setting_the_locale_territory_is_used(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")

    _, out, _ = support(capsys, tmp_path)

    assert "Emergency in France: 112, 15 (medical emergency, SAMU)" in out.splitlines()


def test_a_c_locale_and_no_setting_gets_the_fallback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, c_locale: None
) -> None:
    _, out, _ = support(capsys, tmp_path)

    assert UNLISTED_COUNTRY in out.splitlines()
    assert "Emergency in" not in out


def test_support_runs_as_its_own_process_with_nothing_on_disk(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "innerspace",
            "--data-dir",
            str(tmp_path / "x"),
            "support",
            "--country",
            "JP",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "0120-279-338" in done.stdout
    assert done.stderr == ""


def test_country_and_care_check_are_kept_as_preferences(tmp_path: Path) -> None:
    save_preferences(tmp_path, Preferences(country="jp", care_check=False))

    loaded = load_preferences(tmp_path)

    assert loaded.country == "JP" and loaded.care_check is False
    assert Preferences().care_check is True and Preferences().country == ""
    (tmp_path / "settings.json").write_text(
        json.dumps({"country": "Atlantis", "care_check": "maybe"}), encoding="utf-8"
    )
    odd = load_preferences(tmp_path)
    assert odd.country == "" and odd.care_check is True
