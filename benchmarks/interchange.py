"""Import and export timings: a 10,000-entry jrnl export imported into a new encrypted journal,
then that journal exported to InnerSpace JSON (budgets: under 10 s and under 5 s), and a folder
of 10,000 Markdown daily notes with front matter imported into another (budget: under 15 s),
and a Journey entry of 32,000 unclosed ``<b>`` tags turned into Markdown (it took 19 s when each
tag was matched to the end of the text; one pass over it takes a small fraction of a second).

``python -m benchmarks.interchange --big-export`` times instead the import of an InnerSpace
export larger than the 512 MB an import could once read: 70 entries with two 4 MiB photos each
(a 750 MB file), in a process of its own, with its peak memory (it needs about 2.5 GB of disk).

Run with ``python -m benchmarks.interchange``.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from innerspace.core.entries import Entry
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.journey import html_to_markdown
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

ENTRIES = 10_000
PASSPHRASE = "benchmarking the interchange formats"
WORDS = [
    "river",
    "morning",
    "anxious",
    "calm",
    "walk",
    "work",
    "tea",
    "rain",
    "letter",
    "sister",
    "sleep",
    "light",
]


def _jrnl_export(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    entries = []
    for n in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 400)))
        entries.append(
            {
                "title": f"Day {n}.",
                "body": body,
                "date": (start + timedelta(days=n // 3)).isoformat(),
                "time": f"{rng.randint(0, 23):02}:{rng.randint(0, 59):02}",
                "tags": [f"@{rng.choice(WORDS)}" for _ in range(rng.randint(0, 3))],
                "starred": rng.random() < 0.1,
            }
        )
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")


def _notes_folder(folder: Path, count: int, seed: int = 11) -> None:
    """Daily notes as Obsidian keeps them: ``YYYY/MM/YYYY-MM-DD.md``, some with front matter
    (tags, a mood), inline #tags, and a few plain-text notes with no date but their file's."""
    rng = random.Random(seed)
    start = date(1999, 1, 1)
    for n in range(count):
        day = start + timedelta(days=n)
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 400)))
        tags = ", ".join(rng.sample(WORDS, rng.randint(0, 3)))
        head = f"---\ntags: [{tags}]\nmood: {rng.randint(1, 10)}\n---\n" if n % 3 else ""
        text = f"{head}# {day:%A}\n\n{body} #{rng.choice(WORDS)}\n"
        path = folder / f"{day:%Y}" / f"{day:%m}" / f"{day.isoformat()}.md"
        if n % 100 == 0:
            path = folder / "inbox" / f"note {n}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def run_interchange_benchmark() -> dict[str, float]:
    """Seconds for each step, measured on a real encrypted journal in a temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "jrnl.json"
        _jrnl_export(source, ENTRIES)
        vault, _ = Vault.create(root / "journal", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
        with vault:
            journal = Journal(vault)
            started = time.perf_counter()
            parsed = parse_file("jrnl", source)
            plan = preview(parsed, journal)
            parsed_at = time.perf_counter()
            added = commit(plan, journal).added
            imported_at = time.perf_counter()
            exported = export_json(journal, root / "export.json")
            exported_at = time.perf_counter()
        if added != ENTRIES or exported != ENTRIES:
            raise RuntimeError(f"expected {ENTRIES} entries, imported {added}, exported {exported}")
        notes = root / "notes"
        _notes_folder(notes, ENTRIES)
        vault, _ = Vault.create(
            root / "notes-journal", PASSPHRASE, kdf=FLOOR, with_recovery_key=False
        )
        with vault:
            journal = Journal(vault)
            notes_started = time.perf_counter()
            notes_plan = preview(parse_file("notes", notes), journal)
            notes_read_at = time.perf_counter()
            notes_added = commit(notes_plan, journal).added
            notes_done_at = time.perf_counter()
        if notes_added != ENTRIES:
            raise RuntimeError(f"expected {ENTRIES} notes, imported {notes_added}")
    html_started = time.perf_counter()
    html_to_markdown("<b>" * 32_000 + "words")
    html_done_at = time.perf_counter()
    return {
        "journey_html_32k_unclosed_tags_s": html_done_at - html_started,
        "import_notes_10k_read_and_preview_s": notes_read_at - notes_started,
        "import_notes_10k_total_s": notes_done_at - notes_started,
        "import_jrnl_10k_parse_and_preview_s": parsed_at - started,
        "import_jrnl_10k_total_s": imported_at - started,
        "export_json_10k_s": exported_at - imported_at,
    }


BIG_EXPORT_ENTRIES = 70
PHOTO_BYTES = 4 * 1024 * 1024


def run_big_export_benchmark() -> dict[str, float]:
    """The import of an export with 560 MiB of photos, in a process of its own."""
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vault, _ = Vault.create(root / "source", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
        with vault:
            journal = Journal(vault)
            attachments = Attachments(vault)
            for n in range(BIG_EXPORT_ENTRIES):
                entry = journal.add(Entry(body=f"Day {n}: two photos."))
                files = [
                    AttachmentFile(f"photo {n}-{k}.jpg", "image/jpeg", rng.randbytes(PHOTO_BYTES))
                    for k in range(2)
                ]
                with vault.transaction():
                    attachments.add_many((f, entry.id) for f in files)
            export = root / "export.json"
            export_json(journal, export)
        size = export.stat().st_size
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.interchange", "--import-only", str(export)],
            check=True,
            capture_output=True,
            text=True,
        )
    figures = json.loads(done.stdout.splitlines()[-1])
    return {"big_export_mb": size / 1e6, **figures}


def import_only(export: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "j", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
        with vault:
            journal = Journal(vault)
            started, cpu = time.perf_counter(), time.process_time()
            result = commit(preview(parse_file("innerspace", export), journal), journal)
            seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    if result.added != BIG_EXPORT_ENTRIES or result.photos != 2 * BIG_EXPORT_ENTRIES:
        raise RuntimeError(f"imported {result.added} entries and {result.photos} photos")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        json.dumps(
            {
                "big_export_import_s": seconds,
                "big_export_import_cpu_s": cpu_seconds,
                "big_export_import_peak_mib": peak,
            }
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--import-only"]:
        import_only(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--big-export"]:
        print(json.dumps(run_big_export_benchmark()))
    else:
        for name, seconds in run_interchange_benchmark().items():
            print(f"{name:40} {seconds:7.2f} s")
