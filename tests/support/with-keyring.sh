#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a real Secret Service without a desktop session: a private D-Bus
# session bus, a throwaway HOME/XDG tree and gnome-keyring-daemon with an unlocked login
# keyring. Works as root in CI. Usage: with-keyring.sh COMMAND [ARGS...]
set -eu

if [ -z "${LESSPAY_KEYRING_SESSION:-}" ]; then
    export LESSPAY_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lesspay-keyring.XXXXXX")
chmod 700 "$tmp"
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime"
# No desktop: QtKeychain then picks libsecret, and nothing tries to show a prompt window.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID DISPLAY WAYLAND_DISPLAY

# --unlock reads the password from stdin and creates the login keyring on first use; the
# daemon forks and prints its environment, which goes to the test's environment.
eval "$(printf %s throwaway-password | gnome-keyring-daemon --unlock --components=secrets)"

status=0
"$@" || status=$?

# The daemon exits with the session bus when dbus-run-session returns.
rm -rf "$tmp"
exit "$status"
