#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets in their own clang tree (money, domain and csv only) and runs
# each for SECONDS (default 60) on the seed corpus in tests/fuzz/corpus/.
#   usage: run-fuzz.sh [SECONDS] [TARGET...]
#   LESSPAY_FUZZ_BUILD_DIR: build tree (default build/fuzz beside the sources)
# A crash leaves its input under $LESSPAY_FUZZ_BUILD_DIR/artifacts/; copy it into
# tests/fuzz/regressions/ so that tst_csvfuzzregressions runs it from then on.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets="${*:-fuzz_csv_reader fuzz_recipient_import fuzz_xlsx_reader}"
build="${LESSPAY_FUZZ_BUILD_DIR:-$repo/build/fuzz}"
cc=$(command -v clang-14 || command -v clang)
cxx=$(command -v clang++-14 || command -v clang++)

# Everything in the tree is instrumented for coverage and sanitizers; only the fuzz targets
# link the libFuzzer driver.
sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DLESSPAY_FUZZ=ON -DLESSPAY_BUILD_UI=OFF -DLESSPAY_BUILD_TESTS=ON >"$build.configure.log" 2>&1 \
    || { cat "$build.configure.log"; exit 1; }
# shellcheck disable=SC2086
cmake --build "$build" -j2 --target $targets

mkdir -p "$build/artifacts"
status=0
for target in $targets; do
    case "$target" in
        fuzz_csv_reader) seeds="$here/corpus/reader" ;;
        fuzz_xlsx_reader) seeds="$here/corpus/xlsx" ;;
        *) seeds="$here/corpus/import" ;;
    esac
    # New inputs go to the first (scratch) directory; the seed corpus in the repository stays as is.
    work="$build/corpus/$target"
    mkdir -p "$work"
    echo "== $target for ${seconds}s"
    if ! ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" "$work" "$seeds" "$here/regressions"; then
        echo "$target found a failure; inputs in $build/artifacts/ (copy them into tests/fuzz/regressions/)" >&2
        status=1
    fi
done
exit $status
