"""Renders the Session room (dates, talk-about list, the summary's preview) on the sample
journal, and the summary's PDF pages, to PNG.

    QT_QPA_PLATFORM=offscreen python -m tools.session_screenshots [--out DIR]

The room is rendered in the light and the dark theme, at the normal text size and at 150%; the
PDF (ink on paper whatever the theme) once, with pdftoppm when it is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from innerspace.demo import build_demo_journal
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.session.screen import SessionRoom
from innerspace.storage.vault import Vault
from tools.shots import run_in_themes_and_sizes
from tools.support_screenshots import grab, wait_until


def shoot(app: QApplication, folder: Path, out: Path, tag: str) -> None:
    passphrase = build_demo_journal(folder / "journal")
    worker = DatabaseWorker()
    with Vault.unlock(folder / "journal", passphrase) as vault:
        room = SessionRoom(worker, vault)
        room.resize(1280, 800)
        room.show()
        room.start()
        wait_until(app, lambda: room.summary.summary is not None and not worker.busy)
        grab(app, room, out / f"session-{tag}.png")
        if tag == "light-100" and room.summary.summary is not None:
            pdf = folder / "summary.pdf"
            room.summary.write(pdf, "pdf")
            if shutil.which("pdftoppm"):
                subprocess.run(
                    ["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "session-summary-pdf")],
                    check=True,
                )
        room.close()
        room.deleteLater()
        worker.wait()
        worker.shutdown()


if __name__ == "__main__":
    run_in_themes_and_sizes(shoot, __doc__ or "", "docs/screenshots")
