#!/usr/bin/env bash
# Installs the Debian libraries Qt, printing and the tests need, when missing and running as root.
# Otherwise prints the one apt line to run and stops (SYSLIBS=skip goes on without them, e.g. on a
# machine whose administrator installed equivalents). Package list: ../shared/PLATFORM.md.
set -euo pipefail
PKGS=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libgssapi-krb5-2 libcups2 libpulse0
  xvfb xauth cups cups-client printer-driver-cups-pdf poppler-utils)
command -v dpkg-query >/dev/null || { echo "syslibs: not a Debian system; install Qt's libraries yourself"; exit 0; }
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "syslibs: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "syslibs: Qt, printing and the tests need these Debian packages; run as root:"
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
  [ "${SYSLIBS:-}" = skip ] && { echo "syslibs: SYSLIBS=skip, going on without them"; exit 0; }
  exit 1
fi
