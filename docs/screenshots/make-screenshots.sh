#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the console screenshots into this folder under Xvfb, against a real lesspay-sandbox.
# Usage: docs/screenshots/make-screenshots.sh BUILD_DIR
set -eu
build=${1:?usage: make-screenshots.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
cmake --build "$build" --target lesspay-console-screenshots lesspay-sandbox
# No session bus: nothing may touch the user's keychain while rendering.
DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -s "-screen 0 1400x900x24" \
  "$build/tests/ui/lesspay-console-screenshots" "$here" "$build/app/sandbox/lesspay-sandbox"
