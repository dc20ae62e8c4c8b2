"""What can go wrong when opening a journal, in words a person can act on."""


class VaultError(Exception):
    """Base for journal problems; ``str()`` is a sentence fit to show a person."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("That passphrase doesn't open this journal. Please try again.")


class WrongRecoveryKey(VaultError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or "That recovery key doesn't open this journal.")


class VaultDamaged(VaultError):
    """The key was right (or the key file unreadable) but the files are damaged."""


class KeyFileTooCostly(VaultDamaged):
    """A key file asks for more key-derivation work than InnerSpace ever chooses.

    Refused before deriving: a crafted file could otherwise keep the computer busy for many
    minutes or exhaust its memory.
    """

    def __init__(self) -> None:
        super().__init__(
            "This key file asks for far more work than InnerSpace would ever use, so it was "
            "not tried. It may have been altered; a key file from a backup can be used instead."
        )


class VaultBusy(VaultError):
    """Another program holds the journal (or its key file) and did not let go in time."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            detail
            or "Another program is using the journal right now (InnerSpace in another window, "
            "perhaps). Please close it and try again; nothing was changed."
        )


class VaultDiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "The disk that holds the journal is full. Please free some space and try again; "
            "nothing was changed."
        )


class VaultReadOnly(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "The journal's folder can't be written to right now (it is read-only). Please "
            "check the folder's permissions or the disk, then try again; nothing was changed."
        )


class VaultCannotOpen(VaultError):
    """The files are there but the system would not let us open them (not damage)."""

    def __init__(self, detail: str = "") -> None:
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"The journal couldn't be opened{reason}. Please check that its disk is connected "
            "and its folder can be reached, then try again; nothing was changed."
        )


class VaultMissing(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class UnsupportedBuild(VaultError):
    pass
