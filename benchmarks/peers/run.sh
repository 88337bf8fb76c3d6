#!/usr/bin/env bash
# wpc side by side with the standard tools doing comparable work (xmllint,
# xsltproc, pandoc, daff) on the same generated programmes, in one run, with
# the wpc/peer ratios the README's benchmark table shows. Measured, not a test.
#
#   benchmarks/peers/run.sh                  # 1,000 and 10,000 topics (several minutes)
#   benchmarks/peers/run.sh 1000 10000 100000
#   ONLY='xmllint|wpc-check' benchmarks/peers/run.sh 10000
#
# The timing kit (generator, peer commands, report) lives beside the
# repository in ../shared/bench; set BENCH_KIT to use another copy. Its
# README lists the environment variables (REPS, ONLY, BENCH_TMP, …), which
# pass through. The peers are installed with
#   apt-get install -y pandoc xsltproc libxml2-utils time && pip install daff
set -euo pipefail
cd "$(dirname "$0")/../.."

KIT="${BENCH_KIT:-../shared/bench}"
if [[ ! -x "$KIT/run.sh" ]]; then
  echo "error: $KIT/run.sh: the side-by-side timing kit is not there (set BENCH_KIT to its folder)" >&2
  exit 2
fi

echo "building release wpc…" >&2
swift build -c release --product wpc >&2
WPC="$(swift build -c release --show-bin-path)/wpc"
exec "$KIT/run.sh" "$WPC" "$@"
