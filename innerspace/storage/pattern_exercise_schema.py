"""Which exercises changed, so pattern review parses again only those.

Every entry of a structured kind (anything but a plain note) that is written, changed in its
time, kind or fields, or deleted gets a new, larger mark in ``pattern_exercise_marks``, in the
transaction of the change itself, by the triggers below. A reader that remembers the largest
mark it has seen reads again only the entries marked since (``exercise_records``). One row per
entry ever marked, holding nothing but its id.
"""

from __future__ import annotations

_NOTE = "'note'"
_MARK = "INSERT OR REPLACE INTO pattern_exercise_marks (entry_id) VALUES ({row}.id);"

PATTERN_EXERCISE_SCHEMA = f"""
CREATE TABLE pattern_exercise_marks (
    mark     INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so a newer change marks higher
    entry_id INTEGER NOT NULL UNIQUE
);
CREATE TRIGGER pattern_exercise_added AFTER INSERT ON entries WHEN new.kind <> {_NOTE}
BEGIN {_MARK.format(row="new")} END;
CREATE TRIGGER pattern_exercise_removed AFTER DELETE ON entries WHEN old.kind <> {_NOTE}
BEGIN {_MARK.format(row="old")} END;
CREATE TRIGGER pattern_exercise_changed
AFTER UPDATE OF kind, fields, created_utc, created_offset, sort_key ON entries
WHEN (old.kind <> {_NOTE} OR new.kind <> {_NOTE})
 AND (old.kind IS NOT new.kind OR old.fields IS NOT new.fields
      OR old.created_utc IS NOT new.created_utc OR old.created_offset IS NOT new.created_offset
      OR old.sort_key IS NOT new.sort_key)
BEGIN {_MARK.format(row="old")} {_MARK.format(row="new")} END;
"""
