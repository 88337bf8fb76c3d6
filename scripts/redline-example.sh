#!/usr/bin/env bash
# Writes the example in docs/redline/ from the bundled programme (September
# 2019) and docs/redline/march-2020.xml (a revision with one change of each
# kind, the same drafts the tests diff): the diff report in HTML and Markdown,
# the Word redline, and PNGs of the report's first screen and of the redline's
# first changed page as LibreOffice prints it. Needs Chromium, LibreOffice and
# poppler (scripts/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product wpc
wpc=.build/debug/wpc
old=Input/ptc-work-programme-2019-2022.xml
new=docs/redline/march-2020.xml
out=docs/redline
# wpc diff exits 1 when the drafts differ, as diff(1) does.
run() { "$wpc" diff "$old" "$new" "$@" || [ $? -eq 1 ]; }
run --format docx -o "$out/redline.docx" --png "$out/redline-first-change.png"
run --format html -o "$out/changes.html" --png "$out/changes.png"
run --format md -o "$out/changes.md"
echo "wrote $out/redline.docx, redline-first-change.png, changes.html, changes.png, changes.md"
