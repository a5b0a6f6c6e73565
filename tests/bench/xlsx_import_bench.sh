#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Workbook import benchmark: generates ROWS rows with ../shared/bench/gen_recipients.py and runs
# bench_xlsx_import, which imports them as CSV and as the console's own .xlsx export of the same
# rows, with full validation, and prints both. The goal: 100,000 rows from a workbook in under 2 s.
#   usage: [RUNS=3] xlsx_import_bench.sh [ROWS] [BENCH_BINARY]
#   ROWS defaults to 100000; BENCH_BINARY to build/relwithtests/tests/bench/bench_xlsx_import
#   (cmake --preset relwithtests && cmake --build --preset relwithtests --target bench_xlsx_import).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared="${LESSPAY_SHARED_DIR:-$repo/../shared}"
rows="${1:-100000}"
bench="${2:-$repo/build/relwithtests/tests/bench/bench_xlsx_import}"
goal_seconds=2

if [ ! -x "$bench" ]; then
    echo "bench_xlsx_import not found at $bench; build it in the relwithtests configuration" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/recipients.csv"
python3 "$shared/bench/gen_recipients.py" "$rows" "$file"
out=$("$bench" "$file" --runs "${RUNS:-3}")
echo "$out"
seconds=$(echo "$out" | sed -n 's/^xlsx: .* seconds=\([0-9.]*\) .*/\1/p')
if [ "$rows" -ge 100000 ]; then
    awk -v s="$seconds" -v g="$goal_seconds" 'BEGIN { if (s + 0 >= g) { print "goal missed: " s " s >= " g " s"; exit 1 } else print "goal met: " s " s < " g " s" }'
fi
