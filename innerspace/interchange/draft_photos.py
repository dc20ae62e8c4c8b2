"""The photos and files of a draft not yet saved, as an InnerSpace JSON export carries them.

They wait for their entry, so they belong to no entry's record: the export puts them in the
draft's "extra" under ``DRAFT_PHOTOS``, in the form entries' attachments take. An import
stores them at once, waiting, and keeps the draft in a slot of its own
(``keep_imported_drafts``): the editor open meanwhile would write over its slot. ``bring_back``
brings an imported draft into the editor when the editor keeps none, before it is shown.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from innerspace.core.attachments import MAX_BYTES
from innerspace.core.entries import Draft
from innerspace.interchange.extras import read_time
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal

DRAFT_PHOTOS = "attachments"


def keep_imported_drafts(
    journal: Journal, attachments: Attachments, drafts: Iterable[tuple[str, Draft, str | None]]
) -> int:
    """Store the drafts a file brings, each with its photos, in the caller's transaction;
    returns how many were kept (one whose words wait already is not kept twice)."""
    kept = 0
    with journal.vault.transaction():
        for _slot, draft, entry_uid in drafts:
            attachments.add_many((item, None) for item in _carried(draft))
            extra = {k: v for k, v in draft.extra.items() if k != DRAFT_PHOTOS}
            kept += journal.keep_imported_draft(replace(draft, extra=extra), entry_uid)
    return kept


def bring_back(journal: Journal, attachments: Attachments) -> int:
    """Bring an imported draft into the editor when it keeps none; then store the photos the
    editor's draft carries (imported before they were stored at once) as waiting for it,
    and keep the draft without them, in one transaction; returns how many were added."""
    journal.bring_in_imported_draft()
    draft = journal.load_draft()
    if draft is None or DRAFT_PHOTOS not in draft.extra:
        return 0
    extra = {k: v for k, v in draft.extra.items() if k != DRAFT_PHOTOS}
    with journal.vault.transaction():
        added = attachments.add_many((item, None) for item in _carried(draft))
        journal.save_draft(replace(draft, extra=extra))
    return added


def _carried(draft: Draft) -> list[AttachmentFile]:
    carried = draft.extra.get(DRAFT_PHOTOS)
    return [
        item
        for item in (_file(r) for r in (carried if isinstance(carried, list) else []))
        if item is not None
    ]


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
