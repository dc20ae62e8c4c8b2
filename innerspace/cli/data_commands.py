"""Commands for owning your data: back up, restore, export and import."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.dates import parse_day
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.core.entries import local_now
from innerspace.interchange.csv_export import export_csv
from innerspace.interchange.formats import IMPORT_FORMATS, parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import ExportProblem, ImportProblem, commit, preview
from innerspace.storage.backups import (
    backup_folder,
    create_backup,
    inspect_backup,
    with_passphrase,
)
from innerspace.storage.backups import restore_journal as restore
from innerspace.storage.errors import VaultDamaged, VaultMissing, WrongPassphrase
from innerspace.storage.files import ensure_private_dir
from innerspace.storage.journal import EntryNotFound, Journal
from innerspace.storage.vault import Vault, VaultPaths, vault_exists

UNENCRYPTED_WARNING = (
    "Please note: the export is NOT encrypted. Anyone who can open {path} can read "
    "everything in it. Keep it somewhere safe and delete it when you no longer need it."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the parser."""
    backup = commands.add_parser(
        "backup",
        help="make an encrypted backup",
        description="Make an encrypted, checked backup in the journal folder's backups/ "
        "(the last 10 and one a month for a year are kept). It opens with the passphrase or "
        "recovery key you have today.",
    )
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help="also put a copy in DIR (a USB stick, say)"
    )
    passphrase.add_file_option(backup)
    backup.set_defaults(handler=backup_journal)

    restore = commands.add_parser(
        "restore",
        help="restore the journal from a backup",
        description="Check a backup and put it in place of the journal. The journal as it is "
        "now is first kept as a backup, so nothing is lost; if it can't be opened at all, its "
        "files are moved aside instead, never deleted. Works in an empty folder too.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="don't ask before restoring")
    passphrase.add_file_option(
        restore, "read the backup's passphrase from the first line of PATH instead of asking"
    )
    restore.set_defaults(handler=restore_journal)

    export = commands.add_parser(
        "export",
        help="export your entries (not encrypted)",
        description="Write every entry to a folder of Markdown files or one InnerSpace JSON "
        "file, or moods, feelings, context tags and exercise ratings (none of your writing) to "
        "a CSV file for a spreadsheet, or the entries of chosen days (or chosen entries) to a "
        "PDF for reading or printing, with their photos. The result is NOT encrypted.",
    )
    export.add_argument("--format", choices=("markdown", "json", "csv", "pdf"), required=True)
    export.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help="pdf: the first day, like 2024-03-05 (default: 30 days before --to)",
    )
    export.add_argument(
        "--to", dest="last", metavar="DATE", help="pdf: the last day (default: today)"
    )
    export.add_argument(
        "--entry",
        dest="entry_ids",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="pdf: only this entry, by the id add, list and search show; repeat for more "
        "(instead of --from and --to)",
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar="PATH", help="a new folder or file"
    )
    export.add_argument(
        "--yes", action="store_true", help="I understand the export is not encrypted"
    )
    passphrase.add_file_option(export)
    export.set_defaults(handler=export_journal)

    imports = commands.add_parser(
        "import",
        help="bring in entries from jrnl, Day One, Daylio, Journey, a folder of notes or "
        "InnerSpace",
        description="Read a jrnl JSON export or jrnl's own journal file (jrnl-text), a Day "
        "One JSON export (.zip or its .json), a Daylio CSV export, a Journey export (.zip), a "
        "folder of Markdown or text notes (notes: Obsidian, Logseq, one entry per file) or an "
        "InnerSpace JSON export, show what it holds, then add it all at once. Entries already "
        "in your journal are not added twice; entries edited since the last import are "
        "noticed.",
    )
    imports.add_argument("--format", choices=IMPORT_FORMATS, required=True)
    imports.add_argument(
        "file", type=Path, metavar="FILE", help="the file (or, for notes, the folder) to import"
    )
    imports.add_argument(
        "--mood",
        action="append",
        default=[],
        metavar="LABEL=LEVEL",
        help="Daylio: how a renamed mood felt, 1 (awful) to 5 (rad); repeat for more. "
        "Entries already imported with that mood get it too",
    )
    imports.add_argument(
        "--changed",
        choices=("update", "keep-both"),
        default="keep-both",
        help="entries edited in the other app since the last import: add the edited one "
        "beside them (keep-both, the default) or change them here to match (update); an "
        "entry you edited here is never changed",
    )
    imports.add_argument("--yes", action="store_true", help="don't ask before importing")
    passphrase.add_file_option(imports)
    imports.set_defaults(handler=import_entries)


def backup_journal(args: argparse.Namespace, data_dir: Path) -> int:
    with unlock(data_dir, args.passphrase_file) as vault:
        made = [create_backup(vault, backup_folder(data_dir))]
        if args.to is not None:
            made.append(create_backup(vault, args.to))
    for path in made:
        print(f"Backup saved: {path}")
    return 0


def restore_journal(args: argparse.Namespace, data_dir: Path) -> int:
    secret = passphrase.current(args.passphrase_file, "Passphrase of the backup: ")
    # Unpacked inside the data folder, so the final renames never cross disks.
    ensure_private_dir(data_dir)
    current, unreadable = _current_journal(data_dir, secret, args.passphrase_file)
    try:
        staged = inspect_backup(
            args.file, with_passphrase(secret), work_dir=data_dir, current=current
        )
        try:
            print(staged.info.describe())
            if unreadable is not None:
                print(
                    f"Your journal as it is now can't be opened. {unreadable} Its files will be "
                    "moved aside in the same folder, not deleted, and the restored journal "
                    "opens with the backup's passphrase and recovery key."
                )
            if not _confirmed(args.yes, "Replace your journal with this backup?"):
                print("Nothing was changed.")
                return 0
            outcome = restore(
                staged, data_dir, current=current, set_aside_unreadable=unreadable is not None
            )
        finally:
            staged.discard()
    finally:
        if current is not None:
            current.close()
    if outcome.kept is not None:
        print(f"Your journal as it was is kept as a backup: {outcome.kept}")
    if outcome.set_aside:
        names = ", ".join(path.name for path in outcome.set_aside)
        print(f"The files that couldn't be opened are kept in {data_dir}: {names}")
    if outcome.kept_current_keys:
        print("Restored. Your passphrase and recovery key are the same as before.")
    else:
        print(
            "Restored. It opens with the passphrase and recovery key it had when the backup "
            "was made."
        )
    return 0


def export_journal(args: argparse.Namespace, data_dir: Path) -> int:
    if args.format != "pdf" and (args.first or args.last or args.entry_ids):
        raise CommandError("--from, --to and --entry are for --format pdf.")
    if args.entry_ids and (args.first or args.last):
        raise CommandError("Please choose entries with --entry or days with --from and --to.")
    days = _pdf_days(args) if args.format == "pdf" and not args.entry_ids else None
    print(UNENCRYPTED_WARNING.format(path=args.out), file=sys.stderr)
    if not _confirmed(args.yes, "Write the unencrypted export?"):
        print("Nothing was exported.")
        return 0
    with unlock(data_dir, args.passphrase_file) as vault:
        journal = Journal(vault)
        try:
            if args.format == "pdf":
                count = _export_pdf(journal, days, args.entry_ids, args.out)
            elif args.format == "markdown":
                count = export_markdown(journal, args.out)
            elif args.format == "csv":
                count = export_csv(journal, args.out)
            else:
                count = export_json(journal, args.out)
        except ExportProblem as exc:
            raise CommandError(str(exc)) from exc
    print(f"Exported {count} {'entry' if count == 1 else 'entries'} to {args.out}")
    return 0


def _pdf_days(args: argparse.Namespace) -> tuple[date, date]:
    last = parse_day(args.last, "--to") if args.last else local_now().date()
    first = parse_day(args.first, "--from") if args.first else last - timedelta(days=29)
    if first > last:
        raise CommandError("The --from date is after the --to date.")
    return first, last


def _export_pdf(
    journal: Journal, days: tuple[date, date] | None, entry_ids: list[int], out: Path
) -> int:
    # Qt lays out and draws the PDF; no window is needed, so no display either.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from innerspace.documents.entries_document import (
        chosen_on_paper,
        days_on_paper,
        entries_pdf,
    )

    for entry_id in entry_ids:
        try:
            journal.get(entry_id)
        except EntryNotFound as exc:
            raise CommandError(
                f"There's no entry with id {entry_id}; nothing was exported."
            ) from exc
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        paper = days_on_paper(journal, *days) if days else chosen_on_paper(journal, entry_ids)
        entries_pdf(paper).save(out)
    except OSError as exc:
        raise CommandError(f"{out} can't be written ({exc.strerror or exc}).") from exc
    finally:
        del app
    return paper.count


def import_entries(args: argparse.Namespace, data_dir: Path) -> int:
    moods = mood_levels(args.mood)
    try:
        # The file is read before the journal is unlocked: a bad file costs no passphrase.
        parsed = parse_file(args.format, args.file, moods=moods)
    except ImportProblem as exc:
        raise CommandError(str(exc)) from exc
    with unlock(data_dir, args.passphrase_file) as vault:
        journal = Journal(vault)
        plan = preview(parsed, journal)
        for line in plan.lines():
            print(line)
        if plan.would_update:
            if args.changed == "update":
                print(
                    "Those will be changed to match the file; --changed keep-both adds the "
                    "edited ones beside them instead."
                )
            else:
                print(
                    "Those will be added beside the entries as they are now; --changed "
                    "update changes the entries to match the file instead."
                )
        # A file can bring only journal-wide things (favourites, a safety plan) and no entries.
        if (
            not plan.new
            and not plan.changed
            and not parsed.drafts
            and not parsed.mood_levels
            and parsed.extras.is_empty
        ):
            print("There is nothing new to add.")
            return 0
        if not _confirmed(args.yes, "Add these entries to your journal?"):
            print("Nothing was imported.")
            return 0
        # Qt is loaded only when photos are on their way in (it re-encodes them).
        from innerspace.documents.images import photo_from_elsewhere

        try:
            result = commit(
                plan,
                journal,
                changed="update" if args.changed == "update" else "keep both",
                prepare_photo=photo_from_elsewhere,
            )
        except ImportProblem as exc:
            raise CommandError(f"{exc} Nothing was imported.") from exc
    message = f"Imported {result.added} {'entry' if result.added == 1 else 'entries'}"
    if result.updated:
        message += f" and brought {result.updated} up to date"
    if result.photos:
        message += f", with {result.photos} {'photo' if result.photos == 1 else 'photos'}"
    print(message + ".")
    return 0


def mood_levels(pairs: list[str]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for pair in pairs:
        label, sep, level = pair.rpartition("=")
        if not sep or not label.strip() or level.strip() not in {"1", "2", "3", "4", "5"}:
            raise CommandError(
                f"Please give --mood as LABEL=LEVEL with a level from 1 (awful) to 5 (rad), "
                f"like --mood 'ok but sleepy=3' (not {pair!r})."
            )
        levels[label.strip()] = int(level)
    return levels


def _current_journal(
    data_dir: Path, secret: str, passphrase_file: Path | None
) -> tuple[Vault | None, str | None]:
    """The journal being replaced, unlocked so it can be kept as a backup first; or, when it
    can't be opened at all, why not (its files are then moved aside instead)."""
    if not vault_exists(data_dir):
        if any(path.exists() for path in VaultPaths(data_dir).database_companions()):
            return None, "Its key file is missing."
        return None, None
    try:
        try:
            return Vault.unlock(data_dir, secret), None
        except WrongPassphrase:
            if passphrase_file is not None:
                raise CommandError(
                    "The backup's passphrase doesn't open the current journal, and it must be "
                    "unlocked to be kept as a backup first. Please run restore at a terminal."
                ) from None
        return Vault.unlock(data_dir, passphrase.ask("Passphrase of the current journal: ")), None
    except (VaultDamaged, VaultMissing) as exc:
        return None, str(exc)


def _confirmed(yes: bool, question: str) -> bool:
    if yes:
        return True
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise CommandError(f"{question} Please confirm with --yes when not at a terminal.")
    print(f"{question} [y/N] ", end="", flush=True)
    answer = stdin.readline().strip().casefold()
    return answer in {"y", "yes"}
