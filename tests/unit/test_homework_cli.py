"""`innerspace homework`, driven in-process through ``innerspace.app.main`` on real vaults."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from innerspace.app import main
from innerspace.core.entries import Entry
from innerspace.core.homework import Assignment, Target
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from tests.conftest import PASSPHRASE

Run = Callable[..., tuple[int | str | None, str, str]]


@pytest.fixture
def homework_cli(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> Run:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def run(*options: str) -> tuple[int | str | None, str, str]:
        argv = ["--data-dir", str(data_dir), "homework", "--passphrase-file", str(secret)]
        capsys.readouterr()
        try:
            status: int | str | None = main([*argv, *options])
        except SystemExit as exc:
            status = exc.code
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def assigned(journal: Journal) -> None:
    """Three walks a week (two done, one on a late Sunday elsewhere), a letter due Friday."""
    homework = Homework(journal.vault)
    walks = homework.add(Assignment("Walks", target=Target("weekly", 3)))
    homework.add(Assignment("A letter", target=Target("once"), due=date(2026, 12, 11)))
    homework.add(Assignment("Set aside", status="set-aside"))
    for when in ("2026-12-08T09:00+01:00", "2026-12-13T23:30-05:00", "2026-12-14T08:00+01:00"):
        entry = journal.add(Entry(body="a walk", created=datetime.fromisoformat(when)))
        homework.link_entry(entry.id or 0, walks.id or 0)
    journal.vault.close()


@pytest.mark.usefixtures("assigned")
def test_homework_lists_the_week_one_line_each(homework_cli: Run) -> None:
    status, out, err = homework_cli("--week", "2026-12-09")
    assert status == 0, err
    assert out.splitlines() == [
        "2  A letter: once, when it suits you, due Friday",
        "1  Walks: 2 of 3 this week, last done Mon 14 Dec",
    ]
    status, out, _err = homework_cli("--week", "2026-12-13")
    assert "1  Walks: 2 of 3 this week, last done Mon 14 Dec" in out.splitlines()
    assert "A letter: once, when it suits you, ran until Friday" in out
    for word in ("missed", "overdue", "late", "streak"):
        assert word not in out.lower()


@pytest.mark.usefixtures("assigned")
def test_homework_json_for_scripts(homework_cli: Run) -> None:
    status, out, err = homework_cli("--week", "2026-12-14", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["week"] == {"from": "2026-12-14", "to": "2026-12-20"}
    [walks] = data["assignments"]  # the letter's time ended the week before
    assert {k: walks[k] for k in ("title", "done", "wanted", "reached", "last_done")} == {
        "title": "Walks",
        "done": 1,
        "wanted": 3,
        "reached": False,
        "last_done": "2026-12-14",
    }
    assert walks["target"] == {"kind": "weekly", "times": 3}
    assert walks["done_ever"] == 3


def test_no_homework_is_said_kindly(homework_cli: Run, journal: Journal) -> None:
    journal.vault.close()
    status, out, _err = homework_cli()
    assert status == 0
    assert out.startswith("No homework this week.")
    assert len(out.splitlines()) == 1


def test_a_mistyped_week_is_explained_in_one_line(homework_cli: Run, journal: Journal) -> None:
    journal.vault.close()
    status, out, err = homework_cli("--week", "next friday")
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1 and "2024-03-05" in err
