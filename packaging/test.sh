#!/usr/bin/env bash
# Second README command: install dependencies, build, run every test with ctest.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$top/packaging/install-deps.sh"
"$top/packaging/build.sh"
cd "$top/build/${CORRIDOR_PRESET:-release}"
ctest --output-on-failure -j2 --timeout 900
