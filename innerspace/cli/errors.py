"""The one kind of failure a command reports itself, in words a person can act on."""


class CommandError(Exception):
    """``str()`` is one plain sentence; the command prints it and exits with status 1."""
