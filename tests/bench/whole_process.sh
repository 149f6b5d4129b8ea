#!/usr/bin/env bash
# Whole-process benchmark: writes the 1,000 generated cables (and lists of the usual size) to a
# temporary folder and times `cabletei encode DIR/*.txt -o OUT -j 1`, without the house style
# and with the default FRUS style. Usage: whole_process.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: whole_process.sh BUILD_DIR}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/tests/bench/cabletei_bench" --write-corpus "$tmp/in"
count=$(find "$tmp/in" -name '*.txt' | wc -l)
bytes=$(cat "$tmp/in"/*.txt | wc -c)

measure() {
run=("$build/cabletei" encode "$tmp/in"/*.txt -o "$tmp/out" -j 1 "$@")
rm -rf "$tmp/out"

if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$tmp/time.txt" "${run[@]}" 2>"$tmp/diagnostics.txt" ||
    { echo "cabletei encode failed:" >&2; grep -v ': note: ' "$tmp/diagnostics.txt" >&2; exit 1; }
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                          for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
  rss="$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f MB", k / 1024 }')"
else
  TIMEFORMAT=%R
  seconds=$( { time "${run[@]}" 2>"$tmp/diagnostics.txt"; } 2>&1 )
  rss="n/a (no /usr/bin/time)"
fi

written=$(find "$tmp/out" -name '*.xml' | wc -l)
awk -v n="$count" -v b="$bytes" -v s="$seconds" -v w="$written" -v r="$rss" 'BEGIN {
  if (s <= 0) s = 0.001
  printf "cables: %d in, %d TEI out, %.2f MB\n", n, w, b / 1e6
  printf "wall time: %.3f s\ncables/s: %.0f\nMB/s: %.2f\npeak RSS: %s\n", s, n / s, b / 1e6 / s, r }'
}

echo "== encode only (--no-style)"
measure --no-style
echo "== encode + default FRUS style (150 persons, 200 terms)"
measure --persons "$tmp/in/persons.tsv" --terms "$tmp/in/terms.tsv"
