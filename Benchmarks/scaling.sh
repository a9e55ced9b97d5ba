#!/usr/bin/env bash
# Scaling check: every subcommand on an export of N messages and on one 4 times longer at the same
# density, so a step that grows faster than n log n shows as a ratio well above 4.
#
# Usage: Benchmarks/scaling.sh [MESSAGES]     (default 20000; the second export has 4 × MESSAGES)
# Never part of the tests: figures depend on the machine. A ratio above 6 is flagged.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
DAYS=$(( N * 365 / 100000 > 7 ? N * 365 / 100000 : 7 ))   # the 100,000-message export's density
SMALL="${TMPDIR:-/tmp}/postmortem-scaling-$N"
LARGE="${TMPDIR:-/tmp}/postmortem-scaling-$((4 * N))"
[ -d "$SMALL/incidents" ] || python3 Benchmarks/generate_export.py "$SMALL" --messages "$N" --days "$DAYS" >/dev/null
[ -d "$LARGE/incidents" ] || python3 Benchmarks/generate_export.py "$LARGE" --messages $((4 * N)) --days $((4 * DAYS)) >/dev/null
swift build -c release --product postmortem --static-swift-stdlib --scratch-path .build-bench >/dev/null
BIN=.build-bench/release/postmortem

seconds() { # command...: wall seconds
    local log; log=$(mktemp)
    /usr/bin/time -f "%e" -o "$log" "$@" >/dev/null
    cat "$log"; rm -f "$log"
}

printf '%-28s %10s %10s %7s\n' "subcommand" "$N" "$((4 * N))" "ratio"
status=0
for cmd in "channels" "incidents" "analyze" "timeline" "metrics" "explain" "stats" "report" "report --format html"; do
    # shellcheck disable=SC2086
    a=$(seconds "$BIN" $cmd "$SMALL" -q)
    # shellcheck disable=SC2086
    b=$(seconds "$BIN" $cmd "$LARGE" -q)
    ratio=$(python3 -c "print(round($b / max($a, 0.01), 1))")
    flag=$(python3 -c "print('  <- grows faster than n log n?' if $b / max($a, 0.01) > 6 else '')")
    [ -z "$flag" ] || status=1
    printf '%-28s %9ss %9ss %7s%s\n' "$cmd" "$a" "$b" "$ratio" "$flag"
done
exit $status
