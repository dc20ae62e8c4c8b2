"""InnerSpace storage benchmarks: ``make bench`` or ``python -m benchmarks.run --help``.

Builds (or reuses) synthetic journals of each size, times unlock, saves, searches and the first
timeline page on the encrypted vault and on a plain SQLite database with the same schema, then
prints a table, checks the budgets and writes ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks import gui, measure
from benchmarks.synthetic import GENERATOR_VERSION, QUERY_KINDS
from innerspace.storage.errors import VaultError
from innerspace.storage.keyfile import KdfParams, calibrate_kdf

HERE = Path(__file__).resolve().parent
DEFAULT_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
BUDGET_SIZE = 100_000

SEARCH_ROWS: tuple[tuple[str, str], ...] = (
    *((f"{k.key}", f"search newest: {k.label}") for k in QUERY_KINDS),
    ("relevance_common", "search relevance: common word"),
)


# -- budgets ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Budget:
    label: str
    limit: str
    value: Callable[[dict[str, Any]], float]
    low: float = -math.inf
    high: float = math.inf
    high_inclusive: bool = False
    unit: str = "ms"

    def passes(self, value: float) -> bool:
        if math.isnan(value):
            return False
        below = value <= self.high if self.high_inclusive else value < self.high
        return below and value >= self.low


def _enc(*keys: str) -> Callable[[dict[str, Any]], float]:
    def get(result: dict[str, Any]) -> float:
        node: Any = result["encrypted"]
        for key in keys:
            node = node[key]
        return float(node["p50_ms"])

    return get


def _ratio(key: str) -> Callable[[dict[str, Any]], float]:
    return lambda result: float(result["ratios"][key])


BUDGETS: tuple[Budget, ...] = (
    Budget("unlock (KDF + open), median", "0.3–1 s", lambda r: r["unlock"]["p50_ms"], 300, 1000,
           high_inclusive=True),
    Budget("save p50: add", "< 5 ms", _enc("saves", "add"), high=5),
    Budget("save p50: update", "< 5 ms", _enc("saves", "update"), high=5),
    *(Budget(f"search p50 newest: {k.label}", "< 30 ms", _enc("searches", k.key), high=30)
      for k in QUERY_KINDS),
    Budget("search p50 relevance: common word", "≤ 150 ms", _enc("searches", "relevance_common"),
           high=150, high_inclusive=True),
    Budget("first page after unlock (cold) p50", "< 100 ms", _enc("first_page_cold"), high=100),
    Budget("first page, warm p50", "< 100 ms", _enc("first_page_warm"), high=100),
    Budget("enc/plain save: add", "≤ 1.5", _ratio("add"), high=1.5, high_inclusive=True, unit="×"),
    Budget("enc/plain save: update", "≤ 1.5", _ratio("update"), high=1.5, high_inclusive=True,
           unit="×"),
    *(Budget(f"enc/plain {label}", "≤ 1.5", _ratio(key), high=1.5, high_inclusive=True, unit="×")
      for key, label in SEARCH_ROWS),
)  # fmt: skip


def check_budgets(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for budget in BUDGETS:
        for size, result in results.items():
            value = budget.value(result)
            out.append(
                {
                    "budget": budget.label,
                    "limit": budget.limit,
                    "entries": int(size),
                    "value": round(value, 3),
                    "unit": budget.unit,
                    "pass": budget.passes(value),
                    "binding": int(size) >= BUDGET_SIZE,
                }
            )
    return out


# -- one size -----------------------------------------------------------------------------------


def _ratio_of(enc: measure.Stats, plain: measure.Stats) -> float:
    return enc.p50 / plain.p50 if plain.p50 > 0 else float("nan")


def run_size(
    size: int,
    work: Path,
    kdf: KdfParams,
    settings: measure.Settings,
    log: Callable[[str], None],
    rebuild: bool,
) -> dict[str, Any]:
    log(f"{size:,} entries")
    load_before = _load()
    built = measure.build(size, work / "cache", log, rebuild=rebuild)
    log(f"  {'reusing the cached' if built.cached else 'built'} journals ({built.folder.name})")
    copy = measure.working_copy(built, work / "run")
    try:
        try:
            measure.rewrap_with(copy.encrypted, kdf)
        except VaultError:
            if not built.cached:
                raise
            # The cached vault was written by an older version of the storage code.
            log("  the cached vault cannot be opened by this version; building it again")
            shutil.rmtree(copy.folder, ignore_errors=True)
            built = measure.build(size, work / "cache", log, rebuild=True)
            copy = measure.working_copy(built, work / "run")
            measure.rewrap_with(copy.encrypted, kdf)
        log("  timing the KDF alone")
        kdf_alone = measure.time_kdf(kdf, settings.kdf_runs)
        log("  timing the encrypted journal and the plain database, in turn")
        encrypted = measure.encrypted_side(copy.encrypted)
        plain_side = measure.plain_side(copy.plain)
        measure.measure_pair(encrypted, plain_side, size, settings, log)
    finally:
        shutil.rmtree(copy.folder, ignore_errors=True)
    enc, plain = encrypted.timings, plain_side.timings
    if enc.hits != plain.hits:
        raise RuntimeError(f"the two databases disagree: {enc.hits} != {plain.hits}")
    hits = enc.hits
    ratios = {
        "add": _ratio_of(enc.saves["add"], plain.saves["add"]),
        "update": _ratio_of(enc.saves["update"], plain.saves["update"]),
        "first_page_cold": _ratio_of(enc.first_page_cold, plain.first_page_cold),
        "first_page_warm": _ratio_of(enc.first_page_warm, plain.first_page_warm),
        **{key: _ratio_of(enc.searches[key], plain.searches[key]) for key, _ in SEARCH_ROWS},
    }
    return {
        "entries": size,
        "build": {
            "seconds": built.build_seconds,
            "bytes": built.sizes_in_bytes(),
            "cached": built.cached,
            "cache_key": built.folder.name,
        },
        "kdf": {"params": measure.kdf_description(kdf), "alone": kdf_alone.summary()},
        "unlock": enc.open_ms.summary(),
        "hits": hits,
        "encrypted": enc.summary(),
        "plain": plain.summary(),
        "ratios": {k: round(v, 3) for k, v in ratios.items()},
        # Other work on the machine shows up in every timing; this says how busy it was.
        "load_average": {"before": load_before, "after": _load()},
    }


def _load() -> float | None:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


# -- output -------------------------------------------------------------------------------------


def _ms(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"


def size_table(result: dict[str, Any]) -> str:
    size = result["entries"]
    build = result["build"]
    mib = {k: v / 2**20 for k, v in build["bytes"].items()}
    kdf = result["kdf"]["params"]
    lines = [
        f"== {size:,} entries: encrypted {mib['encrypted']:,.0f} MiB, plain {mib['plain']:,.0f} "
        f"MiB; built in {build['seconds'].get('encrypted', 0):,.0f} s + "
        f"{build['seconds'].get('plain', 0):,.0f} s{' (cached)' if build['cached'] else ''}; "
        f"load average {result['load_average']['before']} → {result['load_average']['after']} ==",
        f"{'(milliseconds)':<52}{'encrypted':>19}{'plain':>19}{'enc/plain':>11}",
        f"{'':<52}{'p50':>9}{'p99':>10}{'p50':>9}{'p99':>10}{'p50':>11}",
    ]

    def row(
        label: str, enc: dict[str, Any] | None, plain: dict[str, Any] | None, ratio: Any
    ) -> None:
        cells = []
        for stats in (enc, plain):
            if stats is None:
                cells += ["-", "-"]
            else:
                cells += [_ms(stats["p50_ms"]), _ms(stats["p99_ms"])]
        ratio_text = "-" if ratio is None else f"{ratio:.2f}"
        lines.append(
            f"{label:<52}{cells[0]:>9}{cells[1]:>10}{cells[2]:>9}{cells[3]:>10}{ratio_text:>11}"
        )

    enc, plain, ratios = result["encrypted"], result["plain"], result["ratios"]
    kdf_label = f"KDF alone (Argon2id {kdf['memory_kib'] // 1024} MiB, t={kdf['iterations']})"
    row(kdf_label, result["kdf"]["alone"], None, None)
    row("unlock: KDF + open (plain: open)", result["unlock"], plain["open"], None)
    row("first page, cold (after unlock, OS cache dropped)", enc["first_page_cold"],
        plain["first_page_cold"], ratios["first_page_cold"])  # fmt: skip
    row("first page, after unlock (OS cache warm)", enc["first_page_reopened"],
        plain["first_page_reopened"], None)  # fmt: skip
    row("first page, warm", enc["first_page_warm"], plain["first_page_warm"],
        ratios["first_page_warm"])  # fmt: skip
    row("save: add (one transaction)", enc["saves"]["add"], plain["saves"]["add"], ratios["add"])
    row("save: update (one transaction)", enc["saves"]["update"], plain["saves"]["update"],
        ratios["update"])  # fmt: skip
    for key, label in SEARCH_ROWS:
        row(label, enc["searches"][key], plain["searches"][key], ratios[key])
    hits = result["hits"]
    lines.append("matching entries per query: " + ", ".join(f"{q} {n:,}" for q, n in hits.items()))
    return "\n".join(lines)


def budget_table(checks: list[dict[str, Any]], sizes: Sequence[int]) -> str:
    lines = [
        f"== budgets (set for {BUDGET_SIZE:,} entries; smaller journals must meet them too) ==",
        f"{'budget':<52}{'limit':>10}" + "".join(f"{s:>16,}" for s in sizes),
    ]
    by_label: dict[str, dict[int, dict[str, Any]]] = {}
    limits: dict[str, str] = {}
    for check in checks:
        by_label.setdefault(check["budget"], {})[check["entries"]] = check
        limits[check["budget"]] = check["limit"]
    for label, per_size in by_label.items():
        cells = []
        for size in sizes:
            c = per_size[size]
            number = f"{c['value']:.2f}" if c["unit"] == "×" else _ms(c["value"])
            cells.append(f"{number} {'PASS' if c['pass'] else 'FAIL'}")
        lines.append(f"{label:<52}{limits[label]:>10}" + "".join(f"{c:>16}" for c in cells))
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    conn = sqlcipher3.connect(":memory:")
    try:
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite_version,
        "sqlcipher": cipher_version,
    }


# -- entry point --------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description="Time InnerSpace's storage on big journals."
    )
    parser.add_argument(
        "--sizes",
        help="comma-separated journal sizes (default: 1000,10000,100000)",
    )
    parser.add_argument("--quick", action="store_true", help="only 1,000 and 10,000 entries")
    parser.add_argument("--check", action="store_true", help="exit 1 if any budget fails")
    parser.add_argument("--rebuild", action="store_true", help="ignore cached journals")
    parser.add_argument(
        "--work-dir", type=Path, default=HERE / "work", help="where journals are built and cached"
    )
    parser.add_argument(
        "--output", type=Path, default=HERE / "results" / "latest.json", help="JSON report"
    )
    args = parser.parse_args(argv)
    if args.sizes:
        try:
            args.size_list = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
        except ValueError:
            parser.error("--sizes takes numbers separated by commas, e.g. 1000,10000")
        if not args.size_list or any(s < 10 for s in args.size_list):
            parser.error("each size must be at least 10")
    else:
        args.size_list = list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    return args


EXTRA_BUDGETS: tuple[tuple[str, str, str, float, str], ...] = (
    # (label, which run, which figure, limit, unit)
    ("pattern figures, ten years of daily entries", "patterns", "total_ms", 100.0, "ms"),
    ("import a 10,000-entry jrnl export", "interchange", "import_jrnl_10k_total_s", 10.0, "s"),
    ("export 10,000 entries to JSON", "interchange", "export_json_10k_s", 5.0, "s"),
    (
        "import a folder of 10,000 Markdown notes",
        "interchange",
        "import_notes_10k_total_s",
        15.0,
        "s",
    ),
    ("import 1,000 Day One photos (1600 × 1200)", "photos", "import_photos_1k_total_s", 90.0, "s"),
)


def run_extras() -> tuple[dict[str, dict[str, float]], list[dict[str, Any]]]:
    """The pattern review and import/export budgets, on their own synthetic journals."""
    from benchmarks.interchange import run_interchange_benchmark
    from benchmarks.patterns import run_patterns_benchmark
    from benchmarks.photos import run_photos_benchmark

    runs = {
        "patterns": run_patterns_benchmark(),
        "interchange": run_interchange_benchmark(),
        "photos": run_photos_benchmark(),
    }
    checks = [
        {
            "budget": label,
            "limit": f"< {limit:g} {unit}",
            "entries": int(runs[run].get("entries", runs[run].get("photos", 10_000))),
            "value": round(runs[run][key], 3),
            "unit": unit,
            "pass": runs[run][key] < limit,
            "binding": True,
        }
        for label, run, key, limit, unit in EXTRA_BUDGETS
    ]
    return runs, checks


def extras_table(
    checks: Sequence[dict[str, Any]], heading: str = "== pattern review and import/export =="
) -> str:
    lines = [heading]
    for check in checks:
        verdict = "PASS" if check["pass"] else "FAIL"
        lines.append(
            f"{check['budget']:<52}{check['limit']:>10}"
            f"{check['value']:>12g} {check['unit']:<3} {verdict}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    settings = measure.Settings()
    started = time.perf_counter()
    # Calibrated once, first, while the machine is otherwise idle, as when a journal is created.
    kdf = calibrate_kdf()
    log(f"calibrated KDF: Argon2id {kdf.memory_kib // 1024} MiB, {kdf.iterations} iterations")
    results: dict[str, dict[str, Any]] = {}
    for size in args.size_list:
        results[str(size)] = run_size(size, args.work_dir, kdf, settings, log, args.rebuild)
    checks = check_budgets(results)
    log("timing the pattern review and import/export …")
    extras, extra_checks = run_extras()
    checks.extend(extra_checks)
    gui_sizes = tuple(s for s in gui.DEFAULT_SIZES if not args.quick or s <= 10_000)
    log("timing the window with journals of " + ", ".join(f"{s:,}" for s in gui_sizes) + " …")
    window = gui.run(gui_sizes, set())
    window_checks = gui.check_budgets(window)
    checks.extend(window_checks)
    report = {
        "generated_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator_version": GENERATOR_VERSION,
        "machine": machine(),
        "seconds": round(time.perf_counter() - started, 1),
        "sizes": results,
        "patterns_and_interchange": extras,
        "window": window,
        "budgets": checks,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")

    print()
    for result in results.values():
        print(size_table(result))
        print()
    print(budget_table([c for c in checks if c not in extra_checks], args.size_list))
    print()
    print(extras_table(extra_checks))
    print()
    print(
        extras_table(
            window_checks, "== the window (medians; the machine's load is in the report) =="
        )
    )
    failed = [c for c in checks if not c["pass"]]
    print()
    if failed:
        print(f"{len(failed)} budget check(s) failed.")
    else:
        print("All budgets met.")
    print(f"Report written to {args.output}")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
