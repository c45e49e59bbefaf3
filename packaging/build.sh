#!/usr/bin/env bash
# Build the Linux installer: a PyInstaller one-folder bundle (dist/skill-ladder/) packed into
# dist/skill-ladder_<version>_<arch>.deb. Works from a fresh clone (`make package`):
#   - creates .venv and installs the project if there is none;
#   - installs PyInstaller into .venv if it is missing, and dpkg-dev/desktop-file-utils if needed;
#   - name and version come from pyproject.toml, nothing else.
# Outputs: build/pyinstaller (work files), build/deb (package tree), dist/ (bundle and .deb).
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_REQUIREMENT='pyinstaller>=6.20,<6.23'  # 6.20-6.22 tested with Python 3.11 + PySide6 6.11
VENV=.venv
PYTHON=$VENV/bin/python
MAINTAINER=${DEB_MAINTAINER:-Skill Ladder developers <maintainers@skill-ladder.invalid>}
started=$SECONDS

log() { printf '==> %s\n' "$*"; }
die() { printf 'packaging/build.sh: %s\n' "$*" >&2; exit 1; }

apt_install() {  # install Debian packages, through sudo when not root
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    log "Installing system packages: $*"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@"
}

# One build at a time in this tree (tests and developers may start one concurrently).
mkdir -p build dist
exec 9>build/.package.lock
flock 9

# --- Tools -------------------------------------------------------------------------------------
command -v dpkg-deb >/dev/null || die "dpkg-deb not found: the .deb can only be built on Debian or Ubuntu"
missing=()
command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
((${#missing[@]} == 0)) || apt_install "${missing[@]}"

if [ ! -x "$PYTHON" ]; then
    log "Creating $VENV and installing the project"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet -e .
fi

read -r NAME VERSION DEB_VERSION < <("$PYTHON" - <<'EOF'
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
version = project["version"]
# PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1.
deb = re.sub(r"[.-]?(a|b|rc|alpha|beta|dev)(\d*)", r"~\1\2", version)
print(project["name"], version, deb)
EOF
)
ARCH=$(dpkg --print-architecture)

installed=$("$PYTHON" -c "from importlib.metadata import version; print(version('$NAME'))" 2>/dev/null || true)
if [ "$installed" != "$VERSION" ]; then
    log "Installed metadata says '${installed:-nothing}', pyproject.toml says $VERSION: reinstalling"
    "$VENV/bin/pip" install --quiet --no-deps -e .
fi
if ! "$PYTHON" - "$PYINSTALLER_REQUIREMENT" <<'EOF' 2>/dev/null; then
import sys
from importlib.metadata import version
from packaging.requirements import Requirement
sys.exit(0 if Requirement(sys.argv[1]).specifier.contains(version("pyinstaller")) else 1)
EOF
    log "Installing $PYINSTALLER_REQUIREMENT into $VENV"
    "$VENV/bin/pip" install --quiet "$PYINSTALLER_REQUIREMENT"
fi

# Reproducible output: timestamps from the last commit, a fixed hash seed.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 1700000000)
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0

# --- The bundle ----------------------------------------------------------------------------------
log "Translations: .ts -> .qm"
"$PYTHON" scripts/translations.py release >/dev/null
log "PyInstaller: $NAME $VERSION"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/skill-ladder.spec
BUNDLE=dist/$NAME
[ -x "$BUNDLE/$NAME" ] || die "PyInstaller did not produce $BUNDLE/$NAME"
dangling=$(find "$BUNDLE" -xtype l)
[ -z "$dangling" ] || die "dangling links in the bundle (a filtered library is still referenced): $dangling"
reported=$("$BUNDLE/$NAME" --version)
[ "$reported" = "$NAME $VERSION" ] || die "the bundle reports '$reported', expected '$NAME $VERSION'"

# --- The .deb tree -------------------------------------------------------------------------------
# Laid out as debian/<package>/ so that dpkg-shlibdeps recognises the bundled libraries.
DEB_WORK=build/deb
ROOT=$DEB_WORK/debian/$NAME
rm -rf "$DEB_WORK"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/doc/$NAME" "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$ROOT/opt/$NAME"
ln -s "/opt/$NAME/$NAME" "$ROOT/usr/bin/$NAME"
install -m 0644 packaging/linux/skill-ladder.desktop "$ROOT/usr/share/applications/$NAME.desktop"
for size in 16 32 48 64 128 256; do
    install -D -m 0644 "resources/icons/skill-ladder-$size.png" \
        "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
install -m 0644 resources/icons/skill-ladder.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
install -m 0644 packaging/linux/copyright "$ROOT/usr/share/doc/$NAME/copyright"
install -m 0755 packaging/linux/postinst packaging/linux/postrm "$ROOT/DEBIAN/"
desktop-file-validate "$ROOT/usr/share/applications/$NAME.desktop"

# Ownership is root's (--root-owner-group); modes and dates are made uniform.
find "$ROOT" -type d -exec chmod 0755 {} +
find "$ROOT" -type f ! -path "$ROOT/DEBIAN/*" -exec chmod 0644 {} +
chmod 0755 "$ROOT/opt/$NAME/$NAME"

# Depends: the system libraries every bundled binary links to (Qt's X11/xcb, GL, fontconfig,
# GLib, D-Bus...), with the versions this system's symbols files give. Qt loads libdbus-1 at
# run time rather than linking it, so it is named explicitly.
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$NAME" "$NAME" >"$DEB_WORK/debian/control"
mapfile -t elves < <(cd "$DEB_WORK" && find "debian/$NAME/opt" -type f \( -name '*.so*' -o -path "*/$NAME/$NAME" \) | sort)
depends=$(cd "$DEB_WORK" && dpkg-shlibdeps -O --ignore-missing-info "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || die "dpkg-shlibdeps found no dependencies"
grep -q 'libdbus-1-3' <<<"$depends" || depends="$depends, libdbus-1-3"
# psycopg (team databases on PostgreSQL) loads the system's libpq at run time.
grep -q 'libpq5' <<<"$depends" || depends="$depends, libpq5"
rm "$DEB_WORK/debian/control"

installed_size=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat >"$ROOT/DEBIAN/control" <<EOF
Package: $NAME
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $depends
Section: utils
Priority: optional
Description: offline career-ladder self-assessment
 Skill Ladder rates you skill by skill against a career framework's level
 descriptors, from Junior to Principal, keeps every assessment in a local
 SQLite file, shows the gaps to the level you aim for and exports a growth
 plan as a PDF. No account, no network: the data stays on this machine,
 unless a team chooses to share a PostgreSQL database.
 .
 The desktop app starts from the menu; "skill-ladder --help" lists the
 command-line tools (roles, demo, export-pdf, backup, check...).
EOF
find "$ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

PACKAGE=dist/${NAME}_${DEB_VERSION}_${ARCH}.deb
# Written under another name and renamed: a reader never sees half a package.
dpkg-deb --root-owner-group --build -Zxz "$ROOT" "$PACKAGE.partial" >/dev/null
mv -f "$PACKAGE.partial" "$PACKAGE"
find dist -maxdepth 1 -name "${NAME}_*.deb" ! -name "${PACKAGE##*/}" -delete

mb() { awk -v bytes="$1" 'BEGIN { printf "%.1f MB", bytes / 1000000 }'; }
bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
package_bytes=$(stat -c %s "$PACKAGE")
log "Bundle:  $BUNDLE  $(mb "$bundle_bytes")"
log "Package: $PACKAGE  $(mb "$package_bytes")"
log "Built in $((SECONDS - started)) s"
