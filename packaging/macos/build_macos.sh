#!/usr/bin/env bash
# Builds InnerSpace for macOS 13+ on the architecture of this Mac (arm64 or x86_64):
#   dist/InnerSpace.app                          the app bundle (PyInstaller BUNDLE)
#   dist/InnerSpace-<version>-macos-<arch>.dmg   a disk image with the app and an Applications link
#   dist/innerspace-<version>-macos-<arch>.cdx.json  the CycloneDX SBOM of the app
#
# Usage: packaging/macos/build_macos.sh   (PYTHON=python3.12 to pick the interpreter)
# Build arm64 and x86_64 on separate machines: sqlcipher3 has no universal2 wheel, and
# cryptography 48.0.1 is the last release with x86_64 wheels (its lock file pins it).
#
# Optional, only when set:
#   INNERSPACE_CODESIGN_IDENTITY  "Developer ID Application: ..." in the keychain; signs the app
#                                 inside-out with the hardened runtime, then the disk image
#   INNERSPACE_NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile; notarizes and
#                                 staples the app and then the disk image (needs the identity)
#   INNERSPACE_REQUIRE_SIGNING    set for a release: without both of the above, the build fails
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
ARCH="$(uname -m)"
BUILD="$ROOT/build"
VENV="$BUILD/venv-macos-$ARCH"
ICONS="$BUILD/icons"
DIST="$ROOT/dist"
APP="$DIST/InnerSpace.app"
IDENTITY="${INNERSPACE_CODESIGN_IDENTITY:-}"
NOTARY_PROFILE="${INNERSPACE_NOTARY_PROFILE:-}"
LOCK="$ROOT/packaging/locks/macos-$ARCH.txt"
export PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"

step() { printf '\n==> %s  [%d s]\n' "$*" "$SECONDS"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || fail "this script runs on macOS"
for tool in hdiutil iconutil codesign ditto; do
    command -v "$tool" >/dev/null || fail "$tool not found (install the Xcode command line tools)"
done
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "$PYTHON is older than 3.11"
[ -z "$NOTARY_PROFILE" ] || [ -n "$IDENTITY" ] \
    || fail "notarizing needs INNERSPACE_CODESIGN_IDENTITY"
if [ -n "${INNERSPACE_REQUIRE_SIGNING:-}" ] && { [ -z "$IDENTITY" ] || [ -z "$NOTARY_PROFILE" ]; }; then
    fail "a release must be signed and notarized: set INNERSPACE_CODESIGN_IDENTITY and INNERSPACE_NOTARY_PROFILE"
fi
[ -f "$LOCK" ] || fail "no lock file for $ARCH: $LOCK"

# Started from a terminal, the app's executable prints; the time limit turns a dialog that
# would wait for a click (an import error in a windowed build) into a failure.
with_time_limit() {
    "$@" &
    local pid=$! waited=0
    while kill -0 "$pid" 2>/dev/null; do
        [ "$waited" -lt 120 ] || { kill "$pid"; fail "$* did not finish in 120 s"; }
        sleep 1 && waited=$((waited + 1))
    done
    wait "$pid"
}

check_app() {
    local reported
    reported="$(QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/innerspace" --version)"
    [ "$reported" = "InnerSpace $VERSION" ] || fail "--version printed '$reported'"
    QT_QPA_PLATFORM=offscreen with_time_limit "$APP/Contents/MacOS/innerspace" --smoke-test \
        || fail "the frozen smoke test failed"
}

notarize() {
    # Submits a zip of the app or the disk image itself, waits for Apple, staples the ticket.
    local target="$1" upload="$1"
    if [ -d "$target" ]; then
        upload="$BUILD/$(basename "$target").zip"
        ditto -c -k --keepParent "$target" "$upload"
    fi
    xcrun notarytool submit "$upload" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$target"
    xcrun stapler validate "$target"
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
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$LOCK"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
    --no-build-isolation --editable "$ROOT"

step "Icons"
"$VENV/bin/python" packaging/make_icons.py "$ICONS"
iconutil --convert icns --output "$ICONS/innerspace.icns" "$ICONS/innerspace.iconset"

step "Freezing"
rm -rf "$APP" "$DIST/innerspace"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" packaging/innerspace.spec
echo "app: $(du -sh "$APP" | cut -f1)"

step "Checking the frozen app"
check_app

step "Licence notices and SBOM"
"$VENV/bin/python" packaging/notices.py "$APP" "$BUILD/notices"
cp "$BUILD/notices/THIRD-PARTY-NOTICES.txt" "$BUILD/notices/sbom.cdx.json" LICENSE \
    "$APP/Contents/Resources/"
cp "$BUILD/notices/sbom.cdx.json" "$DIST/innerspace-$VERSION-macos-$ARCH.cdx.json"

if [ -n "$IDENTITY" ]; then
    step "Signing with $IDENTITY"
    sign_app
    check_app  # the hardened runtime must not break anything the smoke test touches
else
    echo "INNERSPACE_CODESIGN_IDENTITY is not set: an unsigned development build (PyInstaller's"
    echo "ad-hoc signature); Gatekeeper will ask before it opens."
    codesign --force --sign - "$APP"  # seals the notices added to Resources above
fi
if [ -n "$NOTARY_PROFILE" ]; then
    step "Notarizing the app"
    notarize "$APP"
    spctl --assess --type execute --verbose=2 "$APP"
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
    step "Notarizing the disk image"
    notarize "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi
echo "$DMG: $(du -h "$DMG" | cut -f1)"

step "Done"
