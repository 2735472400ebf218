#!/usr/bin/env bash
# End-to-end: starts the real corridor GUI under Xvfb in practice mode, lets its screenshot
# tour walk the main screens in each language, and checks that every picture was taken and
# shows something (not a blank screen). Usage: screenshots.sh CORRIDOR_BINARY OUT_DIR [langs]
set -euo pipefail
app="$1"
out="$2"
langs="${3:-en km lo my th}"
mkdir -p "$out"
rm -f "$out"/*.png
expected=26
for lang in $langs; do
  CORRIDOR_SCREENSHOT_DIR="$out" timeout 180 \
    xvfb-run -a -s "-screen 0 1366x800x24" "$app" --practice --lang "$lang" >"$out/$lang.log" 2>&1 || {
      echo "corridor exited with an error for $lang:"; cat "$out/$lang.log"; exit 1; }
  count=$(find "$out" -name "$lang-*.png" | wc -l)
  if [ "$count" -ne "$expected" ]; then
    echo "expected $expected screenshots for $lang, found $count"; exit 1
  fi
  for png in "$out/$lang"-*.png; do
    colours=$(convert "$png" -format '%k' info:)
    if [ "$colours" -lt 50 ]; then echo "$png looks blank ($colours colours)"; exit 1; fi
  done
  echo "$lang: $count screenshots in $out"
done
