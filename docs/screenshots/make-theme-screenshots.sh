#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's dark-palette, 2x-scale and language screenshots into this folder under Xvfb,
# against a real lesspay-sandbox. The dark palette is GTK's Adwaita:dark through Qt's gtk3 platform theme
# (package qt6-gtk-platformtheme), as a GNOME user with the dark style sees the console.
# Usage: docs/screenshots/make-theme-screenshots.sh BUILD_DIR
set -eu
build=${1:?usage: make-theme-screenshots.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
cmake --build "$build" --target lesspay-console-screenshots lesspay-i18n-screenshots lesspay-sandbox
sandbox="$build/app/sandbox/lesspay-sandbox"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No session bus: nothing may touch the user's keychain while rendering.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent

mkdir "$tmp/dark" "$tmp/2x" "$tmp/i18n"
QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark xvfb-run -a -s "-screen 0 1400x900x24" \
  "$build/tests/ui/lesspay-console-screenshots" "$tmp/dark" "$sandbox"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2800x1800x24" \
  "$build/tests/ui/lesspay-console-screenshots" "$tmp/2x" "$sandbox"
for language in en zh_CN id pt_BR; do
  xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/ui/lesspay-i18n-screenshots" "$tmp/i18n" "$sandbox" "$language"
done

cp "$tmp/dark/console-editor.png" "$here/console-editor-dark.png"
cp "$tmp/dark/bank-recipient-form.png" "$here/bank-recipient-form-dark.png"
cp "$tmp/2x/console-editor.png" "$here/console-editor-2x.png"
cp "$tmp/i18n/first-run-en.png" "$tmp/i18n/about-en.png" "$here/"
cp "$tmp/i18n/console-editor-zh_CN.png" "$tmp/i18n/first-run-zh_CN.png" "$tmp/i18n/console-editor-id.png" "$here/"
cp "$tmp/i18n/console-editor-pt_BR.png" "$tmp/i18n/first-run-pt_BR.png" "$tmp/i18n/about-pt_BR.png" "$here/"
