#!/usr/bin/env bash
# The whole test suite on a fresh machine: install what is missing, then
# `swift test` (unit tests, golden files, and the checks that run Chromium,
# pdfinfo, cmark-gfm, xmllint and Python's jsonschema), then a short fuzzing
# pass: each libFuzzer harness for WPC_FUZZ_SECONDS seconds (default 30; 0
# skips it), failing on any crash, hang or memory blow-up (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Every test is XCTest; without the flag Swift Testing would close the run
# with an empty summary of its own.
swift test --disable-swift-testing "$@"
fuzz_seconds="${WPC_FUZZ_SECONDS:-30}"
if [ "$fuzz_seconds" -gt 0 ]; then
  bash scripts/fuzz.sh --time "$fuzz_seconds"
fi
