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


class VaultMissing(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class UnsupportedBuild(VaultError):
    pass
