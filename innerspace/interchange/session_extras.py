"""Preparing for a session in an InnerSpace JSON export: the talk-about list, the session dates
and weekly rhythm, and which entries are marked to bring (by uid).

Read for export, checked when read back, and merged inside the caller's import transaction:
things to talk about the journal already has (the same words, ignoring case) are not added
twice, days are a union, a weekly rhythm is taken only where the journal has none, and marks
are put on the entries of those uids once they are stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from innerspace.core.session_plan import clean_talk_text
from innerspace.storage.session_prep import SessionDates, SessionMarks, TalkList
from innerspace.storage.vault import Vault

MAX_TALK_ITEMS = 1000


class DamagedSession(ValueError):
    """The session part has the wrong shape; the whole file is refused."""


@dataclass
class SessionExtras:
    talk: list[tuple[str, bool]] = field(default_factory=list)  # (words, talked about)
    days: list[date] = field(default_factory=list)
    weekday: int | None = None
    rhythm_from: date | None = None
    brought: list[str] = field(default_factory=list)  # uids of entries marked to bring


def read_session(vault: Vault) -> SessionExtras:
    plan = SessionDates(vault).plan()
    rows = vault.connection.execute(
        "SELECT e.uid FROM session_marks m JOIN entries e ON e.id = m.entry_id ORDER BY e.sort_key"
    ).fetchall()
    return SessionExtras(
        talk=[(item.text, item.done) for item in TalkList(vault).all()],
        days=list(plan.days),
        weekday=plan.weekday,
        rhythm_from=plan.rhythm_from,
        brought=[r[0] for r in rows],
    )


def session_json(extras: SessionExtras) -> dict[str, Any]:
    return {
        "talk_about": [{"text": text, "done": done} for text, done in extras.talk],
        "days": [day.isoformat() for day in extras.days],
        "weekday": extras.weekday,
        "rhythm_from": None if extras.rhythm_from is None else extras.rhythm_from.isoformat(),
        "bring": extras.brought,
    }


def session_from_json(value: Any) -> SessionExtras:
    """The ``session`` part of a file (absent before version 4: nothing)."""
    if value is None:
        return SessionExtras()
    if not isinstance(value, dict):
        raise DamagedSession("session")
    try:
        talk = [_talk_item(item) for item in _list(value.get("talk_about") or [])]
        days = [date.fromisoformat(_text(day)) for day in _list(value.get("days") or [])]
        weekday = value.get("weekday")
        if weekday is not None and (
            isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6
        ):
            raise ValueError("weekday")
        start = value.get("rhythm_from")
        brought = [_text(uid) for uid in _list(value.get("bring") or [])]
    except (ValueError, TypeError) as exc:
        raise DamagedSession("session") from exc
    if len(talk) > MAX_TALK_ITEMS:
        raise DamagedSession("session")
    return SessionExtras(
        talk=[item for item in talk if item[0]],
        days=days,
        weekday=weekday,
        rhythm_from=None if start is None else date.fromisoformat(_text(start)),
        brought=brought,
    )


def merge_session(vault: Vault, extras: SessionExtras) -> None:
    """Talk-about items, days and rhythm; marks come after the entries (``restore_marks``)."""
    with vault.transaction():
        talk = TalkList(vault)
        known = {item.text.casefold() for item in talk.all()}
        for text, done in extras.talk:
            if text.casefold() in known:
                continue
            known.add(text.casefold())
            item = talk.add(text)
            if done:
                talk.set_done(item.id, True)
        dates = SessionDates(vault)
        for day in extras.days:
            dates.add_day(day)
        if extras.weekday is not None and dates.plan().weekday is None:
            dates.set_weekly(extras.weekday, extras.rhythm_from)


def restore_marks(vault: Vault, uids: list[str]) -> None:
    """Mark the stored entries of these uids to bring (inside the caller's transaction)."""
    marks = SessionMarks(vault)
    with vault.transaction() as db:
        for uid in uids:
            row = db.execute("SELECT id FROM entries WHERE uid = ?", (uid,)).fetchone()
            if row is not None:
                marks.mark(int(row[0]), True)


def _talk_item(value: Any) -> tuple[str, bool]:
    if not isinstance(value, dict):
        raise TypeError("a thing to talk about is an object")
    done = value.get("done", False)
    if not isinstance(done, bool):
        raise TypeError("done is true or false")
    return clean_talk_text(_text(value.get("text"))), done


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value
