#!/usr/bin/env bash
# Fuzzes wpc's readers with libFuzzer: builds each harness (Fuzz/fuzz-*) with
# `-sanitize=fuzzer,address` in its own build folder (.build/fuzz), seeds it
# from Input/, the check corpus, the regression reproducers and Fuzz/seeds/,
# and runs it for a given time. Prints, per harness, the executions run and
# the failures found; exits 1 when any harness found one (a crash, a hang
# longer than --timeout, or more memory than --rss-limit), leaving the input
# in .build/fuzz/artifacts/HARNESS/ for a regression test.
#
#   scripts/fuzz.sh [--time SECONDS] [--timeout SECONDS] [--rss-limit MB] [--keep-going] [HARNESS…]
#
# --keep-going runs libFuzzer in fork mode, going on after each failure (a
# longer campaign counts them all) instead of stopping at the first.
#
# HARNESS is annex, xml, docx or diff (default: all). The corpus each run grows is
# kept in .build/fuzz/corpus/HARNESS, so later runs start where earlier ones
# stopped. scripts/test.sh runs every harness for 30 s after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=60
timeout=10
rss_limit=2048
keep_going=()
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --rss-limit) rss_limit=$2; shift 2 ;;
    --keep-going) keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1); shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    annex|xml|docx|diff) harnesses+=("$1"); shift ;;
    *) echo "fuzz.sh: unknown argument '$1' (harnesses: annex xml docx diff)" >&2; exit 64 ;;
  esac
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=(annex xml docx diff)

scratch=.build/fuzz
build() {
  # The linker warns about every sanitizer symbol it cannot export: noise.
  WPC_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "fuzz-$1" \
    -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" >&2
  return "${PIPESTATUS[0]}"
}

# Seeds: the bundled programme, the check corpus, the regression
# reproducers, hand-made shapes, and line-end and encoding variants.
seed() {
  local harness=$1 folder=$scratch/seeds/$1
  rm -rf "$folder"
  mkdir -p "$folder"
  case "$harness" in
    annex)
      cp Input/*.txt Tests/WPCChecksTests/Corpus/annex/*.txt Fuzz/seeds/annex/* "$folder"/
      cp Tests/WPCAppTests/Reproducers/*.txt "$folder"/ 2>/dev/null || true
      local clean=Tests/WPCChecksTests/Corpus/annex/clean.txt
      sed 's/$/\r/' "$clean" > "$folder/clean.crlf.txt"
      tr '\n' '\r' < "$clean" > "$folder/clean.cr.txt"
      { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$clean"; } > "$folder/clean.utf16le.txt"
      { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$clean"; } > "$folder/clean.utf16be.txt"
      iconv -f UTF-8 -t WINDOWS-1252 "$clean" > "$folder/clean.cp1252.txt"
      ;;
    xml)
      cp Input/*.xml Tests/WPCChecksTests/Corpus/xml/*.xml Fuzz/seeds/xml/* "$folder"/
      cp Tests/WPCAppTests/Reproducers/*.xml "$folder"/ 2>/dev/null || true
      ;;
    docx)
      # Packages as they stand (the archive layer), and their parts as the
      # harness's part lists (name, line feed, bytes; 0x1E between parts),
      # which it packs with correct checksums (the Word reader).
      [ -x .build/debug/wpc ] || swift build --product wpc >&2
      cp Tests/WPCAppTests/Golden/seed.docx docs/redline/redline.docx "$folder"/
      local xml
      for xml in Tests/WPCChecksTests/Corpus/xml/clean.xml Tests/WPCChecksTests/Corpus/xml/footnote.unreferenced.xml \
                 Tests/WPCChecksTests/Corpus/xml/structure.empty-cell.xml; do
        .build/debug/wpc render "$xml" --format docx -o "$folder/$(basename "$xml" .xml).docx" >&2
      done
      python3 - "$folder" <<'PY'
import os, sys, zipfile
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if not name.endswith(".docx"):
        continue
    with zipfile.ZipFile(os.path.join(folder, name)) as package:
        parts = [part.encode() + b"\n" + package.read(part) for part in package.namelist() if not part.endswith("/")]
    with open(os.path.join(folder, name[:-5] + ".parts"), "wb") as out:
        out.write(b"\x1e".join(parts))
PY
      ;;
    diff)
      # Two drafts joined by a record separator (0x1E): each rule's example
      # against the clean programme, and the bundled text against its XML.
      local format old new name
      for format in annex:txt xml:xml; do
        old=Tests/WPCChecksTests/Corpus/${format%%:*}/clean.${format##*:}
        for new in Tests/WPCChecksTests/Corpus/"${format%%:*}"/*."${format##*:}"; do
          name=$(basename "$new")
          { cat "$old"; printf '\x1e'; cat "$new"; } > "$folder/clean-vs-$name"
        done
      done
      { cat Input/ptc-work-programme-2019-2022.txt; printf '\x1e'; cat Input/ptc-work-programme-2019-2022.xml; } > "$folder/text-vs-xml"
      cp Input/ptc-work-programme-2019-2022.xml "$folder/self.xml"
      ;;
  esac
}

status=0
summary=()
for harness in "${harnesses[@]}"; do
  echo "fuzz.sh: building fuzz-$harness" >&2
  build "$harness"
  seed "$harness"
  corpus=$scratch/corpus/$harness
  artifacts=$scratch/artifacts/$harness
  mkdir -p "$corpus" "$artifacts"
  before=$(find "$artifacts" -type f | wc -l)
  log=$scratch/fuzz-$harness.log
  echo "fuzz.sh: running fuzz-$harness for $seconds s (log: $log)" >&2
  # Swift's backtracer would hold a crashing run for up to 30 s; libFuzzer
  # prints its own stack. Leak checking is off: a command-line run frees
  # everything at exit, and the scan costs most of the time.
  set +e
  SWIFT_BACKTRACE=enable=no "$scratch/release/fuzz-$harness" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_limit" -detect_leaks=0 \
    -dict="Fuzz/dictionaries/$harness.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 ${keep_going[@]+"${keep_going[@]}"} \
    "$corpus" "$scratch/seeds/$harness" > "$log" 2>&1
  code=$?
  set -e
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # Fork mode prints no final statistics: its last progress line counts the runs.
  [ -n "$executions" ] || executions=$(sed -n 's/^#\([0-9]*\):.*/\1/p' "$log" | tail -1)
  found=$(( $(find "$artifacts" -type f | wc -l) - before ))
  # Fork mode counts its failed jobs (oom/timeout/crash: a/b/c); a failure
  # that left no input behind still counts.
  counted=$(sed -n 's/.*oom\/timeout\/crash: \([0-9]*\)\/\([0-9]*\)\/\([0-9]*\).*/\1 \2 \3/p' "$log" | tail -1)
  if [ -n "$counted" ]; then
    read -r ooms timeouts crashes <<< "$counted"
    [ $((ooms + timeouts + crashes)) -le "$found" ] || found=$((ooms + timeouts + crashes))
  fi
  if [ "$code" -ne 0 ] || [ "$found" -gt 0 ]; then
    status=1
    echo "fuzz.sh: fuzz-$harness failed (exit $code); the end of its log:" >&2
    grep -E "ERROR|SUMMARY|expectation failed|Fatal error|deadly|Test unit written" "$log" | head -20 >&2 || true
  fi
  # The time it ran: more than asked when replaying a large corpus first.
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  [ -n "$took" ] || took=$(sed -n 's/.* time: \([0-9]*\)s .*/\1/p' "$log" | tail -1)
  summary+=("$(printf '%-10s %6s s  %10s executions  %3s failures' "fuzz-$harness" "${took:-$seconds}" "${executions:-?}" "$found")")
done

printf '%s\n' "${summary[@]}"
exit "$status"
