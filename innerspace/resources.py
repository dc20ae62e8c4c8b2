"""Finds the app's data files (prompts, exercises, icons…) wherever InnerSpace runs.

An installed wheel and a frozen bundle carry them inside the package as ``_resources``; a source
checkout keeps them in the top-level ``resources/`` folder, their one source.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGED = "_resources"


def resources_dir() -> Path:
    packaged = files("innerspace") / PACKAGED
    # On disk (a wheel, or PyInstaller, whose reader answers with a folder in the bundle) this
    # is a Path; the app reads and globs these files, so a zip import is not supported.
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
