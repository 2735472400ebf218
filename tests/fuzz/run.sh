#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, preset "fuzz") and runs each for a fixed time on a
# copy of the seed corpus. Fails if the fuzzer finds a crash, a leak or undefined behaviour.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
cd "$top"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target corridor-fuzz-bundle
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work/"
build/fuzz/tests/fuzz/corridor-fuzz-bundle -max_total_time="$seconds" -rss_limit_mb=2048 \
  -artifact_prefix="$work/" "$work" 2>&1 | tail -n 3
echo "fuzz: bundle reader ran ${seconds}s without a finding"
