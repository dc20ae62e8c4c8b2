"""Schema version 2: the feelings named on entries, mood ratings and context tags.

New tables only; ``entries`` is untouched. Every row hangs off an entry and goes with it.
Pattern review reads a date range of entries through ``entries.sort_key`` and then each table
by its primary key, whose first column is the entry, so no further index is needed for it.
"""

EMOTIONS_SCHEMA = """
CREATE TABLE entry_emotions (
    entry_id   INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    -- '' for a plain entry; exercises rate feelings 'before' and 'after'. Not a CHECK, so that
    -- a later exercise can add a phase without rebuilding the table; the repository checks it.
    phase      TEXT NOT NULL DEFAULT '',
    -- An id from resources/emotions.json; kept even if a later vocabulary drops the word.
    emotion_id TEXT NOT NULL,
    intensity  INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 100),
    position   INTEGER NOT NULL DEFAULT 0,         -- the order the person named them in
    PRIMARY KEY (entry_id, phase, emotion_id)
) WITHOUT ROWID;
-- "Recently used" and "entries where I felt X" look up by word.
CREATE INDEX entry_emotions_by_emotion ON entry_emotions(emotion_id, entry_id);

CREATE TABLE entry_moods (
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    rating   INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 10)
);

CREATE TABLE context_tags (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('situation', 'people', 'activity', 'place')),
    name TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (kind, name)
);

CREATE TABLE entry_contexts (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES context_tags(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_contexts_by_tag ON entry_contexts(tag_id, entry_id);

-- A name (often a person's) must not outlive the last entry that mentions it, including when
-- the entry is deleted and its links go by cascade.
CREATE TRIGGER context_tags_forget_unused AFTER DELETE ON entry_contexts
WHEN NOT EXISTS (SELECT 1 FROM entry_contexts WHERE tag_id = old.tag_id)
BEGIN
    DELETE FROM context_tags WHERE id = old.tag_id;
END;
"""
