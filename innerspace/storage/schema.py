"""The journal's tables, and forward migrations from every earlier version.

``MIGRATIONS[n]`` takes a database at version ``n`` to version ``n + 1``; the version lives in
``PRAGMA user_version``. Later features add tables (emotions, prompts, homework) in new
migrations; existing ones are never edited once released.
"""

from __future__ import annotations

import sqlcipher3

from innerspace.storage.emotion_schema import EMOTIONS_SCHEMA
from innerspace.storage.errors import VaultTooNew
from innerspace.storage.homework_schema import HOMEWORK_SCHEMA
from innerspace.storage.pattern_exercise_schema import PATTERN_EXERCISE_SCHEMA
from innerspace.storage.pattern_summary_schema import PATTERN_SUMMARIES_SCHEMA
from innerspace.storage.prompt_schema import PROMPTS_SCHEMA
from innerspace.storage.session_schema import SESSION_SCHEMA

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE entries (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,       -- stable across export/import
    -- Creation time in UTC microseconds, nudged by a microsecond when two collide. Full-text
    -- search uses it as its rowid, so "newest first" is a walk of the index, never a sort.
    sort_key       INTEGER NOT NULL UNIQUE,
    created_utc    INTEGER NOT NULL,           -- microseconds since the epoch, UTC
    created_offset INTEGER NOT NULL,           -- writer's UTC offset in seconds
    created_zone   TEXT,                       -- writer's IANA zone, when known
    updated_utc    INTEGER NOT NULL,
    updated_offset INTEGER NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL DEFAULT '',
    tags_text      TEXT NOT NULL DEFAULT '',   -- the entry's tags, for full-text search
    starred        INTEGER NOT NULL DEFAULT 0,
    kind           TEXT NOT NULL DEFAULT 'note',
    fields         TEXT                        -- JSON fields of structured kinds (exercises)
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tags_by_tag ON entry_tags(tag_id, entry_id);

CREATE TABLE drafts (
    slot      TEXT PRIMARY KEY,
    entry_id  INTEGER,
    title     TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL DEFAULT '',
    tags      TEXT NOT NULL DEFAULT '[]',
    saved_utc INTEGER NOT NULL
);

CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, tags_text,
    content='entries', content_rowid='sort_key',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts(rowid, title, body, tags_text)
    VALUES (new.sort_key, new.title, new.body, new.tags_text);
END;

CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, title, body, tags_text)
    VALUES ('delete', old.sort_key, old.title, old.body, old.tags_text);
END;

CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tags_text, sort_key ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, title, body, tags_text)
    VALUES ('delete', old.sort_key, old.title, old.body, old.tags_text);
    INSERT INTO entries_fts(rowid, title, body, tags_text)
    VALUES (new.sort_key, new.title, new.body, new.tags_text);
END;
"""

# What the editor holds beyond its text (feelings, the prompt being answered, the star), so
# that a lock or a crash brings all of it back.
_V4_DRAFT_EXTRA = "ALTER TABLE drafts ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';"

# Feeling words a person adds themselves, kept beside their entries and never in a plain file.
# Rows stay when no entry uses them: the word is the person's to pick again.
_V5_OWN_WORDS = """
CREATE TABLE own_emotions (
    id         TEXT PRIMARY KEY,                -- 'own/' and the word folded (core.emotions)
    word       TEXT NOT NULL,
    family     TEXT NOT NULL,
    valence    REAL NOT NULL CHECK (valence BETWEEN -1 AND 1),
    arousal    REAL NOT NULL CHECK (arousal BETWEEN 0 AND 1),
    meaning    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL                 -- the order they were added in
);
"""

# Moods other apps name in words ("ok but sleepy"): the label itself travels as the entry's
# tag ``mood/<label>``; this table says how each label felt, so a mapping made later fills in
# the mood of entries already imported. And where an imported entry came from, so that a newer
# export of the same record is recognised as an edit rather than a second entry.
_IMPORT_MEMORY = """
CREATE TABLE mood_label_levels (
    label TEXT PRIMARY KEY COLLATE NOCASE,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5)   -- 1 awful … 5 rad, as Daylio counts
);

CREATE TABLE import_origins (
    entry_id   INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    source     TEXT NOT NULL,        -- 'Daylio', 'jrnl', 'Day One', …
    record_key TEXT NOT NULL,        -- the record's identity there, whatever its content
    digest     TEXT NOT NULL         -- its content when imported
);
CREATE INDEX import_origins_by_record ON import_origins(source, record_key);
"""

# Pattern review reads every entry's time, and each kind of exercise, over a range of days:
# through these it never reads the entries' text (a second at 100,000 entries otherwise).
_PATTERN_INDEXES = """
CREATE INDEX entries_by_kind ON entries(kind, sort_key);
CREATE INDEX entries_by_time ON entries(sort_key, created_utc, created_offset);
"""

# What an imported entry held when it was stored (title, body, tags, date), so an import never
# changes an entry the person has edited here since; empty for entries imported before.
_IMPORTED_AS = """
ALTER TABLE import_origins ADD COLUMN stored_digest TEXT;
"""

# Photos and small files in entries, kept inside the encrypted database and never as files of
# their own. A row with no entry belongs to an entry still being written (a draft), so that a
# photo attached before a lock or a crash is there when the draft comes back.
_ATTACHMENTS = """
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,     -- what the entry's text points at: attachment:<uid>
    entry_id    INTEGER REFERENCES entries(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    created_utc INTEGER NOT NULL,
    data        BLOB NOT NULL,
    thumbnail   BLOB                      -- a small PNG for lists and previews, when an image
);
CREATE INDEX attachments_by_entry ON attachments(entry_id);
"""

# The title and instructions a homework pack last gave an assignment, so a newer pack changes
# them only where the person hasn't put them in their own words since.
_PACK_WORDS = "ALTER TABLE assignments ADD COLUMN pack_words TEXT;"

# When a photo or file began to wait for an entry (attached to one being written, or taken out
# of one's text), so that opening the journal lets go only of those that waited a long time and
# never of one another window holding the same journal has just attached. Set by triggers, so
# every way a row comes to wait records it.
_WAITING_SINCE = """
ALTER TABLE attachments ADD COLUMN waiting_since_utc INTEGER;
UPDATE attachments SET waiting_since_utc = 0 WHERE entry_id IS NULL;
CREATE TRIGGER attachments_wait_on_insert AFTER INSERT ON attachments
WHEN new.entry_id IS NULL BEGIN
    UPDATE attachments SET waiting_since_utc = CAST(strftime('%s', 'now') AS INTEGER) * 1000000
    WHERE id = new.id;
END;
CREATE TRIGGER attachments_wait_on_release AFTER UPDATE OF entry_id ON attachments
WHEN new.entry_id IS NULL AND old.entry_id IS NOT NULL BEGIN
    UPDATE attachments SET waiting_since_utc = CAST(strftime('%s', 'now') AS INTEGER) * 1000000
    WHERE id = new.id;
END;
"""

MIGRATIONS: tuple[str, ...] = (
    _V1,
    EMOTIONS_SCHEMA,
    PROMPTS_SCHEMA,
    _V4_DRAFT_EXTRA,
    _V5_OWN_WORDS,
    SESSION_SCHEMA,
    HOMEWORK_SCHEMA,
    _IMPORT_MEMORY,
    _PATTERN_INDEXES,
    PATTERN_SUMMARIES_SCHEMA,
    _IMPORTED_AS,
    _ATTACHMENTS,
    _PACK_WORDS,
    PATTERN_EXERCISE_SCHEMA,
    _WAITING_SINCE,
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database to ``target``, one transaction per step. Returns the final version."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise VaultTooNew(
            "This journal was saved by a newer version of InnerSpace. "
            "Please update the app to open it; nothing has been changed."
        )
    for version in range(current, target):
        script = (
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\n"
            f"PRAGMA user_version = {version + 1};\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
