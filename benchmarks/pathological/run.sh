#!/usr/bin/env bash
# Times `wpc check` (human output, a release build) on pathological input
# shapes and on the bundled programme's shape at about the same size, and
# prints each shape's time per byte next to its reference's. Measured, not a
# test (the tests guard the same shapes against a return of quadratic time).
#
#   benchmarks/pathological/run.sh                # about 5 MB per shape, best of 3
#   SIZE=50000000 RUNS=1 benchmarks/pathological/run.sh
#
# Columns: the shape, its size, the best wall time, the time per byte after
# the start-up time (wpc checking a one-line file) is taken off, that figure
# over the reference's of the same format (annex text or XML), the peak
# resident memory over the file's size, and the exit status (1: findings;
# 2: the input is refused, as the too-deep and over-crowded shapes must be).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE="${SIZE:-5000000}"
RUNS="${RUNS:-3}"
SCRATCH="${SCRATCH:-.build-bench}"

echo "building release wpc…" >&2
swift build -c release --scratch-path "$SCRATCH" --product wpc >&2
WPC="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/wpc"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The bundled programme's shape at about SIZE bytes: the generated programme
# (the same columns, cell lengths and page structure) with enough topics.
# 1,000 topics make about 2.15 MB of annex text and 3.1 MB of XML.
"$WPC" render --synthetic "$(( SIZE / 2150 + 1 ))" --format txt -o "$WORK/reference.txt"
"$WPC" render --synthetic "$(( SIZE / 3100 + 1 ))" --format xml -o "$WORK/reference.xml"
python3 benchmarks/pathological/shapes.py --outdir "$WORK" --size "$SIZE" \
  --canonical-xml "$WORK/reference.xml" --annex-text "$WORK/reference.txt"
printf '<work-programme xmlns="urn:wpc:work-programme:1"><title>T</title></work-programme>\n' > "$WORK/startup.xml"

# best of RUNS: "seconds peak-kilobytes exit-status"
measure() {
  local best="" peak=0 status=0
  for _ in $(seq "$RUNS"); do
    set +e
    /usr/bin/time -o "$WORK/time" -f '%e %M' "$WPC" check "$1" > /dev/null 2>&1
    status=$?
    set -e
    read -r seconds kilobytes < <(tail -1 "$WORK/time")
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc -l)" = 1 ]; then best=$seconds; fi
    [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
  done
  echo "$best $peak $status"
}

read -r startup _ _ < <(measure "$WORK/startup.xml")
per_byte() { echo "($1 - $startup) * 1000000000 / $2" | bc -l; }

shapes=(reference.txt every-row-finding.txt every-line-finding.txt one-cell.txt
        reference.xml one-line.xml remarks-one-line.xml text-node.xml references.xml
        unknown-codes.xml attributes.xml crowded-tags.xml deep.xml too-deep.xml)
declare -A seconds kilobytes status nanoseconds
for name in "${shapes[@]}"; do
  read -r seconds[$name] kilobytes[$name] status[$name] < <(measure "$WORK/$name")
  nanoseconds[$name]=$(per_byte "${seconds[$name]}" "$(stat -c %s "$WORK/$name")")
done

printf '%-24s %11s %8s %9s %7s %7s %5s\n' shape bytes seconds "ns/byte" "× ref" "peak ×" exit
for name in "${shapes[@]}"; do
  bytes=$(stat -c %s "$WORK/$name")
  ratio=$(echo "${nanoseconds[$name]} / ${nanoseconds[reference.${name##*.}]}" | bc -l)
  memory=$(echo "${kilobytes[$name]} * 1024 / $bytes" | bc -l)
  printf '%-24s %11d %8.2f %9.1f %7.2f %7.1f %5d\n' "$name" "$bytes" "${seconds[$name]}" "${nanoseconds[$name]}" "$ratio" "$memory" "${status[$name]}"
done
echo "start-up: $startup s (taken off every time per byte); peak ×: peak resident memory over the file's size"
