from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal


def test_an_entry_is_found_by_a_word_it_contains(journal: Journal) -> None:
    entry = journal.add(Entry(title="Morning", body="A calm walk by the river.", tags=("walk",)))
    hits = journal.search("river")
    assert [h.id for h in hits] == [entry.id]
    assert "\x02river\x03" in hits[0].snippet
