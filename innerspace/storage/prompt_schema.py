"""Schema version 3: prompts, guided-exercise settings and the safety plan.

New tables only. Prompt ids are text: built-in ids as in resources/prompts/, imported ones as
``pack-id/prompt-id`` and custom ones as ``custom/<number>``, so one column refers to any of them
and a prompt removed from a later app version leaves its history readable.
"""

PROMPTS_SCHEMA = """
CREATE TABLE prompt_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE prompt_marks (
    prompt_id TEXT PRIMARY KEY,
    favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
    hidden    INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE custom_prompts (
    id           INTEGER PRIMARY KEY,
    text         TEXT NOT NULL,
    approach     TEXT NOT NULL,
    themes       TEXT NOT NULL DEFAULT '[]',   -- JSON list of theme words
    depth        TEXT NOT NULL,
    minutes      INTEGER NOT NULL,
    follow_ups   TEXT NOT NULL DEFAULT '[]',   -- JSON list of questions
    content_note TEXT,
    created_utc  INTEGER NOT NULL,
    updated_utc  INTEGER NOT NULL
);

CREATE TABLE prompt_packs (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    revision       INTEGER NOT NULL DEFAULT 1,
    format_version INTEGER NOT NULL,
    digest         TEXT NOT NULL,              -- re-importing identical content changes nothing
    imported_utc   INTEGER NOT NULL
);

CREATE TABLE pack_prompts (
    id       TEXT PRIMARY KEY,                 -- 'pack-id/prompt-id'
    pack_id  TEXT NOT NULL REFERENCES prompt_packs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    prompt   TEXT NOT NULL                     -- the prompt's JSON, as validated
);
CREATE INDEX pack_prompts_by_pack ON pack_prompts(pack_id, position);

CREATE TABLE entry_prompts (
    entry_id    INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    prompt_id   TEXT NOT NULL,
    -- Kept here so "lighter after heavy days" still works if the prompt itself is removed.
    depth       TEXT NOT NULL,
    answered_on TEXT NOT NULL                  -- the writer's local date, YYYY-MM-DD
);
CREATE INDEX entry_prompts_by_day ON entry_prompts(answered_on);

CREATE TABLE custom_distortions (
    id          TEXT PRIMARY KEY,              -- 'custom/<slug>'
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    example     TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL
);

CREATE TABLE hidden_distortions (
    id TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE safety_plan_items (
    section  TEXT NOT NULL,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (section, position)
) WITHOUT ROWID;
"""
