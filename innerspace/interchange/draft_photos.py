"""The photos and files of a draft not yet saved, as an InnerSpace JSON export carries them.

They wait for their entry, so they belong to no entry's record: the export puts them in the
draft's "extra" under ``DRAFT_PHOTOS``, in the form entries' attachments take. An import keeps
a draft's extras as they are, so they come into the journal with the draft; ``bring_back``
then stores them where the editor finds them, before the draft is shown.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from typing import Any

from innerspace.core.attachments import MAX_BYTES
from innerspace.interchange.extras import read_time
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal

DRAFT_PHOTOS = "attachments"


def bring_back(journal: Journal, attachments: Attachments) -> int:
    """Store the photos an imported draft carries as waiting for it, and keep the draft
    without them, in one transaction; returns how many were added."""
    draft = journal.load_draft()
    if draft is None or DRAFT_PHOTOS not in draft.extra:
        return 0
    carried = draft.extra[DRAFT_PHOTOS]
    items = [
        item
        for item in (_file(r) for r in (carried if isinstance(carried, list) else []))
        if item is not None
    ]
    extra = {k: v for k, v in draft.extra.items() if k != DRAFT_PHOTOS}
    with journal.vault.transaction():
        added = attachments.add_many((item, None) for item in items)
        journal.save_draft(replace(draft, extra=extra))
    return added


def _file(record: Any) -> AttachmentFile | None:
    """One carried photo, or ``None`` when it can't be read whole (it is left out)."""
    try:
        uid, data = record["uid"], base64.b64decode(record["data"], validate=True)
        thumbnail = record.get("thumbnail")
        if not isinstance(uid, str) or not uid or len(data) > MAX_BYTES:
            return None
        return AttachmentFile(
            uid=uid,
            name=str(record.get("name") or "attachment"),
            media_type=str(record.get("media_type") or "application/octet-stream"),
            created=read_time(record["created"]),
            data=data,
            thumbnail=None if thumbnail is None else base64.b64decode(thumbnail, validate=True),
        )
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error):
        return None
