"""Pattern review's day summaries: what each day's entries felt, counted once and kept.

Every change to an entry's time, feelings, mood rating or context tags marks the writer's local
day of that entry (before and after the change) in ``pattern_dirty_days``, in the transaction
of the change itself, by the triggers below. ``pattern_summaries.refresh`` counts those days
again before Patterns reads the summaries, so a change costs what its days cost, never the whole
journal. The families and moods of feelings come from the vocabulary, which lives outside the
database: ``pattern_summary_state`` records which vocabulary the summaries were counted with
(none yet after this migration, so the first review counts every day once).

Only counts and sums are kept, never any text.
"""

from __future__ import annotations

from dataclasses import dataclass

# The writer's local day of entry ``row`` (days since 1970-01-01), as ``pattern_tallies``
# counts it; SQLite's % keeps the sign of the dividend, so the remainder is made positive first.
_HERE = "({row}.created_utc + {row}.created_offset * 1000000)"
_DAY = 86_400_000_000
_DAY_OF = f"(({_HERE} - ((({_HERE} % {_DAY}) + {_DAY}) % {_DAY})) / {_DAY})"


def _mark(row: str, entry_id: str | None = None) -> str:
    if entry_id is None:
        return f"INSERT OR IGNORE INTO pattern_dirty_days (day) VALUES ({_DAY_OF.format(row=row)});"
    # A row deleted with its entry finds no entry here; the entry's own trigger marked its day.
    return (
        "INSERT OR IGNORE INTO pattern_dirty_days (day) "
        f"SELECT {_DAY_OF.format(row='e')} FROM entries e WHERE e.id = {entry_id};"
    )


def _triggers() -> str:
    parts = [
        f"CREATE TRIGGER pattern_entry_added AFTER INSERT ON entries BEGIN {_mark('new')} END;",
        f"CREATE TRIGGER pattern_entry_removed AFTER DELETE ON entries BEGIN {_mark('old')} END;",
        "CREATE TRIGGER pattern_entry_moved AFTER UPDATE OF created_utc, created_offset ON entries "
        "WHEN old.created_utc IS NOT new.created_utc "
        "OR old.created_offset IS NOT new.created_offset "
        f"BEGIN {_mark('old')} {_mark('new')} END;",
    ]
    for table in ("entry_emotions", "entry_moods", "entry_contexts"):
        parts += [
            f"CREATE TRIGGER pattern_{table}_added AFTER INSERT ON {table} "
            f"BEGIN {_mark('new', 'new.entry_id')} END;",
            f"CREATE TRIGGER pattern_{table}_removed AFTER DELETE ON {table} "
            f"BEGIN {_mark('old', 'old.entry_id')} END;",
            f"CREATE TRIGGER pattern_{table}_changed AFTER UPDATE ON {table} "
            f"BEGIN {_mark('old', 'old.entry_id')} {_mark('new', 'new.entry_id')} END;",
        ]
    return "\n".join(parts)


PATTERN_SUMMARIES_SCHEMA = f"""
CREATE TABLE pattern_dirty_days (day INTEGER PRIMARY KEY);
CREATE TABLE pattern_summary_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    vocabulary TEXT                      -- a digest of the words counted with; NULL: none yet
);
INSERT INTO pattern_summary_state (id, vocabulary) VALUES (1, NULL);
-- Entries, ratings, and entries naming a feeling of a known family, per day.
CREATE TABLE pattern_days (
    day INTEGER PRIMARY KEY, entries INTEGER NOT NULL, rating_sum INTEGER NOT NULL,
    ratings INTEGER NOT NULL, named INTEGER NOT NULL
);
-- Keyed by what a review groups by, then the day, so a range is read in order.
CREATE TABLE pattern_day_words (
    emotion_id TEXT NOT NULL, day INTEGER NOT NULL, entries INTEGER NOT NULL,
    intensity INTEGER NOT NULL, PRIMARY KEY (emotion_id, day)
) WITHOUT ROWID;
CREATE INDEX pattern_day_words_by_day ON pattern_day_words(day);
CREATE TABLE pattern_day_families (
    family TEXT NOT NULL, day INTEGER NOT NULL, entries INTEGER NOT NULL,
    strongest INTEGER NOT NULL, PRIMARY KEY (family, day)
) WITHOUT ROWID;
CREATE INDEX pattern_day_families_by_day ON pattern_day_families(day);
CREATE TABLE pattern_day_hours (
    day INTEGER NOT NULL, hour INTEGER NOT NULL, entries INTEGER NOT NULL,
    mood_sum REAL NOT NULL, moods INTEGER NOT NULL, PRIMARY KEY (day, hour)
) WITHOUT ROWID;
CREATE TABLE pattern_day_contexts (
    tag_id INTEGER NOT NULL, day INTEGER NOT NULL, named INTEGER NOT NULL,
    PRIMARY KEY (tag_id, day)
) WITHOUT ROWID;
CREATE INDEX pattern_day_contexts_by_day ON pattern_day_contexts(day);
CREATE TABLE pattern_day_context_families (
    tag_id INTEGER NOT NULL, family TEXT NOT NULL, day INTEGER NOT NULL,
    entries INTEGER NOT NULL, PRIMARY KEY (tag_id, family, day)
) WITHOUT ROWID;
CREATE INDEX pattern_day_context_families_by_day ON pattern_day_context_families(day);
-- The same sums over blocks of 28 days (block = day // 28), so that a long range reads a few
-- rows per block and only the days at its ends one by one.
CREATE TABLE pattern_block_days (
    block INTEGER PRIMARY KEY, entries INTEGER NOT NULL, rating_sum INTEGER NOT NULL,
    ratings INTEGER NOT NULL, named INTEGER NOT NULL
);
CREATE TABLE pattern_block_words (
    emotion_id TEXT NOT NULL, block INTEGER NOT NULL, entries INTEGER NOT NULL,
    intensity INTEGER NOT NULL, PRIMARY KEY (emotion_id, block)
) WITHOUT ROWID;
CREATE TABLE pattern_block_families (
    family TEXT NOT NULL, block INTEGER NOT NULL, entries INTEGER NOT NULL,
    strongest INTEGER NOT NULL, PRIMARY KEY (family, block)
) WITHOUT ROWID;
CREATE TABLE pattern_block_hours (
    weekday INTEGER NOT NULL, hour INTEGER NOT NULL, block INTEGER NOT NULL,
    entries INTEGER NOT NULL, mood_sum REAL NOT NULL, moods INTEGER NOT NULL,
    PRIMARY KEY (weekday, hour, block)
) WITHOUT ROWID;
CREATE TABLE pattern_block_contexts (
    tag_id INTEGER NOT NULL, block INTEGER NOT NULL, named INTEGER NOT NULL,
    PRIMARY KEY (tag_id, block)
) WITHOUT ROWID;
CREATE TABLE pattern_block_context_families (
    tag_id INTEGER NOT NULL, family TEXT NOT NULL, block INTEGER NOT NULL,
    entries INTEGER NOT NULL, PRIMARY KEY (tag_id, family, block)
) WITHOUT ROWID;
{_triggers()}
"""

BLOCK_DAYS = 28


@dataclass(frozen=True)
class Summary:
    """A day summary and its block summary: what a range groups by (as read from the day
    table), and what it adds up."""

    day_table: str
    block_table: str
    keys: tuple[tuple[str, str], ...]  # (column in the block table, expression over a day row)
    sums: tuple[str, ...]


SUMMARIES = (
    Summary(
        "pattern_days", "pattern_block_days", (), ("entries", "rating_sum", "ratings", "named")
    ),
    Summary(
        "pattern_day_words",
        "pattern_block_words",
        (("emotion_id", "emotion_id"),),
        ("entries", "intensity"),
    ),
    Summary(
        "pattern_day_families",
        "pattern_block_families",
        (("family", "family"),),
        ("entries", "strongest"),
    ),
    # 1970-01-01 was a Thursday: day 0 is weekday 3 (Monday = 0).
    Summary(
        "pattern_day_hours",
        "pattern_block_hours",
        (("weekday", "((day % 7) + 10) % 7"), ("hour", "hour")),
        ("entries", "mood_sum", "moods"),
    ),
    Summary("pattern_day_contexts", "pattern_block_contexts", (("tag_id", "tag_id"),), ("named",)),
    Summary(
        "pattern_day_context_families",
        "pattern_block_context_families",
        (("tag_id", "tag_id"), ("family", "family")),
        ("entries",),
    ),
)
