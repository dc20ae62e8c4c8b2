#!/usr/bin/env bash
# Builds the Linux packages of InnerSpace from a clean build environment:
#   dist/innerspace/                                  the PyInstaller one-folder bundle
#   dist/innerspace-<version>-linux-<arch>.tar.gz     that bundle plus desktop files
#   dist/innerspace_<version>_<debarch>.deb           installs to /opt/innerspace
#
# Usage: packaging/build_linux.sh   (from anywhere; PYTHON=python3.12 to pick the interpreter)
# Needs Python 3.11+, dpkg-deb, and a few Debian/Ubuntu packages it installs when run as root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
# Used where no lock file fits (another architecture); the lock pins the same versions.
PYINSTALLER_VERSION="6.22.3"
HOOKS_CONTRIB_VERSION="2026.9"
LOCK="$ROOT/packaging/locks/linux-$(uname -m).txt"
APP_ID="org.innerspace.InnerSpace"
# Replace with the address people should write to before publishing a release.
MAINTAINER="${INNERSPACE_MAINTAINER:-InnerSpace maintainers <maintainers@innerspace.invalid>}"
HOMEPAGE="https://github.com/innerspace-app/innerspace"
BUILD="$ROOT/build"
VENV="$BUILD/venv-linux"
ICONS="$BUILD/icons"
DIST="$ROOT/dist"
BUNDLE="$DIST/innerspace"

step() { printf '\n==> %s  [%d s]\n' "$*" "$SECONDS"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# PyInstaller copies the xcb libraries into the bundle from this machine, so they must be
# installed to freeze. The Wayland, EGL, GL, fontconfig, CUPS and D-Bus libraries stay system
# dependencies; they must be here for the link check and to work out the .deb's Depends.
# binutils' objdump reads which libraries each file needs; the last two validate the desktop
# files.
SYSTEM_PACKAGES=(
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libgl1 libfontconfig1 libdbus-1-3
    libcups2 binutils desktop-file-utils appstream
)

ensure_system_packages() {
    command -v dpkg-query >/dev/null \
        || fail "this script builds on Debian or Ubuntu (dpkg-query not found)"
    local missing=() pkg
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "The build needs these system packages (Qt's xcb platform libraries are bundled from"
    echo "this machine, and the desktop files are validated): ${missing[*]}"
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        fail "install them with:  sudo apt-get install ${missing[*]}"
    fi
    echo "Installing them with apt-get."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" \
        || { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }
}

ensure_build_venv() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || fail "$PYTHON is older than Python 3.11"
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    local pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
    if [ -f "$LOCK" ]; then
        # Exactly the wheels the lock names, each checked against its hash.
        "${pip[@]}" --require-hashes -r "$LOCK"
        "${pip[@]}" --no-deps --no-build-isolation --editable "$ROOT"
    else
        echo "No lock file for $(uname -m): installing unpinned dependencies."
        "${pip[@]}" --editable "$ROOT" "pyinstaller==$PYINSTALLER_VERSION" \
            "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION"
    fi
}

check_bundle_links() {
    # Every library the bundle loads must resolve, inside the bundle or on the system.
    local missing
    missing="$(find "$BUNDLE" -type f \( -name '*.so*' -o -name innerspace \) -print0 \
        | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 ldd 2>/dev/null \
        | grep 'not found' | sort -u || true)"
    [ -z "$missing" ] || fail "unresolved libraries in the bundle:"$'\n'"$missing"
}

# Debian packages that provide the libraries the bundle's files name themselves (DT_NEEDED)
# and take from the system; what those libraries need in turn, their packages depend on.
system_depends() {
    local glibc name path
    find "$BUNDLE" -type f \( -name '*.so*' -o -name innerspace \) -print0 \
        | xargs -0 objdump -p 2>/dev/null | awk '$1 == "NEEDED" {print $2}' | sort -u \
        | while read -r name; do
            [ -z "$(find "$BUNDLE" -name "$name" -print -quit)" ] || continue
            path="$(ldconfig -p | awk -v n="$name" '$1 == n && /x86-64|AArch64|64bit/ {print $NF; exit}')"
            [ -n "$path" ] || path="$(ldconfig -p | awk -v n="$name" '$1 == n {print $NF; exit}')"
            [ -n "$path" ] || { echo "not found on this system: $name" >&2; continue; }
            dpkg-query -S "$path" 2>/dev/null || dpkg-query -S "$(readlink -f "$path")" 2>/dev/null \
                || dpkg-query -S "/usr$path" 2>/dev/null || echo "unpackaged: $path" >&2
        done | cut -d: -f1 | sort -u | grep -vx libc6 || true
    glibc="$( (find "$BUNDLE" -type f \( -name '*.so*' -o -name innerspace \) \
        -exec grep -aoh 'GLIBC_2\.[0-9]*' {} + || true) | sort -uV | tail -n1 | cut -d_ -f2)"
    echo "libc6 (>= $glibc)"
}

step "System packages"
ensure_system_packages

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' innerspace/__init__.py)"
[ -n "$VERSION" ] || fail "no __version__ in innerspace/__init__.py"
ARCH="$(uname -m)"
DEB_ARCH="$(dpkg --print-architecture)"
export PYTHONHASHSEED=0  # the same bytecode and orderings on every build
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
echo "InnerSpace $VERSION for $ARCH ($DEB_ARCH)"

step "Desktop entry and AppStream metadata"
desktop-file-validate "packaging/linux/$APP_ID.desktop"
appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml"
grep -q "<release version=\"$VERSION\"" "packaging/linux/$APP_ID.metainfo.xml" \
    || fail "the metainfo has no <release> for $VERSION"

step "Build environment ($VENV)"
ensure_build_venv

step "Icons"
"$VENV/bin/python" packaging/make_icons.py "$ICONS"

step "Freezing with PyInstaller $PYINSTALLER_VERSION"
started=$SECONDS
rm -rf "$BUNDLE"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" packaging/innerspace.spec
echo "froze in $((SECONDS - started)) s; bundle: $(du -sh "$BUNDLE" | cut -f1)"
check_bundle_links

step "Checking the frozen app"
reported="$(QT_QPA_PLATFORM=offscreen "$BUNDLE/innerspace" --version)"
[ "$reported" = "InnerSpace $VERSION" ] || fail "--version printed '$reported'"
echo "$reported"
QT_QPA_PLATFORM=offscreen "$BUNDLE/innerspace" --smoke-test || fail "the frozen smoke test failed"
# The app has no network code, so the bundle carries no TLS library and no network module.
network="$(find "$BUNDLE" \( -name 'libssl*' -o -name '_ssl*' -o -name 'libQt6Network*' \))"
[ -z "$network" ] || fail "the bundle carries network libraries: $network"
# What the spec leaves out to keep the bundle small must stay out (see packaging/README.md).
unused="$(find "$BUNDLE" \( -name 'libQt6Qml*' -o -name 'libQt6Quick*' -o -name 'libQt6Pdf*' \
    -o -name 'libQt6VirtualKeyboard*' -o -name 'libQt6Multimedia*' -o -name 'libQt6Sql*' \
    -o -name 'libQt6Xml*' -o -name 'libqgtk3*' -o -name '*.ts' \
    -o -path '*/translations/qt_*.qm' -o -path '*/translations/qtdeclarative_*' \))"
[ -z "$unused" ] || fail "the bundle carries what the app never uses: $unused"
# Photos come as JPEG, WebP and GIF too: without these plugins they could not be added at all.
for plugin in libqjpeg libqwebp libqgif; do
    [ -n "$(find "$BUNDLE" -name "$plugin.so" -print -quit)" ] || fail "the bundle has no $plugin"
done
icu_data="$(find "$BUNDLE" -name 'libicudata.so.*' -print -quit)"
[ -n "$icu_data" ] || fail "the bundle carries no ICU data library"
grep -aqE 'icudt[0-9]+l/coll/root\.res' "$icu_data" || fail "$icu_data has no collation data"
! grep -aqE 'icudt[0-9]+l/(brkitr|curr|lang|rbnf|region|translit|unit)/' "$icu_data" \
    || fail "$icu_data carries ICU data Qt never reads: is packaging/trim_icu.py still run?"
echo "bundle: $(du -sb "$BUNDLE" | cut -f1) bytes in $(find "$BUNDLE" -type f | wc -l) files"

step "Licence notices, SBOM and manual page"
NOTICES="$BUILD/notices"
"$VENV/bin/python" packaging/notices.py "$BUNDLE" "$NOTICES"
cp "$NOTICES/sbom.cdx.json" "$DIST/innerspace-$VERSION-linux-$ARCH.cdx.json"
"$VENV/bin/python" packaging/make_manpage.py "$BUILD/man/innerspace.1"

step "Tarball"
TAR_NAME="innerspace-$VERSION-linux-$ARCH"
STAGE="$BUILD/stage"
rm -rf "$STAGE" && mkdir -p "$STAGE/$TAR_NAME"
cp -a "$BUNDLE/." "$STAGE/$TAR_NAME/"
cp "packaging/linux/$APP_ID.desktop" "packaging/linux/$APP_ID.metainfo.xml" LICENSE \
    "$NOTICES/THIRD-PARTY-NOTICES.txt" "$NOTICES/sbom.cdx.json" "$STAGE/$TAR_NAME/"
cp "$ICONS/png/256.png" "$STAGE/$TAR_NAME/$APP_ID.png"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$STAGE" -cf - "$TAR_NAME" | gzip -9n > "$DIST/$TAR_NAME.tar.gz"
echo "$DIST/$TAR_NAME.tar.gz: $(du -h "$DIST/$TAR_NAME.tar.gz" | cut -f1)"

step "Debian package"
DEB_ROOT="$BUILD/deb"
DOC="$DEB_ROOT/usr/share/doc/innerspace"
rm -rf "$DEB_ROOT"
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
    "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/metainfo" "$DOC" \
    "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps" "$DEB_ROOT/usr/share/man/man1" \
    "$DEB_ROOT/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$DEB_ROOT/opt/innerspace"
ln -s /opt/innerspace/innerspace "$DEB_ROOT/usr/bin/innerspace"
install -m 0644 "packaging/linux/$APP_ID.desktop" "$DEB_ROOT/usr/share/applications/"
install -m 0644 "packaging/linux/$APP_ID.metainfo.xml" "$DEB_ROOT/usr/share/metainfo/"
install -m 0644 resources/icons/innerspace.svg \
    "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ICONS"/png/*.png; do
    size="$(basename "$png" .png)"
    install -D -m 0644 "$png" "$DEB_ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
gzip -9n < "$BUILD/man/innerspace.1" > "$DEB_ROOT/usr/share/man/man1/innerspace.1.gz"
install -m 0644 packaging/linux/lintian-overrides "$DEB_ROOT/usr/share/lintian/overrides/innerspace"
gzip -9n < "$NOTICES/THIRD-PARTY-NOTICES.txt" > "$DOC/THIRD-PARTY-NOTICES.txt.gz"
install -m 0644 "$NOTICES/sbom.cdx.json" "$DOC/sbom.cdx.json"
RELEASE_DATE="$(sed -n "s/.*<release version=\"$VERSION\" date=\"\([0-9-]*\)\".*/\1/p" \
    "packaging/linux/$APP_ID.metainfo.xml")"
{
    printf 'innerspace (%s) unstable; urgency=medium\n\n' "$VERSION"
    printf '  * Release %s: see its notes in the AppStream metainfo.\n\n' "$VERSION"
    printf ' -- %s  %s\n' "$MAINTAINER" "$(LC_ALL=C date -u -R -d "$RELEASE_DATE")"
} | gzip -9n > "$DOC/changelog.gz"
cat > "$DOC/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: InnerSpace
Upstream-Contact: $MAINTAINER
Source: $HOMEPAGE

Files: *
Copyright: InnerSpace maintainers
License: GPL-3.0+

Files: opt/innerspace/_internal/*
Copyright: the authors of each bundled component
License: bundled
 /opt/innerspace/_internal holds the Python interpreter (PSF-2.0), Qt and PySide6
 (LGPL-3.0-only), SQLCipher (BSD-3-Clause) with SQLite (public domain), cryptography
 (Apache-2.0 or BSD-3-Clause) with OpenSSL (Apache-2.0), ICU (Unicode-DFS-2016), cffi (MIT-0),
 platformdirs (MIT) and libraries from Debian. The version, licence and licence text of each
 are in /usr/share/doc/innerspace/THIRD-PARTY-NOTICES.txt.gz, and a CycloneDX list of them
 in /usr/share/doc/innerspace/sbom.cdx.json.

License: GPL-3.0+
 This program is free software: you can redistribute it and/or modify it under the terms of
 the GNU General Public License as published by the Free Software Foundation, either
 version 3 of the License, or (at your option) any later version.
 .
 On Debian systems, the full text of the GNU General Public License version 3 can be found
 in /usr/share/common-licenses/GPL-3.
COPYRIGHT
chmod -R u+rwX,go+rX,go-w "$DEB_ROOT"
# Libraries are mapped, never run: only the launcher keeps its execute bit.
find "$DEB_ROOT/opt" -type f -name '*.so*' -exec chmod 0644 {} +
DEPENDS="$(system_depends | paste -sd, - | sed 's/,/, /g')"
cat > "$DEB_ROOT/DEBIAN/control" <<CONTROL
Package: innerspace
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
Depends: $DEPENDS
Section: utils
Priority: optional
Homepage: $HOMEPAGE
Description: private, offline, encrypted journal
 InnerSpace is a quiet place to write: a journal for reflection between and
 beside therapy sessions. Everything stays on this computer, in an encrypted
 file that only your passphrase or recovery key opens. It never connects to
 the network.
 .
 InnerSpace is not a replacement for therapy or emergency care.
CONTROL
(cd "$DEB_ROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum) > "$DEB_ROOT/DEBIAN/md5sums"
chmod 0644 "$DEB_ROOT/DEBIAN/md5sums"
find "$DEB_ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
# No maintainer scripts: dpkg's triggers refresh the icon cache and the desktop database, and
# removing or upgrading the package never touches anyone's journal in their home folder.
DEB="$DIST/innerspace_${VERSION}_${DEB_ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$DEB_ROOT" "$DEB" >/dev/null
echo "$DEB: $(du -h "$DEB" | cut -f1)"
echo "Depends: $DEPENDS"

step "Done"
