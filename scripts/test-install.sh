#!/usr/bin/env bash
# Installs httpdiff the three ways the README gives, each from scratch, and uses each install as a new user would:
#   1. a clone, with the README's set-up command;
#   2. `npm install -g` of a fresh clone, into a fresh prefix;
#   3. the `npm pack` tarball, into a fresh prefix made read-only afterwards.
# Run by .ci/run (it needs the npm registry for the clone's dependencies). Exits non-zero at the first failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
quiet=(--no-audit --no-fund --loglevel=warn)

check() { # check NAME COMMAND... : the command's output must mention what an answer says, and nothing may warn
  local name="$1"; shift
  local out; out="$("$@" 2>&1)" || { echo "install test: $name failed:"; echo "$out"; exit 1; }
  echo "$out" | grep -q "See Other" || { echo "install test: $name printed no answer:"; echo "$out"; exit 1; }
}
no_warning() { # no_warning NAME LOG : npm said nothing a user would have to act on
  if grep -i "warn" "$2" | grep -v "deprecated" >/dev/null; then echo "install test: $1 warned:"; cat "$2"; exit 1; fi
}

echo "install test 1/3: a clone, with the README's command"
git clone -q "$repo" "$work/clone"
(cd "$work/clone" && npm ci "${quiet[@]}" > "$work/clone.log" 2>&1 && npx --no-install httpdiff 202 303 > "$work/diff.txt" && npx --no-install httpexplain 303 > "$work/explain.txt")
grep -q "See Other" "$work/explain.txt" && grep -q "202 Accepted" "$work/diff.txt"

echo "install test 2/3: npm install -g of a fresh clone"
git clone -q "$repo" "$work/fresh"
(cd "$work/fresh" && npm install -g --allow-scripts="$work/fresh" --prefix "$work/global" "${quiet[@]}" . > "$work/global.log" 2>&1)
no_warning "npm install -g ." "$work/global.log"
check "httpexplain from npm install -g ." "$work/global/bin/httpexplain" 303
MANPATH="$work/global/share/man" man -w httpexplain > /dev/null 2>&1 || [ -f "$work/global/share/man/man1/httpexplain.1" ]

echo "install test 3/3: the npm pack tarball, into a read-only prefix"
(cd "$work/clone" && npm pack --silent --pack-destination "$work" > /dev/null 2>&1)
npm install -g --prefix "$work/packed" "${quiet[@]}" "$work"/httpdiff-*.tgz > "$work/packed.log" 2>&1
no_warning "the tarball" "$work/packed.log"
chmod -R a-w "$work/packed"
check "httpexplain from the tarball, read-only" "$work/packed/bin/httpexplain" 303
check "httpdiff from the tarball, read-only" "$work/packed/bin/httpdiff" 303 302
[ -f "$work/packed/share/man/man1/httpdiff.1" ]
echo "install test: the three installs work"
