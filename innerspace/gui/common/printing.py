"""What a print dialog's "Print to File" writes is as private as a saved PDF."""

from __future__ import annotations

import contextlib
import os

from PySide6.QtPrintSupport import QPrinter

from innerspace.storage.files import FILE_MODE


def keep_printed_file_private(printer: QPrinter) -> None:
    """Make the file ``printer`` prints to, if any and if it is there, readable by its owner
    only. Called before printing as well as after: the process's umask makes a new file
    private, but a file printed over keeps the mode it had."""
    name = printer.outputFileName()
    if not name or os.name != "posix":
        return
    # Missing before the first print; and a file system without modes (a FAT memory stick)
    # refuses the change, where no mode would keep anyone out anyway.
    with contextlib.suppress(OSError):
        os.chmod(name, FILE_MODE)
