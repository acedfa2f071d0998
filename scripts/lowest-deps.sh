#!/usr/bin/env bash
# Runs the tests against the LOWEST versions of the runtime dependencies that package.json allows,
# in a temporary copy of the repository (this checkout's node_modules is not touched).
#
# Every runtime dependency must be written as a caret range from the lowest version we support,
# "^X.Y.Z"; X.Y.Z is what gets installed here. A consumer who already has that version gets no
# second copy, and this run is the proof that the code works with it.
#
#   scripts/lowest-deps.sh              the whole suite, in the UTC project (the time zones test dates,
#                                       not dependencies)
#   scripts/lowest-deps.sh FILE...      only those test files (what .ci/run does), in UTC
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-lowest-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The files a clone has (tracked or new, not ignored), copied without node_modules, dist or .git.
cd "$root"
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
  | tar --null -T - -cf - | tar -xf - -C "$work"
cd "$work"

lowest="$(node -e '
  const deps = require("./package.json").dependencies ?? {};
  const out = [];
  for (const [name, range] of Object.entries(deps)) {
    const m = /^\^(\d+\.\d+\.\d+)$/.exec(range);
    if (!m) { console.error(`lowest-deps: ${name} is "${range}"; write it as ^X.Y.Z from the lowest version supported`); process.exit(1); }
    out.push(`${name}@${m[1]}`);
  }
  console.log(out.join(" "));
')"
echo "== lowest runtime dependencies: $lowest"
npm ci --no-audit --no-fund --loglevel=error
# shellcheck disable=SC2086
npm install --no-save --no-audit --no-fund --loglevel=error $lowest
# Prove what is installed is what was asked for (require.resolve cannot read date-fns/package.json: not exported).
node -e '
  const { readFileSync } = require("node:fs");
  let bad = 0;
  for (const spec of process.argv.slice(1)) {
    const at = spec.lastIndexOf("@");
    const name = spec.slice(0, at), want = spec.slice(at + 1);
    const got = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
    console.log(`   ${name} ${got}`);
    if (got !== want) { console.error(`lowest-deps: ${name} is ${got}, not ${want}`); bad = 1; }
  }
  process.exit(bad);
' $lowest
npm run build --silent
npx vitest run --project TZ=UTC "$@"
