#!/usr/bin/env bash
# PDF benchmark: the 1,000-document volume of render_volume.sh turned into XSL-FO by
# `cabletei render --to fo`, then typeset by FOP with the build's configuration and the heap
# cabletei gives it (JAVA_ARGS=-Xmx1g); then the whole PDF step of `cabletei render --to pdf`,
# whose page markers go into the outer margin (FOP lays out to its intermediate format,
# cabletei moves the markers, FOP writes the PDF). Each step's wall time and peak RSS (the
# largest process: FOP's JVM), and the pages.
# Usage: pdf_volume.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: pdf_volume.sh BUILD_DIR}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/tests/bench/cabletei_render_bench" --write-volume "$tmp/volume.xml"
one_core=(); command -v taskset >/dev/null && one_core=(taskset -c 0)

# step NAME COMMAND...: runs the command once, prints its wall time and peak RSS.
step() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$tmp/time.txt" "$@" >"$tmp/out.txt" 2>&1 ||
    { echo "$name failed:" >&2; tail "$tmp/out.txt" >&2; exit 1; }
  read -r seconds kb <"$tmp/time.txt"
  awk -v n="$name" -v s="$seconds" -v k="$kb" 'BEGIN { printf "%-40s %6.1f s  peak RSS %5.0f MB\n", n, s, k / 1024 }'
}

step "FO generation (cabletei render --to fo)" "${one_core[@]}" "$build/cabletei" render \
  "$tmp/volume.xml" --to fo -o "$tmp/volume.fo"
step "FOP (-Xmx1g, fonts embedded, tagged)" env JAVA_ARGS=-Xmx1g fop -c "$build/fop.xconf" -a \
  -fo "$tmp/volume.fo" -pdf "$tmp/volume.pdf"
step "PDF with margin markers (cabletei render --to pdf)" env JAVA_ARGS=-Xmx1g "$build/cabletei" \
  render "$tmp/volume.xml" --to pdf -o "$tmp/volume-margin.pdf"
echo "documents: $(grep -o 'type="document"' "$tmp/volume.xml" | wc -l), pages: $(pdfinfo "$tmp/volume.pdf" | awk '/^Pages:/ { print $2 }') ($(pdfinfo "$tmp/volume-margin.pdf" | awk '/^Pages:/ { print $2 }') with margin markers), FO: $(du -m "$tmp/volume.fo" | cut -f1) MB"
