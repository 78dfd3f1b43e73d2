#!/usr/bin/env bash
#
# Regenerates the list of parcel forwarding (海外転送) warehouses used by scoring-engine:
#
#   scoring-engine/src/main/resources/jp/mamori/engine/data/forwarding-warehouses.tsv
#   scoring-engine/src/main/resources/jp/mamori/engine/data/forwarding-warehouses.LICENSE
#
# Source: the seed list scripts/data/forwarding-warehouses.seed.tsv, written by the Mamori project
# (placeholders, see its header), plus any files an operator names on the command line, in the
# same six tab-separated columns: id, postal code, prefecture, municipality, address line
# (town and block, no building or room), note. Operators keep their verified warehouse addresses
# in such a file and rerun this script; the engine matches every address at the same block.
#
# Usage (from the repository root):
#   scripts/generate-forwarding-warehouses.sh [EXTRA.tsv ...]
#
# The script checks the columns and the postal code (seven digits, hyphen allowed), trims
# whitespace, drops duplicate addresses (the first id wins) and sorts by postal code. Whether an
# address can be placed down to the block is checked when the engine loads the list
# (ForwardingServicesTest), which fails the build for an entry that would match a whole town.
#
# Requirements: bash, awk, sort, mktemp, date.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEED="$REPO_ROOT/scripts/data/forwarding-warehouses.seed.tsv"
OUT_DIR="$REPO_ROOT/scoring-engine/src/main/resources/jp/mamori/engine/data"
OUT_LIST="$OUT_DIR/forwarding-warehouses.tsv"
OUT_LICENSE="$OUT_DIR/forwarding-warehouses.LICENSE"

for tool in awk sort mktemp date; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found on PATH" >&2; exit 1; }
done

SOURCES=("$SEED" "$@")
for source in "${SOURCES[@]}"; do
  [ -r "$source" ] || { echo "error: cannot read $source" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Validate and normalise each row; print "postal<TAB>row" so that sort orders by postal code.
LC_ALL=C.UTF-8 awk -F'\t' -v OFS='\t' '
  function trim(s) { gsub(/^[ \t\r]+|[ \t\r]+$/, "", s); return s }
  /^[ \t]*(#|$)/ { next }
  {
    if (NF != 6) { printf "error: %s:%d: expected 6 tab-separated columns, got %d\n", FILENAME, FNR, NF > "/dev/stderr"; bad = 1; next }
    for (i = 1; i <= 6; i++) $i = trim($i)
    postal = $2; gsub(/-/, "", postal)
    if (postal !~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/) { printf "error: %s:%d: postal code %s is not seven digits\n", FILENAME, FNR, $2 > "/dev/stderr"; bad = 1; next }
    if ($1 == "" || $3 == "" || $4 == "" || $5 == "") { printf "error: %s:%d: id, prefecture, municipality and address line are required\n", FILENAME, FNR > "/dev/stderr"; bad = 1; next }
    address = postal SUBSEP $3 SUBSEP $4 SUBSEP $5
    if (address in seen) { printf "  skipped %s (%s:%d): same address as %s\n", $1, FILENAME, FNR, seen[address] > "/dev/stderr"; next }
    if ($1 in ids) { printf "error: %s:%d: id %s used twice\n", FILENAME, FNR, $1 > "/dev/stderr"; bad = 1; next }
    seen[address] = $1; ids[$1] = 1
    print postal, $1, postal, $3, $4, $5, $6
  }
  END { exit bad }
' "${SOURCES[@]}" > "$WORK/rows"

LC_ALL=C sort -t$'\t' -k1,1 -k2,2 "$WORK/rows" | cut -f2- > "$WORK/sorted"
COUNT="$(wc -l < "$WORK/sorted" | tr -d ' ')"
GENERATED="$(date -u +%Y-%m-%d)"
EXTRA=""
if [ "$#" -gt 0 ]; then
  EXTRA=" and $# operator file(s)"
fi

mkdir -p "$OUT_DIR"
{
  echo "# Parcel forwarding (海外転送) warehouses in Japan, one per line, tab-separated:"
  echo "# id, postal code, prefecture, municipality, address line (town and block), note."
  echo "# Matched on the address down to the block: every room or member code there is the warehouse."
  echo "# Source: scripts/data/forwarding-warehouses.seed.tsv (PLACEHOLDER seed written by the Mamori project)${EXTRA}"
  echo "# Licence: see forwarding-warehouses.LICENSE"
  echo "# Generated: ${GENERATED}; ${COUNT} warehouses"
  echo "# Regenerate with scripts/generate-forwarding-warehouses.sh [EXTRA.tsv ...]"
  cat "$WORK/sorted"
} > "$WORK/list.out"

{
  echo "forwarding-warehouses.tsv is generated from scripts/data/forwarding-warehouses.seed.tsv,"
  echo "written by the Mamori project and distributed under the same terms as Mamori itself."
  echo "Its entries are placeholders of our own making, not a survey of real businesses; no third-party"
  echo "list was copied. Entries an operator adds from their own files are theirs."
} > "$WORK/license.out"

mv "$WORK/list.out" "$OUT_LIST"
mv "$WORK/license.out" "$OUT_LICENSE"
echo "Wrote $COUNT warehouses to ${OUT_LIST#"$REPO_ROOT"/}" >&2
