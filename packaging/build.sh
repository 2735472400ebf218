#!/usr/bin/env bash
# Configures and builds Corridor into build/<preset> (default: release). Used by run.sh
# and test.sh; set CORRIDOR_WERROR=ON to treat warnings as errors (CI does).
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${CORRIDOR_PRESET:-release}"
cd "$top"
cmake --preset "$preset" -DCORRIDOR_WERROR="${CORRIDOR_WERROR:-OFF}" >/dev/null
cmake --build --preset "$preset" -j2
