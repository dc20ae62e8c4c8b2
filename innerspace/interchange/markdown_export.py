"""Markdown export: one folder, one file per entry with YAML front matter, readable anywhere.

The files are plain text and NOT encrypted; callers confirm that with the person first.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import unicodedata
from pathlib import Path
from typing import Any

from innerspace.core.entries import Entry
from innerspace.interchange.model import Cancelled, ExportCancelled, ExportProblem, Progress
from innerspace.storage.files import FILE_MODE, ensure_private_dir, fsync_dir
from innerspace.storage.journal import Journal

MAX_SLUG_CHARS = 48
# Characters no common file system accepts in a name, and controls.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"[\s_]+")


def export_markdown(
    journal: Journal,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write every entry into ``folder``, which must not exist or be empty. Returns the count.

    The files are written into a hidden folder beside ``folder`` and renamed at the end, so a
    cancel leaves nothing under the chosen name, and no existing file is ever replaced.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ExportProblem(
            f"{folder} already has files in it; please choose a new or empty folder."
        )
    ensure_private_dir(folder.parent)
    staging = folder.with_name(f".{folder.name}.{secrets.token_hex(6)}.partial")
    ensure_private_dir(staging)
    total = journal.count()
    written = 0
    used: set[str] = set()
    try:
        for entry, zone in journal.iter_all():
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            name = _unique(file_name(entry), used)
            _write_new(staging / name, render(entry, zone))
            written += 1
            if progress is not None:
                progress(written, total)
        if folder.exists():
            folder.rmdir()  # still empty: checked above, and an rmdir refuses otherwise
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(folder.parent)
    return written


def render(entry: Entry, zone: str | None) -> str:
    meta: list[tuple[str, Any]] = [
        ("uid", entry.uid),
        ("created", entry.created.isoformat()),
        ("updated", entry.updated.isoformat()),
    ]
    if zone:
        meta.append(("zone", zone))
    if entry.title:
        meta.append(("title", entry.title))
    meta += [("tags", list(entry.tags)), ("starred", entry.starred), ("kind", entry.kind)]
    if entry.fields is not None:
        meta.append(("fields", entry.fields))
    lines = ["---", *(f"{key}: {yaml_value(value)}" for key, value in meta), "---", ""]
    return "\n".join(lines) + entry.body + ("\n" if not entry.body.endswith("\n") else "")


def yaml_value(value: Any) -> str:
    """A YAML flow value. JSON is valid YAML once characters YAML can't hold raw are escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "".join(ch if ch.isprintable() or ch == " " else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def file_name(entry: Entry) -> str:
    stamp = entry.created.strftime("%Y-%m-%d-%H%M")
    slug = slugify(entry.display_title(""))
    return f"{stamp}-{slug}" if slug else stamp


def slugify(text: str) -> str:
    cleaned = unicodedata.normalize("NFC", _UNSAFE.sub(" ", text))
    cleaned = _SPACES.sub("-", cleaned.strip()).strip(".-")
    return cleaned[:MAX_SLUG_CHARS].rstrip(".-").lower()


def _unique(stem: str, used: set[str]) -> str:
    name = f"{stem}.md"
    n = 2
    while name.casefold() in used:
        name = f"{stem}-{n}.md"
        n += 1
    used.add(name.casefold())
    return name


def _write_new(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
