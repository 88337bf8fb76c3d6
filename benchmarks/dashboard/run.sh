#!/usr/bin/env bash
# Times `wpc render wp.xml --format dashboard` against `xsltproc table.xsl
# table.xml` (the peer that ../shared/bench/run.sh times for rendering the
# same table) on one generated programme, with hyperfine. Measured, not a test.
#
#   benchmarks/dashboard/run.sh DATA [TABLE_XSL]
#
# DATA holds wp.xml (`wpc import annex.txt`), bodies.tsv and table.xml, as
# ../shared/bench/gen.py and run.sh leave them (e.g. /tmp/wpc-bench/n10000);
# TABLE_XSL defaults to ../shared/bench/table.xsl. RUNS (default 10) runs each.
set -euo pipefail
cd "$(dirname "$0")/../.."

DATA="${1:?usage: benchmarks/dashboard/run.sh DATA [TABLE_XSL]}"
XSL="${2:-../shared/bench/table.xsl}"
RUNS="${RUNS:-10}"
for file in "$DATA/wp.xml" "$DATA/bodies.tsv" "$DATA/table.xml" "$XSL"; do
  [ -f "$file" ] || { echo "missing: $file" >&2; exit 2; }
done
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }

echo "building release wpc…" >&2
swift build -c release --product wpc >&2
WPC="$(swift build -c release --show-bin-path)/wpc"
XSL="$(cd "$(dirname "$XSL")" && pwd)/$(basename "$XSL")"

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
cd "$DATA"
hyperfine --warmup 1 --runs "$RUNS" -N \
  "xsltproc $XSL table.xml" \
  "$WPC render wp.xml --format dashboard"
