"""Passphrases: typed at the terminal without echo, or read from a file for scripts."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from innerspace.cli.errors import CommandError
from innerspace.core.passphrase import MIN_LENGTH

# Far longer than any passphrase, and it stops a mistaken path (a disk image, /dev/zero) from
# being read whole.
MAX_LINE_BYTES = 64 * 1024
_TERMINAL = "CONIN$" if os.name == "nt" else "/dev/tty"


def add_file_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="PATH",
        help=help_text
        or "read the passphrase from the first line of PATH instead of asking for it",
    )


def terminal_available() -> bool:
    """getpass talks to the terminal itself, so piped input is fine; no terminal at all is not."""
    try:
        with open(_TERMINAL, "rb"):
            return True
    except OSError:
        return False


def read_file(path: Path) -> str:
    """The first line of ``path``, without its line ending."""
    try:
        with path.open("rb") as handle:
            raw = handle.readline(MAX_LINE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or "it can't be opened"
        raise CommandError(f"Couldn't read the passphrase file {path}: {reason}.") from exc
    if len(raw) > MAX_LINE_BYTES:
        raise CommandError(f"The first line of {path} is far too long to be a passphrase.")
    try:
        # Notepad may start the file with a byte-order mark; it is never part of a passphrase.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(f"The passphrase file {path} isn't UTF-8 text.") from exc
    passphrase = text.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise CommandError(f"The first line of the passphrase file {path} is empty.")
    return passphrase


def ask(prompt: str) -> str:
    if not terminal_available():
        raise CommandError(
            "There's no terminal to ask for your passphrase; please use --passphrase-file PATH."
        )
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise CommandError("No passphrase was typed.") from exc


def current(path: Path | None, prompt: str) -> str:
    return read_file(path) if path else ask(prompt)


def choose_new(path: Path | None, prompt: str = "New passphrase: ") -> str:
    """A new passphrase: from the file, or typed twice so that a typo can't lock the person out."""
    if path:
        return _long_enough(read_file(path))
    passphrase = _long_enough(ask(prompt))
    if ask("Type it again: ") != passphrase:
        raise CommandError("The two passphrases don't match, so nothing was changed.")
    return passphrase


def _long_enough(passphrase: str) -> str:
    if len(passphrase) < MIN_LENGTH:
        raise CommandError(
            f"Please choose a passphrase of at least {MIN_LENGTH} characters; "
            "a short sentence you'll remember works well."
        )
    return passphrase
