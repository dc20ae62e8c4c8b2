"""Backups and restore (SECURITY.md test 9): made through SQLCipher, verified, kept in
generations, and restored only after checking; bad backup files change nothing."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from innerspace.core.entries import Draft, Entry
from innerspace.storage.backups import (
    BackupError,
    RotationPolicy,
    backup_folder,
    backup_name,
    create_backup,
    inspect_backup,
    journal_id,
    list_backups,
    restore_backup,
    rotate,
    with_passphrase,
    with_recovery_key,
)
from innerspace.storage.errors import WrongPassphrase
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_new_data_key import SlowBackup

CANARY = "zebra-canary-7f3a91"


def _fill(journal: Journal) -> None:
    for n in range(25):
        journal.add(
            Entry(
                title=f"day {n}",
                body=f"{CANARY} entry {n} " + "words " * (n * 40),
                tags=(CANARY, f"t{n % 3}"),
                created=datetime(2023, 1, 1, 9, tzinfo=UTC) + timedelta(days=n),
            )
        )
    journal.save_draft(
        Draft(entry_id=None, title="draft", body=CANARY, tags=(), saved=datetime.now(UTC))
    )


def _snapshot(journal: Journal) -> list[tuple[object, ...]]:
    rows = []
    for entry, zone in journal.iter_all():
        rows.append(
            (
                entry.uid,
                entry.created,
                entry.updated,
                entry.title,
                entry.body,
                entry.tags,
                entry.starred,
                entry.kind,
                entry.fields,
                zone,
            )
        )
    return rows


def test_backup_is_one_verified_file_without_plaintext(journal: Journal, data_dir: Path) -> None:
    _fill(journal)
    path = create_backup(journal.vault, backup_folder(data_dir))
    assert path.exists() and path.parent == data_dir / "backups"
    assert CANARY.encode() not in path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["journal.db", "journal.key", "manifest.json"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in archive.infolist())
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "innerspace-backup"
    if os.name == "posix":
        assert (path.stat().st_mode & 0o777) == 0o600
        assert (path.parent.stat().st_mode & 0o777) == 0o700
    # Nothing but the backup is left in the folder: no temporary copies.
    assert list(path.parent.iterdir()) == [path]


def test_restore_gives_identical_data_and_keeps_the_current_journal(
    journal: Journal, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _fill(journal)
    before = _snapshot(journal)
    drafts_before = journal.all_drafts()
    path = create_backup(vault, tmp_path / "elsewhere")
    journal.add(Entry(body="written after the backup"))

    staged = inspect_backup(path, with_passphrase(PASSPHRASE), work_dir=data_dir)
    assert staged.info.entries == 25
    assert staged.info.first_entry is not None and staged.info.first_entry.year == 2023
    assert "25 entries" in staged.info.describe()
    kept = restore_backup(staged, data_dir, current=vault)
    assert kept is not None and kept.exists()
    assert not vault.is_open

    with Vault.unlock(data_dir, PASSPHRASE) as restored:
        assert restored.check() == []
        again = Journal(restored)
        assert _snapshot(again) == before
        assert [(s, d.body) for s, d, _ in again.all_drafts()] == [
            (s, d.body) for s, d, _ in drafts_before
        ]
        assert again.search(CANARY)
    # The journal as it was just before the restore is itself a good backup.
    check = inspect_backup(kept, with_passphrase(PASSPHRASE), work_dir=tmp_path)
    assert check.info.entries == 26
    check.discard()


def test_restore_into_an_empty_folder_with_the_recovery_key(tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "old", PASSPHRASE, kdf=FLOOR)
    assert recovery is not None
    with vault:
        Journal(vault).add(Entry(body="from the old computer", tags=("move",)))
        path = create_backup(vault, tmp_path / "usb")
    new_home = tmp_path / "new computer" / "journal"
    new_home.mkdir(parents=True)
    staged = inspect_backup(path, with_recovery_key(recovery), work_dir=new_home)
    assert restore_backup(staged, new_home, current=None) is None
    with Vault.unlock(new_home, PASSPHRASE) as restored:
        assert [s.preview for s in Journal(restored).page()] == ["from the old computer"]
    assert [p.name for p in new_home.parent.iterdir()] == ["journal"]


def test_a_backup_opens_only_with_the_passphrase_valid_when_it_was_made(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    old = create_backup(vault, tmp_path / "b", policy=None)
    vault.change_passphrase("a completely new passphrase", kdf=FLOOR)
    with pytest.raises(WrongPassphrase):
        inspect_backup(old, with_passphrase("a completely new passphrase"), work_dir=tmp_path)
    inspect_backup(old, with_passphrase(PASSPHRASE), work_dir=tmp_path).discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "journal"]


def test_restore_refuses_to_replace_a_journal_it_cannot_keep(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    path = create_backup(vault, tmp_path / "b")
    staged = inspect_backup(path, with_passphrase(PASSPHRASE), work_dir=tmp_path)
    with pytest.raises(BackupError, match="unlock the current journal"):
        restore_backup(staged, data_dir, current=None)
    staged.discard()


def _bad_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    data = good.read_bytes()
    out["truncated"] = tmp_path / "truncated.innerspace-backup"
    out["truncated"].write_bytes(data[: len(data) // 2])
    out["not a zip"] = tmp_path / "notes.txt"
    out["not a zip"].write_text("just some notes\n")
    out["huge"] = tmp_path / "huge.innerspace-backup"
    with out["huge"].open("wb") as handle:
        handle.truncate(3 * 1024**2)
    out["other zip"] = tmp_path / "photos.zip"
    with zipfile.ZipFile(out["other zip"], "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    out["hostile zip"] = tmp_path / "hostile.innerspace-backup"
    with zipfile.ZipFile(out["hostile zip"], "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("journal.key", "{}")
        archive.writestr("../../journal.db", b"\0" * 5_000_000)
    out["compressed bomb"] = tmp_path / "bomb.innerspace-backup"
    with zipfile.ZipFile(out["compressed bomb"], "w", zipfile.ZIP_DEFLATED) as archive:
        with zipfile.ZipFile(good) as source:
            for name in ("manifest.json", "journal.key"):
                archive.writestr(name, source.read(name))
        archive.writestr("journal.db", b"\0" * 20_000_000)
    flipped = bytearray(data)
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo("journal.db")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    flipped[start + 5000 : start + 5016] = bytes(16)
    out["damaged database"] = tmp_path / "damaged.innerspace-backup"
    out["damaged database"].write_bytes(bytes(flipped))
    return out


def test_bad_backup_files_give_a_clear_message_and_change_nothing(
    journal: Journal, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _fill(journal)
    good = create_backup(vault, tmp_path / "good")
    before = _snapshot(journal)
    listing = sorted(p.name for p in data_dir.rglob("*"))
    bad = tmp_path / "bad"
    bad.mkdir()
    for what, path in _bad_files(bad, good).items():
        with pytest.raises(BackupError) as caught:
            inspect_backup(
                path, with_passphrase(PASSPHRASE), work_dir=data_dir, max_bytes=2 * 1024**2
            )
        message = str(caught.value)
        assert message and "Traceback" not in message, what
        assert sorted(p.name for p in data_dir.rglob("*")) == listing, what
    assert _snapshot(journal) == before
    assert not any(p.name.startswith(".innerspace-restore") for p in data_dir.iterdir())


OWN_ID = "0123456789abcdef"
OTHER_ID = "fedcba9876543210"


def _stand_in(folder: Path, moment: datetime, journal: str | None, label: str = "") -> Path:
    """A file shaped like a backup, with the manifest rotation reads (the journal is empty)."""
    path = folder / backup_name(moment, label, journal=journal)
    manifest = {"format": "innerspace-backup", "version": 1, "created": moment.isoformat()}
    manifest["schema_version"] = 1
    if journal is not None:
        manifest["journal_id"] = journal
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("journal.key", b"{}")
        archive.writestr("journal.db", b"")
    return path


def test_rotation_keeps_the_last_ten_and_one_a_month_for_a_year(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2024, 6, 15, 12, tzinfo=UTC)
    made = [now - timedelta(days=3 * n) for n in range(160)]
    for moment in made:
        _stand_in(folder, moment, OWN_ID)
    (folder / "holiday photos.zip").write_bytes(b"")
    rotate(folder, RotationPolicy(), journal_id=OWN_ID, now=now)
    kept = [moment for moment, _ in list_backups(folder)]
    assert kept[:10] == made[:10]
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    assert min(months) == (2023, 7)
    assert len(kept) == len(set(kept))
    assert len(kept) <= 10 + 12
    assert (folder / "holiday photos.zip").exists()


def test_each_backup_is_rotated_in_its_folder(vault: Vault, data_dir: Path) -> None:
    folder = backup_folder(data_dir)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(4):
        create_backup(vault, folder, now=start + timedelta(minutes=n), policy=RotationPolicy(2, 0))
    kept = [moment for moment, _ in list_backups(folder)]
    assert kept == [start + timedelta(minutes=3), start + timedelta(minutes=2)]


def test_a_restore_never_prunes_the_backups_the_person_kept(
    journal: Journal, vault: Vault, data_dir: Path
) -> None:
    journal.add(Entry(body="an entry"))
    folder = backup_folder(data_dir)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = [
        create_backup(vault, folder, now=start + timedelta(hours=i), policy=None) for i in range(14)
    ]
    oldest = made[0]
    staged = inspect_backup(oldest, with_passphrase(PASSPHRASE), work_dir=data_dir)
    kept = restore_backup(staged, data_dir, current=vault)
    remaining = list_backups(folder)
    assert len(remaining) == 15  # the 14 kept, plus the journal as it was before the restore
    assert oldest.exists()
    # The next backup rotates by the usual rules, and the copy from before the restore stays.
    with Vault.unlock(data_dir, PASSPHRASE) as restored:
        newest = create_backup(restored, folder, now=start + timedelta(days=1))
    left = [path for _, path in list_backups(folder)]
    assert kept is not None and kept in left
    assert newest in left
    assert len(left) >= 3  # and at least one more besides


def test_restoring_a_smaller_backup_never_thins_away_the_larger_ones(
    journal: Journal, vault: Vault, data_dir: Path
) -> None:
    folder = backup_folder(data_dir)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    journal.add(Entry(body="first day"))
    small = create_backup(vault, folder, now=start)
    for n in range(300):
        journal.add(Entry(body=f"Months of writing, day {n}. " + "A long walk by the sea. " * 80))
    larger = [create_backup(vault, folder, now=start + timedelta(days=d)) for d in (1, 2, 3)]
    staged = inspect_backup(small, with_passphrase(PASSPHRASE), work_dir=data_dir)
    kept = restore_backup(staged, data_dir, current=vault, now=start + timedelta(days=5))
    with Vault.unlock(data_dir, PASSPHRASE) as restored:
        assert kept is not None and kept.stat().st_size > 5 * restored.size_in_bytes() // 4
        for day in (6, 7):
            create_backup(restored, folder, now=start + timedelta(days=day))
    left = [path for _, path in list_backups(folder)]
    assert kept in left
    assert all(path in left for path in larger)
    assert small in left


def test_copies_from_before_a_restore_or_a_new_key_are_kept_by_their_own_rule(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2024, 6, 15, 12, tzinfo=UTC)
    restores = [
        _stand_in(folder, now - timedelta(days=10 + n), OWN_ID, "before-restore") for n in range(5)
    ]
    new_key = _stand_in(folder, now - timedelta(days=30), OWN_ID, "new-key")
    plain = [_stand_in(folder, now - timedelta(days=n), OWN_ID) for n in range(6)]
    size = plain[0].stat().st_size
    tight = RotationPolicy(keep_last=2, monthly_for=0, budget=0.1)
    rotate(folder, tight, journal_id=OWN_ID, now=now, journal_bytes=size)
    left = [path for _, path in list_backups(folder)]
    assert left == [plain[0], plain[1], *restores[:3], new_key]


def test_journals_sharing_a_folder_rotate_only_their_own_backups(tmp_path: Path) -> None:
    shared = tmp_path / "usb"
    start = datetime(2024, 1, 1, tzinfo=UTC)
    policy = RotationPolicy(keep_last=2, monthly_for=0)
    first, _ = Vault.create(tmp_path / "first", PASSPHRASE, kdf=FLOOR)
    second, _ = Vault.create(tmp_path / "second", PASSPHRASE, kdf=FLOOR)
    with first, second:
        for n in range(4):
            create_backup(first, shared, now=start + timedelta(hours=n), policy=policy)
            create_backup(second, shared, now=start + timedelta(hours=n, minutes=1), policy=policy)
        ids = {journal_id(first), journal_id(second)}
    assert len(ids) == 2
    for own in ids:
        kept = list_backups(shared, journal=own)
        assert [moment.hour for moment, _ in kept] == [3, 2]
    assert len(list_backups(shared)) == 4


def test_rotation_never_deletes_backups_it_cannot_prove_are_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2024, 6, 15, 12, tzinfo=UTC)
    from_before_ids = [_stand_in(folder, now - timedelta(days=n), None) for n in range(30)]
    # Named as ours, but its manifest says another journal's: not ours to delete.
    renamed = folder / backup_name(now - timedelta(days=40), journal=OWN_ID)
    _stand_in(folder, now - timedelta(days=40), OTHER_ID).rename(renamed)
    for n in range(5):
        _stand_in(folder, now - timedelta(days=50 + n), OWN_ID)

    removed = rotate(folder, RotationPolicy(keep_last=2, monthly_for=0), journal_id=OWN_ID, now=now)

    assert len(removed) == 3
    assert all(path.exists() for path in [*from_before_ids, renamed])


def test_a_journal_keeps_its_id_through_a_backup_and_restore(
    journal: Journal, vault: Vault, data_dir: Path
) -> None:
    own = journal_id(vault)
    backup = create_backup(vault, backup_folder(data_dir))
    assert own in backup.name
    with zipfile.ZipFile(backup) as archive:
        assert json.loads(archive.read("manifest.json"))["journal_id"] == own
    staged = inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=data_dir)
    assert staged.info.journal_id == own
    restore_backup(staged, data_dir, current=vault)
    with Vault.unlock(data_dir, PASSPHRASE) as restored:
        assert journal_id(restored) == own


def test_kept_backups_fit_in_five_times_the_journal_and_each_restores_on_its_own(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal(vault)
    folder = backup_folder(data_dir)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    made = []
    for day in range(12):
        when = start + timedelta(days=day)
        journal.add(Entry(body=f"Day {day}. " + "A quiet walk by the river. " * 60, created=when))
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        made.append(create_backup(vault, folder, now=when))
        kept = [path for _, path in list_backups(folder)]
        largest = max(vault.size_in_bytes(), *(p.stat().st_size for p in kept[:10]))
        assert sum(p.stat().st_size for p in kept) <= 5 * largest
    # Ten newest and one a month would be eleven: fewer are kept, spread back in time.
    assert kept[0] == made[-1]
    assert 3 <= len(kept) < 11
    assert made[0] in kept or made[1] in kept
    for n, path in enumerate(kept):
        home = tmp_path / f"restored-{n}"
        home.mkdir()
        staged = inspect_backup(path, with_passphrase(PASSPHRASE), work_dir=home)
        assert restore_backup(staged, home, current=None) is None
        with Vault.unlock(home, PASSPHRASE) as restored:
            assert Journal(restored).count() == staged.info.entries
        assert staged.info.entries == made.index(path) + 1


def test_rotation_over_the_budget_keeps_the_newest_and_one_more(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2024, 6, 15, 12, tzinfo=UTC)
    made = [_stand_in(folder, now - timedelta(days=n), OWN_ID) for n in range(5)]
    size = made[0].stat().st_size
    tight = RotationPolicy(budget=0.1)
    rotate(folder, tight, journal_id=OWN_ID, now=now, journal_bytes=size // 10)
    assert [path for _, path in list_backups(folder)] == [made[0], made[-1]]
    # And after the next backup: still the newest and one more, never the newest alone.
    later = now + timedelta(days=1)
    newest = _stand_in(folder, later, OWN_ID)
    rotate(folder, tight, journal_id=OWN_ID, now=later, journal_bytes=size // 10)
    assert [path for _, path in list_backups(folder)] == [newest, made[-1]]


def test_a_backup_running_during_a_restore_is_not_kept(
    journal: Journal, vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.add(Entry(body="in the backup"))
    folder = backup_folder(data_dir)
    older = create_backup(vault, folder)
    vault.change_passphrase("another passphrase altogether", kdf=FLOOR)
    journal.add(Entry(body="written after the backup"))
    running = SlowBackup(vault, monkeypatch)
    staged = inspect_backup(older, with_passphrase(PASSPHRASE), work_dir=data_dir)
    kept = restore_backup(staged, data_dir, current=vault)
    running.finish()
    assert running.made == []
    assert [type(e) for e in running.failed] == [BackupError]
    assert [path for _, path in list_backups(folder)] == [kept, older]
