#!/usr/bin/env bash
# Encodes one example cable as `make demo` does (the examples' lists and house style) and checks
# it against its golden TEI and both schemas.
# usage: check_golden.sh CLI CABLE EXPECTED.xml SCHEMA.rng WORKDIR   (UPDATE_GOLDEN=1 rewrites EXPECTED)
set -eu
cli=$1 cable=$2 expected=$3 schema=$4 work=$5
examples=$(dirname "$cable")
out="$work/$(basename "$expected")"
"$cli" encode "$cable" -o "$out" --persons "$examples/persons.xml" --terms "$examples/terms.xml" \
  --style "$examples/house-style.lua" 2>"$out.diagnostics"
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then cp "$out" "$expected"; fi
xmllint --noout --nonet --relaxng "$schema" "$out"
frus_schema="$(dirname "$0")/../../../shared/schema/frus.rnc"
if command -v jing >/dev/null && [ -f "$frus_schema" ]; then
  if jing -c "$frus_schema" "$out" 2>&1 | grep -v '^\[warning\]\|Unable to locate' | grep .; then
    echo "FAIL: $out does not validate against the publisher's schema"; exit 1
  fi
fi
if ! diff -u "$expected" "$out"; then
  echo "FAIL: $out differs from $expected (UPDATE_GOLDEN=1 ctest -R golden rewrites it after review)"
  exit 1
fi
echo "ok: $(basename "$cable")"
