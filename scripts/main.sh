#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build wpc, and run
# `wpc build` on the bundled programme (Input/ → Output/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product wpc
.build/release/wpc build "$@"
