"""What a person with a big journal waits for in the real window: ``python -m benchmarks.gui``.

Journals of 10,000 and 100,000 entries carrying what people record (two to four feelings each,
a mood rating on two in three, context tags, and one entry in ten a finished thought record,
coping note or activity log) are built once into a cache folder (``/tmp/innerspace-bench-gui``,
or ``$INNERSPACE_BENCH_GUI_CACHE``) and copied before every measurement, so nothing measured
changes the cache. The text of each entry is short: these figures are about feelings, moods and
the database thread, and the storage benchmark already times search over long entries.

Figures (milliseconds, medians of several runs unless said otherwise):

- open an entry after a save: an edit is saved and another entry in the timeline is picked at
  once; timed until the editor shows it (the save and whatever follows it run first);
- Patterns, all my entries: picking "All my entries" until every figure is shown, after a
  change to the journal (a mood rating; so nothing can be reused), again with nothing
  changed, and after a thought record is edited;
- the longest freeze while Patterns gathers: a 5 ms timer on the GUI thread notes the longest
  gap between its ticks, minus the 5 ms;
- start to unlock screen: from starting a new process to the unlock screen shown (a fresh
  ``python -m innerspace`` each time, so Python's own start is included);
- import: the journal's own InnerSpace JSON export into a new journal, in a process of its own
  (seconds, the process's own CPU seconds, and its peak memory), and again through the import
  window with the freeze probe running (until the window says the entries are in, and the
  longest freeze until a second after that);
- backup: one backup as the app makes it, how long opening an entry waits while it runs, and
  (at 10,000 entries) what two weeks of daily backups keep on disk against the journal's size.

The machine is usually shared: figures are noisy, and only medians are compared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.measure import BatchedWrites, journal_over
from benchmarks.patterns import _exercise
from benchmarks.synthetic import LAST_DAY, SPAN_YEARS, JournalGenerator
from innerspace.core.emotions import load_vocabulary
from innerspace.core.entries import Entry
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "benchmark passphrase: seven quiet herons"
GENERATOR = 1
SEED = 2718
CACHE = Path(os.environ.get("INNERSPACE_BENCH_GUI_CACHE", "/tmp/innerspace-bench-gui"))
DEFAULT_SIZES = (10_000, 100_000)
BATCH = 5_000
PROBE_MS = 5
BACKUP_DAYS = 14  # daily backups simulated for the disk budget (at 10,000 entries only)
RUNS = 5
CONTEXTS = [
    (kind, name)
    for kind, names in (
        ("activity", ("work", "cooking", "running", "reading", "cleaning", "gardening")),
        ("people", ("Sam", "Priya", "Mum", "Jonas", "my partner", "the team")),
        ("place", ("home", "office", "park", "train", "café")),
        ("situation", ("deadline", "weekend", "appointment", "visit", "argument")),
    )
    for name in names
]


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- the journals -------------------------------------------------------------------------------


def build(size: int) -> Path:
    """The cached journal folder of ``size`` entries, built first if needed."""
    folder = CACHE / f"gui-{size}-gen{GENERATOR}"
    if (folder / "complete").exists():
        return folder / "journal"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    log(f"  building a journal of {size:,} entries with feelings in {folder}")
    started = time.perf_counter()
    rng = random.Random(SEED)
    words = [e.id for e in load_vocabulary().emotions]
    text = JournalGenerator(SEED)
    vault, _ = Vault.create(folder / "journal", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with vault:
        conn = vault.connection
        journal = journal_over(BatchedWrites(conn))
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO context_tags (kind, name) VALUES (?, ?)", CONTEXTS)
        tag_ids = [r[0] for r in conn.execute("SELECT id FROM context_tags ORDER BY id")]
        emotions: list[tuple[int, str, int, int]] = []
        moods: list[tuple[int, int]] = []
        links: list[tuple[int, int]] = []
        span = timedelta(days=365 * SPAN_YEARS)
        step = span / size
        first = LAST_DAY - span
        for i in range(size):
            when = first + step * i + timedelta(seconds=rng.uniform(0, step.total_seconds()))
            kind, fields = _exercise(rng, words)
            body = " ".join(text.sentence() for _ in range(rng.randint(2, 5)))
            entry = Entry(body=body, created=when, kind=kind, fields=fields or None)
            entry_id = journal.add(entry).id or 0
            chosen = rng.sample(words, rng.choice((2, 3, 3, 4)))
            emotions.extend((entry_id, w, rng.randrange(10, 101), n) for n, w in enumerate(chosen))
            if rng.random() < 2 / 3:
                moods.append((entry_id, rng.randrange(1, 11)))
            links.extend((entry_id, t) for t in rng.sample(tag_ids, rng.randrange(3)))
            if (i + 1) % BATCH == 0 or i + 1 == size:
                conn.executemany(
                    "INSERT INTO entry_emotions (entry_id, emotion_id, intensity, position) "
                    "VALUES (?, ?, ?, ?)",
                    emotions,
                )
                conn.executemany("INSERT INTO entry_moods (entry_id, rating) VALUES (?, ?)", moods)
                conn.executemany(
                    "INSERT INTO entry_contexts (entry_id, tag_id) VALUES (?, ?)", links
                )
                emotions, moods, links = [], [], []
                conn.execute("COMMIT")
                log(f"    {i + 1:,}/{size:,} ({time.perf_counter() - started:.0f} s)")
                if i + 1 < size:
                    conn.execute("BEGIN IMMEDIATE")
    (folder / "complete").write_text(f"{time.perf_counter() - started:.1f}\n")
    return folder / "journal"


def working_copy(source: Path, run_root: Path) -> Path:
    target = run_root / "journal"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


# -- the window ---------------------------------------------------------------------------------


class FreezeProbe:
    """A 5 ms timer on the GUI thread; ``longest`` is the longest wait past its interval."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000 - PROBE_MS)
        self.last = now


def wait_for(app: Any, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def measure_window(folder: Path) -> dict[str, Any]:
    """Patterns, the freeze probe and opening entries, in the real window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from innerspace.core.exercises import ThoughtRecord
    from innerspace.gui.journal.timeline_model import EntryIdRole
    from innerspace.gui.main_window import AppWindow
    from innerspace.gui.patterns.screen import PatternsScreen
    from innerspace.storage.feelings import Feelings
    from innerspace.storage.journal import Journal
    from innerspace.storage.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    window = AppWindow(folder, Preferences(), kdf=FLOOR)
    window.resize(1200, 850)
    window.show()
    field = window.unlock_screen.passphrase.edit
    field.setText(PASSPHRASE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    wait_for(app, lambda: window.journal_screen is not None)
    screen = window.journal_screen
    assert screen is not None
    wait_for(app, lambda: screen.editor.isEnabled() and screen.timeline.rowCount() > 10)
    wait_for(app, lambda: not window.worker.busy)
    # The first backup of the copied journal starts at unlock; measure once it is done.
    wait_for(app, lambda: window.backups is not None and not window.backups.running)
    probe = FreezeProbe()
    out: dict[str, Any] = {}

    # Opening entries, right after a save.
    opens: list[float] = []
    view = screen.timeline_view
    for run in range(RUNS * 2):
        view.setCurrentIndex(screen.timeline.index(run % 10))
        wait_for(app, lambda: not window.worker.busy)
        screen.editor.text.setFocus()
        QTest.keyClicks(screen.editor.text, " and a little more")
        screen.save_entry()
        target = screen.timeline.index(10 + run)
        wanted = target.data(EntryIdRole)
        started = time.perf_counter()
        view.setCurrentIndex(target)
        wait_for(app, lambda w=wanted: screen.current_entry_id == w)
        opens.append((time.perf_counter() - started) * 1000)
        wait_for(app, lambda: not window.worker.busy)
    out["open_entry_after_save_ms"] = statistics.median(opens)

    # Patterns, all my entries: after a change, then with nothing changed.
    window.show_patterns()
    wait_for(app, lambda: window.patterns_screen is not None)
    patterns: PatternsScreen = window.patterns_screen  # type: ignore[assignment]
    wait_for(app, lambda: patterns.data is not None and not window.worker.busy)
    vault = window.vault
    assert vault is not None
    feelings = Feelings(vault)
    entry_id = vault.connection.execute("SELECT max(id) FROM entries").fetchone()[0]
    fresh, again, freezes = [], [], []
    all_index = patterns.range_picker.findData("all")
    for run in range(RUNS):
        window.worker.submit(lambda r=run: feelings.set_mood(entry_id, 1 + r % 10))
        wait_for(app, lambda: not window.worker.busy)
        for times in (fresh, again):
            patterns.range_picker.setCurrentIndex(patterns.range_picker.findData("week"))
            wait_for(app, lambda: not window.worker.busy and patterns.busy_label.isHidden())
            done: list[float] = []
            patterns.loaded.connect(lambda d=done: d.append(time.perf_counter()))
            probe.start()
            started = time.perf_counter()
            patterns.range_picker.setCurrentIndex(all_index)
            wait_for(app, lambda d=done: bool(d))
            longest = probe.stop()
            patterns.loaded.disconnect()
            times.append((done[0] - started) * 1000)
            if times is fresh:
                freezes.append(longest)
            if run == 0 and times is fresh:
                out["patterns_entries"] = patterns.data.review.entries if patterns.data else 0
    out["patterns_all_time_ms"] = statistics.median(fresh)
    out["patterns_all_time_unchanged_ms"] = statistics.median(again)
    out["patterns_longest_freeze_ms"] = max(freezes)
    out["patterns_longest_freeze_median_ms"] = statistics.median(freezes)

    # Patterns again after a thought record is edited (its belief rating changed).
    journal = Journal(vault)
    record_id = vault.connection.execute(
        "SELECT max(id) FROM entries WHERE kind = ?", (ThoughtRecord.KIND,)
    ).fetchone()[0]
    edited: list[float] = []

    def edit(belief: int) -> None:
        record = journal.get(record_id)
        journal.update(replace(record, fields={**(record.fields or {}), "balanced_belief": belief}))

    for run in range(RUNS):
        window.worker.submit(lambda b=10 + run: edit(b))
        patterns.range_picker.setCurrentIndex(patterns.range_picker.findData("week"))
        wait_for(app, lambda: not window.worker.busy and patterns.busy_label.isHidden())
        done = []
        patterns.loaded.connect(lambda d=done: d.append(time.perf_counter()))
        started = time.perf_counter()
        patterns.range_picker.setCurrentIndex(all_index)
        wait_for(app, lambda d=done: bool(d))
        patterns.loaded.disconnect()
        edited.append((done[0] - started) * 1000)
    out["patterns_after_exercise_edit_ms"] = statistics.median(edited)
    window.close()
    wait_for(app, lambda: window.vault is None, timeout=60)
    return out


def measure_startup(folder: Path, runs: int = RUNS) -> float:
    """Milliseconds from starting a process to its unlock screen shown (median)."""
    probe = Path(__file__).with_name("startup_probe.py")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(probe), str(folder)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        if "shown" not in done.stdout:
            raise RuntimeError(f"the unlock screen was not shown: {done.stderr[-300:]}")
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure_import(folder: Path, work: Path) -> dict[str, float]:
    """The journal's JSON export imported into a new journal, in a process of its own; then
    again through the import window, with the freeze probe running."""
    export = work / "export.json"
    if not export.exists():
        from innerspace.interchange.innerspace_json import export_json
        from innerspace.storage.journal import Journal

        with Vault.unlock(folder, PASSPHRASE) as vault:
            export_json(Journal(vault), export)
    figures: dict[str, float] = {}
    for flag in ("--import-only", "--import-in-window"):
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.gui", flag, str(export)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        figures.update(json.loads(done.stdout.splitlines()[-1]))
    return {str(k): float(v) for k, v in figures.items()}


def import_only(export: Path) -> None:
    """Seconds (and seconds of this process's own CPU time, which a busy machine inflates
    less) and the peak memory of reading, previewing and storing ``export``."""
    from innerspace.interchange.formats import parse_file
    from innerspace.interchange.model import commit, preview
    from innerspace.storage.journal import Journal

    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "j", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
        with vault:
            started, cpu = time.perf_counter(), time.process_time()
            plan = preview(parse_file("innerspace", export), Journal(vault))
            commit(plan, Journal(vault))
            seconds = time.perf_counter() - started
            cpu_seconds = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"import_s": seconds, "import_cpu_s": cpu_seconds, "import_peak_mib": peak}))


def import_in_window(export: Path) -> None:
    """The import window reading ``export`` and importing it, as a person does: the longest
    freeze of the window while it works, and how long until it says the entries are in."""
    from PySide6.QtWidgets import QApplication

    from innerspace.gui.common.worker import DatabaseWorker
    from innerspace.gui.data.import_dialog import ImportDialog

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "j", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
        with vault:
            worker = DatabaseWorker()
            dialog = ImportDialog(worker, vault)
            dialog.show()
            dialog.format.setCurrentIndex(dialog.format.findData("innerspace"))
            dialog.path.setText(str(export))
            # As a person would: the window is shown and the worker running before Read.
            worker.submit(lambda: None)
            worker.wait()
            settled = time.perf_counter() + 0.5
            wait_for(app, lambda: time.perf_counter() > settled)
            probe = FreezeProbe()
            probe.start()
            started = time.perf_counter()
            dialog.read_button.click()
            wait_for(app, lambda: dialog.import_button.isVisible() or bool(dialog.error.text()))
            dialog.import_button.click()
            wait_for(app, lambda: bool(dialog.outcome.text() or dialog.error.text()), 600)
            seconds = time.perf_counter() - started
            # What the window does once the entries are in (letting go of what was read).
            wait_for(app, lambda: time.perf_counter() - started > seconds + 1)
            freeze = probe.stop()
            if dialog.error.text():
                raise RuntimeError("the import window could not import the export")
            dialog.close()
            worker.shutdown()
    print(json.dumps({"import_in_window_s": seconds, "import_longest_freeze_ms": freeze}))


def measure_backup(folder: Path, work: Path, days: int) -> dict[str, float]:
    """One backup as the app makes it, an entry opened while it runs, and what ``days`` daily
    backups (a new entry each day) keep on disk, against the journal's size."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QApplication

    from innerspace.gui.common.worker import DatabaseWorker
    from innerspace.gui.data.backup_schedule import BackupSchedule
    from innerspace.storage.backups import backup_folder, create_backup, list_backups
    from innerspace.storage.journal import Journal

    app = QApplication.instance() or QApplication([])
    worker = DatabaseWorker()
    out: dict[str, float] = {}
    with Vault.unlock(folder, PASSPHRASE) as vault:
        journal = Journal(vault)
        entry_id = vault.connection.execute("SELECT min(id) FROM entries").fetchone()[0]
        schedule = BackupSchedule(worker, vault, folder)
        finished: list[bool] = []
        opened: list[float] = []
        started = time.perf_counter()
        schedule.backup_now(lambda ok, _message: finished.append(ok))
        time.sleep(0.2)  # the person clicks an entry while the backup runs
        asked = time.perf_counter()
        worker.submit(lambda: journal.get(entry_id), lambda _e: opened.append(time.perf_counter()))
        wait_for(app, lambda: bool(finished) and bool(opened), timeout=600)
        out["backup_s"] = time.perf_counter() - started
        out["open_entry_during_backup_ms"] = (opened[0] - asked) * 1000
        schedule.stop()
        target = backup_folder(folder)
        first = datetime(2025, 6, 1, 20, tzinfo=UTC)
        for day in range(days):
            when = first + timedelta(days=day)
            journal.add(Entry(body=f"Day {day}.", created=when))
            create_backup(vault, target, now=when)
        kept = sum(p.stat().st_size for _, p in list_backups(target))
        out["kept_backups"] = float(len(list_backups(target)))
        journal_bytes = sum(
            p.stat().st_size for p in folder.iterdir() if p.name in ("journal.db", "journal.db-wal")
        )
        out["kept_backups_per_journal_byte"] = kept / journal_bytes
    worker.shutdown()
    return out


# (label, entries, figure, limit, unit): the limits of the issue that asked for these figures.
BUDGETS: tuple[tuple[str, int, str, float, str], ...] = (
    ("open an entry after a save", 100_000, "open_entry_after_save_ms", 30, "ms"),
    ("Patterns, all my entries", 100_000, "patterns_all_time_ms", 300, "ms"),
    ("longest freeze during Patterns", 100_000, "patterns_longest_freeze_ms", 50, "ms"),
    ("start to the unlock screen", 100_000, "start_to_unlock_screen_ms", 200, "ms"),
    ("an entry opened during a backup waits", 100_000, "open_entry_during_backup_ms", 50, "ms"),
    ("kept backups, times the journal's size", 10_000, "kept_backups_per_journal_byte", 5, "×"),
    ("import the journal's JSON export", 100_000, "import_s", 15, "s"),
    ("peak memory of that import", 100_000, "import_peak_mib", 400, "MiB"),
    ("longest freeze of the import window", 100_000, "import_longest_freeze_ms", 50, "ms"),
)


def check_budgets(results: dict[str, Any]) -> list[dict[str, Any]]:
    checks = []
    for label, size, key, limit, unit in BUDGETS:
        figures = results.get(str(size), {})
        if key not in figures:
            continue
        value = float(figures[key])
        checks.append(
            {
                "budget": label,
                "limit": f"{'≤' if unit == '×' else '<'} {limit:g} {unit}",
                "entries": size,
                "value": round(value, 3),
                "unit": unit,
                "pass": value <= limit if unit == "×" else value < limit,
                "binding": True,
            }
        )
    return checks


def run(sizes: tuple[int, ...], skip: set[str]) -> dict[str, Any]:
    results: dict[str, Any] = {"load_before": os.getloadavg()}
    run_root = CACHE / "run"
    run_root.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        source = build(size)
        figures: dict[str, Any] = {}
        log(f"measuring {size:,} entries")
        if "window" not in skip:
            figures.update(measure_window(working_copy(source, run_root)))
            log(f"  window: {figures}")
        if "startup" not in skip:
            figures["start_to_unlock_screen_ms"] = measure_startup(working_copy(source, run_root))
        if "backup" not in skip:
            days = BACKUP_DAYS if size <= 10_000 else 0
            figures.update(measure_backup(working_copy(source, run_root), run_root, days))
        if "import" not in skip:
            figures.update(measure_import(source, CACHE / f"gui-{size}-gen{GENERATOR}"))
        results[str(size)] = figures
        log(f"  {size:,}: {json.dumps(figures)}")
    results["load_after"] = os.getloadavg()
    shutil.rmtree(run_root, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--skip", default="", help="comma-separated: window,startup,backup,import")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--import-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--import-in-window", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.import_only:
        import_only(args.import_only)
        return
    if args.import_in_window:
        import_in_window(args.import_in_window)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = tuple(int(s) for s in args.sizes.split(","))
    results = run(sizes, set(filter(None, args.skip.split(","))))
    text = json.dumps(results, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")


if __name__ == "__main__":
    main()
