#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Skill Ladder needs, if any are missing.
#   scripts/system-deps.sh desktop    - what `make run` needs: Qt's libraries for a real window
#                                       (the X11 ones included)
#   scripts/system-deps.sh headless   - Qt's libraries for running offscreen (no X11)
#   scripts/system-deps.sh test       - what `make test` and `make package` need: the desktop
#                                       libraries (the installer test bundles Qt's X11 plugin
#                                       and resolves what it links), the .deb build tools, and
#                                       libpython for PyInstaller
# Add --list to print the packages of a mode instead of installing them.
# Uses sudo when not run as root. Does nothing when everything is there already.
set -euo pipefail

mode=${1:-desktop}
headless=(python3-venv libpq5 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
x11=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
     libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-util1)
package_tools=(binutils dpkg-dev desktop-file-utils xz-utils)

case "$mode" in
    desktop) needed=("${headless[@]}" "${x11[@]}") ;;
    headless) needed=("${headless[@]}") ;;
    test) needed=("${headless[@]}" "${x11[@]}" "${package_tools[@]}") ;;
    *) echo "usage: $0 desktop|headless|test [--list]" >&2; exit 2 ;;
esac

# With Debian's own python3 (not a pyenv or other build), PyInstaller (the installer test, `make
# package`) needs the shared libpython, which Debian ships in a package of its own.
python_bin=$(readlink -f "$(command -v "${PYTHON:-python3}" 2>/dev/null || echo /nonexistent)")
if [ "$mode" = test ] && command -v dpkg-query >/dev/null \
        && dpkg-query -S "$python_bin" >/dev/null 2>&1; then
    needed+=("libpython$("$python_bin" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi
if [ "${2:-}" = --list ]; then
    printf '%s\n' "${needed[@]}"
    exit 0
fi

command -v dpkg-query >/dev/null || exit 0  # not Debian-like: nothing we can check
missing=()
for pkg in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
((${#missing[@]})) || exit 0

echo "Installing missing system packages: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
