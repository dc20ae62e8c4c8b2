"""What every package carries besides the app: the manual page made from the command line's own
help, and the third-party notices and SBOM made from what is installed."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from innerspace.app import build_parser

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"innerspace_packaging_{name}", PACKAGING / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_the_manual_page_documents_every_command_and_option(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    page = load("make_manpage").page()
    assert page.startswith('.TH INNERSPACE 1 "2025-12-01"')
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"\n.SS {name}\n" in page
    assert "\\fB\\-\\-passphrase\\-file\\fR \\fIPATH\\fR" in page
    assert "\n." not in page.replace("\n.TH", "").replace("\n.SH", "").replace("\n.SS", "").replace(
        "\n.TP", ""
    ).replace("\n.PP", "").replace("\n.B ", "")  # no text line is read as a request
    assert page == load("make_manpage").page()  # the same bytes for the same commit


def test_the_notices_name_every_runtime_dependency_with_its_licence(tmp_path: Path) -> None:
    notices = load("notices")
    components = [notices.python_component(d) for d in notices.runtime_distributions()]
    components += notices.embedded_components() + notices.debian_components(tmp_path)
    names = {c.name.lower() for c in components}
    assert {"pyside6_essentials", "sqlcipher3", "cryptography", "platformdirs"} <= names
    assert {"qt", "sqlcipher", "openssl", "python"} <= names
    assert all(c.licence for c in components)
    text = notices.notices(components)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # Qt's LGPL text travels with Qt

    sbom = notices.sbom(components)
    assert sbom["bomFormat"] == "CycloneDX" and sbom["specVersion"] == "1.5"
    purls = {c["purl"] for c in sbom["components"]}
    assert any(p.startswith("pkg:pypi/sqlcipher3@") for p in purls)
    assert json.dumps(sbom, sort_keys=True) == json.dumps(notices.sbom(components), sort_keys=True)


# A phrase of each component's own licence text that only that text has.
LICENCE_TEXTS = {
    "qt": ["GNU LESSER GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007"],
    "icu": ["COPYRIGHT AND PERMISSION NOTICE (ICU 58 and later)", "Google double-conversion"],
    "sqlcipher": ["Copyright (c) 2008-2024, ZETETIC LLC", "THIS SOFTWARE IS PROVIDED BY ZETETIC"],
    "sqlite": ["May you share freely, never taking more than you give."],
    "openssl": ["Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS"],
    "cryptography": ["*either* of the licenses", "Apache License", "Redistribution and use"],
    "python": ["PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"],
    "sqlcipher3": ["Gerhard H"],
}


def test_every_named_component_carries_its_own_licence_text(tmp_path: Path) -> None:
    notices = load("notices")
    components = [notices.python_component(d) for d in notices.runtime_distributions()]
    components += notices.embedded_components()
    by_name = {c.name.lower(): c for c in components}

    for name, phrases in LICENCE_TEXTS.items():
        texts = "\n".join(text for _, text in by_name[name].texts)
        for phrase in phrases:
            assert phrase in texts, f"{name}'s licence text lacks {phrase!r}"
    # The texts kept in packaging/licenses name the versions they were taken from.
    sqlcipher, sqlite = by_name["sqlcipher"], by_name["sqlite"]
    assert by_name["sqlcipher"].texts[0][1].startswith(f"SQLCipher {sqlcipher.version} ")
    assert f"SQLite {sqlite.version}," in sqlite.texts[0][1]
    assert by_name["sqlcipher"].licence == "BSD-3-Clause"

    text = notices.notices(components)
    qt = by_name["qt"].version
    assert f"The source of Qt {qt} and PySide6 {qt} is at https://download.qt.io/" in text
    assert "You may replace them with your own build" in text
    for component in components:  # every text follows its component's heading
        for file_name, _ in component.texts:
            assert f"\n{component.name} {component.version}: {file_name}\n" in text
