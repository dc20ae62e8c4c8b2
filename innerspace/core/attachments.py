"""Photos and small files in an entry: how its text points at them, and how big one may be.

An entry's Markdown names an attachment by its uid (``![Photo](attachment:<uid>)``), so the
text stays the person's own to edit: deleting the line is how a photo leaves the entry.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import PurePath

SCHEME = "attachment"
MAX_BYTES = 20 * 1024 * 1024
MAX_MEGABYTES = MAX_BYTES // (1024 * 1024)
_UID = r"[0-9A-Za-z][0-9A-Za-z-]{0,63}"
_REFERENCE = re.compile(rf"\b{SCHEME}:({_UID})")
# Characters that would end the alt text or the link early.
_ALT_SPECIALS = re.compile(r"([\\\[\]])")


class AttachmentTooLarge(ValueError):
    def __init__(self) -> None:
        super().__init__(
            f"That file is larger than {MAX_MEGABYTES} MB, the most one attachment can be; "
            "nothing was added."
        )


# What a photo's file is called; anything else is kept as a file, exactly as it came.
PHOTO_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".heic", ".heif"})


def looks_like_photo(name: str) -> bool:
    return PurePath(name).suffix.lower() in PHOTO_SUFFIXES


def media_type_of(name: str) -> str:
    """The kind of file its name says; one that says nothing is kept as plain bytes."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise AttachmentTooLarge()


def referenced_uids(text: str) -> list[str]:
    """The attachments the text points at, in order of first mention."""
    return list(dict.fromkeys(_REFERENCE.findall(text)))


def link(uid: str) -> str:
    return f"{SCHEME}:{uid}"


def markdown(name: str, uid: str, *, image: bool) -> str:
    """What the editor writes for a new attachment: an image shown in place, or a link."""
    alt = _ALT_SPECIALS.sub(r"\\\1", " ".join(name.split()))
    return f"{'!' if image else ''}[{alt}]({link(uid)})"


def relinked(text: str, uids: dict[str, str]) -> str:
    """The text with each mention of an attachment in ``uids`` pointing at its new uid."""
    if not uids:
        return text
    return _REFERENCE.sub(lambda m: link(uids.get(m.group(1), m.group(1))), text)


def without(text: str, uid: str) -> str:
    """The text with every mention of one attachment taken out; a line left empty by it goes
    too, with the blank line that set it apart, so that removing a photo leaves no gap."""
    target = re.escape(f"{SCHEME}:{uid}")
    mention = re.compile(rf"!?\[(?:[^\]\\]|\\.)*\]\({target}\)|{target}(?![0-9A-Za-z-])")
    kept_lines: list[str] = []
    dropped = False
    for line in text.split("\n"):
        kept = mention.sub("", line)
        if kept != line and not kept.strip():
            dropped = True
            continue
        if dropped and not line.strip() and (not kept_lines or not kept_lines[-1].strip()):
            dropped = False
            continue
        dropped = False
        kept_lines.append(line if kept == line else kept.rstrip())
    return "\n".join(kept_lines)
