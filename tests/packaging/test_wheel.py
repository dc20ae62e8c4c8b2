"""The Python package works outside a source checkout: build the sdist, build the wheel from that
sdist, install it into a fresh virtual environment and run the installed ``innerspace`` there.

Offline and quick: the build backend comes from the development environment
(``--no-build-isolation``), and the fresh environment reaches the dependencies that are already
installed through a ``.pth`` file instead of downloading them again.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from innerspace import __version__
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
DEPENDENCIES = ("PySide6", "shiboken6", "sqlcipher3", "cryptography", "cffi", "platformdirs")
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "innerspace", "resources")


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout


def build(hook: str, source: Path, out: Path) -> Path:
    """One PEP 517 hook of the project's own build backend, run in ``source``."""
    out.mkdir(exist_ok=True)
    name = run(
        sys.executable,
        "-c",
        f"import hatchling.build as b; print(b.{hook}({str(out)!r}))",
        cwd=source,
    ).strip()
    return out / name


def site_folders_of_dependencies() -> list[str]:
    folders = {str(Path(importlib.import_module(name).__path__[0]).parent) for name in DEPENDENCIES}
    return sorted(folders)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scripts folder of a fresh environment with the wheel (built from the sdist) in it."""
    work = tmp_path_factory.mktemp("wheel")
    checkout = work / "checkout"
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            checkout.mkdir(exist_ok=True)
            shutil.copy2(source, checkout / name)

    sdist = build("build_sdist", checkout, work / "dist")
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", filter="data")
    wheel = build("build_wheel", work / "unpacked" / f"innerspace-{__version__}", work / "dist")

    venv = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    site = Path(
        run(
            python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=work
        ).strip()
    )
    (site / "development-dependencies.pth").write_text(
        "\n".join(site_folders_of_dependencies()) + "\n", encoding="utf-8"
    )
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--quiet",
        "--no-deps",
        "--no-index",
        "--disable-pip-version-check",
        wheel,
        cwd=work,
    )
    return scripts


def clean_env(tmp_path: Path) -> dict[str, str]:
    """No source checkout on the path, and a home of its own so no real journal is near."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "INNERSPACE_DATA_DIR"}}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    return env


def test_the_wheel_carries_every_resource(installed: Path) -> None:
    wheel = next((installed.parents[1] / "dist").glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        shipped = {n.removeprefix("innerspace/_resources/") for n in archive.namelist()}
    sources = {
        p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
    }
    assert {p for p in sources if (ROOT / "resources" / p).is_file()} <= shipped


def test_the_installed_package_finds_its_resources_inside_itself(
    installed: Path, tmp_path: Path
) -> None:
    python = next(installed.glob("python*"))
    printed = run(
        python,
        "-c",
        "import innerspace, innerspace.resources as r; print(innerspace.__file__); "
        "print(r.resource_path('prompts', 'cbt.json'))",
        cwd=tmp_path,
        env=clean_env(tmp_path),
    ).splitlines()
    venv = installed.parent.resolve()
    assert all(Path(line).resolve().is_relative_to(venv) for line in printed), printed
    assert Path(printed[1]).is_file()


def test_the_installed_app_passes_its_smoke_test(installed: Path, tmp_path: Path) -> None:
    out = run(installed / "innerspace", "--smoke-test", cwd=tmp_path, env=clean_env(tmp_path))
    assert "smoke test passed" in out


def test_the_installed_command_line_reviews_a_fresh_journal(
    installed: Path, tmp_path: Path
) -> None:
    Vault.create(tmp_path / "journal", PASSPHRASE, kdf=FLOOR)[0].close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = run(
        installed / "innerspace",
        "--data-dir",
        tmp_path / "journal",
        "review",
        "--passphrase-file",
        secret,
        cwd=tmp_path,
        env=clean_env(tmp_path),
    )
    assert "0 entries" in out
    assert "no patterns to show yet" in out
