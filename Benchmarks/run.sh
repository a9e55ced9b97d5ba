#!/usr/bin/env bash
# Benchmark: postmortem against the Python loop a user would write, on one generated export.
#
# Usage: Benchmarks/run.sh [MESSAGES]     (default 1000000; 100000 for a quick run)
# Prints wall time, throughput (MB/s), peak RSS, the ratio python/postmortem, the latency of
# analyze + report --format html on the founding incident, and `channels` time.
# Never part of the tests: figures depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
OUT="${TMPDIR:-/tmp}/postmortem-bench-$N"

if [ ! -d "$OUT/incidents" ]; then
    echo "generating $N messages into $OUT ..."
    python3 Benchmarks/generate_export.py "$OUT" --messages "$N"
fi
# The binary as the README installs it: the Swift runtime linked in, which also starts faster.
swift build -c release --product postmortem --static-swift-stdlib --scratch-path .build-bench >/dev/null
BIN=.build-bench/release/postmortem
MB=$(du -sm "$OUT" | cut -f1)

measure() { # label, command...: prints "label: X s, Y MB peak RSS"
    local label=$1; shift
    local log; log=$(mktemp)
    /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null
    read -r secs kb < "$log"; rm -f "$log"
    echo "$label: ${secs} s, $((kb / 1024)) MB peak RSS, $(python3 -c "print(round($MB / max($secs, 0.001), 1))") MB/s"
    LAST=$secs
}

LARGEST_KB=$(find "$OUT" -name '*.json' -printf '%s\n' | sort -n | tail -1 | awk '{print int($1 / 1024)}')
echo "export: $N messages, $MB MB, $(nproc) cores; largest day file ${LARGEST_KB} KB (RSS target $((2 * LARGEST_KB / 1024 + 64)) MB)"
measure "postmortem analyze (all rules)" "$BIN" analyze "$OUT" -q; A=$LAST
measure "python json.loads + lower() scan" python3 Benchmarks/python_baseline.py "$OUT"; P=$LAST
echo "ratio python / postmortem: $(python3 -c "print(round($P / max($A, 0.001), 2))")"
measure "postmortem channels" "$BIN" channels "$OUT" -q
T0=$(date +%s.%N)
"$BIN" analyze SampleExports/dashboard-outage/export.zip -q >/dev/null
"$BIN" report SampleExports/dashboard-outage/export.zip --format html -q >/dev/null
T1=$(date +%s.%N)
echo "founding incident analyze + report --format html: $(python3 -c "print(round(($T1 - $T0) * 1000))") ms"
