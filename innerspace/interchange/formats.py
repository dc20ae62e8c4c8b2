"""The formats the journal can import, by the names the command line and the app use."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from innerspace.interchange import (
    daylio,
    dayone,
    innerspace_json,
    journey,
    jrnl,
    jrnl_text,
    notes_folder,
)
from innerspace.interchange.model import ImportProblem, ParsedImport

IMPORT_FORMATS = ("jrnl", "jrnl-text", "dayone", "daylio", "journey", "notes", "innerspace")


def parse_file(fmt: str, path: Path, *, moods: Mapping[str, int] | None = None) -> ParsedImport:
    """Read ``path`` as ``fmt``; nothing is written. Raises ``ImportProblem`` for a bad file."""
    if fmt == "jrnl":
        return jrnl.parse(path)
    if fmt == "jrnl-text":
        return jrnl_text.parse(path)
    if fmt == "journey":
        return journey.parse(path)
    if fmt == "notes":
        return notes_folder.parse(path)
    if fmt == "dayone":
        return dayone.parse(path)
    if fmt == "daylio":
        return daylio.parse(path, moods)
    if fmt == "innerspace":
        return innerspace_json.parse(path)
    raise ImportProblem(f"InnerSpace can't import the format {fmt!r}.")
