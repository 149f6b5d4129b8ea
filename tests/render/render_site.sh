#!/usr/bin/env bash
# render_site.sh CLI SCRATCH SOURCE...: assembles a volume TEI in SCRATCH and renders it with
# the installed stylesheets into SCRATCH/site. SOURCE is `corpus VOLUME_DIR` (the bare documents
# and lists of ../shared/corpus/dev/<vol>) or `own EXAMPLES_DIR` (cabletei's own TEI of the
# example cables, encoded now). Fails on any render error or unmatched-element message.
set -euo pipefail
cli=${1:?usage: render_site.sh CLI SCRATCH corpus DIR | own DIR}
scratch=${2:?} kind=${3:?} dir=${4:?}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rm -rf "$scratch" && mkdir -p "$scratch"

lists=()
for name in persons terms; do
  [ -f "$dir/$name.xml" ] && lists+=(--list "$dir/$name.xml")
done
if [ "$kind" = corpus ]; then
  docs=("$dir"/d*.xml)
else
  "$cli" encode "$dir"/*.txt -o "$scratch/tei" --persons "$dir/persons.xml" \
    --terms "$dir/terms.xml" 2>"$scratch/encode.err" || { cat "$scratch/encode.err"; exit 1; }
  docs=("$scratch"/tei/*.xml)
fi
python3 "$here/assemble_volume.py" "$scratch/volume.xml" --title "$(basename "$dir")" \
  "${lists[@]}" "${docs[@]}"
if ! "$cli" render "$scratch/volume.xml" --to html -o "$scratch/site" 2>"$scratch/render.err"; then
  cat "$scratch/render.err"; exit 1
fi
if grep -q 'unmatched element' "$scratch/render.err"; then
  echo "unmatched elements:"; grep 'unmatched element' "$scratch/render.err" | head; exit 1
fi
echo "rendered $(ls "$scratch/site" | wc -l) files into $scratch/site"
