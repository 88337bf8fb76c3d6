#!/usr/bin/env bash
# Installs, through apt-get and pip, only what this machine lacks for building wpc
# and running its tests: libxml2's headers, a headless browser (which also prints
# the PDFs), the fonts the pages declare, PDF tools (poppler; qpdf reads a PDF's
# outline), a GFM Markdown parser, LibreOffice Writer (to open the .docx output in
# a real office suite), util-linux script (a pseudo-terminal for the progress
# tests) and Python's jsonschema.
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

wanted_debs=(libxml2-dev libxml2-utils chromium fonts-liberation poppler-utils qpdf cmark-gfm libreoffice-writer-nogui bsdutils)
missing=()
for pkg in "${wanted_debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "install-deps: installing jsonschema" >&2
  python3 -m pip install --quiet jsonschema 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages jsonschema
fi
