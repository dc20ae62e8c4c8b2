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
