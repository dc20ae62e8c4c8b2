"""Commands for the journal as a whole: create it, change its passphrase, check its health."""

from __future__ import annotations

import argparse
from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.storage.vault import Vault, vault_exists

RECOVERY_ADVICE = """\
Your recovery key (shown only this once):

    {key}

Please write it down or print it, and keep it somewhere safe, away from this computer.
If you ever forget your passphrase, this key is the only other way into your journal.
Without both your passphrase and this key, nobody can open the journal and nothing in it
can be recovered."""


def register_init(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="create your journal",
        description="Create an encrypted journal in the data folder. You choose a passphrase, "
        "and you get a recovery key, shown once.",
    )
    passphrase.add_file_option(
        init, "read the new passphrase from the first line of PATH instead of asking twice"
    )
    init.set_defaults(handler=create_journal)


def register_passwd(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    passwd = commands.add_parser(
        "passwd",
        help="change your passphrase",
        description="Change the passphrase that opens your journal. The recovery key stays "
        "the same.",
    )
    passphrase.add_file_option(
        passwd, "read the current passphrase from the first line of PATH instead of asking"
    )
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="PATH",
        help="read the new passphrase from the first line of PATH instead of asking twice",
    )
    passwd.set_defaults(handler=change_passphrase)


def register_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="check that your journal is healthy",
        description="Run the encryption and database integrity checks. Exit status 1 if "
        "they find a problem.",
    )
    passphrase.add_file_option(check)
    check.set_defaults(handler=check_journal)


def create_journal(args: argparse.Namespace, data_dir: Path) -> int:
    if vault_exists(data_dir):
        raise CommandError(f"There's already a journal in {data_dir}; it was left as it is.")
    new_passphrase = passphrase.choose_new(args.passphrase_file, "Choose a passphrase: ")
    vault, recovery_key = Vault.create(data_dir, new_passphrase)
    vault.close()
    print(f"Your journal is ready in {data_dir}.")
    if recovery_key:
        print()
        print(RECOVERY_ADVICE.format(key=recovery_key))
    return 0


def change_passphrase(args: argparse.Namespace, data_dir: Path) -> int:
    with unlock(data_dir, args.passphrase_file, "Current passphrase: ") as vault:
        vault.change_passphrase(passphrase.choose_new(args.new_passphrase_file))
        has_recovery_key = vault.has_recovery_key()
    print("Your passphrase is changed. Please use the new one from now on.")
    if has_recovery_key:
        print("Your recovery key still works as before.")
    return 0


def check_journal(args: argparse.Namespace, data_dir: Path) -> int:
    with unlock(data_dir, args.passphrase_file) as vault:
        problems = vault.check()
    if not problems:
        print("Your journal is healthy: both integrity checks passed.")
        return 0
    for problem in problems:
        print(problem)
    found = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
    raise CommandError(
        f"The integrity checks found {found}, listed above. "
        "Please keep a copy of the journal folder before changing anything."
    )
