#!/usr/bin/env bash
# Builds and runs a libFuzzer target from Tests/Fuzz/.
#
#   Scripts/fuzz.sh reader 600      # the export reader (one file's bytes: JSON, zip, gzip) for 10 minutes
#   Scripts/fuzz.sh mrkdwn 600      # the mrkdwn parser, Block Kit blocks and the three renderers
#
# Each target is compiled with `swiftc -sanitize=fuzzer,address` together with the SlackExport
# sources (one module), ZIPFoundation (from SwiftPM's checkout) and zlib. The seed corpus is made
# from SampleExports/ and Tests/SlackExportTests/Fixtures/ into .build/fuzz/TARGET/ (nothing is
# written into the repository); crashes land in .build/fuzz/TARGET/artifacts/. Keep each crashing
# input under Tests/SlackExportTests/Fixtures/fuzz-regressions/TARGET/: FuzzRegressionTests replays
# them in `swift test`.
#
# Environment: FUZZ_SANITIZERS (default fuzzer,address), FUZZ_JOBS (default 1), FUZZ_ARGS (extra
# libFuzzer flags).
set -euo pipefail

target="${1:-}"
seconds="${2:-60}"
case "$target" in
    # ZIPFoundation leaks a few bytes per Archive(url:) (a fileSystemRepresentation it never frees),
    # which LeakSanitizer would report on every zip input: leaks are not checked for this target.
    reader) entry=ReaderFuzzer.swift; max_len=65536; extra=(-detect_leaks=0)
        export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" ;;
    mrkdwn) entry=MrkdwnFuzzer.swift; max_len=4096; extra=() ;;
    *) echo "usage: $0 reader|mrkdwn SECONDS" >&2; exit 64 ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work=".build/fuzz/$target"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts" .build/fuzz/zip
sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"

zip_sources=".build/checkouts/ZIPFoundation/Sources"
if [ ! -d "$zip_sources/ZIPFoundation" ]; then
    echo "fuzz.sh: ZIPFoundation's sources are missing; run 'swift package resolve' first" >&2
    exit 66
fi

# 1. ZIPFoundation as a static library with its module (rebuilt only when missing).
if [ ! -f .build/fuzz/zip/libZIPFoundation.a ]; then
    echo "fuzz.sh: building ZIPFoundation" >&2
    (cd .build/fuzz/zip && swiftc -O -sanitize="$sanitizers" -parse-as-library -swift-version 5 \
        -module-name ZIPFoundation -emit-module -emit-library -static -o libZIPFoundation.a \
        -I "$root/$zip_sources/CZLib" -Xcc -D_GNU_SOURCE=1 -suppress-warnings \
        "$root/$zip_sources"/ZIPFoundation/*.swift)
fi

# 2. The target: SlackExport's sources and the entry point as one module.
echo "fuzz.sh: building $target" >&2
mapfile -t sources < <(find Sources/SlackExport -name '*.swift' | sort)
swiftc -O -sanitize="$sanitizers" -parse-as-library -swift-version 6 -module-name "Fuzz_$target" \
    -I .build/fuzz/zip -I Sources/CZlibShim -I "$zip_sources/CZLib" \
    "${sources[@]}" "Tests/Fuzz/$entry" \
    .build/fuzz/zip/libZIPFoundation.a -lz -o "$work/fuzz-$target"

# 3. Seeds, made fresh from the repository's own samples and fixtures.
rm -rf "$work/seeds"; mkdir -p "$work/seeds"
python3 - "$target" "$work/seeds" <<'PY'
import hashlib, json, os, sys, pathlib
target, out = sys.argv[1], pathlib.Path(sys.argv[2])
def seed(data: bytes):
    if data:
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
files = [p for d in ("SampleExports", "Tests/SlackExportTests/Fixtures") for p in pathlib.Path(d).rglob("*")
         if p.is_file() and p.suffix in (".json", ".zip", ".gz", ".jsonl") and p.stat().st_size <= 65536]
if target == "reader":
    for p in files:
        seed(p.read_bytes())
else:
    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                if k in ("text", "title", "pretext", "value", "fallback") and isinstance(x, str):
                    seed(x.encode())
                elif k == "blocks" and isinstance(x, list):
                    seed(json.dumps(x).encode())
                walk(x)
        elif isinstance(v, list):
            for x in v: walk(x)
    for p in files:
        if p.suffix == ".json":
            try: walk(json.loads(p.read_bytes()))
            except Exception: pass
print(f"fuzz.sh: {len(os.listdir(out))} seeds", file=sys.stderr)
PY

# 4. Run. The corpus in .build/fuzz/TARGET/corpus grows across runs.
echo "fuzz.sh: running $target for ${seconds}s" >&2
cd "$work"
parallel=()
if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then parallel=(-fork="$FUZZ_JOBS"); fi
# shellcheck disable=SC2086
./"fuzz-$target" corpus seeds -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=3072 \
    -artifact_prefix=artifacts/ -print_final_stats=1 "${extra[@]}" "${parallel[@]}" ${FUZZ_ARGS:-} 2>&1 \
    | tee "run-$(date +%Y%m%d-%H%M%S).log"
