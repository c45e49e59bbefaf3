#!/usr/bin/env bash
# Install the Debian/Ubuntu libraries Qt needs, if any are missing.
#   scripts/system-deps.sh headless   - what the tests need (Qt's offscreen platform, and the
#                                       tools the installer test builds the .deb with)
#   scripts/system-deps.sh desktop    - also what a real window on X11 needs (xcb platform)
# Uses sudo when not run as root. Does nothing when everything is there already.
set -euo pipefail

headless=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
          binutils dpkg-dev desktop-file-utils xz-utils)
desktop=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
         libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)

case "${1:-headless}" in
    headless) needed=("${headless[@]}") ;;
    desktop) needed=("${headless[@]}" "${desktop[@]}") ;;
    *) echo "usage: $0 headless|desktop" >&2; exit 2 ;;
esac

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
