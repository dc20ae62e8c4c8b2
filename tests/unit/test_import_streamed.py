"""An InnerSpace export is read a piece at a time: photos bigger than one read, text in any
alphabet before them, and an entry too long to read whole all come across as they were; a file
cut short, damaged, or changed between the preview and the import changes nothing."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.interchange import innerspace_json
from innerspace.interchange.innerspace_json import export_json, parse
from innerspace.interchange.json_stream import CHUNK
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE as CONFTEST_PASSPHRASE
from tests.unit.test_data_cli import run

PASSPHRASE = "streamed in pieces, kept whole"
WHEN = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
# More than one read of the file, so the photo's text is met in several pieces.
BIG = os.urandom(CHUNK + CHUNK // 2)
THUMBNAIL = os.urandom(3000)


def _export(tmp_path: Path, *, long_body: str = "") -> Path:
    """Three entries: words in several alphabets, then one with a big photo, then another."""
    source, _ = Vault.create(tmp_path / "source", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        journal = Journal(source)
        journal.add(Entry(body="Ärger 🌧 über den Regen; «guillemets» and 漢字", created=WHEN))
        photo = journal.add(Entry(body="![Sea](attachment:sea)", created=WHEN + timedelta(hours=1)))
        journal.add(Entry(body=long_body or "After the photo.", created=WHEN + timedelta(hours=2)))
        Attachments(source).add(
            AttachmentFile("sea.png", "image/png", BIG, THUMBNAIL, uid="sea", created=WHEN),
            photo.id,
        )
        path = tmp_path / "export.json"
        export_json(journal, path)
    return path


def _photos(vault: Vault) -> list[tuple[str, str, bytes, bytes | None]]:
    return [(uid, f.name, f.data, f.thumbnail) for uid, f in Attachments(vault).iter_files()]


@pytest.mark.parametrize("with_bom", [False, True])
def test_a_photo_bigger_than_one_read_comes_across_whole(
    journal: Journal, vault: Vault, tmp_path: Path, with_bom: bool
) -> None:
    path = _export(tmp_path)
    if with_bom:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    parsed = parse(path)
    assert not parsed.skipped
    # Read, not held: the preview knows its size without its bytes.
    [with_photo] = [e for e in parsed.entries if e.attachments]
    assert with_photo.attachments[0].data.size == len(BIG)
    commit(preview(parsed, journal), journal)
    bodies = sorted(e.body for e, _ in journal.iter_all())
    assert bodies == sorted(
        [
            "Ärger 🌧 über den Regen; «guillemets» and 漢字",
            "![Sea](attachment:sea)",
            "After the photo.",
        ]
    )
    [(entry_uid, name, data, thumbnail)] = _photos(vault)
    assert entry_uid == with_photo.uid
    assert (name, data, thumbnail) == ("sea.png", BIG, THUMBNAIL)


def test_an_entry_too_long_to_read_whole_is_read_in_parts(journal: Journal, tmp_path: Path) -> None:
    long_body = "Regen " * (innerspace_json.MAX_WHOLE_ENTRY_CHARS // 6 + 10)
    parsed = parse(_export(tmp_path, long_body=long_body))
    assert not parsed.skipped
    commit(preview(parsed, journal), journal)
    assert long_body in {e.body for e, _ in journal.iter_all()}


def test_the_imported_entries_are_found_by_search_and_so_are_new_ones(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    commit(preview(parse(_export(tmp_path)), journal), journal)
    assert [h.snippet for h in journal.search("Regen")] != []
    journal.add(Entry(body="written after the import: seagulls"))
    assert len(journal.search("seagulls")) == 1
    # The full-text index agrees with the entries, row for row.
    vault.connection.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"
    )


def _unchanged(journal: Journal, vault: Vault) -> None:
    assert journal.count() == 0 and _photos(vault) == []


@pytest.mark.parametrize("where", ["an entry's words", "a photo's bytes", "the drafts"])
def test_a_file_cut_short_imports_nothing(
    journal: Journal, vault: Vault, tmp_path: Path, where: str
) -> None:
    path = _export(tmp_path)
    text = path.read_bytes()
    cut = {
        "an entry's words": text.index("über".encode()) + 2,
        "a photo's bytes": text.index(b'"data": "') + CHUNK,
        "the drafts": text.index(b'"drafts"') + 5,
    }[where]
    path.write_bytes(text[:cut])
    with pytest.raises(ImportProblem, match=r"isn.t valid JSON \(it may be cut short\)"):
        parse(path)
    _unchanged(journal, vault)


def test_damaged_files_are_refused_plainly(
    journal: Journal, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = '{"format": "innerspace-journal", "version": 4, "entries": ['
    cases = {
        "deep.json": (head + "[" * 100_000 + "]" * 100_000 + "]}").encode(),
        "latin1.json": (head + '{"uid": "a", "body": "café"}]}').encode("latin-1"),
        "trailing.json": (head + "]} and more").encode(),
        "huge-title.json": (head + '{"uid": "a", "title": "' + "x" * 5000 + '"}]}').encode(),
        "huge-prompts.json": (head + '], "prompts": "' + "x" * 5000 + '"}').encode(),
    }
    expected = {
        "deep.json": "isn't valid JSON",
        "latin1.json": "isn't UTF-8 text",
        "trailing.json": "isn't valid JSON",
        "huge-title.json": "far larger than a journal export's",
        "huge-prompts.json": "far larger than a journal export's",
    }
    monkeypatch.setattr(innerspace_json, "MAX_WHOLE_ENTRY_CHARS", 1000)
    monkeypatch.setattr(innerspace_json, "MAX_PART_CHARS", 1000)
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportProblem, match=expected[name]) as caught:
            parse(path)
        assert "\n" not in str(caught.value)
    _unchanged(journal, vault)


def test_a_photo_that_isnt_base64_leaves_out_its_entry_only(
    journal: Journal, tmp_path: Path
) -> None:
    path = _export(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["entries"][1]["attachments"][0]["data"] = "not base64!"
    path.write_text(json.dumps(doc), encoding="utf-8")
    parsed = parse(path)
    assert [(s.where, s.reason) for s in parsed.skipped] == [
        ("entry 2", "it couldn't be read (an attachment's bytes can't be read)")
    ]
    assert commit(preview(parsed, journal), journal).added == 2


def test_a_file_changed_after_it_was_read_changes_nothing(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    path = _export(tmp_path)
    plan = preview(parse(path), journal)
    text = path.read_bytes()
    start = text.index(b'"data": "') + len(b'"data": "')
    other = bytes(reversed(text[start : start + 400]))
    path.write_bytes(text[:start] + other + text[start + 400 :])
    with pytest.raises(ImportProblem, match="changed after it was read"):
        commit(plan, journal)
    _unchanged(journal, vault)


def test_an_import_the_disk_has_no_room_for_changes_nothing(
    journal: Journal, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = preview(parse(_export(tmp_path)), journal)

    class Full:
        free = 1024 * 1024

    monkeypatch.setattr("innerspace.interchange.model.shutil.disk_usage", lambda _: Full)
    with pytest.raises(ImportProblem, match="has 1 MB free, and this import needs about"):
        commit(plan, journal)
    _unchanged(journal, vault)


def test_the_command_line_says_so_in_one_line_when_there_is_no_room(
    vault: Vault,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _export(tmp_path)
    vault.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(CONFTEST_PASSPHRASE + "\n", encoding="utf-8")

    class Full:
        free = 1024 * 1024

    monkeypatch.setattr("innerspace.interchange.model.shutil.disk_usage", lambda _: Full)
    done = run(
        monkeypatch,
        capsys,
        data_dir,
        secret,
        "import",
        "--format",
        "innerspace",
        str(path),
        "--yes",
    )
    assert done.status == 1
    [line] = done.err.strip().splitlines()
    assert "has 1 MB free, and this import needs about" in line
    assert line.endswith("Nothing was imported.")
    with Vault.unlock(data_dir, CONFTEST_PASSPHRASE) as reopened:
        assert Journal(reopened).count() == 0
