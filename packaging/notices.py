"""Third-party licence notices and a CycloneDX SBOM for one frozen build.

    python packaging/notices.py BUNDLE OUT_DIR

Run with the build environment's Python after freezing. It lists what the bundle carries: the
Python distributions InnerSpace needs at run time (with the licence files from their wheels),
the libraries those wheels embed (Qt, ICU, SQLCipher, SQLite, OpenSSL, Python itself, with the
versions read from the running libraries), and on Debian or Ubuntu the system packages whose
libraries PyInstaller copied into the bundle. Writes:

    OUT_DIR/THIRD-PARTY-NOTICES.txt   every component, its licence, and the licence texts
    OUT_DIR/sbom.cdx.json             CycloneDX 1.5 (deterministic: SOURCE_DATE_EPOCH, uuid5)
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import sysconfig
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from innerspace import APP_NAME, __version__  # noqa: E402

WHAT_THE_DEBIAN_COPYRIGHT_SAYS = "see /usr/share/doc/{package}/copyright on Debian and Ubuntu"
# Wheels whose metadata names no licence (sqlcipher3 keeps pysqlite's zlib licence file).
UNDECLARED = {"sqlcipher3": "Zlib"}
LICENSES = Path(__file__).resolve().parent / "licenses"
# Texts the wheels do not carry, kept here from each component's own source (see README.md):
# PySide6's wheels carry no licence text at all, sqlcipher3's only pysqlite's, and Qt's ICU none.
LGPL = LICENSES / "LGPL-3.0.txt"
SQLCIPHER = LICENSES / "SQLCipher.txt"
SQLITE = LICENSES / "SQLite-blessing.txt"
ICU_LICENCE = LICENSES / "ICU.txt"
# ICU.txt holds the terms of ICU 58 to 73; ICU 74 moved to the Unicode License v3.
ICU_VERSIONS_OF_THAT_TEXT = range(58, 74)


@dataclass
class Component:
    name: str
    version: str
    licence: str
    purl: str
    note: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)


def runtime_distributions(root: str = "innerspace") -> list[metadata.Distribution]:
    """InnerSpace's run-time requirements and theirs, with environment markers applied."""
    from packaging.requirements import Requirement

    seen: dict[str, metadata.Distribution] = {}
    todo = list(metadata.requires(root) or [])
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if key in seen:
            continue
        try:
            seen[key] = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue
        todo.extend(seen[key].requires or [])
    return [seen[k] for k in sorted(seen)]


def python_component(dist: metadata.Distribution) -> Component:
    name = dist.metadata["Name"]
    licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
    licence = licence.strip() or UNDECLARED.get(name.lower(), "see its licence file")
    texts = []
    for file in dist.files or []:
        if re.search(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", str(file), re.IGNORECASE):
            texts.append((file.name, file.read_text(encoding="utf-8")))
    return Component(
        name, dist.version, licence, f"pkg:pypi/{name.lower()}@{dist.version}", texts=texts
    )


def embedded_components() -> list[Component]:
    """Libraries inside the wheels, with the versions the running copies report."""
    import sqlcipher3
    from cryptography.hazmat.backends.openssl.backend import backend
    from PySide6 import QtCore

    with sqlcipher3.connect(":memory:") as db:
        cipher = db.execute("PRAGMA cipher_version").fetchone()[0].split()[0]
    openssl = backend.openssl_version_text().split()[1]
    qt = QtCore.qVersion()
    python = platform.python_version()
    icu = sorted(Path(QtCore.__file__).parent.glob("Qt/lib/libicuuc.so.*"))
    qt_component = Component("Qt", qt, "LGPL-3.0-only", f"pkg:generic/qt@{qt}", "inside PySide6")
    qt_component.texts.append(("LGPL-3.0", read(LGPL)))
    components = [qt_component]
    if icu:
        version = icu[-1].name.rsplit(".", 1)[-1]
        if int(version) not in ICU_VERSIONS_OF_THAT_TEXT:
            raise SystemExit(f"ICU {version}: put its own LICENSE in {ICU_LICENCE}")
        note = "inside Qt"
        if sys.platform.startswith("linux"):
            note += "; its data library carries only what Qt reads"
        components.append(
            Component(
                "ICU",
                version,
                "Unicode-DFS-2016",
                f"pkg:generic/icu@{version}",
                note,
                [("LICENSE", read(ICU_LICENCE))],
            )
        )
    return [
        *components,
        Component(
            "SQLCipher",
            cipher,
            "BSD-3-Clause",
            f"pkg:generic/sqlcipher@{cipher}",
            "in sqlcipher3",
            [("LICENSE", read(SQLCIPHER))],
        ),
        Component(
            "SQLite",
            sqlcipher3.sqlite_version,
            "blessing",
            f"pkg:generic/sqlite@{sqlcipher3.sqlite_version}",
            "public domain, in sqlcipher3",
            [("the blessing", read(SQLITE))],
        ),
        Component(
            "OpenSSL",
            openssl,
            "Apache-2.0",
            f"pkg:generic/openssl@{openssl}",
            "in cryptography, which takes Argon2id from it too",
            [("Apache License 2.0 (as in cryptography's wheel)", apache_licence())],
        ),
        Component(
            "Python",
            python,
            "PSF-2.0",
            f"pkg:generic/cpython@{python}",
            "the interpreter",
            [("LICENSE.txt", python_licence())],
        ),
    ]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def apache_licence() -> str:
    """The Apache License 2.0, OpenSSL's licence, as cryptography's wheel carries it."""
    for file in metadata.distribution("cryptography").files or []:
        if file.name == "LICENSE.APACHE":
            return file.read_text(encoding="utf-8")
    raise SystemExit("cryptography's wheel has no LICENSE.APACHE")


def python_licence() -> str:
    """The interpreter's own LICENSE.txt (PSF licence, with the code CPython includes)."""
    for folder in (Path(sysconfig.get_path("stdlib")), Path(sys.base_prefix)):
        if (folder / "LICENSE.txt").is_file():
            return read(folder / "LICENSE.txt")
    raise SystemExit("this Python has no LICENSE.txt to ship with it")


def debian_components(bundle: Path) -> list[Component]:
    """The Debian packages whose libraries sit at the bundle's top level (Linux builds)."""
    if not sys.platform.startswith("linux") or not Path("/usr/bin/dpkg-query").exists():
        return []
    internal = bundle / "_internal"
    names = sorted(
        p.name for p in internal.glob("lib*.so*") if p.is_file() and "python" not in p.name
    )
    packages: set[str] = set()
    for name in names:
        found = subprocess.run(
            ["dpkg-query", "-S", f"*/{name}"], capture_output=True, text=True, check=False
        )
        packages.update(line.split(":")[0] for line in found.stdout.splitlines() if ":" in line)
    result = []
    for package in sorted(packages):
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        copyright = Path("/usr/share/doc") / package / "copyright"
        texts = [(f"{package}/copyright", copyright.read_text(errors="replace"))]
        result.append(
            Component(
                package,
                version,
                WHAT_THE_DEBIAN_COPYRIGHT_SAYS.format(package=package),
                f"pkg:deb/debian/{package}@{version}",
                "a system library copied into the bundle",
                texts if copyright.is_file() else [],
            )
        )
    return result


def notices(components: list[Component]) -> str:
    versions = {c.name.lower(): c.version for c in components}
    qt, pyside = versions.get("qt", ""), versions.get("pyside6_essentials", "")
    lines = [
        f"{APP_NAME} {__version__} is free software under the GNU General Public License,",
        "version 3 or later (LICENSE). It carries these third-party components, each under",
        "its own licence; the full texts follow the list.",
        "",
        f"Qt {qt} and PySide6 {pyside} are under the GNU Lesser General Public License,",
        "version 3 (LGPL-3.0, below; it adds to the GNU GPL version 3 in LICENSE). They are",
        "unmodified, and the app loads them at run time as separate shared libraries (the",
        "libQt6* and PySide6 files in the bundle; Qt's frameworks inside the app on macOS).",
        "You may replace them with your own build of a compatible version, or change and",
        f"rebuild {APP_NAME} itself against it: its complete source is published under the GPL.",
        f"The source of Qt {qt} and PySide6 {pyside} is at https://download.qt.io/official_releases/",
        "(qt/ and QtForPython/). For three years after this release, the maintainers will also",
        "send that source, or the means to relink, on request to the address in the package.",
        "",
    ]
    for c in components:
        note = f"  ({c.note})" if c.note else ""
        lines.append(f"- {c.name} {c.version}: {c.licence}{note}".rstrip())
    for c in components:
        for file_name, text in c.texts:
            lines += ["", "=" * 78, f"{c.name} {c.version}: {file_name}", "=" * 78, text.rstrip()]
    return "\n".join(lines) + "\n"


def sbom(components: list[Component]) -> dict[str, object]:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    body = [
        {
            "type": "library",
            "bom-ref": c.purl,
            "name": c.name,
            "version": c.version,
            "purl": c.purl,
            "licenses": [{"expression": c.licence}]
            if re.fullmatch(r"[A-Za-z0-9.+\- ()]+", c.licence)
            else [{"license": {"name": c.licence}}],
        }
        for c in components
    ]
    serial = uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(body, sort_keys=True))
    return {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{serial}",
        "version": 1,
        "metadata": {
            "timestamp": datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "component": {
                "type": "application",
                "bom-ref": f"pkg:pypi/innerspace@{__version__}",
                "name": "innerspace",
                "version": __version__,
                "licenses": [{"expression": "GPL-3.0-or-later"}],
            },
        },
        "components": body,
    }


def main() -> None:
    bundle, out = Path(sys.argv[1]), Path(sys.argv[2])
    components = [python_component(d) for d in runtime_distributions()]
    components += embedded_components() + debian_components(bundle)
    out.mkdir(parents=True, exist_ok=True)
    (out / "THIRD-PARTY-NOTICES.txt").write_text(notices(components), encoding="utf-8")
    (out / "sbom.cdx.json").write_text(
        json.dumps(sbom(components), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(components)} components: {out / 'sbom.cdx.json'}")


if __name__ == "__main__":
    main()
