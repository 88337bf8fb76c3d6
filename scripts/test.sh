#!/usr/bin/env bash
# The whole test suite on a fresh machine: install what is missing, then
# `swift test` (unit tests, golden files, and the checks that run Chromium,
# pdfinfo, cmark-gfm, xmllint and Python's jsonschema).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Every test is XCTest; without the flag Swift Testing would close the run
# with an empty summary of its own.
swift test --disable-swift-testing "$@"
