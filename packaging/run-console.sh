#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the console from a build folder. The console starts its own local sandbox on first run.
set -euo pipefail
build=${1:-build/dev}
if [ -x "$build/ui/lesspay-console" ]; then
  exec "$build/ui/lesspay-console"
fi
echo "run-console: the console is not built yet; starting the local sandbox instead" >&2
exec "$build/app/sandbox/lesspay-sandbox"
