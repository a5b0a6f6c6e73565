#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a scratch root and checks what a user gets:
# the three programs start from the installed files alone, the package's dependencies are real Debian
# packages that are installed here, and the desktop file, AppStream metainfo and icons are valid.
# Usage: check-deb.sh <build-dir> <work-dir> <version>
set -euo pipefail

build=$1
work=$2
version=$3
app_id=com.lesspay.PayoutConsole

fail() {
  echo "check-deb: FAIL: $*" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work"
(cd "$build" && cpack -G "DEB;TGZ" -B "$work" >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log" >&2
  fail "cpack failed"
}

debs=("$work"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected exactly one .deb in $work"
deb=${debs[0]}
tgzs=("$work"/*.tar.gz)
[ -f "${tgzs[0]}" ] || fail "no .tar.gz in $work"
echo "check-deb: built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "${tgzs[0]}")"

[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"

# Every dependency clause must name packages that exist in Debian and are satisfied on this system
# (the build machine is a Debian 12 with the runtime installed), including version constraints.
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-deb: Depends: $depends"
# libphonenumber8 is depended on through the protobuf ABI name it provides.
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libqt6httpserver6 \
  libqt6svg6 libqt6keychain1 'libphonenumber8(-protobuf[0-9]+)?'; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib"
done
provided=$(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' | sed -n 's/^ii  *//p' | tr ',' '\n' | sed 's/ *(.*//; s/^ *//')
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
  satisfied=0
  IFS='|' read -ra alternatives <<<"$clause"
  for alternative in "${alternatives[@]}"; do
    read -r name op wanted <<<"$(sed -E 's/[()]/ /g' <<<"$alternative")"
    name=${name%%:*}
    installed=$(dpkg-query -W -f='${Status}|${Version}' "$name" 2>/dev/null || true)
    if [[ $installed == "install ok installed|"* ]]; then
      if [ -z "${op:-}" ] || dpkg --compare-versions "${installed#*|}" "$op" "$wanted"; then
        satisfied=1
      fi
    elif [ -z "${op:-}" ] && grep -qx "$name" <<<"$provided"; then
      satisfied=1 # a virtual package, provided by an installed one
    fi
  done
  [ $satisfied -eq 1 ] || fail "dependency not satisfied on this system: $clause"
done

root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"

for program in lesspay-console lesspay-cli lesspay-sandbox; do
  binary="$root/usr/bin/$program"
  [ -x "$binary" ] || fail "$program is not installed in /usr/bin"
  # An RPATH into the build tree would let the program start here and fail on a user's machine.
  dynamic=$(readelf -d "$binary")
  if grep -Eq 'R(UN)?PATH' <<<"$dynamic"; then
    fail "$program carries an RPATH/RUNPATH"
  fi
done

# A program that ignores --version/--help would start its GUI or server: after 60 s its whole process group
# (a console would have started a sandbox) is killed and the check fails. A private HOME and no session bus keep
# such a run away from the user's settings and keychain. Output goes to a file, so no stray process holds ctest's pipe.
run() {
  local log="$work/run.log" pid waited=0
  setsid env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_RUNTIME_DIR="$work/home/runtime" "$@" >"$log" 2>&1 </dev/null &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 600 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "still running after 60 s: $*"
    return 124
  fi
  local rc=0
  wait "$pid" || rc=$?
  cat "$log"
  return $rc
}
mkdir -p "$work/home/runtime"
chmod 700 "$work/home/runtime"

output=$(run "$root/usr/bin/lesspay-console" --version 2>&1) || fail "lesspay-console --version failed: $output"
grep -q "$version" <<<"$output" || fail "lesspay-console --version does not print $version: $output"
echo "check-deb: lesspay-console --version: $output"
for program in lesspay-cli lesspay-sandbox; do
  output=$(run "$root/usr/bin/$program" --help 2>&1) || fail "$program --help failed: $output"
  grep -qi "usage" <<<"$output" || fail "$program --help prints no usage: $output"
  echo "check-deb: $program --help: $(head -n 1 <<<"$output")"
done

desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
[ -f "$desktop" ] || fail "desktop file not installed"
[ -f "$metainfo" ] || fail "metainfo not installed"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_name" ] || fail "the desktop file starts $exec_name, which is not installed"
grep -q "^Icon=$app_id$" "$desktop" || fail "the desktop file does not use the $app_id icon"

icons="$root/usr/share/icons/hicolor"
[ -f "$icons/scalable/apps/$app_id.svg" ] || fail "scalable icon missing"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$icons/${size}x${size}/apps/$app_id.png"
  [ -f "$png" ] || fail "icon ${size}x${size} missing"
  grep -q "PNG image data, $size x $size" <<<"$(file "$png")" || fail "$png is not a ${size}x${size} PNG"
done

archive=$(tar -tzf "${tgzs[0]}")
for program in lesspay-console lesspay-cli lesspay-sandbox; do
  grep -q "/bin/$program$" <<<"$archive" || fail "the .tar.gz lacks bin/$program"
done
echo "check-deb: OK"
