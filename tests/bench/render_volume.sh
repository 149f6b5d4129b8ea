#!/usr/bin/env bash
# Whole-process render benchmark: builds the 1,000-document volume (the generated cables encoded
# with the FRUS style, with the example lists) and times, on one core, `cabletei render` into a
# site folder and `xsltproc xslt/html/site.xsl` on the same input (xsltproc writes the site as
# one XML document: it cannot split it into files). Usage: render_volume.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: render_volume.sh BUILD_DIR}" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/tests/bench/cabletei_render_bench" --write-volume "$tmp/volume.xml"
docs=$(grep -o 'type="document"' "$tmp/volume.xml" | wc -l)
one_core=(); command -v taskset >/dev/null && one_core=(taskset -c 0)

# measure NAME COMMAND...: wall time and peak RSS of one run (best of three).
measure() {
  local name=$1 best="" rss=""; shift
  for _ in 1 2 3; do
    rm -rf "$tmp/site" "$tmp/site.xml"
    /usr/bin/time -f '%e %M' -o "$tmp/time.txt" "${one_core[@]}" "$@" 2>"$tmp/err.txt" ||
      { echo "$name failed:" >&2; head "$tmp/err.txt" >&2; exit 1; }
    read -r seconds kb <"$tmp/time.txt"
    if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$seconds rss=$kb
    fi
  done
  awk -v n="$name" -v s="$best" -v k="$rss" -v d="$docs" 'BEGIN {
    if (s <= 0) s = 0.01
    printf "%-34s %6.2f s  %6.0f docs/s  peak RSS %.0f MB\n", n, s, d / s, k / 1024 }'
}

echo "volume: $docs documents, $(awk -v b="$(wc -c <"$tmp/volume.xml")" 'BEGIN { printf "%.1f MB", b / 1e6 }') of TEI"
measure "cabletei render (site folder)" "$build/cabletei" render "$tmp/volume.xml" -o "$tmp/site"
echo "  files written: $(ls "$tmp/site" | wc -l)"
measure "xsltproc site.xsl (one XML file)" xsltproc --nonet -o "$tmp/site.xml" \
  "$root/xslt/html/site.xsl" "$tmp/volume.xml"
