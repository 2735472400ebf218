#!/usr/bin/env bash
# First README command: install dependencies, build, start the Corridor app.
# Extra arguments go to the app, e.g. ./packaging/run.sh --practice
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$top/packaging/install-deps.sh"
"$top/packaging/build.sh"
exec "$top/build/${CORRIDOR_PRESET:-release}/app/corridor" "$@"
