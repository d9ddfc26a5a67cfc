#!/usr/bin/env bash
# Renders a report (.docx or .xlsx) to PNG pages, to look at what officials will open in Word/Excel:
#   bash scripts/render-report-images.sh bao-cao.docx [out-dir]
# Needs LibreOffice and poppler (installed from Debian's packages when missing, as root).
set -euo pipefail
file=${1:?usage: render-report-images.sh <report.docx|report.xlsx> [out-dir]}
out=${2:-$(dirname "$file")/pages}
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  apt-get install -y -qq libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils >/dev/null
fi
mkdir -p "$out"
soffice --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdf="$out/$(basename "${file%.*}").pdf"
pdftoppm -r 80 -png "$pdf" "$out/page"
ls "$out"/page-*.png
