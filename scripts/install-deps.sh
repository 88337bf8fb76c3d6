#!/usr/bin/env bash
# Installs, through apt-get and pip, only what this machine lacks for building wpc
# and running its tests: libxml2's headers, a headless browser (which also prints
# the PDFs), the fonts the pages declare, PDF tools (poppler; qpdf reads a PDF's
# outline), a GFM Markdown parser, LibreOffice Writer (to open the .docx output in
# a real office suite and make Word documents for the reader's tests), zlib's
# headers (the .docx reader unpacks with zlib), util-linux script (a
# pseudo-terminal for the progress tests), GNU time (the peak memory of
# hostile-input runs), Python's jsonschema, and msoffcrypto-tool (to make a
# password-protected .docx the reader must refuse).
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

wanted_debs=(libxml2-dev zlib1g-dev libxml2-utils chromium fonts-liberation poppler-utils qpdf cmark-gfm libreoffice-writer-nogui bsdutils time)
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

for module in jsonschema:jsonschema msoffcrypto:msoffcrypto-tool; do
  if ! python3 -c "import ${module%%:*}" 2>/dev/null; then
    echo "install-deps: installing ${module#*:}" >&2
    python3 -m pip install --quiet "${module#*:}" 2>/dev/null \
      || python3 -m pip install --quiet --break-system-packages "${module#*:}"
  fi
done
