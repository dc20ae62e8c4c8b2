#!/usr/bin/env bash
# Builds InnerSpace for macOS 14+ on the architecture of this Mac (arm64 or x86_64):
#   dist/InnerSpace.app                          the app bundle (PyInstaller BUNDLE)
#   dist/InnerSpace-<version>-macos-<arch>.dmg   a disk image with the app and an Applications link
#
# Usage: packaging/macos/build_macos.sh   (PYTHON=python3.12 to pick the interpreter)
# Build arm64 and x86_64 on separate machines: sqlcipher3 has no universal2 wheel, and
# cryptography 48.0.1 is the last release with x86_64 wheels (pip picks it there by itself).
#
# Optional, only when set:
#   INNERSPACE_CODESIGN_IDENTITY  "Developer ID Application: ..." in the keychain; signs the app
#                                 inside-out with the hardened runtime, then the disk image
#   INNERSPACE_NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile; notarizes and
#                                 staples the disk image (needs the identity too)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
PYINSTALLER_VERSION="6.22.3"
HOOKS_CONTRIB_VERSION="2026.9"
ARCH="$(uname -m)"
BUILD="$ROOT/build"
VENV="$BUILD/venv-macos-$ARCH"
ICONS="$BUILD/icons"
DIST="$ROOT/dist"
APP="$DIST/InnerSpace.app"
IDENTITY="${INNERSPACE_CODESIGN_IDENTITY:-}"
NOTARY_PROFILE="${INNERSPACE_NOTARY_PROFILE:-}"

step() { printf '\n==> %s  [%d s]\n' "$*" "$SECONDS"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || fail "this script runs on macOS"
for tool in hdiutil iconutil codesign ditto; do
    command -v "$tool" >/dev/null || fail "$tool not found (install the Xcode command line tools)"
done
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "$PYTHON is older than 3.11"
[ -z "$NOTARY_PROFILE" ] || [ -n "$IDENTITY" ] \
    || fail "notarizing needs INNERSPACE_CODESIGN_IDENTITY"

check_app() {
    local reported
    reported="$(QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/innerspace" --version)"
    [ "$reported" = "InnerSpace $VERSION" ] || fail "--version printed '$reported'"
    QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/innerspace" --smoke-test \
        || fail "the frozen smoke test failed"
}

sign() {
    codesign --force --timestamp --options runtime --sign "$IDENTITY" "$@"
}

# Inside-out, never --deep (it signs Qt's frameworks wrongly): every Mach-O file first, deepest
# paths first, then each framework, then the app itself.
sign_app() {
    local path
    while IFS= read -r path; do
        sign "$path"
    done < <(find "$APP/Contents" -type f ! -path "$APP/Contents/MacOS/innerspace" -print0 \
        | xargs -0 file | grep -E 'Mach-O' | cut -d: -f1 \
        | awk '{print gsub("/", "/") "\t" $0}' | sort -rn | cut -f2-)
    while IFS= read -r path; do
        sign "$path"
    done < <(find "$APP/Contents" -type d -name '*.framework' \
        | awk '{print gsub("/", "/") "\t" $0}' | sort -rn | cut -f2-)
    sign "$APP"
    codesign --verify --strict --verbose=2 "$APP"
}

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' innerspace/__init__.py)"
[ -n "$VERSION" ] || fail "no __version__ in innerspace/__init__.py"
DMG="$DIST/InnerSpace-$VERSION-macos-$ARCH.dmg"
echo "InnerSpace $VERSION for macOS $ARCH"

step "Build environment ($VENV)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    --editable "$ROOT" "pyinstaller==$PYINSTALLER_VERSION" \
    "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION"

step "Icons"
"$VENV/bin/python" packaging/make_icons.py "$ICONS"
iconutil --convert icns --output "$ICONS/innerspace.icns" "$ICONS/innerspace.iconset"

step "Freezing with PyInstaller $PYINSTALLER_VERSION"
rm -rf "$APP" "$DIST/innerspace"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" packaging/innerspace.spec
echo "app: $(du -sh "$APP" | cut -f1)"

step "Checking the frozen app"
check_app

if [ -n "$IDENTITY" ]; then
    step "Signing with $IDENTITY"
    sign_app
    check_app  # the hardened runtime must not break anything the smoke test touches
else
    echo "INNERSPACE_CODESIGN_IDENTITY is not set: the app keeps PyInstaller's ad-hoc signature."
fi

step "Disk image"
STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG" && mkdir -p "$STAGE"
ditto "$APP" "$STAGE/InnerSpace.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "InnerSpace" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [ -n "$NOTARY_PROFILE" ]; then
    step "Notarizing"
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "$DMG: $(du -h "$DMG" | cut -f1)"

step "Done"
