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
from dataclasses import replace
from pathlib import Path, PurePath
from typing import Any

from innerspace.core.attachments import link as attachment_link
from innerspace.core.entries import Entry
from innerspace.interchange.extras import iter_with_details
from innerspace.interchange.model import Cancelled, ExportCancelled, ExportProblem, Progress
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.feelings import StoredFeelings
from innerspace.storage.files import FILE_MODE, ensure_private_dir, fsync_dir
from innerspace.storage.journal import Journal
from innerspace.storage.prompt_library import PromptLibrary, PromptLink

MAX_SLUG_CHARS = 48
# Photos and files of the entries, beside the notes, linked from their text.
ATTACHMENTS_FOLDER = "attachments"
# Characters no common file system accepts in a name, controls, and those Obsidian reads as
# part of a link ('#' a heading, '^' a block, '[]' and '|' the link itself).
_UNSAFE = re.compile(r'[\\/:*?"<>|#^\[\]\x00-\x1f\x7f]+')
# What Obsidian accepts in a tag: letters, digits, '_', '-' and '/' for nesting.
_NOT_IN_TAG = re.compile(r"[^\w/-]+")
_SPACES = re.compile(r"[\s_]+")
# A mapping key YAML reads as plain text; anything else (and YAML 1.1's booleans) is quoted.
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_RESERVED_KEYS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def export_markdown(
    journal: Journal,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write every entry into ``folder``, which must not exist or be empty. Returns the count.

    The files are written into a hidden folder beside ``folder`` and renamed at the end, so a
    cancel leaves nothing under the chosen name, and no existing file is ever replaced. Only
    folders made here are made private: a folder the person chose keeps its mode.
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
    prompt_texts = {p.id: p.text for p in PromptLibrary(journal.vault).all_prompts()}
    attachments = Attachments(journal.vault)
    try:
        for entry, zone, feelings, link in iter_with_details(journal):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            files = attachments.files_of(entry.id) if entry.id is not None else []
            if files:
                entry = replace(entry, body=_write_attachments(staging, entry.body, files))
            name = _unique(file_name(entry), used)
            text = render(entry, zone, feelings, link, prompt_texts)
            _write_new(staging / name, text)
            written += 1
            if progress is not None:
                progress(written, total)
        if folder.exists():
            # The person chose this empty folder: fill it, so that it keeps its own mode.
            for path in sorted(staging.iterdir()):
                os.replace(path, folder / path.name)
            staging.rmdir()
        else:
            os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(folder.parent)
    return written


def render(
    entry: Entry,
    zone: str | None,
    feelings: StoredFeelings | None = None,
    link: PromptLink | None = None,
    prompt_texts: dict[str, str] | None = None,
) -> str:
    """The file for one entry: YAML front matter, then the text as written."""
    feelings = feelings or StoredFeelings()
    meta: list[tuple[str, Any]] = [
        ("uid", entry.uid),
        ("created", entry.created.isoformat()),
        ("updated", entry.updated.isoformat()),
    ]
    if zone:
        meta.append(("zone", zone))
    if entry.title:
        meta.append(("title", entry.title))
    tags = obsidian_tags(entry.tags)
    meta.append(("tags", tags))
    if tags != list(entry.tags):
        # Read back by InnerSpace's own import: the tags as they were written.
        meta.append(("original_tags", list(entry.tags)))
    meta += [("starred", entry.starred), ("kind", entry.kind)]
    if feelings.mood is not None:
        meta.append(("mood", feelings.mood))
    if feelings.emotions:
        meta.append(
            (
                "emotions",
                [
                    {"emotion": t.emotion_id, "intensity": t.intensity}
                    | ({"phase": t.phase} if t.phase else {})
                    for t in feelings.emotions
                ],
            )
        )
    if feelings.contexts:
        by_kind: dict[str, list[str]] = {}
        for kind, name in feelings.contexts:
            by_kind.setdefault(kind, []).append(name)
        meta.append(("contexts", by_kind))
    if link is not None:
        prompt: dict[str, Any] = {"id": link.prompt_id}
        text = (prompt_texts or {}).get(link.prompt_id)
        if text is not None:
            prompt["text"] = text
        prompt["answered_on"] = link.answered_on.isoformat()
        meta.append(("prompt", prompt))
    if entry.fields is not None:
        meta.append(("fields", entry.fields))
    lines = ["---", *(line for key, value in meta for line in yaml_lines(key, value)), "---", ""]
    return "\n".join(lines) + entry.body + ("\n" if not entry.body.endswith("\n") else "")


def obsidian_tags(tags: tuple[str, ...]) -> list[str]:
    """Tags Obsidian reads as tags: no spaces or '#', and never only digits."""
    out: list[str] = []
    for tag in tags:
        cleaned = _NOT_IN_TAG.sub("-", tag.strip().lstrip("#")).strip("-/")
        if cleaned.isdigit():
            cleaned = f"tag-{cleaned}"
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


def yaml_lines(key: str, value: Any, indent: str = "") -> list[str]:
    """``key: value`` in block style, so nested exercise fields and feelings read as a list
    would on paper; scalars and lists of scalars stay on one line."""
    head = f"{indent}{_yaml_key(key)}:"
    if isinstance(value, dict) and value:
        return [
            head,
            *(ln for k, v in value.items() for ln in yaml_lines(str(k), v, indent + "  ")),
        ]
    if isinstance(value, list) and any(_nested(item) for item in value):
        return [head, *(ln for item in value for ln in _yaml_item(item, indent + "  "))]
    return [f"{head} {yaml_value(value)}"]


def _yaml_item(item: Any, indent: str) -> list[str]:
    if isinstance(item, dict) and item:
        inner = [ln for k, v in item.items() for ln in yaml_lines(str(k), v, indent + "  ")]
    elif isinstance(item, list) and any(_nested(sub) for sub in item):
        inner = [ln for sub in item for ln in _yaml_item(sub, indent + "  ")]
    else:
        return [f"{indent}- {yaml_value(item)}"]
    # The first line of the nested block moves up beside the dash.
    return [f"{indent}- {inner[0][len(indent) + 2 :]}", *inner[1:]]


def _nested(value: Any) -> bool:
    return isinstance(value, (dict, list)) and bool(value)


def _yaml_key(key: str) -> str:
    if _PLAIN_KEY.match(key) and key.casefold() not in _RESERVED_KEYS:
        return key
    return yaml_value(key)


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


def _write_attachments(staging: Path, body: str, files: list[AttachmentFile]) -> str:
    """Write an entry's files into the attachments folder; returns its text linking to them."""
    folder = staging / ATTACHMENTS_FOLDER
    ensure_private_dir(folder)
    for item in files:
        name = attachment_file_name(item)
        fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(item.data)
        body = body.replace(
            f"({attachment_link(item.uid)})", f"({ATTACHMENTS_FOLDER}/{_link_path(name)})"
        )
    return body


def _link_path(name: str) -> str:
    """The name as a Markdown link reads it: anything but plain ASCII percent-encoded."""
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
    return "".join(chr(b) if b in safe else f"%{b:02X}" for b in name.encode("utf-8"))


def attachment_file_name(item: AttachmentFile) -> str:
    """Its own name made safe, with the start of its uid, so no two files ever share one."""
    path = PurePath(item.name)
    suffix = slugify(path.suffix.lstrip("."))
    stem = slugify(path.stem) or "attachment"
    return f"{stem}-{item.uid[:8]}" + (f".{suffix}" if suffix else "")


def _write_new(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
