#!/usr/bin/env bash
# Checks the EC-CUBE plugin Mamori42 (plugin-ec-cube-bridge/ec-cube-plugin):
#   1. php -l on every PHP file of the plugin and of its tests,
#   2. PHPUnit on the parts that run without EC-CUBE (plugin-ec-cube-bridge/php-tests),
#   3. given the packaged plugin (target/Mamori42-<version>.tgz), that EC-CUBE's installer can read it.
# Debian's php-cli, php-mbstring, php-xml, phpunit and php-twig (to parse the plugin's templates) are
# installed with apt-get when missing (CI starts on a fresh Debian machine, as root). The Maven build of plugin-ec-cube-bridge runs this in `verify`.
#
# Usage: scripts/php-check.sh [path/to/Mamori42-<version>.tgz]
set -euo pipefail
cd "$(dirname "$0")/.."

module=plugin-ec-cube-bridge
plugin=$module/ec-cube-plugin
tests=$module/php-tests
archive=${1:-}

missing=()
command -v php >/dev/null 2>&1 || missing+=(php-cli)
command -v phpunit >/dev/null 2>&1 || missing+=(phpunit)
[[ -f /usr/share/php/Twig/autoload.php ]] || missing+=(php-twig)
if command -v php >/dev/null 2>&1; then
  php -r 'exit(extension_loaded("mbstring") ? 0 : 1);' || missing+=(php-mbstring)
  php -r 'exit(extension_loaded("dom") && extension_loaded("xmlwriter") ? 0 : 1);' || missing+=(php-xml)
fi
if (( ${#missing[@]} > 0 )); then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "php-check: ${missing[*]} missing; install them (Debian: apt-get install ${missing[*]}) or run as root" >&2
    exit 1
  fi
  echo "php-check: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

lint_failures=0
linted=0
while IFS= read -r -d '' file; do
  linted=$((linted + 1))
  if ! output=$(php -d display_errors=1 -l "$file" 2>&1); then
    echo "$output" >&2
    lint_failures=$((lint_failures + 1))
  fi
done < <(find "$plugin" "$tests" -name '*.php' -type f -print0 | sort -z)
if (( linted == 0 )); then
  echo "php-check: no PHP files under $plugin" >&2
  exit 1
fi
if (( lint_failures > 0 )); then
  echo "php-check: php -l failed on $lint_failures of $linted files" >&2
  exit 1
fi
echo "php-check: php -l passed on $linted files ($(php -r 'echo PHP_VERSION;'))"

phpunit --configuration "$tests/phpunit.xml"

if [[ -n $archive ]]; then
  php "$tests/check-archive.php" "$archive"
fi
