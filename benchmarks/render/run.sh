#!/usr/bin/env bash
# Renders a generated programme of 10,000 topics (about 25,000 tasks) in each
# format with a release build of wpc and prints wall time, peak memory and
# output size. Measured, not a test.
#
#   benchmarks/render/run.sh            # 10,000 topics, best of 3 runs
#   TOPICS=2000 RUNS=1 benchmarks/render/run.sh
#
# Uses hyperfine when it is installed, plain timing otherwise. The programme is
# generated in the process (`wpc render --synthetic N`, a hidden option), so
# each figure includes generating it; the json row is close to generation alone.
set -euo pipefail
cd "$(dirname "$0")/../.."

TOPICS="${TOPICS:-10000}"
RUNS="${RUNS:-3}"
SCRATCH="${SCRATCH:-.build-bench}"
read -r -a FORMATS <<< "${FORMATS:-html annex md docx json xml txt}"

echo "building release wpc…" >&2
swift build -c release --scratch-path "$SCRATCH" --product wpc >&2
WPC="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/wpc"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "wpc render --synthetic $TOPICS, $(nproc) cores, $(date -u +%Y-%m-%d)"
if command -v hyperfine >/dev/null 2>&1; then
  for format in "${FORMATS[@]}"; do
    hyperfine --runs "$RUNS" --warmup 0 -N "$WPC render --synthetic $TOPICS --format $format -o $OUT/out.$format"
  done
  exit 0
fi

printf '%-6s %10s %12s %12s\n' format "seconds" "peak MiB" "output MiB"
for format in "${FORMATS[@]}"; do
  best=""
  peak=""
  for _ in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%M' -o "$OUT/mem" "$WPC" render --synthetic "$TOPICS" --format "$format" -o "$OUT/out.$format"
      kb=$(tail -1 "$OUT/mem")
    else
      "$WPC" render --synthetic "$TOPICS" --format "$format" -o "$OUT/out.$format"
      kb=0
    fi
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc -l)" = 1 ]; then best=$elapsed; peak=$kb; fi
  done
  size=$(stat -c %s "$OUT/out.$format")
  printf '%-6s %10.2f %12.0f %12.1f\n' "$format" "$best" "$(echo "$peak / 1024" | bc -l)" "$(echo "$size / 1048576" | bc -l)"
done
