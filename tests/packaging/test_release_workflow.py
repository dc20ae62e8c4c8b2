"""The release workflow builds on every system it promises, checks the frozen app, and refuses
to publish unsigned packages. Read from the YAML itself, as GitHub would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
LOCKS = ROOT / "packaging" / "locks"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return data


def steps(workflow: dict[Any, Any], job: str = "build") -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return found


def step(workflow: dict[Any, Any], name: str) -> dict[str, Any]:
    return next(s for s in steps(workflow) if s.get("name", "").startswith(name))


def test_it_runs_on_tags_pushes_and_pull_requests(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 reads the bare key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["tags"] == ["v*"]
    assert "pull_request" in triggers


def test_the_matrix_covers_each_system_and_the_oldest_linux(workflow: dict[Any, Any]) -> None:
    matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    assert {(m["os"], m["platform"]) for m in matrix} == {
        ("ubuntu-22.04", "linux-x86_64"),
        ("windows-latest", "windows-x64"),
        ("macos-14", "macos-arm64"),
        ("macos-15-intel", "macos-x86_64"),  # GitHub has no macOS 13 images any more
    }
    assert workflow["jobs"]["build"]["strategy"]["fail-fast"] is False


def test_every_platform_installs_from_its_own_hashed_lock(workflow: dict[Any, Any]) -> None:
    run = step(workflow, "Install the locked dependencies")["run"]
    assert "--require-hashes" in run
    assert "packaging/locks/${{ matrix.platform }}.txt" in run
    for entry in workflow["jobs"]["build"]["strategy"]["matrix"]["include"]:
        lock = (LOCKS / f"{entry['platform']}.txt").read_text(encoding="utf-8")
        pins = re.findall(r"^([a-z0-9-]+)==\S+ \\$", lock, re.MULTILINE)
        assert {"pyside6-essentials", "sqlcipher3", "cryptography", "pyinstaller"} <= set(pins)
        assert all("--hash=sha256:" in block for block in lock.split("==")[1:])


def test_the_tests_run_before_anything_is_frozen(workflow: dict[Any, Any]) -> None:
    names = [s.get("name", "") for s in steps(workflow)]
    assert names.index("Tests") < min(i for i, n in enumerate(names) if n.startswith("Freeze"))
    assert "pytest" in step(workflow, "Tests")["run"]


def test_the_frozen_smoke_test_uses_a_console_build_and_a_time_limit(
    workflow: dict[Any, Any],
) -> None:
    smoke = step(workflow, "Frozen smoke test")
    assert "--smoke-test" in smoke["run"]
    assert "innerspace.com" in smoke["run"]  # Windows' console companion, which prints
    assert smoke["timeout-minutes"] <= 10
    assert "if" not in smoke  # every platform


def test_a_tagged_build_fails_without_signing_credentials(workflow: dict[Any, Any]) -> None:
    assert "refs/tags/v" in workflow["env"]["INNERSPACE_REQUIRE_SIGNING"]
    windows = (ROOT / "packaging" / "windows" / "build_windows.ps1").read_text(encoding="utf-8")
    assert re.search(r"elseif \(\$env:INNERSPACE_REQUIRE_SIGNING\) \{\s*throw", windows)
    macos = (ROOT / "packaging" / "macos" / "build_macos.sh").read_text(encoding="utf-8")
    assert re.search(r'INNERSPACE_REQUIRE_SIGNING:-\}" \] && .*\n\s*fail "a release must be', macos)
    assert "spctl --assess" in macos
    assert macos.count("notarize ") >= 2  # the app, then the disk image


def test_a_release_carries_checksums_and_only_follows_green_builds(
    workflow: dict[Any, Any],
) -> None:
    release = workflow["jobs"]["release"]
    assert release["needs"] == "build"
    assert "refs/tags/v" in release["if"]
    assert any("sha256sum" in s.get("run", "") for s in release["steps"])
    assert workflow["permissions"] == {"contents": "read"}


def test_the_flatpak_has_no_network_permission() -> None:
    manifest = yaml.safe_load(
        (ROOT / "packaging" / "linux" / "org.innerspace.InnerSpace.yml").read_text(encoding="utf-8")
    )
    permissions = manifest["finish-args"]
    assert not any("network" in p for p in permissions)
    assert "--share=ipc" in permissions
