"""A batch of entries that fails inside a larger save leaves the journal's search as it was:
whatever else that save commits, entries written afterwards are still found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

WHEN = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)


def _search_trigger(vault: Vault) -> int:
    return int(
        vault.connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            ("entries_fts_insert",),
        ).fetchone()[0]
    )


def test_a_batch_failing_inside_a_save_that_commits_keeps_search_working(
    journal: Journal, vault: Vault
) -> None:
    db = vault.connection
    # A real refusal from the database, partway through the batch's inserts.
    db.execute(
        "CREATE TRIGGER refuse_walrus BEFORE INSERT ON entries WHEN NEW.body = 'walrus refused' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with vault.transaction():
        journal.add(Entry(body="otter before", created=WHEN))
        with pytest.raises(sqlcipher3.IntegrityError):
            journal.add_many(
                Entry(body=body, created=WHEN + timedelta(minutes=i))
                for i, body in enumerate(["walrus fine", "walrus refused"], start=1)
            )
        journal.add(Entry(body="otter after", created=WHEN + timedelta(hours=1)))
    db.execute("DROP TRIGGER refuse_walrus")
    assert _search_trigger(vault) == 1
    journal.add(Entry(body="otter later", created=WHEN + timedelta(hours=2)))
    assert sorted(e.body for e, _ in journal.iter_all()) == [
        "otter after",
        "otter before",
        "otter later",
    ]
    assert journal.search_count("otter") == 3
    assert journal.search("walrus") == []
    db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")
