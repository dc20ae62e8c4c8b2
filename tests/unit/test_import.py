"""Importing jrnl, Day One, Daylio and InnerSpace files: a preview first, then one transaction;
re-importing adds nothing twice; bad files give a clear message and change nothing."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.interchange import daylio
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

JRNL = {
    "tags": {"@work": 2, "#home": 1},
    "entries": [
        {
            "title": "Long day.",
            "body": 'Meetings, then a walk.\n\nFelt "okay", I think — ünïcödé ✓.',
            "date": "2020-07-01",
            "time": "20:00",
            "tags": ["@work"],
            "starred": False,
        },
        {
            "title": "Imported from Day One.",
            "body": "",
            "date": "2019-12-31",
            "time": "23:59",
            "tags": ["@work", "#home"],
            "starred": True,
            "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
            "creator": {"device_name": "phone"},
        },
        {"title": "", "body": "", "date": "2020-01-01", "time": "10:00", "tags": []},
        {"title": "no date", "body": "x", "time": "10:00", "tags": []},
    ],
}


def _dayone_entry(**extra: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
        "creationDate": "2018-02-22T09:09:53Z",
        "modifiedDate": "2018-02-23T10:00:00Z",
        "timeZone": "Europe/Berlin",
        "text": "# Berlin\n\nSnow today ![](dayone-moment://ABC123) and coffee.",
        "richText": json.dumps({"contents": []}),
        "starred": True,
        "isPinned": False,
        "isAllDay": False,
        "tags": ["travel", "winter"],
        "location": {"placeName": "Café", "latitude": 52.5, "longitude": 13.4},
        "weather": {"temperatureCelsius": -3},
        "photos": [{"identifier": "ABC123", "md5": "d41d8cd98f00b204e9800998ecf8427e"}],
        "creationDevice": "iPhone",
    }
    entry.update(extra)
    return entry


def _dayone_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "Journal.json",
            json.dumps(
                {
                    "metadata": {"version": "1.0"},
                    "entries": [
                        _dayone_entry(),
                        _dayone_entry(
                            uuid="FFEEDDCCBBAA99887766554433221100",
                            creationDate="2021-06-01T23:30:00Z",
                            timeZone="Not/AZone",
                            text="Minimal",
                            tags=[],
                            photos=[],
                            location=None,
                            weather=None,
                        ),
                        {"uuid": "11", "text": "no date"},
                    ],
                }
            ),
        )
        archive.writestr(
            "Dreams.json",
            json.dumps(
                {
                    "metadata": {"version": "1.0"},
                    "entries": [
                        {
                            "uuid": "AAAABBBBCCCCDDDDEEEEFFFF00001111",
                            "creationDate": "2022-03-05T04:00:00Z",
                            "text": "Flying again.",
                        }
                    ],
                }
            ),
        )
        archive.writestr("photos/d41d8cd98f00b204e9800998ecf8427e.jpeg", b"\xff\xd8\xff")
    return path


DAYLIO_V1 = (
    "year,date,weekday,time,mood,activities,note\n"
    '2016,March 5,Saturday,10:00 pm,rad,friends | music,"Concert, finally"\n'
)
DAYLIO_V2 = (
    "full_date,date,weekday,time,mood,activities,note\n"
    "2018-04-02,April 2,Monday,14:58,good,,Quiet\n"
)
DAYLIO_V3 = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2019-05-01,May 1,Wednesday,08:15,meh,work,Title,Body\n"
)
DAYLIO_V4 = (
    "\ufefffull_date,date,weekday,time,mood,activities,scales,note_title,note\n"
    '2021-01-02,2. Januar,Samstag,10:00 pm,super happy,sport | friends,"energy: 4",'
    '"He said ""hi""","line one<br>line two, with comma<br/>end"\n'
    "2021-01-02,2. Januar,Samstag,09:00 am,awful,,,,\n"
    "2021-01-02,2. Januar,Samstag,09:00 am,awful,,,,\n"
    "2021-01-01,1. Januar,Freitag,25:99,bad,,,,\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _stored(journal: Journal) -> list[tuple[object, ...]]:
    return [(e.uid, e.title, e.body, e.tags, e.starred) for e, _ in journal.iter_all()]


def test_jrnl_preview_then_commit_then_reimport(journal: Journal, tmp_path: Path) -> None:
    path = _write(tmp_path / "jrnl.json", json.dumps(JRNL))
    parsed = parse_file("jrnl", path)
    plan = preview(parsed, journal)
    assert journal.count() == 0  # a preview writes nothing
    assert len(plan.new) == 2
    assert parsed.skipped[0].reason == "it has no text"
    assert len(parsed.skipped) == 2
    text = "\n".join(plan.lines())
    assert "This jrnl file holds 2 entries." in text and "2019-12-31 to 2020-07-01" in text
    result = commit(plan, journal)
    assert result.added == 2
    entries = {e.title: e for e, _ in journal.iter_all()}
    first = entries["Long day."]
    assert first.tags == ("work",)
    assert first.created.replace(tzinfo=None) == datetime(2020, 7, 1, 20, 0)
    assert "ünïcödé" in first.body
    assert entries["Imported from Day One."].starred
    assert entries["Imported from Day One."].uid == "0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
    # The same file again: nothing new.
    again = preview(parse_file("jrnl", path), journal)
    assert again.already_there == 2 and not again.new
    assert commit(again, journal).added == 0
    assert journal.count() == 2


def test_dayone_zip_with_two_journals(journal: Journal, tmp_path: Path) -> None:
    parsed = parse_file("dayone", _dayone_zip(tmp_path / "export.zip"))
    plan = preview(parsed, journal)
    assert len(plan.new) == 3
    reasons = " ".join(f"{s.where} {s.reason}" for s in parsed.skipped)
    assert "couldn't be read" in reasons and "photo" not in reasons
    assert (parsed.photos, parsed.entries_with_photos) == (1, 1)
    commit(plan, journal)
    by_body = {e.body.splitlines()[0]: (e, z) for e, z in journal.iter_all()}
    berlin, zone = by_body["# Berlin"]
    assert zone == "Europe/Berlin"
    assert berlin.created.isoformat() == "2018-02-22T10:09:53+01:00"
    assert berlin.starred and set(berlin.tags) == {"travel", "winter", "Journal"}
    assert "[picture not imported]" in berlin.body and "dayone-moment" not in berlin.body
    minimal, zone = by_body["Minimal"]
    assert zone is None and minimal.created.utcoffset() is not None
    assert by_body["Flying again."][0].tags == ("Dreams",)
    # The jrnl export of the same Day One journal names the same entry: it isn't added twice.
    jrnl_file = _write(tmp_path / "j.json", json.dumps(JRNL))
    assert preview(parse_file("jrnl", jrnl_file), journal).already_there == 1


@pytest.mark.parametrize("text", [DAYLIO_V1, DAYLIO_V2, DAYLIO_V3, DAYLIO_V4])
def test_daylio_every_header_version(journal: Journal, tmp_path: Path, text: str) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes(text.encode("utf-8"))
    parsed = parse_file("daylio", path)
    assert parsed.entries
    commit(preview(parsed, journal), journal)
    assert journal.count() == len(parsed.entries)


def test_daylio_details_and_mood_mapping(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes(DAYLIO_V4.encode("utf-8"))
    parsed = parse_file("daylio", path)
    assert parsed.unmapped_moods == {"super happy": 1}
    assert [s.reason for s in parsed.skipped] == ["its date or time couldn't be read"]
    first = parsed.entries[0]
    assert first.title == 'He said "hi"'
    assert first.body == "line one\nline two, with comma\nend\n\nenergy: 4"
    assert first.contexts == (("activity", "sport"), ("activity", "friends"))
    assert first.tags == ("mood/super happy",)
    assert first.mood_rating is None
    assert first.created.replace(tzinfo=None) == datetime(2021, 1, 2, 22, 0)
    assert parsed.entries[1].mood_rating == 1
    assert "super happy" in "\n".join(preview(parsed, journal).lines())
    mapped = daylio.parse(path, {"Super Happy": 5})
    assert mapped.unmapped_moods == {} and mapped.entries[0].mood_rating == 10
    # The uid doesn't depend on the mapping: mapping later doesn't import twice.
    assert mapped.entries[0].uid == first.uid
    with pytest.raises(ImportProblem):
        daylio.parse(path, {"super happy": 9})


def test_daylio_moods_and_activities_are_stored_once(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes(DAYLIO_V4.encode("utf-8"))
    parsed = daylio.parse(path, {"super happy": 4})
    result = commit(preview(parsed, journal), journal)
    assert result.added == 3
    feelings = Feelings(vault)
    stored = {e.created.hour: e for e, _ in journal.iter_all()}
    evening, morning = stored[22], stored[9]
    assert evening.id is not None and morning.id is not None
    assert feelings.mood(evening.id) == 8 and feelings.mood(morning.id) == 1
    assert [(t.kind, t.name) for t in feelings.contexts(evening.id)] == [
        ("activity", "friends"),
        ("activity", "sport"),
    ]
    assert evening.tags == ("mood/super happy",) and morning.tags == ()
    # Again, even with another mapping: nothing is added twice, no tag gets a second use.
    again = preview(daylio.parse(path, {"super happy": 5}), journal)
    assert again.already_there == 3 and not again.new
    assert commit(again, journal).added == 0
    assert feelings.mood(evening.id) == 8
    assert {(t.name, t.uses) for t in feelings.context_tags("activity")} == {
        ("friends", 1),
        ("sport", 1),
    }


def test_innerspace_json_import_skips_bad_records(journal: Journal, tmp_path: Path) -> None:
    doc = {
        "format": "innerspace-journal",
        "version": 1,
        "entries": [
            {
                "uid": "u1",
                "created": "2024-03-05T14:22:33.500000+05:30",
                "zone": "Asia/Kolkata",
                "updated": "2024-03-05T15:00:00+05:30",
                "title": "t",
                "body": "b",
                "tags": ["x"],
                "starred": True,
                "kind": "note",
                "fields": None,
            },
            {"uid": "u2", "created": "2024-03-05T14:22:33", "body": "naive time"},
            {"uid": "u1", "created": "2024-03-05T14:22:33+00:00", "body": "twice"},
            "not an object",
        ],
        "drafts": [],
    }
    parsed = parse_file("innerspace", _write(tmp_path / "e.json", json.dumps(doc)))
    assert [e.uid for e in parsed.entries] == ["u1"]
    assert len(parsed.skipped) == 3
    commit(preview(parsed, journal), journal)
    [(entry, zone)] = list(journal.iter_all())
    assert (
        zone == "Asia/Kolkata" and entry.created.isoformat() == "2024-03-05T14:22:33.500000+05:30"
    )


def _bad_files(tmp_path: Path) -> list[tuple[str, Path, str]]:
    cases: list[tuple[str, Path, str]] = []

    def add(fmt: str, name: str, data: bytes, expect: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        cases.append((fmt, path, expect))

    add("jrnl", "invalid.json", b'{"entries": [{"date": ', "isn't valid JSON")
    add("jrnl", "latin1.json", '{"entries": []} café'.encode("latin-1"), "isn't UTF-8")
    add("jrnl", "dayone-as-jrnl.json", b'{"metadata": {}}', "doesn't look like a jrnl")
    add("innerspace", "jrnl-as-ours.json", json.dumps(JRNL).encode(), "isn't an InnerSpace")
    add("innerspace", "future.json", b'{"format": "innerspace-journal", "version": 99}', "newer")
    add("daylio", "notes.csv", b"a,b\n1,2\n", "doesn't look like a Daylio")
    add("daylio", "empty.csv", b"", "is empty")
    add(
        "daylio",
        "quotes.csv",
        b'full_date,date,weekday,time,mood,activities,note\n2020-01-01,x,y,10:00,good,,"open',
        "well-formed CSV",
    )
    add("daylio", "binary.csv", b"\xff\xfe\x00\x01garbage", "isn't UTF-8")
    add("dayone", "not-a-zip.zip", b"PK\x03\x04 this is not really a zip", "isn't a zip")
    good = _dayone_zip(tmp_path / "good.zip").read_bytes()
    add("dayone", "truncated.zip", good[: len(good) // 2], "isn't a zip")
    traversal = tmp_path / "traversal.zip"
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../../x.json", b'{"entries": []}')
    cases.append(("dayone", traversal, "outside the archive"))
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b" " * 50_000_000)
    cases.append(("dayone", bomb, "zip bomb"))
    nothing = tmp_path / "photos-only.zip"
    with zipfile.ZipFile(nothing, "w") as archive:
        archive.writestr("photos/a.jpg", b"\xff")
    cases.append(("dayone", nothing, "no journal"))
    for fmt, name in (("jrnl", "huge.json"), ("dayone", "huge.zip"), ("daylio", "huge.csv")):
        huge = tmp_path / name
        with huge.open("wb") as handle:
            handle.truncate(2 * 1024**3)  # sparse: takes no space on disk
        cases.append((fmt, huge, "far larger"))
    return cases


def test_bad_files_give_a_clear_message_and_change_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add(Entry(body="already here", created=datetime(2020, 1, 1, tzinfo=UTC)))
    before = _stored(journal)
    bad = tmp_path / "bad"
    bad.mkdir()
    for fmt, path, expect in _bad_files(bad):
        with pytest.raises(ImportProblem) as caught:
            parse_file(fmt, path)
        assert expect in str(caught.value), (path.name, str(caught.value))
    assert _stored(journal) == before
    assert not (tmp_path.parent / "x.json").exists()


def test_a_failing_commit_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    path = _write(tmp_path / "jrnl.json", json.dumps(JRNL))
    plan = preview(parse_file("jrnl", path), journal)
    # The newest is stored last: it fails inside the transaction, after the first was written.
    broken = max(plan.new, key=lambda e: e.created)
    broken.fields = {"not JSON": object()}
    with pytest.raises(TypeError):
        commit(plan, journal)
    assert journal.count() == 0
    assert journal.tags() == []
