#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings appear as unfinished; strings
# no longer used are dropped). Run after changing user-visible text, then translate.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=lupdate
"$lupdate" -silent -no-obsolete -locations none -I . -extensions cpp,h,ui app core ui translations \
  -ts translations/corridor_th.ts translations/corridor_lo.ts translations/corridor_km.ts translations/corridor_my.ts
# English is the source language: its file only gives the plural forms of "%n …(s)".
"$lupdate" -silent -no-obsolete -pluralonly -locations none -I . -extensions cpp,h,ui app core ui translations \
  -ts translations/corridor_en.ts
python3 packaging/english-plurals.py translations/corridor_en.ts
