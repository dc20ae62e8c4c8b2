"""Commands for entries: write one, list them, read one, search them, change or delete one."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from innerspace.cli import output, passphrase, support_commands
from innerspace.cli.dates import EXAMPLES, parse_day, parse_moment
from innerspace.cli.errors import CommandError
from innerspace.cli.timeline import entries_between
from innerspace.cli.unlock import unlock
from innerspace.core.entries import Entry, local_now
from innerspace.core.search import parse_query
from innerspace.storage.files import FILE_MODE
from innerspace.storage.journal import EntryNotFound, Journal
from innerspace.storage.session_prep import SessionMarks

DEFAULT_LIMIT = 50
# Far beyond any journal entry; it stops a whole disk image piped in by mistake.
MAX_TEXT_BYTES = 16 * 1024 * 1024

SEARCH_LANGUAGE = (
    'Words are all required: anxious morning. Quotes find an exact phrase: "a long walk". '
    "calm* finds words that start with calm. -work leaves out entries with work (put -- "
    "before a query that starts with a dash). OR between two words accepts either."
)
# Said wherever words of an entry can be given as arguments (they show in /proc and `ps`).
SEEN_BY_OTHERS = "Other people on this computer can see a command's arguments while it runs."
VISIBLE = "visible to other users while the command runs"
EDIT_FOLDER_PREFIX = ".innerspace-edit-"


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("please give a number of 1 or more")
    return value


def register_add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = commands.add_parser(
        "add",
        help="write a new entry",
        description="Write a new entry and print its id. The text comes from --text or, when "
        f"it is piped in, from standard input (UTF-8). {SEEN_BY_OTHERS} Piping the text in "
        "keeps it private.",
    )
    add.add_argument("--text", help=f"the entry's text ({VISIBLE}; piping it in is private)")
    add.add_argument("--title", default="", help=f"a title for the entry ({VISIBLE})")
    add.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag; repeat for more tags"
    )
    add.add_argument(
        "--date",
        metavar="WHEN",
        help=f"when it was written, if not now, in ISO 8601: {EXAMPLES}. Without an offset it "
        "is your local time; a date alone means 12:00 that day.",
    )
    add.add_argument("--bring", action="store_true", help="mark it to bring to your next session")
    passphrase.add_file_option(add)
    add.set_defaults(handler=add_entry)


def register_list(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser(
        "list",
        help="list entries, newest first",
        description="List entries, newest first, each dated as its writer's clock showed.",
    )
    listing.add_argument(
        "--from", dest="first", metavar="DATE", help="only entries on or after DATE (2024-03-05)"
    )
    listing.add_argument(
        "--to", dest="last", metavar="DATE", help="only entries on or before DATE, all day long"
    )
    amount = listing.add_mutually_exclusive_group()
    amount.add_argument(
        "--limit",
        type=positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"show at most N entries (default {DEFAULT_LIMIT})",
    )
    amount.add_argument("--all", action="store_true", help="show every entry")
    listing.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of objects with id, created (ISO 8601 with the writer's UTC "
        "offset), title, preview (the start of the text), tags and starred",
    )
    passphrase.add_file_option(listing)
    listing.set_defaults(handler=list_entries)


def register_show(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = commands.add_parser(
        "show",
        help="read one entry",
        description="Print one whole entry, dated as its writer's clock showed.",
    )
    show.add_argument(
        "entry_id", type=int, metavar="ID", help="the entry's id, as add, list and search show it"
    )
    show.add_argument(
        "--json",
        action="store_true",
        help="print a JSON object with id, uid, created and updated (ISO 8601 with the "
        "writer's UTC offset), title, body, tags, starred, kind and fields",
    )
    passphrase.add_file_option(show)
    show.set_defaults(handler=show_entry)


def register_search(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = commands.add_parser(
        "search",
        help="search your entries",
        description=f"Search the text, titles and tags of your entries. {SEARCH_LANGUAGE} "
        f"Matches are shown in bold in a terminal and in [brackets] otherwise. {SEEN_BY_OTHERS}",
    )
    search.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help=f"what to look for ({VISIBLE})",
    )
    search.add_argument(
        "--order",
        choices=("newest", "relevance"),
        default="newest",
        help="newest first (the default) or best match first",
    )
    search.add_argument(
        "--limit",
        type=positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"show at most N results (default {DEFAULT_LIMIT})",
    )
    search.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of objects with id, created, title, snippet, matches, tags and "
        "starred; snippet is plain text around the match, and matches lists the [start, end) "
        "character offsets of each matching word in it",
    )
    passphrase.add_file_option(search)
    search.set_defaults(handler=search_entries)


def register_edit(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    edit = commands.add_parser(
        "edit",
        help="change an entry's text, title or date",
        description="Open the entry's text in your editor ($VISUAL, else $EDITOR, else nano or "
        "vi) and save what you write there. While you edit, the text is in a private file "
        "inside the journal's folder (readable only by you, and not encrypted); it is removed "
        "afterwards. --date and --title change those instead, without opening the editor; "
        "--date also gives a new date to an entry whose date can't be shown.",
    )
    edit.add_argument(
        "entry_id", type=int, metavar="ID", help="the entry's id, as add, list and search show it"
    )
    edit.add_argument(
        "--date",
        metavar="WHEN",
        help=f"a new date: {EXAMPLES}. Without an offset it is your local time; a date alone "
        "means 12:00 that day.",
    )
    edit.add_argument(
        "--title",
        help=f"a new title ('' for none; {VISIBLE})",
    )
    passphrase.add_file_option(edit)
    edit.set_defaults(handler=edit_entry)


def register_delete(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    delete = commands.add_parser(
        "delete",
        help="delete an entry",
        description="Delete one entry, with its feelings and tags, after asking. Backups made "
        "before keep it.",
    )
    delete.add_argument(
        "entry_id", type=int, metavar="ID", help="the entry's id, as add, list and search show it"
    )
    delete.add_argument(
        "--yes", action="store_true", help="don't ask first (needed when not at a terminal)"
    )
    passphrase.add_file_option(delete)
    delete.set_defaults(handler=delete_entry)


def add_entry(args: argparse.Namespace, data_dir: Path) -> int:
    body = _entry_text(args.text)
    created = parse_moment(args.date) if args.date else local_now()
    with unlock(data_dir, args.passphrase_file) as vault:
        entry = Journal(vault).add(
            Entry(body=body, title=args.title, tags=tuple(args.tag), created=created)
        )
        if args.bring:
            SessionMarks(vault).mark(entry.id or 0, True)
    print(entry.id)
    support_commands.offer_care(f"{args.title}. {body}", data_dir)
    return 0


def list_entries(args: argparse.Namespace, data_dir: Path) -> int:
    first = parse_day(args.first, "--from") if args.first else None
    last = parse_day(args.last, "--to") if args.last else None
    if first and last and first > last:
        raise CommandError("The --from date is after the --to date.")
    limit: int | None = None if args.all else args.limit
    with unlock(data_dir, args.passphrase_file) as vault:
        # One more than asked for tells whether there is more to see.
        found = entries_between(Journal(vault), first, last, None if limit is None else limit + 1)
    shown = found[:limit]
    if args.json:
        output.print_json([output.summary_json(s) for s in shown])
        return 0
    if not shown:
        print(_nothing_listed(first, last))
        return 0
    width = max(len(str(s.id)) for s in shown)
    for summary in shown:
        print(output.summary_line(summary, width))
    if len(found) > len(shown):
        print(f"(These are the newest {limit}; --limit N or --all shows more.)", file=sys.stderr)
    return 0


def show_entry(args: argparse.Namespace, data_dir: Path) -> int:
    with unlock(data_dir, args.passphrase_file) as vault:
        entry = _stored(Journal(vault), args.entry_id)
    if args.json:
        output.print_json(output.entry_json(entry))
    else:
        print(output.entry_text(entry))
    return 0


def search_entries(args: argparse.Namespace, data_dir: Path) -> int:
    query = " ".join(args.query)
    with unlock(data_dir, args.passphrase_file) as vault:
        hits = Journal(vault).search(query, limit=args.limit, order=args.order)
    if args.json:
        output.print_json([output.hit_json(hit) for hit in hits])
    elif not hits:
        if parse_query(query).is_empty:
            print("There are no words to look for in that search.")
        else:
            print("No entries match that search.")
    else:
        width = max(len(str(hit.id)) for hit in hits)
        style = output.match_style()
        for hit in hits:
            print("\n".join(output.hit_lines(hit, width, style)))
    return 0


def edit_entry(args: argparse.Namespace, data_dir: Path) -> int:
    created = parse_moment(args.date) if args.date is not None else None
    with unlock(data_dir, args.passphrase_file) as vault:
        journal = Journal(vault)
        entry = _stored(journal, args.entry_id)
        if created is None and args.title is None:
            if entry.fields is not None:
                # Its text is written from the exercise's answers, which only the app's form edits.
                raise CommandError(
                    f"Entry {entry.id} is a guided exercise: please change its answers in the "
                    "app. --date and --title work here."
                )
            text = _cleaned(_written_in_editor(data_dir, entry.body))
            if text == entry.body.strip("\n"):
                print("Nothing changed.")
                return 0
            _require_text(text, f" Entry {entry.id} was left as it was.")
            entry.body = text
        if created is not None:
            entry.created = created
            entry.date_out_of_range = False
        if args.title is not None:
            entry = replace(entry, title=args.title)  # tidied as a new entry's title is
        journal.update(entry)
    print(f"Saved entry {entry.id}.")
    return 0


def delete_entry(args: argparse.Namespace, data_dir: Path) -> int:
    stdin = sys.stdin
    if not args.yes and (stdin is None or not stdin.isatty()):
        raise CommandError("Deleting asks first; please add --yes when not at a terminal.")
    with unlock(data_dir, args.passphrase_file) as vault:
        journal = Journal(vault)
        entry = _stored(journal, args.entry_id)
        if not args.yes:
            print(output.entry_line(entry))
            print("Delete this entry? [y/N] ", end="", flush=True)
            if stdin.readline().strip().casefold() not in {"y", "yes"}:
                print("Nothing was deleted.")
                return 0
        journal.delete(args.entry_id)
    print(f"Deleted entry {args.entry_id}.")
    return 0


def _stored(journal: Journal, entry_id: int) -> Entry:
    try:
        return journal.get(entry_id)
    except EntryNotFound as exc:
        raise CommandError(f"There's no entry with id {entry_id}.") from exc


def _written_in_editor(data_dir: Path, text: str) -> str:
    """What the person left in the file after editing ``text`` in their editor.

    The file sits in a private folder of its own inside the data folder (never a shared /tmp),
    and the whole folder goes afterwards, with any swap or backup file the editor made there.
    """
    command = _editor_command()
    folder = Path(tempfile.mkdtemp(prefix=EDIT_FOLDER_PREFIX, dir=data_dir))
    try:
        path = folder / "entry.md"
        with os.fdopen(
            os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE),
            "w",
            encoding="utf-8",
            newline="\n",
        ) as out:
            out.write(text.strip("\n") + "\n")
        try:
            done = subprocess.run([*command, str(path)], check=False)
        except OSError as exc:
            raise CommandError(
                f"The editor “{command[0]}” couldn't be started ({exc.strerror or exc}); "
                "please set $EDITOR to one you use."
            ) from exc
        if done.returncode != 0:
            raise CommandError(
                f"The editor stopped with status {done.returncode}, so the entry was left as it "
                "was."
            )
        with path.open("rb") as edited:
            return _decoded(edited.read(MAX_TEXT_BYTES + 1))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _editor_command() -> list[str]:
    for variable in ("VISUAL", "EDITOR"):
        value = os.environ.get(variable, "").strip()
        if value:
            # "code --wait" and the like: an editor often needs its own options.
            return shlex.split(value, posix=os.name != "nt")
    if os.name == "nt":
        return ["notepad"]
    return [next((name for name in ("nano", "vi") if shutil.which(name)), "vi")]


def _entry_text(given: str | None) -> str:
    text = _cleaned(_read_stdin() if given is None else given)
    _require_text(text)
    return text


def _cleaned(text: str) -> str:
    # Windows tools end lines with CR LF; entries keep plain line feeds like the app's editor.
    return text.replace("\r\n", "\n").strip("\n")


def _require_text(text: str, then: str = "") -> None:
    if not text.strip():
        raise CommandError(f"There's nothing to save: the text is empty.{then}")


def _read_stdin() -> str:
    stdin = sys.stdin
    if stdin is None or stdin.isatty():
        raise CommandError(
            'Please give the text with --text "…", or pipe it in: echo "…" | innerspace add'
        )
    return _decoded(stdin.buffer.read(MAX_TEXT_BYTES + 1))


def _decoded(raw: bytes) -> str:
    if len(raw) > MAX_TEXT_BYTES:
        raise CommandError(
            f"That text is over {MAX_TEXT_BYTES // 2**20} MB; please split it into several entries."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError("The text isn't UTF-8; please convert it and try again.") from exc


def _nothing_listed(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return 'Your journal has no entries yet. You can write one with: innerspace add --text "…"'
    return "There are no entries in that time."
