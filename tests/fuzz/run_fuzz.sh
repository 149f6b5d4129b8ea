#!/usr/bin/env bash
# Builds the libFuzzer target in a separate clang tree and runs it for a bounded time over the
# seed corpus. Usage: run_fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS] (default 30)
set -euo pipefail
src=$(cd "${1:?usage: run_fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]}" && pwd)
build=${2:?usage: run_fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS]}
seconds=${3:-30}

cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCABLETEI_FUZZ=ON -DCABLETEI_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target fuzz_reader -j "$(nproc)"

# New inputs go to a scratch corpus in the build tree (the first directory); the seeds stay as they are.
mkdir -p "$build/corpus" "$build/artifacts"
exec "$build/tests/fuzz/fuzz_reader" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 -artifact_prefix="$build/artifacts/" "$build/corpus" "$src/tests/fuzz/corpus"
