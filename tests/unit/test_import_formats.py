"""The formats people come from: a folder of Markdown or text notes (Obsidian, Logseq, front
matter), jrnl's plain-text journal, and Journey's zip; bad files are refused and change nothing."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.documents.images import photo_from_elsewhere
from innerspace.interchange.formats import parse_file
from innerspace.interchange.journey import html_to_markdown
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.interchange.notes_folder import front_matter
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _notes(tmp_path: Path) -> Path:
    folder = Path(shutil.copytree(FIXTURES / "notes", tmp_path / "My notes"))
    stamp = datetime(2024, 2, 1, 10, 0).timestamp()
    os.utime(folder / "plain.txt", (stamp, stamp))
    return folder


def _journey(tmp_path: Path) -> Path:
    path = tmp_path / "journey-export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for entry in sorted((FIXTURES / "journey").iterdir()):
            archive.write(entry, entry.name)
        archive.writestr("1710100000000-3f9a2c-a1.jpg", b"\xff\xd8\xff")
    return path


# -- a folder of notes ---------------------------------------------------------------------------


def test_a_folder_of_obsidian_and_logseq_notes(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    parsed = parse_file("notes", _notes(tmp_path))
    # Each note is known by its folder and its path inside it.
    by_name = {(e.record_key or "").split("/", 1)[1]: e for e in parsed.entries}
    assert set(by_name) == {
        "Daily/2024-03-10.md",
        "journals/2024_03_11.md",
        "Ideas about tea.md",
        "plain.txt",
    }
    daily = by_name["Daily/2024-03-10.md"]
    assert daily.created.replace(tzinfo=None) == datetime(2024, 3, 10, 12, 0)
    assert daily.title == "" and daily.body.startswith("# Sunday")
    assert daily.tags == ("daily", "slow mornings", "grateful", "people/Ana")
    assert daily.mood_rating == 7
    logseq = by_name["journals/2024_03_11.md"]
    assert logseq.created.date().isoformat() == "2024-03-11" and logseq.tags == ("friends",)
    tea = by_name["Ideas about tea.md"]
    assert tea.title == "Ideas about tea" and tea.starred and tea.tags == ("tea", "slow")
    assert tea.created.replace(tzinfo=None) == datetime(2024, 3, 12, 8, 30)
    assert tea.updated.astimezone(UTC) == datetime(2024, 3, 12, 8, 0, tzinfo=UTC)
    plain = by_name["plain.txt"]
    assert plain.created.replace(tzinfo=None) == datetime(2024, 2, 1, 10, 0)
    assert [s.where for s in parsed.skipped] == ["empty.md"]
    lines = preview(parsed, journal).lines()
    assert lines[0] == "This notes folder holds 4 entries."
    assert any("1 note has no date" in line for line in lines)
    assert any("1 other file in the folder" in line for line in lines)
    commit(preview(parsed, journal), journal)
    assert journal.count() == 4
    stored = {e.body[:9]: e for e, _ in journal.iter_all()}
    sunday = stored["# Sunday\n"]
    assert sunday.id is not None and Feelings(vault).mood(sunday.id) == 7
    # Again, even from a copy elsewhere: nothing twice.
    again = _notes(tmp_path / "again")
    assert not preview(parse_file("notes", again), journal).new
    # An edited note is noticed in its own folder; in another folder it is another note.
    folder = tmp_path / "My notes"
    (folder / "plain.txt").write_text("A plain note, edited.\n", encoding="utf-8")
    plan = preview(parse_file("notes", folder), journal)
    assert len(plan.changed) == 1 and not plan.new
    (again / "plain.txt").write_text("A plain note, edited.\n", encoding="utf-8")
    plan = preview(parse_file("notes", again), journal)
    assert len(plan.new) == 1 and not plan.changed


def test_innerspace_markdown_export_comes_back_as_it_was(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    written = journal.add(
        Entry(
            title="Harbour",
            body="Boats #calm and gulls.",
            tags=("sea side", "C#"),
            starred=True,
            created=datetime(2022, 8, 1, 18, 45, tzinfo=UTC),
        )
    )
    export_markdown(journal, tmp_path / "export")
    parsed = parse_file("notes", tmp_path / "export")
    (entry,) = parsed.entries
    assert entry.uid == written.uid
    assert entry.created == written.created and entry.title == "Harbour" and entry.starred
    assert set(entry.tags) == {"sea side", "C#", "calm"}
    assert preview(parsed, journal).already_there == 1


def test_front_matter_reads_only_simple_values() -> None:
    meta, rest = front_matter(
        '---\ntitle: "A: b"\ncount: 3\nlist: [a, "b c"]\nnested:\n  key: value\nflag: true\n'
        "quote: 'it''s'\n---\nText"
    )
    assert meta == {
        "title": "A: b",
        "count": 3,
        "list": ["a", "b c"],
        "nested": [],
        "flag": True,
        "quote": "it's",
    }
    assert rest == "\nText"
    assert front_matter("no front matter") == ({}, "no front matter")
    assert front_matter("---\nnever closed\n") == ({}, "---\nnever closed\n")


# -- jrnl's plain-text journal ---------------------------------------------------------------


def test_jrnl_plain_text_journal(journal: Journal) -> None:
    parsed = parse_file("jrnl-text", FIXTURES / "jrnl_journal.txt")
    assert len(parsed.entries) == 4 and not parsed.skipped
    night, garden, twin, short = parsed.entries
    assert night.title == "Couldn't sleep." and night.body == "Made tea with @home lights off."
    assert night.tags == ("home",) and not night.starred
    assert garden.title == "Garden." and garden.starred
    assert garden.body == "Tulips are up.\nThe first bee, too."
    assert twin.uid != garden.uid
    assert short.title == "Short one?" and short.body == ""
    assert short.created.replace(tzinfo=None) == datetime(2023, 4, 3, 21, 5)
    commit(preview(parsed, journal), journal)
    assert not preview(parse_file("jrnl-text", FIXTURES / "jrnl_journal.txt"), journal).new


def test_jrnl_text_and_its_json_export_name_the_same_entries(
    journal: Journal, tmp_path: Path
) -> None:
    text = tmp_path / "journal.txt"
    text.write_text("[2020-07-01 20:00] Long day. Meetings, then a walk.\n", encoding="utf-8")
    commit(preview(parse_file("jrnl-text", text), journal), journal)
    exported = tmp_path / "export.json"
    exported.write_text(
        '{"tags": {}, "entries": [{"title": "Long day.", "body": "Meetings, then a walk.", '
        '"date": "2020-07-01", "time": "20:00", "tags": [], "starred": false}]}',
        encoding="utf-8",
    )
    assert preview(parse_file("jrnl", exported), journal).already_there == 1


# -- Journey ---------------------------------------------------------------------------------


def test_journey_zip(journal: Journal, tmp_path: Path) -> None:
    parsed = parse_file("journey", _journey(tmp_path))
    assert len(parsed.entries) == 2
    assert [s.where for s in parsed.skipped] == ["1710300000000-badbad.json"]
    river, song = parsed.entries
    (photo,) = river.photos  # the other one named isn't in the export
    assert photo.name == "1710100000000-3f9a2c-a1.jpg"
    assert river.body == (
        "Walked along the **river**.\n\nCold & bright\nthen rain.\n\n"
        f"![1710100000000-3f9a2c-a1.jpg](attachment:{photo.uid})\n\n"
        "Mood in Journey: 2\nWeather: Clear, 14.5 °C, Lisbon\nPlace: Riverside path"
    )
    assert river.starred and river.tags == ("walks", "outside")
    assert river.zone == "Europe/Lisbon"
    assert river.created == datetime(2024, 3, 10, 19, 46, 40, tzinfo=UTC)
    assert river.updated - river.created == timedelta(seconds=3600)
    assert song.body == "A **markdown** entry.\n\nSecond paragraph.\n\nMusic: Song – Band"
    assert song.zone is None
    assert (parsed.photos, parsed.entries_with_photos) == (2, 1)
    lines = preview(parsed, journal).lines()
    assert "One photo will come along with the entries, without where it was taken." in lines
    assert any(line.startswith("One picture or file in the export can't") for line in lines)
    # The file in the zip isn't a readable photo: the text says so rather than point at nothing.
    result = commit(preview(parsed, journal), journal, prepare_photo=photo_from_elsewhere)
    assert (result.photos, result.photos_left_out) == (0, 1)
    stored = journal.get(journal.id_for_uid(river.uid) or 0).body
    assert "[picture not imported]" in stored and "attachment:" not in stored
    (tmp_path / "again").mkdir()
    assert not preview(parse_file("journey", _journey(tmp_path / "again")), journal).new


def test_simple_html_becomes_markdown() -> None:
    assert html_to_markdown("<h2>Day</h2><ul><li>one</li><li>two</li></ul>") == (
        "## Day\n\n- one\n- two"
    )
    assert html_to_markdown('<a href="https://x.org">x</a> <i>y</i>') == "[x](https://x.org) *y*"


# -- bad files -------------------------------------------------------------------------------


def _bad_files(tmp_path: Path) -> list[tuple[str, Path, str]]:
    empty = tmp_path / "empty folder"
    empty.mkdir()
    (empty / "picture.png").write_bytes(b"\x89PNG")
    a_file = tmp_path / "a note.md"
    a_file.write_text("# not a folder", encoding="utf-8")
    no_dates = tmp_path / "journal.txt"
    no_dates.write_text("Just some words.\nNo dates here.\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("[2020-01-01 10:00] Caf\xe9.".encode("latin-1"))
    not_zip = tmp_path / "journey.zip"
    not_zip.write_bytes(b"PK\x03\x04 cut short")
    no_entries = tmp_path / "other.zip"
    with zipfile.ZipFile(no_entries, "w") as archive:
        archive.writestr("settings.json", '{"theme": "dark"}')
    return [
        ("notes", empty, "holds no Markdown or text notes"),
        ("notes", a_file, "isn't a folder"),
        ("notes", tmp_path / "missing", "isn't a folder"),
        ("jrnl-text", no_dates, "doesn't look like a jrnl journal"),
        ("jrnl-text", latin1, "isn't UTF-8"),
        ("journey", not_zip, "isn't a zip archive"),
        ("journey", no_entries, "holds no Journey entries"),
    ]


def test_bad_files_are_refused_and_change_nothing(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    journal.add(Entry(title="Mine", body="Already here.", tags=("kept",)))
    db = vault.connection

    def counts() -> tuple[int, ...]:
        tables = ("entries", "tags", "entry_tags", "entry_moods", "import_origins")
        return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)

    before = counts()
    for fmt, path, message in _bad_files(tmp_path):
        with pytest.raises(ImportProblem) as caught:
            parse_file(fmt, path)
        assert message in str(caught.value), fmt
        assert "\n" not in str(caught.value)
    assert counts() == before
