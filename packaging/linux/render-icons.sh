#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the committed hicolor PNGs from the SVG app icon. Run after changing the SVG; the PNGs
# are committed so that building and packaging do not need librsvg.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=resources/icons/app/com.lesspay.PayoutConsole.svg
for size in 16 22 24 32 48 64 128 256 512; do
  out=resources/icons/app/hicolor/${size}x${size}/apps
  mkdir -p "$out"
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/com.lesspay.PayoutConsole.png"
done
