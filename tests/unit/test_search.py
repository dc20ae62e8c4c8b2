"""What people type into the search box becomes a safe full-text query."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerspace.core.entries import Entry
from innerspace.core.search import MAX_QUERY_LENGTH, MAX_TERMS, parse_query
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault


def _fts(text: str) -> str | None:
    return parse_query(text).fts


def test_words_are_all_required() -> None:
    query = parse_query("anxious  morning")
    assert query.fts == '"anxious" AND "morning"'
    assert query.words == ("anxious", "morning")
    assert not query.is_empty


def test_a_quoted_phrase() -> None:
    assert _fts('"quiet harbour" dawn') == '"quiet harbour" AND "dawn"'


def test_an_unclosed_quote_runs_to_the_end() -> None:
    assert _fts('dawn "quiet harbour') == '"dawn" AND "quiet harbour"'
    assert _fts('"') is None


def test_a_prefix() -> None:
    assert _fts("calm*") == '"calm"*'
    assert _fts('"quiet harb"*') == '"quiet harb"*'


def test_exclusion() -> None:
    assert _fts("tired -work") == '("tired") NOT "work"'
    assert _fts("tired -work -late*") == '("tired") NOT "work" NOT "late"*'
    assert _fts("-work") is None  # nothing left to look for
    assert _fts("well-being") == '"well being"'


def test_or_between_terms() -> None:
    assert _fts("cat OR dog") == '("cat") OR ("dog")'
    assert _fts("tabby cat OR dog -bark") == '(("tabby" AND "cat") OR ("dog")) NOT "bark"'
    assert _fts("OR cat OR") == '"cat"'
    assert _fts("cat or dog") == '"cat" AND "or" AND "dog"'  # only capitals mean OR
    assert _fts('cat "OR" dog') == '"cat" AND "OR" AND "dog"'


@pytest.mark.parametrize("text", ["", "   ", "!!!", "***", "--", '""', "()", "^", "_", "…—–"])
def test_only_punctuation_is_an_empty_query(text: str) -> None:
    query = parse_query(text)
    assert query.is_empty
    assert query.words == ()


def test_fts_syntax_is_quoted_away() -> None:
    # Words joined by punctuation stay together as a phrase, as in "well-being".
    assert _fts("NEAR(a b) AND title:x ^y {z}") == (
        '"NEAR a" AND "b" AND "AND" AND "title x" AND "y" AND "z"'
    )


def test_non_latin_words() -> None:
    assert parse_query("Привет 東京 café").words == ("Привет", "東京", "café")


def test_very_long_queries_are_cut() -> None:
    query = parse_query("word " * 2000)
    assert query.fts is not None
    assert len(query.words) == MAX_TERMS
    assert len(parse_query("x" * (MAX_QUERY_LENGTH + 50)).words[0]) == MAX_QUERY_LENGTH


@settings(
    max_examples=200,
    deadline=None,
    # One small journal per test function, shared by every example: searching does not change it.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=300))
def test_searching_any_text_never_raises(small_journal: Journal, text: str) -> None:
    hits = small_journal.search(text)
    assert len(hits) <= 3
    small_journal.search(text, order="relevance")


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet='"*-() ORNEAR^:_', max_size=6),
            st.sampled_from(["OR", "AND", "NOT", "NEAR", "-", "*", '"']),
            st.text(max_size=8),
        ),
        max_size=12,
    ).map(" ".join)
)
def test_every_parsed_query_is_valid_full_text_syntax(vault: Vault, text: str) -> None:
    # Journal.search swallows syntax errors as a last line of defence; here nothing may need it.
    fts = parse_query(text).fts
    if fts is not None:
        vault.connection.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (fts,)
        ).fetchone()


@pytest.fixture
def small_journal(journal: Journal) -> Journal:
    journal.add(Entry(title="Harbour", body="A quiet harbour at dawn; gulls.", tags=("sea",)))
    journal.add(Entry(body="Tired after work, but the walk helped. Café au lait."))
    journal.add(Entry(body='東京の朝。 Привет! well-being, 42 * 7 "quotes" (brackets)'))
    return journal
