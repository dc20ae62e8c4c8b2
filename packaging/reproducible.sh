#!/usr/bin/env bash
# Builds the Linux packages twice from the same commit and compares them byte for byte:
#   packaging/reproducible.sh        exit 0 when the bundle, tarball and .deb are identical
# The second build starts from an empty PyInstaller work folder and an empty dist/; the build
# environment (build/venv-linux) is kept, as a release machine would. Differences are listed
# file by file, so they can be chased.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"

fingerprint() {
    # One line per file in the bundle, plus the packages themselves.
    (cd "$1/innerspace" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    (cd "$1" && sha256sum ./*.tar.gz ./*.deb ./*.cdx.json)
}

build() {
    rm -rf "$ROOT/build/pyinstaller" "$ROOT/dist"
    packaging/build_linux.sh >"$ROOT/build/reproducible/build-$1.log" 2>&1 \
        || { echo "build $1 failed: see build/reproducible/build-$1.log" >&2; exit 1; }
}

rm -rf "$ROOT/build/reproducible" && mkdir -p "$ROOT/build/reproducible"
build 1
fingerprint "$ROOT/dist" >"$ROOT/build/reproducible/first.sha256"
build 2
fingerprint "$ROOT/dist" >"$ROOT/build/reproducible/second.sha256"

if cmp -s "$ROOT/build/reproducible/first.sha256" "$ROOT/build/reproducible/second.sha256"; then
    echo "identical: $(wc -l <"$ROOT/build/reproducible/first.sha256") files and packages"
    exit 0
fi
echo "the two builds differ in:"
diff "$ROOT/build/reproducible/first.sha256" "$ROOT/build/reproducible/second.sha256" \
    | awk '/^[<>]/ {print $3}' | sort -u
exit 1
