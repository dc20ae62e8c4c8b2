"""Entries, tags, timeline pages, search and drafts in a real encrypted journal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from innerspace.core.entries import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Draft,
    Entry,
    EntrySummary,
    SearchHit,
    to_utc_micros,
)
from innerspace.storage.journal import PREVIEW_CHARS, EntryNotFound, Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

T0 = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
TOKYO = timezone(timedelta(hours=9))


def _at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def _add(
    journal: Journal,
    body: str,
    hours: float = 0,
    *,
    title: str = "",
    tags: tuple[str, ...] = (),
    starred: bool = False,
) -> int:
    """Add an entry written ``hours`` after ``T0`` and return its id."""
    entry = Entry(body=body, title=title, tags=tags, starred=starred, created=_at(hours))
    entry.updated = entry.created
    added = journal.add(entry).id
    assert added is not None
    return added


def _add_at(journal: Journal, created: datetime) -> int:
    added = journal.add(Entry(body="x", created=created)).id
    assert added is not None
    return added


def _fts_in_sync(vault: Vault) -> None:
    """Raises if the full-text index does not match the entries table exactly."""
    vault.connection.execute(
        "INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)"
    )


def _ids(hits: Sequence[SearchHit]) -> list[int]:
    return [h.id for h in hits]


# -- adding, reading, updating, deleting -----------------------------------------------------------


def test_an_added_entry_reads_back_whole(journal: Journal) -> None:
    written = Entry(
        title="  A   long\tday ",
        body="Line one.\n\nLine two, with ünïcödé and emoji 🌊.",
        tags=("#Work", "sleep"),
        starred=True,
        created=_at(0),
        updated=_at(1),
        kind="thought_record",
        fields={"situation": "meeting", "intensity": 7},
    )
    stored = journal.add(written)
    assert stored.id is not None
    again = journal.get(stored.id)
    assert again.title == "A long day"
    assert again.body == written.body
    assert again.tags == ("sleep", "Work")  # read back in name order
    assert again.starred
    assert (again.created, again.updated) == (_at(0), _at(1))
    assert again.kind == "thought_record"
    assert again.fields == {"situation": "meeting", "intensity": 7}
    assert again.uid == written.uid
    assert journal.count() == 1


def test_getting_a_missing_entry(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.get(12345)


def test_update_changes_text_tags_and_touches_the_time(journal: Journal) -> None:
    entry = journal.add(Entry(title="Draft", body="old words", tags=("a",), created=_at(0)))
    entry.updated = _at(0)
    entry.title, entry.body, entry.tags = "Final", "new words", ("b", "c")
    journal.update(entry)
    assert entry.id is not None
    again = journal.get(entry.id)
    assert (again.title, again.body, again.tags) == ("Final", "new words", ("b", "c"))
    assert again.updated > _at(0)
    assert again.created == _at(0)
    assert journal.tags() == [("b", 1), ("c", 1)]


def test_update_without_touching_keeps_the_updated_time(journal: Journal) -> None:
    entry = journal.add(Entry(body="imported", created=_at(0), updated=_at(2)))
    entry.body = "imported, corrected"
    journal.update(entry, touch=False)
    assert entry.id is not None
    assert journal.get(entry.id).updated == _at(2)


def test_update_needs_a_stored_entry(journal: Journal) -> None:
    with pytest.raises(ValueError):
        journal.update(Entry(body="never added"))
    with pytest.raises(EntryNotFound):
        journal.update(Entry(body="gone", id=999))
    assert journal.count() == 0


def test_delete_returns_the_entry_and_undo_restores_it(journal: Journal, vault: Vault) -> None:
    keep = _add(journal, "the garden in spring", 0, tags=("garden",))
    gone = _add(journal, "the garden after rain", 1, tags=("garden", "rain"))
    deleted = journal.delete(gone)
    assert deleted.body == "the garden after rain"
    assert deleted.tags == ("garden", "rain")
    with pytest.raises(EntryNotFound):
        journal.get(gone)
    assert _ids(journal.search("garden")) == [keep]
    assert journal.tags() == [("garden", 1)]
    _fts_in_sync(vault)

    restored = journal.add(deleted)
    assert restored.id == gone
    assert journal.get(gone).uid == deleted.uid
    assert _ids(journal.search("rain")) == [gone]
    assert journal.tags() == [("garden", 2), ("rain", 1)]
    _fts_in_sync(vault)


def test_deleting_a_missing_entry(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.delete(4242)


def test_starring(journal: Journal) -> None:
    entry_id = _add(journal, "a good day")
    journal.set_starred(entry_id, True)
    assert journal.get(entry_id).starred
    journal.set_starred(entry_id, False)
    assert not journal.get(entry_id).starred


# -- tags ------------------------------------------------------------------------------------------


def test_tags_are_normalised_when_an_entry_is_made() -> None:
    entry = Entry(tags=("  #Work  ", "work", "", "  ", "two\n words", "WORK", "#sleep"))
    assert entry.tags == ("Work", "two words", "sleep")


def test_tags_are_shared_without_regard_to_case(journal: Journal) -> None:
    first = _add(journal, "one", 0, tags=("Work",))
    second = _add(journal, "two", 1, tags=("work",))
    _add(journal, "three", 2, tags=("rest",))
    assert journal.tags() == [("Work", 2), ("rest", 1)]
    assert [s.id for s in journal.page(tag="WORK")] == [second, first]
    assert journal.get(second).tags == ("Work",)


def test_tags_beyond_ascii_are_shared_without_regard_to_case(journal: Journal) -> None:
    first = _add(journal, "one", 0, tags=("Ärger", "Работа"))
    second = _add(journal, "two", 1, tags=("ärger", "РАБОТА"))
    assert journal.tags() == [("Ärger", 2), ("Работа", 2)]
    assert [s.id for s in journal.page(tag="ÄRGER")] == [second, first]
    assert [s.id for s in journal.page(tag="работа")] == [second, first]
    assert journal.get(second).tags == ("Ärger", "Работа")


def test_removing_the_last_use_of_a_tag_removes_the_tag(journal: Journal) -> None:
    entry = journal.add(Entry(body="x", tags=("lonely",)))
    entry.tags = ()
    journal.update(entry)
    assert journal.tags() == []


# -- the timeline ----------------------------------------------------------------------------------


def test_page_is_newest_first_with_previews(journal: Journal) -> None:
    older = _add(journal, "older " + "x" * 1000, 0, tags=("t",), starred=True)
    newer = _add(journal, "newer", 5)
    page = journal.page()
    assert [s.id for s in page] == [newer, older]
    assert page[1].preview == ("older " + "x" * 1000)[:PREVIEW_CHARS]
    assert page[1].tags == ("t",)
    assert page[1].starred and not page[0].starred
    assert page[1].created == _at(0)
    assert page[0].sort_key > page[1].sort_key


def test_keyset_pages_cover_identical_times_exactly_once(journal: Journal) -> None:
    same_moment = [_add(journal, f"entry {i}", 0) for i in range(25)]
    later = _add(journal, "later", 1)
    seen: list[int] = []
    keys: list[int] = []
    before: int | None = None
    while True:
        page = journal.page(before=before, limit=10)
        if not page:
            break
        seen.extend(s.id for s in page)
        keys.extend(s.sort_key for s in page)
        before = page[-1].sort_key
    assert seen == [later, *reversed(same_moment)]
    assert keys == sorted(set(keys), reverse=True)
    assert all(journal.get(i).created == _at(0) for i in same_moment)


def test_page_filters(journal: Journal) -> None:
    a = _add(journal, "a", 0, tags=("walk",))
    b = _add(journal, "b", 1, tags=("walk",), starred=True)
    c = _add(journal, "c", 2, starred=True)
    d = _add(journal, "d", 3, tags=("Walk",))

    def ids(summaries: Sequence[EntrySummary]) -> list[int]:
        return [s.id for s in summaries]

    assert ids(journal.page(start=_at(1))) == [d, c, b]
    assert ids(journal.page(end=_at(2))) == [b, a]
    assert ids(journal.page(start=_at(1), end=_at(3))) == [c, b]
    assert ids(journal.page(tag="walk")) == [d, b, a]
    assert ids(journal.page(tag="nothing")) == []
    assert ids(journal.page(starred_only=True)) == [c, b]
    assert ids(journal.page(tag="WALK", starred_only=True)) == [b]
    assert ids(journal.page(limit=2)) == [d, c]
    assert ids(journal.page(before=journal.page()[1].sort_key, start=_at(0.5))) == [b]


def test_days_with_entries_use_each_entrys_own_local_date(journal: Journal) -> None:
    # 01:00 in Tokyo on 10 March is still 9 March in UTC.
    journal.add(Entry(body="tokyo", created=datetime(2024, 3, 10, 1, 0, tzinfo=TOKYO)))
    journal.add(Entry(body="utc", created=datetime(2024, 3, 12, 23, 30, tzinfo=UTC)))
    journal.add(Entry(body="outside", created=datetime(2024, 3, 20, tzinfo=UTC)))
    days = journal.days_with_entries(
        datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 3, 20, tzinfo=UTC)
    )
    assert days == {"2024-03-10", "2024-03-12"}


# -- time zones ------------------------------------------------------------------------------------


def test_an_entry_written_in_tokyo_reads_back_in_tokyo_time(journal: Journal) -> None:
    written = datetime(2024, 7, 1, 23, 45, 12, 345678, tzinfo=TOKYO)
    entry = journal.add(Entry(body="late in Tokyo", created=written, updated=written))
    assert entry.id is not None
    again = journal.get(entry.id)
    assert again.created.utcoffset() == timedelta(hours=9)
    assert (again.created.hour, again.created.minute, again.created.day) == (23, 45, 1)
    assert again.created.astimezone(UTC) == datetime(2024, 7, 1, 14, 45, 12, 345678, tzinfo=UTC)
    assert journal.page()[0].created.utcoffset() == timedelta(hours=9)


def test_a_named_zone_is_kept_for_display(journal: Journal, vault: Vault) -> None:
    written = datetime(2024, 1, 15, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    entry = journal.add(Entry(body="winter morning", created=written))
    row = vault.connection.execute(
        "SELECT created_zone, created_offset FROM entries WHERE id = ?", (entry.id,)
    ).fetchone()
    assert row == ("America/New_York", -5 * 3600)


def test_entries_from_different_zones_sort_by_the_real_moment(journal: Journal) -> None:
    tokyo_morning = _add_at(journal, datetime(2024, 5, 2, 8, 0, tzinfo=TOKYO))  # 23:00 UTC 1 May
    london_night = _add_at(journal, datetime(2024, 5, 1, 22, 0, tzinfo=UTC))
    assert [s.id for s in journal.page()] == [tokyo_morning, london_night]


# -- search ----------------------------------------------------------------------------------------


def test_search_finds_words_in_the_body_title_and_tags(journal: Journal) -> None:
    in_body = _add(journal, "We walked along the estuary.", 0)
    in_title = _add(journal, "nothing here", 1, title="Estuary notes")
    in_tag = _add(journal, "nothing here either", 2, tags=("estuary",))
    _add(journal, "unrelated", 3)
    assert sorted(_ids(journal.search("estuary"))) == sorted([in_body, in_title, in_tag])


def test_search_newest_first_and_by_relevance(journal: Journal) -> None:
    strong = _add(journal, "Harbour, harbour, harbour.", 0, title="Harbour")
    weak = _add(journal, "A long day; in the evening I passed the harbour on the way home.", 5)
    assert _ids(journal.search("harbour")) == [weak, strong]
    assert _ids(journal.search("harbour", order="newest")) == [weak, strong]
    assert _ids(journal.search("harbour", order="relevance")) == [strong, weak]


def test_search_respects_the_limit(journal: Journal) -> None:
    ids = [_add(journal, f"pebble number {i}", i) for i in range(8)]
    assert _ids(journal.search("pebble", limit=3)) == ids[::-1][:3]


def test_search_pages_on_and_counts_every_match(journal: Journal) -> None:
    ids = [_add(journal, f"pebble number {i}", i) for i in range(8)]
    _add(journal, "a shell", 9)
    newest = ids[::-1]
    pages = [_ids(journal.search("pebble", limit=3, offset=n)) for n in (0, 3, 6)]
    assert pages == [newest[:3], newest[3:6], newest[6:]]
    by_relevance = [
        _ids(journal.search("pebble", limit=3, offset=n, order="relevance")) for n in (0, 3, 6)
    ]
    assert sorted(i for page in by_relevance for i in page) == sorted(ids)
    assert journal.search_count("pebble") == 8
    assert journal.search_count("peb*") == 8
    assert (journal.search_count("nothing-like-it"), journal.search_count("   ")) == (0, 0)


def test_all_words_are_required(journal: Journal) -> None:
    both = _add(journal, "anxious about the morning meeting", 0)
    _add(journal, "anxious all evening", 1)
    _add(journal, "a calm morning", 2)
    assert _ids(journal.search("anxious morning")) == [both]


def test_phrase_query(journal: Journal) -> None:
    exact = _add(journal, "The quiet harbour was lovely.", 0)
    loose = _add(journal, "The harbour was quiet today.", 1)
    assert _ids(journal.search('"quiet harbour"')) == [exact]
    assert _ids(journal.search('"harbour quiet"')) == []
    assert _ids(journal.search("quiet harbour")) == [loose, exact]
    assert _ids(journal.search('"quiet harbour')) == [exact]  # an unclosed quote


def test_prefix_query(journal: Journal) -> None:
    calmer = _add(journal, "I felt calmer after the walk.", 0)
    calmly = _add(journal, "She spoke calmly.", 1)
    camel = _add(journal, "A camel in the zoo.", 2)
    assert _ids(journal.search("calm*")) == [calmly, calmer]
    assert _ids(journal.search("calm")) == []
    assert _ids(journal.search("ca*")) == [camel, calmly, calmer]
    assert _ids(journal.search('"spoke calm"*')) == [calmly]
    assert _ids(journal.search("c*")) == [camel, calmly, calmer]  # shorter than the prefix index


def test_exclusion_and_or(journal: Journal) -> None:
    work = _add(journal, "tired after work", 0)
    sleep = _add(journal, "tired, did not sleep", 1)
    cat = _add(journal, "the cat slept", 2)
    assert _ids(journal.search("tired -work")) == [sleep]
    assert _ids(journal.search("work OR cat")) == [cat, work]
    assert _ids(journal.search("tired OR cat -sleep")) == [cat, work]


def test_search_ignores_case_and_accents(journal: Journal) -> None:
    entry = _add(journal, "Un café à Montréal", 0)
    assert _ids(journal.search("CAFE montreal")) == [entry]
    assert _ids(journal.search("Café")) == [entry]


def test_a_query_with_nothing_to_find_finds_nothing(journal: Journal) -> None:
    _add(journal, "anything at all", 0)
    for text in ["", "   ", '"', "***", "-", "OR", "-anything", "--", "()"]:
        assert journal.search(text) == [], text


def test_an_underscore_does_not_hide_results(journal: Journal) -> None:
    river = _add(journal, "down by the river", 0)
    assert _ids(journal.search("river _")) == [river]
    assert _ids(journal.search("__ river")) == [river]


def test_the_snippet_marks_each_match(journal: Journal) -> None:
    _add(journal, "In the morning the fog lifted, and by noon the fog was gone.", 0)
    (hit,) = journal.search("fog")
    assert hit.snippet.count(f"{HIGHLIGHT_START}fog{HIGHLIGHT_END}") == 2
    assert hit.snippet.count(HIGHLIGHT_START) == hit.snippet.count(HIGHLIGHT_END) == 2


def test_a_title_match_shows_the_start_of_the_text(journal: Journal) -> None:
    _add(journal, "Nothing about it in the text itself.", 0, title="Lighthouse", tags=("x",))
    (hit,) = journal.search("lighthouse")
    assert hit.title == "Lighthouse"
    assert hit.snippet == "Nothing about it in the text itself."
    assert hit.tags == ("x",)


def test_search_hits_carry_time_star_and_tags(journal: Journal) -> None:
    written = datetime(2024, 2, 2, 22, 0, tzinfo=TOKYO)
    journal.add(Entry(body="snow", created=written, starred=True, tags=("winter",)))
    (hit,) = journal.search("snow")
    assert hit.created == written and hit.created.utcoffset() == timedelta(hours=9)
    assert hit.starred
    assert hit.tags == ("winter",)


# -- the index stays in step -----------------------------------------------------------------------


def test_the_index_follows_updates(journal: Journal, vault: Vault) -> None:
    entry = journal.add(Entry(title="Before", body="walrus", tags=("old",), created=_at(0)))
    entry.title, entry.body, entry.tags = "After", "pelican", ("new",)
    journal.update(entry)
    for gone in ["walrus", "before", "old"]:
        assert journal.search(gone) == [], gone
    for found in ["pelican", "after", "new"]:
        assert _ids(journal.search(found)) == [entry.id], found
    _fts_in_sync(vault)


def test_the_index_follows_a_change_of_time(journal: Journal, vault: Vault) -> None:
    moved = journal.add(Entry(body="the moving entry", created=_at(0)))
    other = _add(journal, "the fixed entry", 5)
    moved.created = _at(10)
    journal.update(moved)
    assert _ids(journal.search("entry")) == [moved.id, other]
    assert _ids(journal.search("moving")) == [moved.id]
    assert [s.id for s in journal.page()] == [moved.id, other]
    _fts_in_sync(vault)

    # Moving onto another entry's exact moment still gives each a place of its own.
    moved.created = _at(5)
    journal.update(moved)
    page = journal.page()
    assert moved.id is not None
    assert sorted(s.id for s in page) == sorted([moved.id, other])
    assert len({s.sort_key for s in page}) == 2
    assert _ids(journal.search("moving")) == [moved.id]
    _fts_in_sync(vault)


def test_the_index_follows_deletes_and_starring(journal: Journal, vault: Vault) -> None:
    keep = _add(journal, "heron at dawn", 0)
    drop = _add(journal, "heron at dusk", 1)
    journal.set_starred(keep, True)
    journal.delete(drop)
    assert _ids(journal.search("heron")) == [keep]
    assert journal.search("dusk") == []
    _fts_in_sync(vault)


# -- drafts ----------------------------------------------------------------------------------------


def test_drafts_save_load_and_clear(journal: Journal) -> None:
    assert journal.load_draft() is None
    first = Draft(entry_id=None, title="Half", body="half a thought", tags=("a",), saved=_at(0))
    journal.save_draft(first)
    assert journal.load_draft() == first

    second = Draft(entry_id=3, title="More", body="a whole thought", tags=("b", "c"), saved=_at(1))
    journal.save_draft(second)
    assert journal.load_draft() == second

    journal.clear_draft()
    assert journal.load_draft() is None
    journal.clear_draft()


def test_a_draft_survives_locking(journal: Journal, vault: Vault) -> None:
    draft = Draft(entry_id=None, title="T", body="unsaved words", tags=(), saved=_at(0))
    journal.save_draft(draft)
    vault.close()
    with Vault.unlock(vault.paths.folder, PASSPHRASE) as reopened:
        assert Journal(reopened).load_draft() == draft


def test_draft_times_are_stored_exactly(journal: Journal) -> None:
    saved = datetime(2024, 8, 8, 8, 8, 8, 808080, tzinfo=TOKYO)
    journal.save_draft(Draft(entry_id=None, title="", body="b", tags=(), saved=saved))
    loaded = journal.load_draft()
    assert loaded is not None
    assert to_utc_micros(loaded.saved) == to_utc_micros(saved)


def test_a_draft_keeps_what_the_editor_held_beyond_its_text(journal: Journal) -> None:
    from innerspace.core.entries import Draft, local_now

    extra = {"starred": True, "feelings": {"mood": 4, "emotions": [["calm", 60, ""]]}}
    journal.save_draft(Draft(None, "t", "b", ("x",), local_now(), extra=extra))
    loaded = journal.load_draft()
    assert loaded is not None and loaded.extra == extra
    journal.vault.connection.execute("UPDATE drafts SET extra = 'not json'")
    damaged = journal.load_draft()
    assert damaged is not None and damaged.extra == {} and damaged.body == "b"
