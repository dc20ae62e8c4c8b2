"""Imports bring content across as it was written: mood names, Day One's Markdown, Daylio's
scales and formatting, repeated records, edits made since the last import, and local times."""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.interchange import daylio, dayone
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.mood_labels import MoodLabels
from innerspace.storage.vault import Vault

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _counts(vault: Vault) -> tuple[int, ...]:
    db = vault.connection
    tables = ("entries", "entry_moods", "entry_tags", "entry_contexts", "import_origins")
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


@pytest.fixture
def berlin() -> Iterator[None]:
    """The computer's clock set to Berlin, a zone whose clocks skip 02:00–03:00 in March."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Berlin")
        time.tzset()
        yield
    time.tzset()


# -- 1. mood names -----------------------------------------------------------------------------


def test_custom_mood_names_are_kept_and_a_later_mapping_fills_them_in(
    journal: Journal, vault: Vault
) -> None:
    parsed = parse_file("daylio", FIXTURES / "daylio_custom_moods.csv")
    plan = preview(parsed, journal)
    assert parsed.unmapped_moods == {"ok but sleepy": 1, "Anxious": 1, "Refreshed": 1}
    assert "--mood" in "\n".join(plan.lines())
    commit(plan, journal)
    by_hour = {e.created.hour: e for e, _ in journal.iter_all()}
    evening = by_hour[21]
    assert evening.tags == ("mood/ok but sleepy",)
    assert evening.id is not None and Feelings(vault).mood(evening.id) is None
    # The label is searchable like any word of the entry.
    assert [hit.id for hit in journal.search("sleepy")] == [evening.id]

    # Saying later how it felt (here: importing again with --mood) rates the stored entry.
    mapped = daylio.parse(FIXTURES / "daylio_custom_moods.csv", {"OK but sleepy": 3})
    again = preview(mapped, journal)
    assert not again.new
    commit(again, journal)
    assert Feelings(vault).mood(evening.id) == 5
    # And once the journal knows a label, the next file with it needs no mapping.
    assert (
        "ok but sleepy"
        not in preview(
            daylio.parse(FIXTURES / "daylio_custom_moods.csv"), journal
        ).parsed.unmapped_moods
    )

    # Settings (or `innerspace moods`) can say how another one felt at any time.
    labels = MoodLabels(vault)
    assert labels.set_level("anxious", 2) == 1
    anxious = by_hour[8]
    assert anxious.id is not None and Feelings(vault).mood(anxious.id) == 3
    shown = {m.label: (m.entries, m.level) for m in labels.all()}
    assert shown["Anxious"] == (1, 2) and shown["Refreshed"] == (1, None)
    # A rating the person gave is never replaced by a mapping.
    Feelings(vault).set_mood(anxious.id, 9)
    labels.set_level("Anxious", 1)
    assert Feelings(vault).mood(anxious.id) == 9


# -- 2. Day One's Markdown ---------------------------------------------------------------------


def test_day_one_escapes_zero_width_spaces_and_entry_links(journal: Journal) -> None:
    parsed = parse_file("dayone", FIXTURES / "Journal.json")
    first = parsed.entries[0]
    assert "Scenic railway - kuranda" in first.body
    assert "Much needed Munch (lunch) after a rabbit-hole of a morning. **Great** view!" in (
        first.body
    )
    assert "\u200b" not in first.body
    # Backslashes in code are the writer's own.
    assert "`C:\\temp\\-x`" in first.body
    # A link to another Day One entry points to that entry once imported.
    linked = parsed.entries[1]
    assert f"(innerspace://entry/{linked.uid})" in first.body
    assert linked.body == "Arrived. Hot!"


def test_markdown_escapes_that_still_mean_something_stay() -> None:
    text = dayone.plain_markdown("\\- not a list\n1\\. not a number\n\\*not bold\\* a\\-b")
    assert text == "\\- not a list\n1\\. not a number\n\\*not bold\\* a-b"


# -- 3. Daylio scales and formatting -----------------------------------------------------------


def test_daylio_scales_and_formatting(journal: Journal) -> None:
    parsed = parse_file("daylio", FIXTURES / "daylio_custom_moods.csv")
    evening = parsed.entries[0]
    assert evening.title == "Quiet evening"
    assert evening.body == (
        "Finished the **whole** chapter.\nFelt *calm* & a bit tired.\n\n"
        "Sleep Quality: 8/10 points\nSleep Time: 8:00"
    )
    assert "<" not in evening.body
    assert any("Scales" in note and "2 entries" in note for note in parsed.notes)
    assert any("Scales" in line for line in preview(parsed, journal).lines())


# -- 4. an entry that opens with a picture -------------------------------------------------------


def test_an_entry_opening_with_a_picture_is_named_by_its_heading() -> None:
    parsed = parse_file("dayone", FIXTURES / "Journal.json")
    assert parsed.entries[0].title == "Scenic railway - kuranda"
    assert parsed.entries[0].to_entry().display_title() == "Scenic railway - kuranda"
    assert parsed.entries[1].title == ""


# -- 5. the preview in whole sentences ----------------------------------------------------------


def test_the_preview_counts_pictures_apart_from_entries(journal: Journal) -> None:
    plan = preview(parse_file("dayone", FIXTURES / "Journal.json"), journal)
    lines = plan.lines()
    assert lines[0] == "This Day One file holds 2 entries."
    assert "2 entries will be added." in lines
    # The journal's file on its own: its photos were in the zip beside it.
    assert (
        "2 pictures and files in the export can't be brought across (videos, recordings, or "
        "photos missing from the archive); the text of those entries is imported." in lines
    )
    assert not any("left out" in line for line in lines)
    assert all(line.rstrip().endswith((".", ":")) for line in lines)


# -- 6. a journal unzipped, or in a folder of the zip -------------------------------------------


def test_day_one_bare_json_and_a_zip_with_a_folder(journal: Journal, tmp_path: Path) -> None:
    bare = shutil.copy(FIXTURES / "Journal.json", tmp_path / "Journal.json")
    assert len(parse_file("dayone", Path(bare)).entries) == 2
    nested = tmp_path / "export.zip"
    with zipfile.ZipFile(nested, "w") as archive:
        archive.write(FIXTURES / "Journal.json", "Export 2024/Journal.json")
        archive.writestr("Export 2024/photos/0cc175b9c0f1b6a831c399e269772661.jpeg", b"\xff")
        archive.writestr("__MACOSX/Export 2024/._Journal.json", b"\x00")
    parsed = parse_file("dayone", nested)
    assert len(parsed.entries) == 2 and not parsed.skipped


# -- 7. identical records in one file ------------------------------------------------------------


def test_identical_records_in_one_file_are_both_kept(journal: Journal) -> None:
    daylio_plan = preview(parse_file("daylio", FIXTURES / "daylio_custom_moods.csv"), journal)
    assert len(daylio_plan.new) == 5
    jrnl_plan = preview(parse_file("jrnl", FIXTURES / "jrnl_same_minute.json"), journal)
    assert len(jrnl_plan.new) == 3
    commit(daylio_plan, journal)
    commit(jrnl_plan, journal)
    assert journal.count() == 8
    # Only a re-import of the same records adds nothing.
    for fmt, name in (("daylio", "daylio_custom_moods.csv"), ("jrnl", "jrnl_same_minute.json")):
        again = preview(parse_file(fmt, FIXTURES / name), journal)
        assert not again.new and not again.changed
    assert journal.count() == 8


# -- 8. edits since the last import --------------------------------------------------------------


def _edited_daylio(tmp_path: Path) -> Path:
    text = (FIXTURES / "daylio_custom_moods.csv").read_text(encoding="utf-8-sig")
    path = tmp_path / "newer.csv"
    path.write_text(text.replace('"Call at ten."', '"Call moved to eleven."'), encoding="utf-8")
    return path


def test_a_daylio_edit_is_added_beside_the_entry(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    # A Daylio row has no identity but its moment and words: an edit reads as a new record.
    commit(preview(parse_file("daylio", FIXTURES / "daylio_custom_moods.csv"), journal), journal)
    plan = preview(parse_file("daylio", _edited_daylio(tmp_path)), journal)
    assert len(plan.new) == 1 and not plan.changed and plan.already_there == 4
    result = commit(plan, journal, changed="update")
    assert (result.added, result.updated) == (1, 0)
    bodies = {e.body for e, _ in journal.iter_all()}
    assert {"Call moved to eleven.", "Call at ten."} <= bodies
    before = _counts(vault)
    again = preview(parse_file("daylio", _edited_daylio(tmp_path)), journal)
    assert not again.new and not again.changed
    assert _counts(vault) == before


def test_daylio_edit_kept_beside_the_entry(journal: Journal, tmp_path: Path) -> None:
    commit(preview(parse_file("daylio", FIXTURES / "daylio_custom_moods.csv"), journal), journal)
    plan = preview(parse_file("daylio", _edited_daylio(tmp_path)), journal)
    result = commit(plan, journal, changed="keep both")
    assert (result.added, result.updated) == (1, 0)
    bodies = [e.body for e, _ in journal.iter_all()]
    assert "Call moved to eleven." in bodies and "Call at ten." in bodies
    for name in ("daylio_custom_moods.csv",):
        assert not preview(parse_file("daylio", FIXTURES / name), journal).changed
    assert not preview(parse_file("daylio", _edited_daylio(tmp_path)), journal).changed


def test_day_one_edit_is_noticed(journal: Journal, tmp_path: Path) -> None:
    commit(preview(parse_file("dayone", FIXTURES / "Journal.json"), journal), journal)
    doc = json.loads((FIXTURES / "Journal.json").read_text(encoding="utf-8"))
    doc["entries"][1]["text"] = "Arrived\\. Hot\\! Swam at dusk\\."
    doc["entries"][1]["modifiedDate"] = "2019-07-20T08:00:00Z"
    newer = tmp_path / "Journal.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")
    plan = preview(parse_file("dayone", newer), journal)
    assert len(plan.changed) == 1 and plan.already_there == 1
    kept = commit(plan, journal, changed="keep both")
    assert kept.added == 1 and journal.count() == 3
    bodies = {e.body for e, _ in journal.iter_all()}
    assert {"Arrived. Hot!", "Arrived. Hot! Swam at dusk."} <= bodies


def test_a_jrnl_edit_is_added_beside_the_entry(journal: Journal, tmp_path: Path) -> None:
    commit(preview(parse_file("jrnl", FIXTURES / "jrnl_same_minute.json"), journal), journal)
    doc = json.loads((FIXTURES / "jrnl_same_minute.json").read_text(encoding="utf-8"))
    old_body = doc["entries"][2]["body"]
    doc["entries"][2]["body"] = "Tulips are up. The first bee."
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")
    plan = preview(parse_file("jrnl", newer), journal)
    assert len(plan.new) == 1 and not plan.changed and plan.already_there == 2
    assert commit(plan, journal).added == 1
    bodies = {e.body for e, _ in journal.iter_all()}
    assert {"Tulips are up. The first bee.", old_body.strip()} <= bodies


# -- 9. local times ------------------------------------------------------------------------------


def test_a_time_the_clocks_skipped_stays_as_written(journal: Journal, berlin: None) -> None:
    parsed = parse_file("jrnl", FIXTURES / "jrnl_same_minute.json")
    skipped_night = parsed.entries[0].created
    assert (skipped_night.hour, skipped_night.minute) == (2, 30)
    assert skipped_night.utcoffset() == timedelta(hours=1)
    # Any other time is placed in the person's named zone.
    spring = parsed.entries[2].created
    assert dayone_zone(spring) == "Europe/Berlin" and spring.utcoffset() == timedelta(hours=2)
    commit(preview(parsed, journal), journal)
    zones = {e.created.replace(tzinfo=None): z for e, z in journal.iter_all()}
    assert zones[datetime(2023, 4, 2, 10, 0)] == "Europe/Berlin"
    assert datetime(2023, 3, 26, 2, 30) in zones


def test_daylio_times_get_the_named_zone(berlin: None) -> None:
    parsed = parse_file("daylio", FIXTURES / "daylio_custom_moods.csv")
    assert {dayone_zone(e.created) for e in parsed.entries} == {"Europe/Berlin"}


def dayone_zone(moment: datetime) -> str | None:
    tz = moment.tzinfo
    return getattr(tz, "key", None)


# -- 10. Markdown export for Obsidian ------------------------------------------------------------


def test_markdown_export_tags_and_names_obsidian_reads(journal: Journal, tmp_path: Path) -> None:
    journal.add(
        Entry(
            title="Notes on C# #1 [draft]",
            body="Text.",
            tags=("ok but sleepy", "C#", "2024", "calm"),
        )
    )
    out = tmp_path / "vault"
    export_markdown(journal, out)
    (written,) = out.iterdir()
    assert "#" not in written.name and "[" not in written.name
    text = written.read_text(encoding="utf-8")
    assert '\ntags: ["tag-2024", "C", "calm", "ok-but-sleepy"]\n' in text
    assert '\noriginal_tags: ["2024", "C#", "calm", "ok but sleepy"]\n' in text


def test_json_export_carries_how_mood_names_felt(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    commit(preview(parse_file("daylio", FIXTURES / "daylio_custom_moods.csv"), journal), journal)
    MoodLabels(vault).set_level("Refreshed", 5)
    path = tmp_path / "export.json"
    export_json(journal, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 4 and doc["mood_labels"] == {"Refreshed": 5}
    assert parse_file("innerspace", path).known_mood_levels == {"Refreshed": 5}
    doc["mood_labels"] = {"Refreshed": 9}
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportProblem, match="'mood_labels'"):
        parse_file("innerspace", damaged)
