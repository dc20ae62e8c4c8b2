"""The command line's subcommands, on the same core and storage as the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from innerspace.cli import (
    attachment_commands,
    checkin_commands,
    data_commands,
    entry_commands,
    homework_commands,
    journal_commands,
    mood_commands,
    output,
    review_commands,
    session_commands,
    support_commands,
)
from innerspace.cli.errors import CommandError
from innerspace.core.entries import MomentOutOfRange
from innerspace.storage.errors import VaultCannotOpen, VaultError
from innerspace.storage.vault import describe_database_error

PROG = "innerspace"
EXIT_STATUS = (
    "Exit status: 0 when all went well, 1 for a problem (explained in one line), 2 for a "
    "mistake in the command, 130 when stopped with Ctrl+C."
)
INTERRUPTED = 130
NOT_UTF8 = (
    "Some of the words given to the command aren't valid UTF-8 text, so nothing was changed; "
    "please check the terminal's language settings and try again."
)

Handler = Callable[[argparse.Namespace, Path], int]

# In the order `innerspace --help` lists them.
_REGISTRATIONS = (
    journal_commands.register_init,
    entry_commands.register_add,
    entry_commands.register_list,
    entry_commands.register_show,
    entry_commands.register_search,
    entry_commands.register_edit,
    entry_commands.register_delete,
    attachment_commands.register,
    journal_commands.register_passwd,
    journal_commands.register_check,
    review_commands.register,
    session_commands.register,
    homework_commands.register,
    data_commands.register,
    mood_commands.register,
    support_commands.register,
    checkin_commands.register,
)


def add_commands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    for register in _REGISTRATIONS:
        register(commands)
    parser.epilog = EXIT_STATUS


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Run the chosen command; expected problems become one line on stderr, never a traceback."""
    handler: Handler = args.handler
    output.prepare_stdout()
    if not _all_utf8(args):
        return _fail(NOT_UTF8)
    try:
        status = handler(args, data_dir)
        # A reader that went away (`innerspace list | head -1`) is noticed here, not at exit.
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)  # finish the line that showed ^C
        return _fail("Stopped.", INTERRUPTED)
    except (CommandError, VaultError, MomentOutOfRange) as exc:
        return _fail(str(exc))
    except UnicodeError:
        # Text no database or file can hold (a lone surrogate) that got past the checks above.
        return _fail(NOT_UTF8)
    except sqlcipher3.Error as exc:
        problem = describe_database_error(exc, data_dir)
        if isinstance(problem, VaultCannotOpen):
            return _fail(f"The journal couldn't be read or written ({exc}).")
        return _fail(str(problem))
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else " a file"
        return _fail(f"Couldn't use{where}: {exc.strerror or exc}.")
    return status


def _all_utf8(args: argparse.Namespace) -> bool:
    """Whether every word typed can be stored: bytes that aren't UTF-8 arrive as lone
    surrogates (file names may hold any bytes, and stay ``Path``s)."""
    for value in vars(args).values():
        for word in value if isinstance(value, list) else [value]:
            if not isinstance(word, str):
                continue
            try:
                word.encode("utf-8")
            except UnicodeEncodeError:
                return False
    return True


def _fail(message: str, status: int = 1) -> int:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return status


def _discard_stdout() -> None:
    # Python flushes stdout once more at exit; pointing it at devnull keeps that quiet too.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
