"""The tables of preparing for a session: entries marked to bring, the things a person wants to
talk about, and their session dates.

New tables only; ``entries`` is untouched, so marking an entry never rewrites its row, its
search index or its "last changed" time.
"""

SESSION_SCHEMA = """
CREATE TABLE session_marks (
    entry_id   INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    marked_utc INTEGER NOT NULL                -- microseconds since the epoch, UTC
);

CREATE TABLE talk_items (
    id        INTEGER PRIMARY KEY,
    text      TEXT NOT NULL,
    done      INTEGER NOT NULL DEFAULT 0,
    position  INTEGER NOT NULL,                -- the person's own order
    added_utc INTEGER NOT NULL
);

-- Session days the person set, as ISO dates in their own calendar. A weekly rhythm lives in
-- meta ('session.weekday', 'session.rhythm_from') and adds its days when read.
CREATE TABLE session_days (
    day TEXT PRIMARY KEY
) WITHOUT ROWID;
"""
