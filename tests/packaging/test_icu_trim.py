"""The Linux bundle's smaller ICU data library: it leaves out only what Qt never reads, and Qt
sorts, changes case and names time zones exactly as it does with ICU's full data."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from tests.packaging.test_notices_and_manpage import load

QT_LIBS = Path(PySide6.__file__).parent / "Qt" / "lib"


def fake_package(items: list[tuple[str, bytes]]) -> bytes:
    """A common data package ("CmnD") as ICU's tools write one, with a minimal header."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    return load("trim_icu").package(header, items)


def test_only_the_trees_qt_never_reads_are_left_out() -> None:
    trim_icu = load("trim_icu")
    items = [
        ("icudt73l/brkitr/cjdict.dict", b"words" * 7),
        ("icudt73l/coll/root.res", b"collation"),
        ("icudt73l/coll/zh.res", b"pinyin" * 5),
        ("icudt73l/curr/de.res", b"Euro"),
        ("icudt73l/de.res", b"Deutsch"),
        ("icudt73l/ibm-943_P15A-2003.cnv", b"shift-jis"),
        ("icudt73l/lang/de.res", b"Sprachen"),
        ("icudt73l/metaZones.res", b"zones"),
        ("icudt73l/unames.icu", b"LATIN SMALL LETTER A"),
        ("icudt73l/zone/de.res", b"Mitteleuropaeische Zeit"),
    ]
    package = fake_package(items)

    smaller, saved = trim_icu.trimmed(package)

    _, kept = trim_icu.items(smaller)
    assert [name for name, _ in kept] == [
        "icudt73l/coll/root.res",
        "icudt73l/coll/zh.res",
        "icudt73l/de.res",
        "icudt73l/ibm-943_P15A-2003.cnv",
        "icudt73l/metaZones.res",
        "icudt73l/zone/de.res",
    ]
    kept_data = dict(items)
    for name, data in kept:  # each item whole, padded to ICU's 16-byte alignment
        assert data.rstrip(b"\0") == kept_data[name]
        assert smaller.index(data) % 16 == 0
    assert saved == len(package) - len(smaller) > 0
    assert trim_icu.trimmed(smaller) == (smaller, 0)


QT_ICU_CALLS = r"""
import os
from PySide6.QtCore import QCollator, QLocale, QStringConverter, QStringDecoder, QTimeZone
words = ["Zebra", "zebra", "Äpfel", "apple", "Öl", "über", "Ufer", "ångström", "côte", "coté",
         "cote", "Łódź", "Lodz", "ch", "cz", "h", "日本", "中国", "한국", "ß", "ss", "İstanbul",
         "ıslak"]
for name in ["en_US", "de_DE", "sv_SE", "fr_FR", "tr_TR", "cs_CZ", "pl_PL", "ja_JP", "zh_CN"]:
    locale = QLocale(name)
    collator = QCollator(locale)
    print(name, sorted(words, key=collator.sortKey), locale.toUpper("istanbul ıi straße"))
    collator.setNumericMode(True)
    print(name, sorted(["item 10", "item 2", "item 1"], key=collator.sortKey))
    for zone in [b"Europe/Berlin", b"America/New_York", b"Asia/Kolkata"]:
        tz = QTimeZone(zone)
        print(name, tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
              locale), tz.displayName(QTimeZone.TimeType.DaylightTime,
              QTimeZone.NameType.ShortName, locale))
print(len(QStringConverter.availableCodecs()), QStringDecoder("Shift_JIS").isValid())
maps = open("/proc/self/maps").read().splitlines()
print("ICU data:", [line.split()[-1] for line in maps if "libicudata" in line][0])
"""


def qt_answers(site: Path | None) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(site) if site else "")
    done = subprocess.run(
        [sys.executable, "-c", QT_ICU_CALLS],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not (QT_LIBS / "libicudata.so.73").exists()
    or not all(shutil.which(tool) for tool in ("objdump", "as", "ld")),
    reason="PySide6's ICU data library and binutils are on Linux only",
)
def test_qt_answers_the_same_with_the_smaller_icu_data(tmp_path: Path) -> None:
    icu_data = next(QT_LIBS.glob("libicudata.so.*"))
    smaller = load("trim_icu").write_library(icu_data, tmp_path / "icu")
    assert smaller.stat().st_size < icu_data.stat().st_size / 1.8
    # PySide6 beside itself, except Qt Core's and ICU's libraries: copies, so Qt finds the
    # smaller data library beside it ($ORIGIN) instead of the installed one.
    site = tmp_path / "site"
    (site / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    for item in Path(PySide6.__file__).parent.iterdir():
        if item.name != "Qt":
            (site / "PySide6" / item.name).symlink_to(item)
    for item in (QT_LIBS.parent).iterdir():
        if item.name != "lib":
            (site / "PySide6" / "Qt" / item.name).symlink_to(item)
    for library in [*QT_LIBS.glob("libQt6Core.so*"), *QT_LIBS.glob("libicu*")]:
        shutil.copy2(library, site / "PySide6" / "Qt" / "lib")
    shutil.copy2(smaller, site / "PySide6" / "Qt" / "lib" / icu_data.name)
    shiboken = Path(PySide6.__file__).parent.parent / "shiboken6"
    (site / "shiboken6").symlink_to(shiboken)

    full, trimmed = qt_answers(None), qt_answers(site)

    assert full[-1] == f"ICU data: {icu_data}"
    assert trimmed[-1] == f"ICU data: {site / 'PySide6' / 'Qt' / 'lib' / icu_data.name}"
    assert trimmed[:-1] == full[:-1]
    assert any("Mitteleuropäische Normalzeit" in line for line in trimmed)
