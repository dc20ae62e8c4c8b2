"""Commands for the journal as a whole: create it, change its passphrase, check its health."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.storage.new_data_key import delete_backups, reencrypt
from innerspace.storage.vault import Vault, vault_exists

RECOVERY_ADVICE = """\
Your recovery key (shown only this once):

    {key}

Please write it down or print it, and keep it somewhere safe, away from this computer.
If you ever forget your passphrase, this key is the only other way into your journal.
Without both your passphrase and this key, nobody can open the journal and nothing in it
can be recovered."""


OLD_SECRETS_NOTE = (
    "Backups made before now still open with the old secrets, and a key file from one of "
    "them opens this journal too; to end that, run: innerspace passwd --new-data-key"
)


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
        "the same. Either way, backups made before still open with the passphrase and recovery "
        "key they were made with; --new-data-key re-encrypts the journal so that those old "
        "secrets no longer open it.",
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
    passwd.add_argument(
        "--new-data-key",
        action="store_true",
        help="keep the passphrase, but re-encrypt the journal under a new key (and make a new "
        "recovery key), so that old passphrases, recovery keys and key files no longer open it",
    )
    passwd.add_argument(
        "--delete-old-backups",
        action="store_true",
        help="with --new-data-key: delete this journal's earlier backups without asking",
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
    if args.new_data_key:
        return renew_data_key(args, data_dir)
    if args.delete_old_backups:
        raise CommandError("--delete-old-backups goes with --new-data-key.")
    with unlock(data_dir, args.passphrase_file, "Current passphrase: ") as vault:
        vault.change_passphrase(passphrase.choose_new(args.new_passphrase_file))
        has_recovery_key = vault.has_recovery_key()
    print("Your passphrase is changed. Please use the new one from now on.")
    if has_recovery_key:
        print("Your recovery key still works as before.")
    print(OLD_SECRETS_NOTE)
    return 0


def renew_data_key(args: argparse.Namespace, data_dir: Path) -> int:
    if args.new_passphrase_file is not None:
        raise CommandError(
            "--new-data-key keeps your passphrase; please change the passphrase on its own."
        )
    if not vault_exists(data_dir):
        raise CommandError(
            f"There's no journal in {data_dir} yet. You can create one with: innerspace init"
        )
    secret = passphrase.current(args.passphrase_file, "Passphrase: ")
    vault = Vault.unlock(data_dir, secret)
    try:
        print("Re-encrypting your journal under a new key; this can take a minute.")
        renewed = reencrypt(vault, secret)
    finally:
        vault.close()
    renewed.vault.close()
    print("Your journal is now encrypted under a new key. Your passphrase is the same.")
    if renewed.recovery_key is not None:
        print()
        print(RECOVERY_ADVICE.format(key=renewed.recovery_key))
        print("Your old recovery key no longer opens this journal.")
        print()
    print(f"A fresh backup was made: {renewed.fresh_backup}")
    older = renewed.older_backups
    if not older:
        print(
            "Copies of earlier backups kept elsewhere still open with the old passphrase and "
            "recovery key."
        )
        return 0
    count = "1 earlier backup" if len(older) == 1 else f"{len(older)} earlier backups"
    print(
        f"{count} in {older[0].parent} (and any copies elsewhere) still open with the old "
        "passphrase and recovery key."
    )
    if args.delete_old_backups or _asked(f"Delete the {count} there?"):
        deleted = delete_backups(older)
        print(f"Deleted {deleted} earlier {'backup' if deleted == 1 else 'backups'}.")
    else:
        print("They were kept; delete them once you no longer need them.")
    return 0


def _asked(question: str) -> bool:
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        return False
    print(f"{question} [y/N] ", end="", flush=True)
    return stdin.readline().strip().casefold() in {"y", "yes"}


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
