"""The sample journal: opens with its passphrase, holds a year of feelings, stays in its folder."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from innerspace.core.entries import local_now
from innerspace.demo import SAMPLE_TAG, build_demo_journal
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
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
        assert 250 <= journal.count() <= 500
        assert (records[-1].day - records[0].day).days >= 330
        with_feelings = [r for r in records if r.felt]
        assert len(with_feelings) >= 0.9 * (len(records) - 1)
        assert sum(r.mood is not None for r in records) > len(records) // 2
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
