"""Renders the export, import, restore and backups screens offscreen to PNG, to look at them.

    QT_QPA_PLATFORM=offscreen python -m tools.data_screenshots [--out DIR]

Each is rendered in the light and the dark theme, at the normal text size and at 150%.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from innerspace.core.entries import Entry
from innerspace.gui.application import application
from innerspace.gui.common.theme import apply_theme
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.backup_schedule import BackupSchedule, BackupSettings
from innerspace.gui.data.backups_page import BackupsPage
from innerspace.gui.data.export_dialog import ExportDialog
from innerspace.gui.data.import_dialog import ImportDialog
from innerspace.gui.data.restore_dialog import RestoreDialog
from innerspace.storage.backups import backup_folder, create_backup
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "sample journal passphrase"


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


def grab(app: QApplication, widget: QWidget, path: Path, *, fit: bool = True) -> None:
    settle(app)
    if fit:
        widget.adjustSize()
        settle(app)
    widget.grab().save(str(path))


def sample_vault(folder: Path) -> Vault:
    vault, _recovery = Vault.create(folder / "journal", PASSPHRASE, kdf=FLOOR)
    start = datetime(2024, 1, 3, 7, 30, tzinfo=UTC)
    Journal(vault).add_many(
        Entry(body=f"Sample entry {i}.", created=start + timedelta(days=i * 3)) for i in range(40)
    )
    for day in range(3):
        create_backup(vault, backup_folder(vault.paths.folder), now=start + timedelta(days=day))
    return vault


def sample_daylio(path: Path) -> Path:
    rows = [
        "full_date,date,weekday,time,mood,activities,note_title,note",
        '2024-02-03,February 3,Saturday,10:00 pm,cosy,reading | tea,,"Quiet, good"',
        "2024-02-02,February 2,Friday,9:30 pm,frazzled,work,,Long day",
        "2024-02-01,February 1,Thursday,14:58,good,walk,,",
        "2024-02-01,February 1,Thursday,14:58,good,walk,,",
        "2024-01-31,January 31,Wednesday,never,meh,,,",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def shoot(app: QApplication, vault: Vault, work: Path, out: Path, tag: str) -> None:
    worker = DatabaseWorker()
    try:
        export = ExportDialog(worker, vault)
        export.path.setText(str(work / "exports" / "InnerSpace export 2024-03-05"))
        export.show()
        grab(app, export, out / f"export-{tag}.png")
        export.understood.setChecked(True)
        export.progress.show()
        export.progress.setRange(0, 40)
        export.progress.setValue(17)
        export.status.setText(export.tr("Exporting…"))
        grab(app, export, out / f"export-running-{tag}.png")
        export.close()

        importer = ImportDialog(worker, vault)
        importer.format.setCurrentIndex(importer.format.findData("daylio"))
        importer.path.setText(str(sample_daylio(work / "daylio.csv")))
        importer.show()
        grab(app, importer, out / f"import-choose-{tag}.png")
        importer.read_file()
        wait_until(app, lambda: importer.pages.currentIndex() == 1)
        grab(app, importer, out / f"import-preview-{tag}.png")
        importer.close()

        broken = work / "broken.json"
        broken.write_text(json.dumps({"nothing": 1}), encoding="utf-8")
        failing = ImportDialog(worker, vault)
        failing.path.setText(str(broken))
        failing.show()
        failing.read_file()
        wait_until(app, lambda: bool(failing.error.text()))
        grab(app, failing, out / f"import-error-{tag}.png")
        failing.close()

        backups = sorted(backup_folder(vault.paths.folder).iterdir())
        restore = RestoreDialog(worker, vault, backup=backups[0])
        restore.secret.edit.setText(PASSPHRASE)
        restore.show()
        restore.check()
        wait_until(app, restore.restore_button.isEnabled)
        grab(app, restore, out / f"restore-{tag}.png")
        restore.close()

        schedule = BackupSchedule(
            worker,
            vault,
            vault.paths.folder,
            settings=BackupSettings(extra_folder=work / "USB stick" / "InnerSpace backups"),
        )
        page = BackupsPage(worker, schedule)
        page.resize(600, max(page.heightForWidth(600), page.sizeHint().height()))
        page.show()
        wait_until(app, lambda: page.model.rowCount() == 3)
        page.status.setText(page.tr("Backup saved at 09:12."))
        grab(app, page, out / f"backups-page-{tag}.png", fit=False)
        page.close()
        worker.wait()
    finally:
        worker.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/data-screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    base = QFont(app.font())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vault = sample_vault(work)
        try:
            for scale in (1.0, 1.5):
                font = QFont(base)
                font.setPointSizeF(base.pointSizeF() * scale)
                app.setFont(font)
                for theme in ("light", "dark"):
                    apply_theme(app, theme)
                    tag = theme if scale == 1.0 else f"{theme}-{int(scale * 100)}"
                    shoot(app, vault, work, args.out, tag)
        finally:
            vault.close()
    print(f"Screenshots written to {args.out}")


if __name__ == "__main__":
    main()
