#!/usr/bin/env bash
# The shared library exports the C interface and nothing else, under the SONAME of its ABI major.
# usage: check_exports.sh LIBRARY ABI_MAJOR
set -eu
lib=$1 major=$2
extra=$(nm -D --defined-only "$lib" | awk '{print $3}' | sed 's/@.*//' | grep -v -e '^cabletei_' -e '^CABLETEI_' || true)
if [ -n "$extra" ]; then echo "FAIL: unexpected exported symbols:"; echo "$extra" | head; exit 1; fi
soname=$(objdump -p "$lib" | awk '/SONAME/ {print $2}')
[ "$soname" = "libcabletei.so.$major" ] || { echo "FAIL: SONAME is $soname"; exit 1; }
echo "ok: only cabletei_* exported, SONAME $soname"
