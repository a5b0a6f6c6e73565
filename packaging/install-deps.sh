#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages needed to build, run and test the console.
# Idempotent: does nothing when everything is present; otherwise one apt-get update and one install.
set -euo pipefail

packages=(
  build-essential cmake make python3 git clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-translations-l10n
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libpq-dev libphonenumber-dev libssl-dev iso-codes libgl-dev libxkbcommon-dev
  gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth xdotool imagemagick appstream dpkg-dev file
  desktop-file-utils librsvg2-bin openssl
  fonts-dejavu-core fonts-wqy-microhei
  poppler-utils
  libminizip-dev libxlsxwriter-dev
  python3-openpyxl xlsx2csv
  postgresql postgresql-common
)
# fonts-wqy-microhei: the smallest CJK font in Debian (1.6 MB download, against 7.9 MB for
# fonts-arphic-uming and 57 MB for fonts-noto-cjk), embedded in Chinese PDF reports.
# poppler-utils: tests only (pdftotext, pdffonts, pdfinfo read the PDF reports back).
# libminizip-dev, libxlsxwriter-dev: .xlsx workbooks (minizip unpacks them, libxlsxwriter writes them).
# python3-openpyxl, xlsx2csv: tests only (independent programs write workbooks and read the exports back).
# postgresql, postgresql-common: tests only (the postgres tests start a private server with
# initdb/pg_ctl in a temporary folder); libqt6sql6-psql is the team workspace's driver at run time.
# libpq-dev: the journal watches its PostgreSQL connection's socket through libpq, which QPSQL
# is built on (JournalConnectionMonitor); libpq5 at run time.

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
