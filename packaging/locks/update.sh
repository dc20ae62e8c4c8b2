#!/usr/bin/env bash
# Writes the hashed lock files that release builds install from, one per platform:
#   packaging/locks/<platform>.txt   the dependencies, dev extras and PyInstaller, with hashes
# Needs uv (pip install uv). Run it after changing a version in pyproject.toml or build.in.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export UV_NO_CONFIG=1

lock() {
    local name="$1" platform="$2"
    shift 2
    uv pip compile --quiet pyproject.toml packaging/locks/build.in --extra dev \
        --generate-hashes --only-binary :all: --python-version 3.11 \
        --python-platform "$platform" --no-header "$@" -o "packaging/locks/$name.txt"
    echo "packaging/locks/$name.txt"
}

# Ubuntu 22.04 (glibc 2.35) is the oldest Linux the release is built on.
lock linux-x86_64 x86_64-manylinux_2_35
lock windows-x64 x86_64-pc-windows-msvc
# PySide6 6.11's macOS wheels are macosx_13_0, the floor of both Mac builds.
lock macos-arm64 aarch64-apple-darwin
lock macos-x86_64 x86_64-apple-darwin --constraints packaging/locks/macos-x86_64.constraints
