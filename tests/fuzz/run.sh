#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, preset "fuzz") and runs each for a fixed time on a
# copy of the seed corpus. Fails if the fuzzer finds a crash, a leak or undefined behaviour.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
cd "$top"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target corridor-fuzz-bundle corridor-fuzz-slip corridor-fuzz-pack
run() { # target, corpus folder, what it reads
  local work
  work="$(mktemp -d)"
  cp "$2"/* "$work/"
  "build/fuzz/tests/fuzz/$1" -max_total_time="$seconds" -rss_limit_mb=2048 \
    -artifact_prefix="$work/" "$work" 2>&1 | tail -n 3
  rm -rf "$work"
  echo "fuzz: $3 ran ${seconds}s without a finding"
}
run corridor-fuzz-bundle tests/fuzz/corpus "bundle reader"
run corridor-fuzz-slip tests/fuzz/corpus-slip "slip code reader"
run corridor-fuzz-pack tests/fuzz/corpus-pack "content pack reader"
