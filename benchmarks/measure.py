"""Building benchmark journals and timing the storage operations on them.

Two databases are built for each size from the same synthetic entries:

- the real encrypted vault (``Vault.create``), written through ``Journal.add``;
- a plain SQLite database with the same schema (``schema.migrate``) and the same pragmas except
  the cipher ones, opened with the same SQLite build (``sqlcipher3`` without a key), so the
  difference between the two is the cost of encryption alone.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import random
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import sqlcipher3

from benchmarks.synthetic import COMMON, GENERATOR_VERSION, QUERY_KINDS, JournalGenerator
from innerspace.core.entries import local_now
from innerspace.core.search import parse_query
from innerspace.storage import keyfile
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR, KdfParams
from innerspace.storage.schema import LATEST_VERSION, migrate
from innerspace.storage.vault import Vault, VaultPaths, write_transaction

PASSPHRASE = "benchmark passphrase: seven quiet herons"
PLAIN_NAME = "plain.db"
BUILD_BATCH = 2_000  # entries per transaction while building
BUILD_SEED = 1789
SAVE_SEED = 2024
PAGE_LIMIT = 100
SEARCH_LIMIT = 50

# The pragmas ``vault.open_database`` sets, without the cipher ones.
PLAIN_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "busy_timeout = 5000",
    "temp_store = MEMORY",
    "secure_delete = ON",
    "cache_size = -32000",
)


# -- statistics ---------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by linear interpolation between closest ranks."""
    if not sorted_values:
        return float("nan")
    pos = (len(sorted_values) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (pos - low)


@dataclass
class Stats:
    """Timings of one operation, in milliseconds."""

    samples: list[float] = field(default_factory=list)

    def add(self, ms: float) -> None:
        self.samples.append(ms)

    @property
    def p50(self) -> float:
        return percentile(sorted(self.samples), 50)

    @property
    def p99(self) -> float:
        return percentile(sorted(self.samples), 99)

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.samples)
        return {
            "n": len(ordered),
            "p50_ms": round(percentile(ordered, 50), 3),
            "p99_ms": round(percentile(ordered, 99), 3),
            "mean_ms": round(sum(ordered) / len(ordered), 3) if ordered else None,
            "min_ms": round(ordered[0], 3) if ordered else None,
            "max_ms": round(ordered[-1], 3) if ordered else None,
        }


@contextlib.contextmanager
def timed(stats: Stats) -> Iterator[None]:
    started = time.perf_counter_ns()
    yield
    stats.add((time.perf_counter_ns() - started) / 1e6)


# -- stand-ins for the vault --------------------------------------------------------------------


class PlainVault:
    """What ``Journal`` needs of a ``Vault``, over an unencrypted database (comparison only)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = open_plain_database(path)
        migrate(self._conn)

    @property
    def connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise RuntimeError("closed")
        return self._conn

    def transaction(self) -> contextlib.AbstractContextManager[sqlcipher3.Connection]:
        """The same as ``Vault.transaction``."""
        return write_transaction(self.connection)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class BatchedWrites:
    """Lets ``Journal.add`` run unchanged inside a longer transaction while building.

    Each ``transaction()`` becomes a savepoint; the caller begins and commits the surrounding
    transaction every few thousand entries. Triggers and the full-text index work as usual.
    """

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn

    @property
    def connection(self) -> sqlcipher3.Connection:
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        conn = self._conn
        conn.execute("SAVEPOINT entry")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO entry")
            conn.execute("RELEASE entry")
            raise
        conn.execute("RELEASE entry")


def journal_over(stand_in: PlainVault | BatchedWrites) -> Journal:
    # Journal only uses ``.connection`` and ``.transaction()`` of its vault.
    return Journal(cast(Vault, stand_in))


def open_plain_database(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in PLAIN_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return conn


# -- files --------------------------------------------------------------------------------------


def companions(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def drop_from_os_cache(files: Sequence[Path]) -> bool:
    """Ask the OS to forget cached pages of ``files``; ``False`` where that is not possible."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in files:
        if not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            return False
        finally:
            os.close(fd)
    return True


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


# -- building -----------------------------------------------------------------------------------


@dataclass
class BuiltJournal:
    size: int
    folder: Path
    build_seconds: dict[str, float]
    cached: bool

    @property
    def encrypted(self) -> Path:
        return self.folder / "encrypted"

    @property
    def plain(self) -> Path:
        return self.folder / PLAIN_NAME

    def sizes_in_bytes(self) -> dict[str, int]:
        return {
            "encrypted": folder_bytes(self.encrypted),
            "plain": sum(p.stat().st_size for p in companions(self.plain) if p.exists()),
        }


def cache_key(size: int) -> str:
    return f"entries-{size}-gen{GENERATOR_VERSION}-schema{LATEST_VERSION}-seed{BUILD_SEED}"


def _fill(
    journal: Journal, conn: sqlcipher3.Connection, size: int, log: Callable[[str], None]
) -> None:
    generator = JournalGenerator(BUILD_SEED)
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for i, entry in enumerate(generator.entries(size), start=1):
        journal.add(entry)
        if i % BUILD_BATCH == 0 or i == size:
            conn.execute("COMMIT")
            if i % (BUILD_BATCH * 5) == 0 or i == size:
                rate = i / (time.perf_counter() - started)
                log(f"    {i:,}/{size:,} entries ({rate:,.0f}/s)")
            if i < size:
                conn.execute("BEGIN IMMEDIATE")


def build(
    size: int, cache_root: Path, log: Callable[[str], None], *, rebuild: bool
) -> BuiltJournal:
    """The cached journals of ``size`` entries, built first if needed."""
    folder = cache_root / cache_key(size)
    marker = folder / "complete.json"
    if marker.exists() and not rebuild:
        info = json.loads(marker.read_text())
        return BuiltJournal(size, folder, info["build_seconds"], cached=True)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    seconds: dict[str, float] = {}

    log(f"  building the encrypted journal of {size:,} entries")
    started = time.perf_counter()
    vault, _ = Vault.create(folder / "encrypted", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    try:
        _fill(journal_over(BatchedWrites(vault.connection)), vault.connection, size, log)
        count = Journal(vault).count()
    finally:
        vault.close()
    seconds["encrypted"] = round(time.perf_counter() - started, 1)
    if count != size:
        raise RuntimeError(f"built {count} entries instead of {size}")

    log(f"  building the plain database of {size:,} entries")
    started = time.perf_counter()
    plain = PlainVault(folder / PLAIN_NAME)
    try:
        _fill(journal_over(BatchedWrites(plain.connection)), plain.connection, size, log)
    finally:
        plain.close()
    seconds["plain"] = round(time.perf_counter() - started, 1)

    marker.write_text(json.dumps({"size": size, "build_seconds": seconds}) + "\n")
    return BuiltJournal(size, folder, seconds, cached=False)


def working_copy(built: BuiltJournal, run_root: Path) -> BuiltJournal:
    """A copy to measure on, so that saves made while timing never touch the cache."""
    target = run_root / built.folder.name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(built.folder, target)
    if hasattr(os, "sync"):
        os.sync()  # so that writing the copy back to disk does not overlap the timings
    return BuiltJournal(built.size, target, built.build_seconds, built.cached)


# -- timing -------------------------------------------------------------------------------------
# The encrypted vault and the plain database are open side by side and every operation is timed
# on one, then the other, in turn, so that both see the same machine conditions.


@dataclass
class Repeat:
    """How long to keep timing one operation (per database)."""

    max_runs: int = 100
    min_runs: int = 8
    max_seconds: float = 10.0


@dataclass
class Side:
    """One of the two databases being compared, and how to open it as the app would."""

    name: str
    files: list[Path]
    opener: Callable[[], tuple[Journal, Callable[[], None]]]
    timings: StorageTimings = field(default_factory=lambda: StorageTimings())
    journal: Journal | None = None
    closer: Callable[[], None] | None = None

    def open(self) -> Journal:
        self.journal, self.closer = self.opener()
        return self.journal

    def close(self) -> None:
        if self.closer is not None:
            self.closer()
        self.journal = self.closer = None

    @property
    def j(self) -> Journal:
        if self.journal is None:
            raise RuntimeError(f"{self.name} is not open")
        return self.journal


@dataclass
class StorageTimings:
    """Everything timed on one database."""

    open_ms: Stats = field(default_factory=Stats)  # unlock (encrypted) or open (plain)
    first_page_cold: Stats = field(default_factory=Stats)
    first_page_reopened: Stats = field(default_factory=Stats)
    first_page_warm: Stats = field(default_factory=Stats)
    saves: dict[str, Stats] = field(default_factory=dict)
    searches: dict[str, Stats] = field(default_factory=dict)
    per_query: dict[str, dict[str, Stats]] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    os_cache_dropped: bool = False

    def summary(self) -> dict[str, Any]:
        return {
            "open": self.open_ms.summary(),
            "first_page_cold": self.first_page_cold.summary(),
            "first_page_reopened": self.first_page_reopened.summary(),
            "first_page_warm": self.first_page_warm.summary(),
            "saves": {k: v.summary() for k, v in self.saves.items()},
            "searches": {k: v.summary() for k, v in self.searches.items()},
            "per_query": {
                k: {q: s.summary() for q, s in v.items()} for k, v in self.per_query.items()
            },
            "os_cache_dropped_for_cold": self.os_cache_dropped,
        }


@dataclass
class Settings:
    cold_runs: int = 5
    kdf_runs: int = 5
    warm_page_runs: int = 50
    save_runs: int = 100
    search: Repeat = field(default_factory=Repeat)
    relevance: Repeat = field(default_factory=lambda: Repeat(max_runs=40, min_runs=8))


def encrypted_side(folder: Path) -> Side:
    def opener() -> tuple[Journal, Callable[[], None]]:
        vault = Vault.unlock(folder, PASSPHRASE)
        return Journal(vault), vault.close

    return Side("encrypted", companions(VaultPaths(folder).database), opener)


def plain_side(path: Path) -> Side:
    def opener() -> tuple[Journal, Callable[[], None]]:
        plain = PlainVault(path)
        return journal_over(plain), plain.close

    return Side("plain", companions(path), opener)


def time_cold_opens(sides: Sequence[Side], runs: int) -> None:
    """Open each database, then time its first timeline page; with and without OS cache."""
    for _ in range(runs):
        for drop in (True, False):
            for side in sides:
                t = side.timings
                if drop:
                    t.os_cache_dropped = drop_from_os_cache(side.files)
                gc.collect()
                with timed(t.open_ms):
                    journal = side.open()
                try:
                    with timed(t.first_page_cold if drop else t.first_page_reopened):
                        journal.page(limit=PAGE_LIMIT)
                finally:
                    side.close()


def time_warm_pages(sides: Sequence[Side], runs: int) -> None:
    for side in sides:
        side.j.page(limit=PAGE_LIMIT)
    for _ in range(runs):
        for side in sides:
            with timed(side.timings.first_page_warm):
                side.j.page(limit=PAGE_LIMIT)


def time_searches(
    sides: Sequence[Side], key: str, queries: Sequence[str], order: str, repeat: Repeat
) -> None:
    """Time ``queries`` round-robin, after one warm-up run each."""
    for side in sides:
        side.timings.searches[key] = Stats()
        side.timings.per_query[key] = {q: Stats() for q in queries}
        for q in queries:
            side.j.search(q, limit=SEARCH_LIMIT, order=order)
    gc.collect()
    started = time.perf_counter()
    runs = 0
    while runs < repeat.max_runs and (
        runs < repeat.min_runs or time.perf_counter() - started < repeat.max_seconds * len(sides)
    ):
        q = queries[runs % len(queries)]
        for side in sides:
            began = time.perf_counter_ns()
            side.j.search(q, limit=SEARCH_LIMIT, order=order)
            ms = (time.perf_counter_ns() - began) / 1e6
            side.timings.searches[key].add(ms)
            side.timings.per_query[key][q].add(ms)
        runs += 1


def hit_counts(journal: Journal) -> dict[str, int]:
    """How many entries each benchmark query matches."""
    out: dict[str, int] = {}
    for kind in QUERY_KINDS:
        for q in kind.queries:
            row = journal.vault.connection.execute(
                "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (parse_query(q).fts,)
            ).fetchone()
            out[q] = int(row[0])
    return out


def time_saves(sides: Sequence[Side], size: int, runs: int) -> None:
    """``runs`` new entries (``Journal.add``), then ``runs`` edits (``Journal.update``).

    Both databases get the same entries and the same edits.
    """
    warmup = 5
    now = local_now()
    generators = {side.name: JournalGenerator(SAVE_SEED) for side in sides}
    for side in sides:
        side.timings.saves = {"add": Stats(), "update": Stats()}
    gc.collect()
    for i in range(runs + warmup):
        for side in sides:
            entry = generators[side.name].new_entry(now + timedelta(seconds=i))
            began = time.perf_counter_ns()
            side.j.add(entry)
            if i >= warmup:
                side.timings.saves["add"].add((time.perf_counter_ns() - began) / 1e6)
    rng = random.Random(SAVE_SEED)
    ids = [rng.randint(1, size) for _ in range(runs + warmup)]
    gc.collect()
    for i, entry_id in enumerate(ids):
        for side in sides:
            entry = side.j.get(entry_id)
            entry.body += " " + generators[side.name].extra_sentence()
            began = time.perf_counter_ns()
            side.j.update(entry)
            if i >= warmup:
                side.timings.saves["update"].add((time.perf_counter_ns() - began) / 1e6)


def measure_pair(
    encrypted: Side, plain: Side, size: int, settings: Settings, log: Callable[[str], None]
) -> None:
    sides = (encrypted, plain)
    log("    opening cold and warm, first timeline page")
    time_cold_opens(sides, settings.cold_runs)
    for side in sides:
        side.open()
    try:
        for side in sides:
            side.timings.hits = hit_counts(side.j)
        time_warm_pages(sides, settings.warm_page_runs)
        log("    searches")
        for kind in QUERY_KINDS:
            time_searches(sides, kind.key, kind.queries, "newest", settings.search)
        time_searches(sides, "relevance_common", COMMON.queries, "relevance", settings.relevance)
        log("    saves")
        time_saves(sides, size, settings.save_runs)
    finally:
        for side in sides:
            side.close()


def rewrap_with(folder: Path, kdf: KdfParams) -> None:
    """Re-wrap the vault's data key with ``kdf``, as ``Vault.create`` would have."""
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        vault.change_passphrase(PASSPHRASE, kdf=kdf)
    finally:
        vault.close()


def time_kdf(kdf: KdfParams, runs: int) -> Stats:
    stats = Stats()
    salt = os.urandom(keyfile.SALT_BYTES)
    for _ in range(runs):
        gc.collect()
        with timed(stats):
            keyfile.derive_passphrase_key(PASSPHRASE, salt, kdf)
    return stats


def kdf_description(kdf: KdfParams) -> dict[str, Any]:
    return asdict(kdf)
