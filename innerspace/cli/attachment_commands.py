"""Attaching a photo or a small file to an entry from the command line:
``innerspace attach ID FILE``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.core.attachments import (
    MAX_BYTES,
    AttachmentTooLarge,
    check_size,
    looks_like_photo,
    markdown,
    media_type_of,
)
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import EntryNotFound, Journal


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    attach = commands.add_parser(
        "attach",
        help="add a photo or a small file to an entry",
        description="Add a photo (PNG, JPEG, WebP or GIF) or any other file (a PDF, a "
        "recording, a text), up to 20 MB, to an entry. It is kept inside the encrypted journal "
        "and linked from a line added at the end of the entry's text. What a camera wrote into "
        "a photo (where it was taken, the device) is left out unless you add --keep-details; "
        "any other file is kept exactly as it is.",
    )
    attach.add_argument(
        "entry_id", type=int, metavar="ID", help="the entry's id, as add, list and search show it"
    )
    attach.add_argument("file", type=Path, metavar="FILE", help="the photo or file to add")
    attach.add_argument(
        "--keep-details",
        action="store_true",
        help="keep the photo exactly as it is, with where it was taken",
    )
    passphrase.add_file_option(attach)
    attach.set_defaults(handler=attach_photo)


def attach_photo(args: argparse.Namespace, data_dir: Path) -> int:
    data = _read(args.file)
    # Read and checked before the journal is unlocked: a file that isn't a photo costs nothing.
    name = args.file.name
    photo = looks_like_photo(name)
    item = (
        _prepared(data, name, keep_details=args.keep_details)
        if photo
        else AttachmentFile(name=name, media_type=media_type_of(name), data=data)
    )
    with unlock(data_dir, args.passphrase_file) as vault:
        journal = Journal(vault)
        try:
            entry = journal.get(args.entry_id)
        except EntryNotFound as exc:
            raise CommandError(f"There's no entry with id {args.entry_id}.") from exc
        if entry.fields is not None:
            raise CommandError(
                f"Entry {entry.id} is a guided exercise; photos and files go into notes you write."
            )
        with vault.transaction():
            Attachments(vault).add(item, entry.id)
            line = markdown(item.name, item.uid, image=photo)
            entry.body = f"{entry.body.rstrip()}\n\n{line}\n" if entry.body.strip() else line
            journal.update(entry)
    print(f"Added the {'photo' if photo else 'file'} to entry {entry.id}.")
    return 0


def _read(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise CommandError(f"{path} isn't a file.")
        check_size(path.stat().st_size)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        check_size(len(data))
    except AttachmentTooLarge as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"{path} can't be opened ({exc.strerror}).") from exc
    return data


def _prepared(data: bytes, name: str, *, keep_details: bool) -> AttachmentFile:
    # Qt re-encodes the photo; no window is needed, so no display either.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from innerspace.documents.images import NotAPhoto, photo_attachment

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        return photo_attachment(data, name, keep_details=keep_details)
    except (NotAPhoto, AttachmentTooLarge) as exc:
        raise CommandError(str(exc)) from exc
    finally:
        del app
