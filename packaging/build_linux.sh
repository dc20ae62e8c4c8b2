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
PYINSTALLER_VERSION="6.22.3"
HOOKS_CONTRIB_VERSION="2026.9"
APP_ID="org.innerspace.InnerSpace"
BUILD="$ROOT/build"
VENV="$BUILD/venv-linux"
ICONS="$BUILD/icons"
DIST="$ROOT/dist"
BUNDLE="$DIST/innerspace"

step() { printf '\n==> %s  [%d s]\n' "$*" "$SECONDS"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# PyInstaller copies the xcb libraries into the bundle from this machine, so they must be
# installed to freeze. The Wayland, EGL and GL libraries stay system dependencies; they must be
# here for the link check and to work out the .deb's Depends. The last two validate the
# desktop files.
SYSTEM_PACKAGES=(
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libgl1 libfontconfig1 libdbus-1-3
    desktop-file-utils appstream
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
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --editable "$ROOT" "pyinstaller==$PYINSTALLER_VERSION" \
        "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION"
}

check_bundle_links() {
    # Every library the bundle loads must resolve, inside the bundle or on the system.
    local missing
    missing="$(find "$BUNDLE" -type f \( -name '*.so*' -o -name innerspace \) -print0 \
        | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 ldd 2>/dev/null \
        | grep 'not found' | sort -u || true)"
    [ -z "$missing" ] || fail "unresolved libraries in the bundle:"$'\n'"$missing"
}

# Debian packages that provide the libraries the bundle takes from the system.
system_depends() {
    local glibc
    find "$BUNDLE" -type f \( -name '*.so*' -o -name innerspace \) -print0 \
        | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 ldd 2>/dev/null \
        | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$BUNDLE/" | sort -u \
        | while read -r lib; do
            dpkg-query -S "$lib" 2>/dev/null || dpkg-query -S "$(readlink -f "$lib")" 2>/dev/null \
                || dpkg-query -S "/usr$lib" 2>/dev/null || echo "unpackaged: $lib" >&2
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

step "Tarball"
TAR_NAME="innerspace-$VERSION-linux-$ARCH"
STAGE="$BUILD/stage"
rm -rf "$STAGE" && mkdir -p "$STAGE/$TAR_NAME"
cp -a "$BUNDLE/." "$STAGE/$TAR_NAME/"
cp "packaging/linux/$APP_ID.desktop" "packaging/linux/$APP_ID.metainfo.xml" LICENSE \
    "$STAGE/$TAR_NAME/"
cp "$ICONS/png/256.png" "$STAGE/$TAR_NAME/$APP_ID.png"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$STAGE" -czf "$DIST/$TAR_NAME.tar.gz" "$TAR_NAME"
echo "$DIST/$TAR_NAME.tar.gz: $(du -h "$DIST/$TAR_NAME.tar.gz" | cut -f1)"

step "Debian package"
DEB_ROOT="$BUILD/deb"
rm -rf "$DEB_ROOT"
mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
    "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/metainfo" \
    "$DEB_ROOT/usr/share/doc/innerspace" "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps"
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
cat > "$DEB_ROOT/usr/share/doc/innerspace/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: InnerSpace

Files: *
Copyright: InnerSpace maintainers
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3 can be found
 in /usr/share/common-licenses/GPL-3. The bundle in /opt/innerspace also contains Qt
 (LGPL-3.0), PySide6 (LGPL-3.0), SQLCipher (BSD-3-Clause) and Python (PSF-2.0) libraries.
EOF
chmod -R u+rwX,go+rX,go-w "$DEB_ROOT"
DEPENDS="$(system_depends | paste -sd, - | sed 's/,/, /g')"
cat > "$DEB_ROOT/DEBIAN/control" <<EOF
Package: innerspace
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: InnerSpace maintainers
Installed-Size: $(du -sk --exclude=DEBIAN "$DEB_ROOT" | cut -f1)
Depends: $DEPENDS
Section: utils
Priority: optional
Description: private, offline, encrypted journal
 InnerSpace is a quiet place to write: a journal for reflection between and
 beside therapy sessions. Everything stays on this computer, in an encrypted
 file that only your passphrase or recovery key opens. It never connects to
 the network.
 .
 InnerSpace is not a replacement for therapy or emergency care.
EOF
# No maintainer scripts: dpkg's triggers refresh the icon cache and the desktop database, and
# removing or upgrading the package never touches anyone's journal in their home folder.
DEB="$DIST/innerspace_${VERSION}_${DEB_ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$DEB_ROOT" "$DEB" >/dev/null
echo "$DEB: $(du -h "$DEB" | cut -f1)"
echo "Depends: $DEPENDS"

step "Done"
