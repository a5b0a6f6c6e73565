#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Recipient import benchmark: generates ROWS rows with ../shared/bench/gen_recipients.py, runs
# the Python baseline and bench_csv_import on the same file, and prints both rates, the ratio
# and the importer's peak memory against the file size.
#   usage: [RUNS=3] csv_import_bench.sh [ROWS] [BENCH_BINARY]
#   ROWS defaults to 1000000; BENCH_BINARY defaults to build/relwithtests/tests/bench/bench_csv_import
#   (cmake --preset relwithtests && cmake --build --preset relwithtests --target bench_csv_import).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared="${LESSPAY_SHARED_DIR:-$repo/../shared}"
rows="${1:-1000000}"
bench="${2:-$repo/build/relwithtests/tests/bench/bench_csv_import}"
goal_ratio=10
goal_memory=3

if [ ! -x "$bench" ]; then
    echo "bench_csv_import not found at $bench; build it in the relwithtests configuration" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/recipients.csv"
python3 "$shared/bench/gen_recipients.py" "$rows" "$file"
size=$(stat -c %s "$file")
echo "file: $rows rows, $size bytes"

# Each side runs RUNS times (default 3), alternating, and the best run of each counts: a shared
# virtual machine adds noise that only ever slows a run down (a process started right after
# another one that freed a lot of memory pays for fresh pages, for one).
runs="${RUNS:-3}"
py_rate=0
cpp_rate=0
rss=0
py_cpu=
cpp_cpu=
i=1
while [ "$i" -le "$runs" ]; do
    echo "--- python baseline, run $i"
    # GNU time adds the baseline's CPU seconds: on a busy machine CPU time compares more fairly.
    py_out=$(/usr/bin/time -f "cpu_seconds=%U+%S" python3 "$shared/bench/py_import_baseline.py" "$file" 2>&1)
    echo "$py_out"
    echo "--- bench_csv_import, run $i"
    cpp_out=$("$bench" "$file")
    echo "$cpp_out"
    rate=$(echo "$py_out" | sed -n 's/^rows_per_second=//p')
    if [ "$rate" -gt "$py_rate" ]; then
        py_rate=$rate
        py_cpu=$(echo "$py_out" | sed -n 's/^cpu_seconds=\([0-9.]*\)+\([0-9.]*\)$/\1 \2/p' | awk '{print $1 + $2}')
    fi
    rate=$(echo "$cpp_out" | sed -n 's/^rows_per_second=//p')
    run_rss=$(echo "$cpp_out" | sed -n 's/^peak_rss_kib=\([0-9]*\).*/\1/p')
    [ "$run_rss" -gt "$rss" ] && rss=$run_rss # memory: the worst run counts
    if [ "$rate" -gt "$cpp_rate" ]; then
        cpp_rate=$rate
        cpp_cpu=$(echo "$cpp_out" | sed -n 's/.*cpu_seconds=\([0-9.]*\).*/\1/p')
    fi
    i=$((i + 1))
done

python3 - "$py_rate" "$cpp_rate" "$rss" "$size" "$goal_ratio" "$goal_memory" "$py_cpu" "$cpp_cpu" "$runs" <<'PY'
import sys
py, cpp, rss_kib, size, goal_ratio, goal_memory, py_cpu, cpp_cpu, runs = (float(v) for v in sys.argv[1:])
runs = int(runs)
ratio = cpp / py
memory = rss_kib * 1024 / size
print(f"--- result (best of {runs} runs each)")
print(f"baseline_rows_per_second={py:.0f}")
print(f"importer_rows_per_second={cpp:.0f}")
print(f"ratio={ratio:.2f} (goal >= {goal_ratio:.0f})")
print(f"cpu_seconds baseline={py_cpu:.2f} importer={cpp_cpu:.2f} cpu_ratio={py_cpu / cpp_cpu:.2f}")
print(f"peak_rss_bytes={rss_kib * 1024:.0f} file_bytes={size:.0f} memory_per_file={memory:.2f} (goal < {goal_memory:.0f})")
print("goals: speed " + ("met" if ratio >= goal_ratio else "NOT met") + ", memory " + ("met" if memory < goal_memory else "NOT met"))
PY
