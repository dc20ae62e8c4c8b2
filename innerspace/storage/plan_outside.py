"""A readable copy of the safety plan beside the journal, kept only if the person chooses it,
so that the plan can be read from the lock screen at a moment when typing a passphrase is hard.

It is the one thing InnerSpace ever keeps unencrypted, so it is written only on that explicit
choice, only the owner may read it (0600), and it is removed when the choice is turned off.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from innerspace.core.safety_plan import SECTIONS, SafetyPlan
from innerspace.storage.files import atomic_write, fsync_dir

FILE_NAME = "safety-plan-readable.json"
FORMAT = "innerspace-readable-safety-plan"
# A plan is a few lists of short lines; anything far larger is not one.
MAX_BYTES = 1_000_000


def outside_copy_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def has_outside_copy(data_dir: Path) -> bool:
    return outside_copy_path(data_dir).is_file()


def write_outside_copy(data_dir: Path, plan: SafetyPlan) -> None:
    """Keep (or refresh) the readable copy; replaced atomically, readable by its owner only."""
    document = {"format": FORMAT, "version": 1, "sections": plan.cleaned().sections()}
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(outside_copy_path(data_dir), data)


def remove_outside_copy(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        outside_copy_path(data_dir).unlink()
        fsync_dir(data_dir)


def read_outside_copy(data_dir: Path) -> SafetyPlan | None:
    """The readable copy, or None if there is none or it can't be read as a plan."""
    path = outside_copy_path(data_dir)
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    sections = document.get("sections") if isinstance(document, dict) else None
    if not isinstance(sections, dict) or document.get("format") != FORMAT:
        return None
    plan = SafetyPlan()
    for name in SECTIONS:
        items = sections.get(name, [])
        if isinstance(items, list):
            getattr(plan, name).extend(item for item in items if isinstance(item, str))
    return plan.cleaned()
