#!/usr/bin/env bash
# Refresh the translation sources (.ts) from the code, then build the catalogues (.qm) the
# app loads. Run after changing any user-visible text; translators then edit the .ts files
# (Qt Linguist: .venv/bin/pyside6-linguist) and this script builds them again.
#   ./scripts/update_translations.sh          update the .ts files and build the .qm files
#   ./scripts/update_translations.sh --build  only build the .qm files from the .ts files
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${VENV_BIN:-.venv/bin}"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
[ -x "$LUPDATE" ] || { echo "pyside6-lupdate not found in $BIN: run ./scripts/test.sh once" >&2; exit 1; }

I18N=desk_mobility/i18n
# English is the source language: its catalogue holds only the plural forms ("1 minute").
LANGUAGES="en de fr es pt_BR it nl pl ja zh_CN ar"

if [ "${1:-}" != "--build" ]; then
  mapfile -t sources < <(find desk_mobility -name '*.py' -not -path '*/__pycache__/*' | sort)
  for lang in $LANGUAGES; do
    extra=()
    [ "$lang" = en ] && extra=(-pluralonly)
    # No line numbers: they would change the .ts files on every edit of the code.
    "$LUPDATE" -silent -no-obsolete -locations none -source-language en \
      -target-language "$lang" "${extra[@]}" "${sources[@]}" -ts "$I18N/desk_mobility_$lang.ts"
  done
fi
for lang in $LANGUAGES; do
  "$LRELEASE" -silent "$I18N/desk_mobility_$lang.ts" -qm "$I18N/desk_mobility_$lang.qm"
done
