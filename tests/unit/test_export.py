"""Exports: InnerSpace JSON is lossless (a property test over generated journals), Markdown is
readable with front matter, and a cancelled export leaves nothing under the final name."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerspace.core.entries import Draft, Entry
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.markdown_export import export_markdown, slugify
from innerspace.interchange.model import ExportCancelled, ExportProblem, commit, preview
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

offsets = st.integers(min_value=-(14 * 3600), max_value=14 * 3600).map(
    lambda s: timezone(timedelta(seconds=s))
)
zones = st.sampled_from([ZoneInfo("Europe/Berlin"), ZoneInfo("America/St_Johns")])
moments = st.builds(
    lambda micros, tz: (
        datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros)
    ).astimezone(tz),
    st.integers(min_value=0, max_value=4_000_000_000 * 10**6),
    st.one_of(offsets, zones),
)
entries = st.builds(
    Entry,
    body=st.text(),
    title=st.text(max_size=80),
    tags=st.lists(st.text(min_size=1, max_size=20), max_size=4).map(tuple),
    starred=st.booleans(),
    created=moments,
    updated=moments,
    kind=st.sampled_from(["note", "thought_record"]),
    fields=st.one_of(st.none(), st.dictionaries(st.text(max_size=8), st.text(max_size=20))),
)


def snapshot(journal: Journal) -> list[tuple[object, ...]]:
    return [
        (
            e.uid,
            e.created,
            e.created.utcoffset(),
            zone,
            e.updated,
            e.updated.utcoffset(),
            e.title,
            e.body,
            tuple(sorted(e.tags)),
            e.starred,
            e.kind,
            e.fields,
        )
        for e, zone in journal.iter_all()
    ]


@pytest.fixture(scope="module")
def two_vaults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Vault]]:
    """Made once: deriving keys for every generated journal would take most of the run."""
    root = tmp_path_factory.mktemp("roundtrip")
    source, _ = Vault.create(root / "a", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    target, _ = Vault.create(root / "b", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source, target:
        yield source, target


def _empty(vault: Vault) -> None:
    with vault.transaction() as db:
        for table in ("drafts", "entry_tags", "tags", "entries"):
            db.execute(f"DELETE FROM {table}")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(generated=st.lists(entries, max_size=12), draft_body=st.text(max_size=50))
def test_json_export_then_import_gives_identical_data(
    two_vaults: tuple[Vault, Vault], tmp_path: Path, generated: list[Entry], draft_body: str
) -> None:
    source_vault, target_vault = two_vaults
    _empty(source_vault)
    _empty(target_vault)
    source = Journal(source_vault)
    for entry in generated:
        source.add(entry)
    first_id = generated[0].id if generated else None
    saved = datetime(2024, 1, 1, tzinfo=UTC)
    source.save_draft(
        Draft(entry_id=first_id, title="d", body=draft_body, tags=("x",), saved=saved)
    )
    path = tmp_path / f"{os.urandom(6).hex()}.json"
    assert export_json(source, path) == len(generated)
    target = Journal(target_vault)
    commit(preview(parse_file("innerspace", path), target), target)
    assert snapshot(target) == snapshot(source)
    [(slot, draft, uid)] = target.all_drafts()
    assert (slot, draft.body, draft.tags, draft.saved) == ("editor", draft_body, ("x",), saved)
    assert uid == (generated[0].uid if generated else None)


def _sample(journal: Journal) -> None:
    when = datetime(2024, 3, 5, 14, 22, tzinfo=ZoneInfo("Europe/Berlin"))
    journal.add(
        Entry(
            title='A/B: "quotes" and *stars*?',
            body="First.\n",
            tags=("a", "b"),
            starred=True,
            created=when,
            updated=when,
        )
    )
    journal.add(Entry(title='A/B: "quotes" and *stars*?', body="Same title.", created=when))
    journal.add(
        Entry(
            body="No title\u2028but a line separator",
            created=when,
            kind="thought_record",
            fields={"situation": "bus", "belief": 70},
        )
    )
    journal.add(Entry(title="CON", body="reserved on Windows", created=when))


def test_markdown_export(journal: Journal, tmp_path: Path) -> None:
    _sample(journal)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "export"
    assert export_markdown(journal, out, progress=lambda n, t: seen.append((n, t))) == 4
    assert seen[-1] == (4, 4)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2024-03-05-1422-a-b-quotes-and-stars-2.md",
        "2024-03-05-1422-a-b-quotes-and-stars.md",
        "2024-03-05-1422-con.md",
        "2024-03-05-1422-no-title.md",
    ]
    text = (out / "2024-03-05-1422-a-b-quotes-and-stars.md").read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    lines = head.splitlines()
    assert lines[0] == "---"
    meta = {k: json.loads(v) for k, v in (line.split(": ", 1) for line in lines[1:])}
    assert meta["created"] == "2024-03-05T14:22:00+01:00"
    assert meta["zone"] == "Europe/Berlin"
    assert meta["title"] == 'A/B: "quotes" and *stars*?'
    assert meta["tags"] == ["a", "b"] and meta["starred"] is True
    assert body == "First.\n"
    exercise = (out / "2024-03-05-1422-no-title.md").read_text("utf-8")
    assert '"belief": 70' in exercise and "\\u2028" not in exercise.split("---")[2]
    assert 'kind: "thought_record"' in exercise


def test_markdown_export_never_overwrites(journal: Journal, tmp_path: Path) -> None:
    _sample(journal)
    out = tmp_path / "export"
    out.mkdir()
    (out / "mine.md").write_text("my own notes")
    with pytest.raises(ExportProblem, match="already has files"):
        export_markdown(journal, out)
    assert [p.name for p in out.iterdir()] == ["mine.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export", "journal"]


def test_cancelled_exports_leave_nothing(journal: Journal, tmp_path: Path) -> None:
    _sample(journal)
    calls = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        export_json(journal, tmp_path / "out.json", cancelled=lambda: next(calls))
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        export_markdown(journal, tmp_path / "md", cancelled=lambda: next(calls))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


def test_json_export_refuses_an_existing_file(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "there.json"
    target.write_text("keep me")
    with pytest.raises(ExportProblem):
        export_json(journal, target)
    assert target.read_text() == "keep me"


def test_safe_names() -> None:
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("  Ärger: über * alles  ") == "ärger-über-alles"
    assert slugify("\x00\x1f") == ""
