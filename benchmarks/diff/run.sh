#!/usr/bin/env bash
# Diff time against programme size: generates programmes of 1k, 2k, 4k and 8k
# tasks (benchmarks/diff/generate.py), diffs each against a perturbed revision
# with the release build of wpc, and prints the times. Near-linear growth shows
# as a roughly constant time per 1,000 tasks.
#
# usage: benchmarks/diff/run.sh [SIZES…]      (default: 1000 2000 4000 8000)
# env:   WPC=path/to/wpc (default: build it with `swift build -c release`)
#        RUNS=3 (best of RUNS is reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-1000 2000 4000 8000}")
read -r -a sizes <<< "${sizes[*]}"
runs=${RUNS:-3}
if [[ -z "${WPC:-}" ]]; then
  swift build -c release --product wpc --scratch-path .build-bench >&2
  WPC=.build-bench/release/wpc
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best_of() {  # best wall time in seconds of RUNS runs of "$@" (exit 0 or 1 is success)
  local best=""
  for ((i = 0; i < runs; i++)); do
    local start end status
    start=$(date +%s.%N)
    set +e; "$@" > /dev/null; status=$?; set -e
    end=$(date +%s.%N)
    if ((status > 1)); then echo "wpc failed with status $status: $*" >&2; exit 2; fi
    best=$(python3 -c "import sys; a=float(sys.argv[2])-float(sys.argv[1]); b=sys.argv[3]; print(min(a, float(b)) if b else a)" "$start" "$end" "$best")
  done
  echo "$best"
}

printf "%8s %8s %12s %12s %14s %10s\n" tasks changes "self (s)" "revised (s)" "s per 1k tasks" "growth"
previous=""
for size in "${sizes[@]}"; do
  python3 benchmarks/diff/generate.py "$size" "$work/old-$size.txt" "$work/new-$size.txt"
  self=$(best_of "$WPC" diff "$work/old-$size.txt" "$work/old-$size.txt")
  revised=$(best_of "$WPC" diff "$work/old-$size.txt" "$work/new-$size.txt" --format json)
  changes=$({ "$WPC" diff "$work/old-$size.txt" "$work/new-$size.txt" --format json || true; } \
    | python3 -c "import json,sys; print(len(json.load(sys.stdin)['changes']))")
  per=$(python3 -c "print(f'{$revised / $size * 1000:.3f}')")
  growth=$([[ -n "$previous" ]] && python3 -c "print(f'x{$revised / $previous:.2f}')" || echo "-")
  printf "%8s %8s %12.3f %12.3f %14s %10s\n" "$size" "$changes" "$self" "$revised" "$per" "$growth"
  previous=$revised
done
echo "(doubling the tasks should roughly double the time: growth ≈ x2)"
