"""Pattern review's tallies, counted by the database: grouped by day, feeling, family, weekday
and hour, never read entry by entry.

The entries of some days (with their local day and hour) and what each one felt are gathered
into temporary tables, kept in memory (``temp_store = MEMORY``) and dropped at the end. From
them ``refresh`` counts each day's summaries, kept in the journal (``pattern_summary_schema``),
for the days changed since it last ran; a review then adds up the summaries of its range, whole
four-week blocks at once. The entries behind a figure are looked up in the gathered tables of
just their range. The arithmetic that turns counts into figures is ``innerspace.core.patterns``'s
own, so the figures are those of ``build_review`` on the same entries (floating-point sums may
differ in their last digit, being added in another order).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlcipher3

from innerspace.core.emotions import FELT_PHASES, MAX_MOOD, MIN_MOOD, ContextTag, EmotionVocabulary
from innerspace.core.entries import to_utc_micros
from innerspace.core.patterns import (
    TIMES_OF_DAY,
    ContextTally,
    DayTally,
    FeelingTally,
    ReviewTally,
    previous_period,
)
from innerspace.storage.pattern_summary_schema import BLOCK_DAYS, SUMMARIES, Summary
from innerspace.storage.vault import write_transaction

_DAY = 86_400_000_000
_HOUR = 3_600_000_000
_EPOCH = date(1970, 1, 1).toordinal()
# read_moment shows a moment only inside the years 1 to 9999 and with an offset under a day.
_FIRST_UTC = to_utc_micros(datetime.min.replace(tzinfo=UTC))
_LAST_UTC = to_utc_micros(datetime.max.replace(tzinfo=UTC))
_WIDEST_OFFSET = 86_400
_PART_OF_HOUR = {hour: name for name, start, end in TIMES_OF_DAY for hour in range(start, end)}

# The writer's local day (days since 1970-01-01, negative before) and hour; SQLite's % keeps
# the sign of the dividend, so the remainder is made positive first.
_GATHER = f"""
INSERT INTO temp.pattern_entries (id, sort_key, day, hour, rating)
SELECT e.id, e.sort_key, (e.here - e.into_day) / {_DAY}, e.into_day / {_HOUR}, m.rating
FROM (
    SELECT id, sort_key, here, ((here % {_DAY}) + {_DAY}) % {_DAY} AS into_day FROM (
        SELECT id, sort_key, created_utc + created_offset * 1000000 AS here FROM entries
        WHERE sort_key >= :from_key AND sort_key < :to_key
          AND created_utc BETWEEN {_FIRST_UTC} AND {_LAST_UTC}
          AND created_offset > -{_WIDEST_OFFSET} AND created_offset < {_WIDEST_OFFSET}
    )
) AS e
LEFT JOIN entry_moods m ON m.entry_id = e.id
WHERE (e.here - e.into_day) / {_DAY} BETWEEN :first AND :last
"""

# Each feeling an entry says was felt, at its strongest; then each family, at its strongest
# word. Upserts in the entries' order: grouping would sort every row first.
_FELT = """
INSERT INTO temp.pattern_felt (entry_id, emotion_id, day, intensity)
SELECT ee.entry_id, ee.emotion_id, p.day, ee.intensity
FROM temp.pattern_entries AS p NOT INDEXED CROSS JOIN entry_emotions ee ON ee.entry_id = p.id
WHERE ee.phase IN ({phases})
ON CONFLICT (entry_id, emotion_id) DO UPDATE SET intensity = max(intensity, excluded.intensity)
"""
_FAMILIES = """
INSERT INTO temp.pattern_families (family, entry_id, day, strongest)
SELECT w.family, f.entry_id, f.day, f.intensity
FROM temp.pattern_felt f JOIN temp.pattern_words w ON w.emotion_id = f.emotion_id
WHERE true
ON CONFLICT (family, entry_id) DO UPDATE SET strongest = max(strongest, excluded.strongest)
"""
# The same feelings by word, and the entries that name a feeling of a known family: keyed so
# that counting them by word, by family or by entry reads them in order (SQLite groups by
# sorting, which at 100,000 entries cost more than gathering them).
_BY_WORD = """
INSERT INTO temp.pattern_by_word (emotion_id, entry_id, day, intensity)
SELECT emotion_id, entry_id, day, intensity FROM temp.pattern_felt
"""
_NAMED = """
INSERT OR IGNORE INTO temp.pattern_named (entry_id, day)
SELECT f.entry_id, f.day
FROM temp.pattern_felt f JOIN temp.pattern_words w ON w.emotion_id = f.emotion_id
"""

_TABLES = (
    "CREATE TEMP TABLE pattern_entries ("
    " id INTEGER PRIMARY KEY, sort_key INTEGER NOT NULL, day INTEGER NOT NULL,"
    " hour INTEGER NOT NULL, rating INTEGER)",
    "CREATE INDEX temp.pattern_entries_by_day ON pattern_entries(day)",
    "CREATE TEMP TABLE pattern_felt (entry_id INTEGER, emotion_id TEXT, day INTEGER,"
    " intensity INTEGER, PRIMARY KEY (entry_id, emotion_id)) WITHOUT ROWID",
    "CREATE TEMP TABLE pattern_words (emotion_id TEXT PRIMARY KEY, family TEXT, valence REAL)"
    " WITHOUT ROWID",
    "CREATE TEMP TABLE pattern_families (family TEXT, entry_id INTEGER, day INTEGER,"
    " strongest INTEGER, PRIMARY KEY (family, entry_id)) WITHOUT ROWID",
    "CREATE TEMP TABLE pattern_by_word (emotion_id TEXT, entry_id INTEGER, day INTEGER,"
    " intensity INTEGER, PRIMARY KEY (emotion_id, entry_id)) WITHOUT ROWID",
    "CREATE TEMP TABLE pattern_named (entry_id INTEGER PRIMARY KEY, day INTEGER NOT NULL)",
)
_DROP = tuple(
    f"DROP TABLE IF EXISTS temp.{name}"
    for name in (
        "pattern_entries",
        "pattern_felt",
        "pattern_words",
        "pattern_families",
        "pattern_by_word",
        "pattern_named",
    )
)


def day_number(day: date) -> int:
    return day.toordinal() - _EPOCH


def from_day_number(number: int) -> date:
    return date.fromordinal(number + _EPOCH)


@contextmanager
def gathered(
    conn: sqlcipher3.Connection, first: date, last: date, vocabulary: EmotionVocabulary
) -> Iterator[None]:
    """The entries written on ``first`` .. ``last`` (writer's local days) and what they felt,
    in temporary tables for the tallies below."""
    # One statement at a time: executescript would commit a transaction the caller holds.
    for statement in (*_DROP, *_TABLES):
        conn.execute(statement)
    try:
        conn.executemany(
            "INSERT OR IGNORE INTO temp.pattern_words VALUES (?, ?, ?)",
            [(e.id, e.family, e.valence) for e in vocabulary.emotions],
        )
        window = (
            _utc_micros(first, -timedelta(days=1)),
            _utc_micros(last, timedelta(days=2)),
        )
        conn.execute(
            _GATHER,
            {
                "from_key": window[0],
                "to_key": window[1],
                "first": day_number(first),
                "last": day_number(last),
            },
        )
        phases = sorted(FELT_PHASES)
        conn.execute(_FELT.format(phases=",".join("?" * len(phases))), phases)
        for statement in (_FAMILIES, _BY_WORD, _NAMED):
            conn.execute(statement)
        yield
    finally:
        for statement in _DROP:
            conn.execute(statement)


# -- the day summaries ---------------------------------------------------------------------------

# Each summary counted from the gathered tables, for the days ``{only}`` allows.
_SUMMARISE = (
    """
INSERT INTO pattern_days (day, entries, rating_sum, ratings, named)
SELECT e.day, e.entries, e.rating_sum, e.ratings, coalesce(n.named, 0)
FROM (
    SELECT day, count(*) AS entries, coalesce(sum(rating), 0) AS rating_sum,
           count(rating) AS ratings
    FROM temp.pattern_entries WHERE {only} GROUP BY day
) AS e
LEFT JOIN (SELECT day, count(*) AS named FROM temp.pattern_named GROUP BY day) AS n
    ON n.day = e.day
""",
    """
INSERT INTO pattern_day_words (emotion_id, day, entries, intensity)
SELECT emotion_id, day, count(*), sum(intensity) FROM temp.pattern_by_word WHERE {only}
GROUP BY emotion_id, day
""",
    """
INSERT INTO pattern_day_families (family, day, entries, strongest)
SELECT family, day, count(*), sum(strongest) FROM temp.pattern_families WHERE {only}
GROUP BY family, day
""",
    # An entry's mood: its rating, or the valence of its feelings weighted by intensity (as
    # ``entry_mood``).
    """
INSERT INTO pattern_day_hours (day, hour, entries, mood_sum, moods)
SELECT day, hour, count(*), coalesce(sum(mood), 0.0), count(mood)
FROM (SELECT p.day, p.hour, CASE WHEN p.rating IS NOT NULL THEN p.rating * 1.0 ELSE (
    SELECT :low + (sum(w.valence * f.intensity) / sum(f.intensity) + 1.0) / 2.0 * :span
    FROM temp.pattern_felt f JOIN temp.pattern_words w ON w.emotion_id = f.emotion_id
    WHERE f.entry_id = p.id AND f.intensity > 0
) END AS mood FROM temp.pattern_entries p WHERE {only})
GROUP BY day, hour
""",
    """
INSERT INTO pattern_day_contexts (tag_id, day, named)
SELECT ec.tag_id, n.day, count(*)
FROM temp.pattern_named n CROSS JOIN entry_contexts ec ON ec.entry_id = n.entry_id
WHERE {only} GROUP BY ec.tag_id, n.day
""",
    """
INSERT INTO pattern_day_context_families (tag_id, family, day, entries)
SELECT ec.tag_id, f.family, f.day, count(*)
FROM temp.pattern_families f CROSS JOIN entry_contexts ec ON ec.entry_id = f.entry_id
WHERE {only} GROUP BY ec.tag_id, f.family, f.day
""",
)
_DAY_SUMS, _WORD_SUMS, _FAMILY_SUMS, _HOUR_SUMS, _CONTEXT_SUMS, _CONTEXT_FAMILY_SUMS = SUMMARIES
_DIRTY = "day IN (SELECT day FROM main.pattern_dirty_days)"
# Dirty days further apart than this are gathered separately; past so many runs, all at once.
_RUN_GAP = 7
_MOST_RUNS = 64


def refresh(conn: sqlcipher3.Connection, vocabulary: EmotionVocabulary) -> None:
    """Count again the days changed since the summaries were last brought up to date (every
    day, the first time or when the vocabulary differs), in one transaction."""
    digest = _digest(vocabulary)
    counted_with = conn.execute("SELECT vocabulary FROM pattern_summary_state").fetchone()[0]
    everything = counted_with != digest
    if (
        not everything
        and conn.execute("SELECT 1 FROM pattern_dirty_days LIMIT 1").fetchone() is None
    ):
        return
    with write_transaction(conn):
        if everything:
            for summary in SUMMARIES:
                conn.execute(f"DELETE FROM {summary.day_table}")
            with gathered(conn, date.min, date.max, vocabulary):
                _summarise(conn, "true")
            for summary in SUMMARIES:
                _add_up_blocks(conn, summary, None)
            conn.execute("UPDATE pattern_summary_state SET vocabulary = ?", (digest,))
        else:
            days = [
                int(r[0]) for r in conn.execute("SELECT day FROM pattern_dirty_days ORDER BY day")
            ]
            for summary in SUMMARIES:
                conn.execute(f"DELETE FROM {summary.day_table} WHERE {_DIRTY}")
            for first, last in _runs(days):
                with gathered(conn, first, last, vocabulary):
                    _summarise(conn, _DIRTY)
            blocks = sorted({day // BLOCK_DAYS for day in days})
            for summary in SUMMARIES:
                _add_up_blocks(conn, summary, blocks)
        conn.execute("DELETE FROM pattern_dirty_days")


def _add_up_blocks(conn: sqlcipher3.Connection, summary: Summary, blocks: list[int] | None) -> None:
    """Sum the day summary into its blocks: ``blocks``, or all of them."""
    columns = ", ".join([*(c for c, _e in summary.keys), "block", *summary.sums])
    block = f"(day - (((day % {BLOCK_DAYS}) + {BLOCK_DAYS}) % {BLOCK_DAYS})) / {BLOCK_DAYS}"
    grouped = ", ".join([*(e for _c, e in summary.keys), block])
    insert = (
        f"INSERT INTO {summary.block_table} ({columns}) "
        f"SELECT {grouped}, {', '.join(f'sum({s})' for s in summary.sums)} "
        f"FROM {summary.day_table} WHERE {{where}} GROUP BY {grouped}"
    )
    if blocks is None:
        conn.execute(f"DELETE FROM {summary.block_table}")
        conn.execute(insert.format(where="true"))
        return
    for number in blocks:
        conn.execute(f"DELETE FROM {summary.block_table} WHERE block = ?", (number,))
        conn.execute(
            insert.format(where="day BETWEEN ? AND ?"),
            (number * BLOCK_DAYS, number * BLOCK_DAYS + BLOCK_DAYS - 1),
        )


def _sums(
    conn: sqlcipher3.Connection, summary: Summary, first: date, last: date
) -> list[tuple[Any, ...]]:
    """``summary`` added up over ``first`` .. ``last``: whole blocks from the block table, the
    days at either end from the day table; one row per key (one row in all without keys)."""
    low, high = day_number(first), day_number(last)
    first_block, last_block = -(-low // BLOCK_DAYS), (high + 1) // BLOCK_DAYS - 1
    if first_block <= last_block:
        days = [(low, first_block * BLOCK_DAYS - 1), ((last_block + 1) * BLOCK_DAYS, high)]
        blocks = [(first_block, last_block)]
    else:
        days, blocks = [(low, high)], []
    columns = [column for column, _expression in summary.keys]
    from_days = ", ".join([*(f"{e} AS {c}" for c, e in summary.keys), *summary.sums])
    from_blocks = ", ".join([*columns, *summary.sums])
    parts, params = [], []
    for start, end in days:
        if start <= end:
            parts.append(f"SELECT {from_days} FROM {summary.day_table} WHERE day BETWEEN ? AND ?")
            params += [start, end]
    for start, end in blocks:
        parts.append(f"SELECT {from_blocks} FROM {summary.block_table} WHERE block BETWEEN ? AND ?")
        params += [start, end]
    if not parts:
        return [] if columns else [tuple(0 for _ in summary.sums)]
    totals = ", ".join(f"coalesce(sum({s}), 0)" for s in summary.sums)
    grouped = f" GROUP BY {', '.join(columns)}" if columns else ""
    select = ", ".join([*columns, totals])
    rows: list[tuple[Any, ...]] = conn.execute(
        f"SELECT {select} FROM ({' UNION ALL '.join(parts)}){grouped}", params
    ).fetchall()
    return rows


def _summarise(conn: sqlcipher3.Connection, only: str) -> None:
    bounds = {"low": float(MIN_MOOD), "span": float(MAX_MOOD - MIN_MOOD)}
    for statement in _SUMMARISE:
        conn.execute(statement.format(only=only), bounds if ":low" in statement else {})


def _runs(days: list[int]) -> list[tuple[date, date]]:
    """The dirty days (sorted) as ranges of the calendar to gather."""
    lowest, highest = day_number(date.min), day_number(date.max)
    days = [min(max(day, lowest), highest) for day in days]
    runs: list[list[int]] = []
    for day in days:
        if runs and day - runs[-1][1] <= _RUN_GAP:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    if len(runs) > _MOST_RUNS:
        runs = [[days[0], days[-1]]]
    return [(from_day_number(first), from_day_number(last)) for first, last in runs]


def _digest(vocabulary: EmotionVocabulary) -> str:
    words = repr([(e.id, e.family, e.valence) for e in vocabulary.emotions])
    return hashlib.sha256(words.encode()).hexdigest()


# -- the tallies, read from the summaries ---------------------------------------------------------


def day_tallies(
    conn: sqlcipher3.Connection, vocabulary: EmotionVocabulary, first: date, last: date
) -> dict[date, DayTally]:
    """Each day's entries and ratings; for a day without ratings, its feelings."""
    days = (day_number(first), day_number(last))
    counted = conn.execute(
        "SELECT day, entries, rating_sum, ratings FROM pattern_days "
        "WHERE day BETWEEN ? AND ? ORDER BY day",
        days,
    ).fetchall()
    felt: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for day, emotion_id, intensity in conn.execute(
        "SELECT w.day, w.emotion_id, w.intensity FROM pattern_days d "
        "CROSS JOIN pattern_day_words w INDEXED BY pattern_day_words_by_day ON w.day = d.day "
        "WHERE d.day BETWEEN ? AND ? AND d.ratings = 0 AND w.intensity > 0 "
        "ORDER BY w.day, w.emotion_id",
        days,
    ):
        felt[day].append((emotion_id, intensity))
    tallies: dict[date, DayTally] = {}
    for day, entries, rating_sum, ratings in counted:
        total = weight = 0.0
        for emotion_id, intensity in felt.get(day, ()):
            emotion = vocabulary.find(emotion_id)
            if emotion is not None:
                total += emotion.valence * intensity
                weight += intensity
        tallies[from_day_number(day)] = DayTally(entries, rating_sum, ratings, total, weight)
    return tallies


def feeling_tally(conn: sqlcipher3.Connection, first: date, last: date) -> FeelingTally:
    entries = _sums(conn, _DAY_SUMS, first, last)[0][0]
    words = {
        emotion_id: (count, total)
        for emotion_id, count, total in _sums(conn, _WORD_SUMS, first, last)
    }
    families = {
        family: (count, total) for family, count, total in _sums(conn, _FAMILY_SUMS, first, last)
    }
    return FeelingTally(int(entries), words, families)


def cell_tally(
    conn: sqlcipher3.Connection, first: date, last: date
) -> dict[tuple[int, str], tuple[int, float, int]]:
    """Entries by weekday and part of the day, with the sum of their moods (a rating, or the
    valence of the entry's feelings weighted by intensity, as ``entry_mood``)."""
    cells: dict[tuple[int, str], tuple[int, float, int]] = {}
    for weekday, hour, entries, total, moods in _sums(conn, _HOUR_SUMS, first, last):
        key = (int(weekday), _PART_OF_HOUR[int(hour)])
        had, had_total, had_moods = cells.get(key, (0, 0.0, 0))
        cells[key] = (had + entries, had_total + total, had_moods + moods)
    return cells


def context_tally(
    conn: sqlcipher3.Connection, first: date, last: date, families: FeelingTally
) -> ContextTally:
    """Among entries naming a feeling of a known family: per family (``families``, the same
    period's tally), per context, and both."""
    overall = _sums(conn, _DAY_SUMS, first, last)[0][3]
    tagged = dict(_sums(conn, _CONTEXT_SUMS, first, last))
    tagged_families: dict[int, dict[str, int]] = defaultdict(dict)
    for tag_id, family, count in _sums(conn, _CONTEXT_FAMILY_SUMS, first, last):
        tagged_families[tag_id][family] = count
    contexts: dict[int, ContextTag] = {}
    if tagged:
        marks = ",".join("?" * len(tagged))
        for tag_id, kind, name in conn.execute(
            f"SELECT id, kind, name FROM context_tags WHERE id IN ({marks})", list(tagged)
        ):
            contexts[tag_id] = ContextTag(tag_id, kind, name)
    overall_families = {family: count for family, (count, _sum) in families.families.items()}
    return ContextTally(int(overall), overall_families, tagged, tagged_families, contexts)


def review_tally(
    conn: sqlcipher3.Connection,
    first: date,
    last: date,
    needed_from: date,
    vocabulary: EmotionVocabulary,
) -> tuple[ReviewTally, dict[date, DayTally]]:
    """The review's tallies for ``first`` .. ``last``, and every day's from ``needed_from``
    (which must reach back to ``records_needed_from(first, last)``)."""
    refresh(conn, vocabulary)
    days = day_tallies(conn, vocabulary, needed_from, last)
    try:
        previous_first, previous_last = previous_period(first, last)
    except OverflowError:
        previous = FeelingTally()
    else:
        previous = feeling_tally(conn, max(previous_first, needed_from), previous_last)
    current = feeling_tally(conn, first, last)
    tally = ReviewTally(
        days=days,
        current=current,
        previous=previous,
        cells=cell_tally(conn, first, last),
        contexts=context_tally(conn, first, last, current),
    )
    return tally, days


def _utc_micros(day: date, shift: timedelta) -> int:
    try:
        return to_utc_micros(datetime.combine(day, datetime.min.time(), tzinfo=UTC) + shift)
    except OverflowError:
        # At the ends of the calendar there is nothing further to include.
        return -(2**63) if shift < timedelta(0) else 2**63 - 1
