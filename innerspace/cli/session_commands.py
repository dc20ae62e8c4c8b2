"""Preparing for a session from the command line: mark entries to bring, and write a summary."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.dates import parse_day
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.core.entries import local_now
from innerspace.core.session_plan import default_period
from innerspace.core.session_summary import SessionSummary, available_sections, build_summary
from innerspace.interchange.summary_markdown import summary_markdown
from innerspace.storage.files import atomic_write
from innerspace.storage.journal import EntryNotFound
from innerspace.storage.session_material import load_summary_material
from innerspace.storage.session_prep import SessionDates, SessionMarks

SUMMARY_FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown"}
SUMMARY_WARNING = (
    "Please note: the summary is NOT encrypted. Anyone who can open {path} can read it, "
    "including the entries you marked to bring. Delete it when you no longer need it."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bring = commands.add_parser(
        "bring",
        help="mark an entry to bring to your next session",
        description="Mark an entry to bring to your session: its text goes into the session "
        "summary. Only marked entries' words are ever written there.",
    )
    bring.add_argument(
        "entry_id", type=int, metavar="ID", help="the entry's id, as add, list and search show it"
    )
    bring.add_argument("--remove", action="store_true", help="take the mark away again")
    passphrase.add_file_option(bring)
    bring.set_defaults(handler=bring_entry)

    sections = ", ".join(available_sections())
    summary = commands.add_parser(
        "summary",
        help="write a session summary to share (PDF or Markdown)",
        description="Write a summary of a stretch of days to share with your therapist: mood "
        "and feelings, thought records, coping that helped, your talk-about list, and the "
        "text of the entries you marked to bring (no other entry's words). The file is not "
        "encrypted.",
    )
    summary.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help="the first day (2024-03-05); by default the day of your last session, or two "
        "weeks ago",
    )
    summary.add_argument("--to", dest="last", metavar="DATE", help="the last day (default today)")
    summary.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="where to write it; .pdf makes a PDF, .md Markdown",
    )
    summary.add_argument(
        "--include",
        metavar="SECTIONS",
        help=f"only these sections, separated by commas (all by default): {sections}",
    )
    summary.add_argument(
        "--yes", action="store_true", help="I understand the summary is not encrypted"
    )
    passphrase.add_file_option(summary)
    summary.set_defaults(handler=write_summary)


def bring_entry(args: argparse.Namespace, data_dir: Path) -> int:
    with unlock(data_dir, args.passphrase_file) as vault:
        try:
            SessionMarks(vault).mark(args.entry_id, not args.remove)
        except EntryNotFound as exc:
            raise CommandError(f"There's no entry with id {args.entry_id}.") from exc
    if args.remove:
        print(f"Entry {args.entry_id} is no longer marked to bring.")
    else:
        print(f"Entry {args.entry_id} is marked to bring to your session.")
    return 0


def write_summary(args: argparse.Namespace, data_dir: Path) -> int:
    kind = SUMMARY_FORMATS.get(args.out.suffix.casefold())
    if kind is None:
        raise CommandError(
            "Please end the file's name with .pdf or .md, so it's clear which to write."
        )
    chosen = _sections(args.include)
    given_first = parse_day(args.first, "--from") if args.first else None
    last = parse_day(args.last, "--to") if args.last else local_now().date()
    print(SUMMARY_WARNING.format(path=args.out), file=sys.stderr)
    if not _confirmed(args.yes):
        print("Nothing was written.")
        return 0
    with unlock(data_dir, args.passphrase_file) as vault:
        first = given_first or default_period(SessionDates(vault).plan(), last)[0]
        if first > last:
            raise CommandError("The --from date is after the --to date.")
        material = load_summary_material(vault, first, last)
    summary = build_summary(material, chosen, local_now().date())
    if kind == "pdf":
        pages = _write_pdf(summary, args.out)
        print(f"Wrote the summary of {summary.period} to {args.out} ({_pages(pages)}).")
    else:
        atomic_write(args.out, summary_markdown(summary).encode("utf-8"))
        print(f"Wrote the summary of {summary.period} to {args.out}.")
    return 0


def _sections(given: str | None) -> tuple[str, ...]:
    offered = available_sections()
    if given is None:
        return offered
    chosen = tuple(part.strip() for part in given.split(",") if part.strip())
    unknown = [part for part in chosen if part not in offered]
    if unknown or not chosen:
        raise CommandError(f"Please choose sections among: {', '.join(offered)}.")
    return chosen


def _write_pdf(summary: SessionSummary, path: Path) -> int:
    # Qt draws the PDF; no window is needed, so no display either.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from innerspace.documents.summary_document import write_summary_pdf

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        return write_summary_pdf(summary, path)
    finally:
        del app


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def _confirmed(yes: bool) -> bool:
    if yes:
        return True
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise CommandError(
            "Write the unencrypted summary? Please confirm with --yes when not at a terminal."
        )
    print("Write the unencrypted summary? [y/N] ", end="", flush=True)
    return stdin.readline().strip().casefold() in {"y", "yes"}
