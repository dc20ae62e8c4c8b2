"""Homework between sessions: assignments, and which entries were written for which.

An assignment says what it asks for as text (``asks_for`` and ``reference``: a prompt id, an
exercise kind, a check-in kind), so kinds added later are linked without a new column. Deleting
an entry removes its links and never the assignment; progress is counted from the links.
"""

HOMEWORK_SCHEMA = """
CREATE TABLE assignments (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,            -- stable across export/import
    title        TEXT NOT NULL,
    instructions TEXT NOT NULL DEFAULT '',
    asks_for     TEXT NOT NULL,                   -- 'prompt', 'exercise', 'writing', 'checkin'
    reference    TEXT NOT NULL DEFAULT '',
    target_kind  TEXT NOT NULL,                   -- 'weekly', 'daily', 'once'
    target_times INTEGER NOT NULL DEFAULT 1,
    starts_on    TEXT,                            -- the person's local date, YYYY-MM-DD
    due_on       TEXT,
    status       TEXT NOT NULL DEFAULT 'active',  -- 'active', 'done', 'set-aside'
    notes        TEXT NOT NULL DEFAULT '',
    pack_id      TEXT,                            -- the homework pack it came from, if any
    pack_item    TEXT,                            -- its id inside that pack
    created_utc  INTEGER NOT NULL,
    updated_utc  INTEGER NOT NULL
);
CREATE UNIQUE INDEX assignments_by_pack_item ON assignments(pack_id, pack_item)
    WHERE pack_id IS NOT NULL;

CREATE TABLE entry_assignments (
    entry_id      INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, assignment_id)
) WITHOUT ROWID;
CREATE INDEX entry_assignments_by_assignment ON entry_assignments(assignment_id, entry_id);
"""
