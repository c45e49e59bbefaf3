#!/usr/bin/env bash
# Build the macOS disk image: the PyInstaller .app (BUNDLE step of packaging/skill-ladder.spec)
# next to a link to /Applications, as dist/skill-ladder-<version>.dmg. Run on macOS:
#   packaging/macos/make-dmg.sh            # builds the .app first unless --no-build
# The version comes from pyproject.toml (the spec writes it into Info.plist too).
# Unsigned: signing and notarisation need the team's Developer ID (codesign, notarytool).
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh: runs on macOS only" >&2; exit 1; }
PYTHON=${PYTHON:-.venv/bin/python}
APP_NAME="Skill Ladder"
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

if [ "${1:-}" != "--no-build" ]; then
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/skill-ladder.spec
fi
APP="dist/$APP_NAME.app"
[ -x "$APP/Contents/MacOS/skill-ladder" ] || { echo "make-dmg.sh: $APP is missing" >&2; exit 1; }
plist_version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")
[ "$plist_version" = "$VERSION" ] || { echo "Info.plist says $plist_version, pyproject $VERSION" >&2; exit 1; }

STAGING=build/dmg
rm -rf "$STAGING"
mkdir -p "$STAGING"
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"

DMG="dist/skill-ladder-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
echo "==> App:  $APP  $(du -sh "$APP" | cut -f1)"
echo "==> Disk image: $DMG  $(du -h "$DMG" | cut -f1)"
