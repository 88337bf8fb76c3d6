#!/usr/bin/env bash
# Times reading and checking: `wpc import` (annex text → XML) and `wpc check`
# on the seed and on generated programmes of growing size, in both source
# formats, with a release build. Measured, not a test.
#
#   benchmarks/pipeline/run.sh                 # 1,000 and 5,000 topics, best of 3
#   SIZES="1000 10000" RUNS=1 benchmarks/pipeline/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES="${SIZES:-1000 5000}"
RUNS="${RUNS:-3}"
SCRATCH="${SCRATCH:-.build-bench}"

echo "building release wpc…" >&2
swift build -c release --scratch-path "$SCRATCH" --product wpc >&2
WPC="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/wpc"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cp Input/ptc-work-programme-2019-2022.txt "$WORK/seed.txt"
cp Input/ptc-work-programme-2019-2022.xml "$WORK/seed.xml"
cp Input/bodies.tsv "$WORK/bodies.tsv"
for size in $SIZES; do
  "$WPC" render --synthetic "$size" --format xml -o "$WORK/p$size.xml"
  "$WPC" render --synthetic "$size" --format txt -o "$WORK/p$size.txt"
done

# best of RUNS, in seconds, of one command (exit status 1 = findings, fine here)
best() {
  local best=""
  for _ in $(seq "$RUNS"); do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc -l)" = 1 ]; then best=$elapsed; fi
  done
  printf '%.3f' "$best"
}

echo "wpc import / check, release build, $(nproc) cores, $(date -u +%Y-%m-%d), best of $RUNS"
printf '%-12s %8s %8s %10s %12s %12s\n' input topics tasks "MiB" "import s" "check s"
for name in seed $(for s in $SIZES; do echo "p$s"; done); do
  for ext in txt xml; do
    file="$WORK/$name.$ext"
    topics=$(grep -c '<topic>' "$WORK/$name.xml")
    tasks=$(grep -c '<task>' "$WORK/$name.xml")
    mib=$(echo "scale=2; $(stat -c %s "$file") / 1048576" | bc -l)
    import=$(best "$WPC" import "$file" -o "$WORK/out.xml")
    check=$(best "$WPC" check "$file" --bodies "$WORK/bodies.tsv" --format json)
    printf '%-12s %8s %8s %10s %12s %12s\n' "$name.$ext" "$topics" "$tasks" "$mib" "$import" "$check"
  done
done
