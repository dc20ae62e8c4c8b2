"""Run by test_file_modes.py in a fresh process: does SQLite open temporary files?

SQLite reads SQLITE_TMPDIR and TMPDIR once per process, so the caller sets them before starting
this script. SQLite deletes each temporary file as soon as it opens it, so a directory listing
afterwards shows nothing even when files were used; on Linux, this script therefore also looks at
its own open files while the statements run. It prints a JSON object with what it saw.

Usage: python temp_file_probe.py JOURNAL_FOLDER TEMP_FOLDER [--allow-temp-files]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PROC_FDS = Path("/proc/self/fd")


class OpenFileWatch:
    """Collects open files that look like SQLite temporaries or live in the temp folder."""

    def __init__(self, temp_folder: str) -> None:
        self.temp_folder = temp_folder
        self.seen: set[str] = set()

    def __call__(self) -> int:
        if PROC_FDS.is_dir():
            for fd in os.listdir(PROC_FDS):
                try:
                    target = os.readlink(PROC_FDS / fd)
                except OSError:
                    continue
                if "etilqs_" in target or target.startswith(self.temp_folder):
                    self.seen.add(target)
        return 0  # keep going


def main(journal_folder: Path, temp_folder: str, allow_temp_files: bool) -> dict[str, object]:
    watch = OpenFileWatch(temp_folder)
    vault, _ = Vault.create(journal_folder, "probe passphrase", kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        for i in range(300):
            journal.add(Entry(title=f"Entry {i}", body=f"word{i % 17} and more words " * 40))
        conn = vault.connection
        if allow_temp_files:
            # Only to show that the watch works: the app never does this.
            conn.execute("PRAGMA temp_store = FILE")
        # A small page cache makes SQLite spill sorts to disk early whenever it is allowed to.
        conn.execute("PRAGMA cache_size = 50")
        conn.set_progress_handler(watch, 500)

        conn.execute("VACUUM")
        vacuum = sorted(watch.seen)

        journal.search("word1*", order="relevance", limit=500)
        journal.search("words", order="newest", limit=500)
        search = sorted(watch.seen)

        cursor = conn.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000) "
            "SELECT n.x, substr(e.body, 1, 200) FROM n JOIN entries e ON e.id = 1 + n.x % 300 "
            "ORDER BY hex(randomblob(8))"
        )
        cursor.fetchmany(10)
        watch()
        rows = 10 + len(cursor.fetchall())
        sort = sorted(watch.seen)
        conn.set_progress_handler(None, 0)
    return {
        "watched_open_files": PROC_FDS.is_dir(),
        "after_vacuum": vacuum,
        "after_search": search,
        "after_sort": sort,
        "sorted_rows": rows,
        "temp_folder": sorted(os.listdir(temp_folder)),
    }


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), sys.argv[2], "--allow-temp-files" in sys.argv[3:])
    print(json.dumps(result))
