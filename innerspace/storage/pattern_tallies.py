"""Pattern review's tallies, counted by the database: grouped by day, feeling, family, weekday
and hour, never read entry by entry.

The entries of the days asked for (with their local day and hour) and what each one felt are
gathered once into two temporary tables, kept in memory (``temp_store = MEMORY``) and dropped
at the end; every figure is then a grouped query over them. The arithmetic that turns counts
into figures is ``innerspace.core.patterns``'s own, so the figures are those of ``build_review``
on the same entries (floating-point sums may differ in their last digit, being added in another
order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

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


def day_tallies(conn: sqlcipher3.Connection, vocabulary: EmotionVocabulary) -> dict[date, DayTally]:
    """Each gathered day's entries and ratings; for a day without ratings, its feelings."""
    counted = conn.execute(
        "SELECT day, count(*), coalesce(sum(rating), 0), count(rating) "
        "FROM temp.pattern_entries GROUP BY day"
    ).fetchall()
    felt: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for day, emotion_id, intensity in conn.execute(
        "SELECT day, emotion_id, sum(intensity) FROM temp.pattern_felt "
        "WHERE intensity > 0 AND day IN "
        "(SELECT day FROM temp.pattern_entries GROUP BY day HAVING count(rating) = 0) "
        "GROUP BY day, emotion_id ORDER BY day, emotion_id"
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
    days = (day_number(first), day_number(last))
    entries = conn.execute(
        "SELECT count(*) FROM temp.pattern_entries WHERE day BETWEEN ? AND ?", days
    ).fetchone()[0]
    words = {
        emotion_id: (count, total)
        for emotion_id, count, total in conn.execute(
            "SELECT emotion_id, count(*), sum(intensity) FROM temp.pattern_by_word "
            "WHERE day BETWEEN ? AND ? GROUP BY emotion_id",
            days,
        )
    }
    families = {
        family: (count, total)
        for family, count, total in conn.execute(
            "SELECT family, count(*), sum(strongest) FROM temp.pattern_families "
            "WHERE day BETWEEN ? AND ? GROUP BY family",
            days,
        )
    }
    return FeelingTally(int(entries), words, families)


def cell_tally(
    conn: sqlcipher3.Connection, first: date, last: date
) -> dict[tuple[int, str], tuple[int, float, int]]:
    """Entries by weekday and part of the day, with the sum of their moods (a rating, or the
    valence of the entry's feelings weighted by intensity, as ``entry_mood``)."""
    cells: dict[tuple[int, str], tuple[int, float, int]] = {}
    for weekday, hour, entries, total, moods in conn.execute(
        "SELECT ((day % 7) + 10) % 7, hour, count(*), coalesce(sum(mood), 0.0), count(mood) "
        "FROM (SELECT p.day, p.hour, CASE WHEN p.rating IS NOT NULL THEN p.rating * 1.0 ELSE ("
        "  SELECT :low + (sum(w.valence * f.intensity) / sum(f.intensity) + 1.0) / 2.0 * :span"
        "  FROM temp.pattern_felt f JOIN temp.pattern_words w ON w.emotion_id = f.emotion_id"
        "  WHERE f.entry_id = p.id AND f.intensity > 0"
        " ) END AS mood FROM temp.pattern_entries p WHERE p.day BETWEEN :first AND :last) "
        "GROUP BY 1, 2",
        {
            "low": float(MIN_MOOD),
            "span": float(MAX_MOOD - MIN_MOOD),
            "first": day_number(first),
            "last": day_number(last),
        },
    ):
        key = (int(weekday), _PART_OF_HOUR[int(hour)])
        had, had_total, had_moods = cells.get(key, (0, 0.0, 0))
        cells[key] = (had + entries, had_total + total, had_moods + moods)
    return cells


def context_tally(
    conn: sqlcipher3.Connection, first: date, last: date, families: FeelingTally
) -> ContextTally:
    """Among entries naming a feeling of a known family: per family (``families``, the same
    period's tally), per context, and both."""
    days = (day_number(first), day_number(last))
    named = "SELECT entry_id FROM temp.pattern_named WHERE day BETWEEN ? AND ?"
    overall = conn.execute(f"SELECT count(*) FROM ({named})", days).fetchone()[0]
    tagged = dict(
        conn.execute(
            f"SELECT ec.tag_id, count(*) FROM ({named}) AS n "
            "CROSS JOIN entry_contexts ec ON ec.entry_id = n.entry_id GROUP BY ec.tag_id",
            days,
        )
    )
    tagged_families: dict[int, dict[str, int]] = defaultdict(dict)
    for tag_id, family, count in conn.execute(
        "SELECT ec.tag_id, f.family, count(*) FROM temp.pattern_families f "
        "CROSS JOIN entry_contexts ec ON ec.entry_id = f.entry_id WHERE f.day BETWEEN ? AND ? "
        "GROUP BY f.family, ec.tag_id",
        days,
    ):
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
    with gathered(conn, needed_from, last, vocabulary):
        days = day_tallies(conn, vocabulary)
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
