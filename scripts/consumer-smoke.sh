#!/usr/bin/env bash
# Installs the packed tarball (npm pack) into fresh projects in a temporary folder, as a user would:
#   dedupe   a project that already depends on the lowest zod and date-fns we allow (and on 4.1.x of
#            each): `npm ls` must show one copy of each ("deduped")
#   esm      import { checkConsistency } from 'crosscheck' in an .mjs file
#   cjs      require('crosscheck') in a .cjs file
#   bundle   esbuild bundles an ESM entry for the browser platform and node runs the bundle
#   types    tsc (NodeNext) type-checks a file that switches exhaustively over Conflict and Issue codes
#   cli      npx crosscheck check … --fail-on high in the ESM project
# Needs the npm registry. Usage: scripts/consumer-smoke.sh   (from anywhere; builds first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-consumer-XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$root"
npm run build --silent >/dev/null
tarball="$work/$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -1)"
echo "== packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KB)"
npmi() { npm install --no-audit --no-fund --loglevel=error "$@"; }
probe='const r = checkConsistency([
  { source: "a", subject: "Alec Baldwin", attribute: "age", value: "66-year-old" },
  { source: "b", subject: "Alec Baldwin", attribute: "age", value: 66 },
  { source: "c", subject: "Alec Baldwin", attribute: "age", value: 58 },
]);
const line = JSON.stringify({ conflicts: r.summary.conflicts, code: r.conflicts[0].code, consensus: r.groups[0].consensus.normalized });
if (line !== JSON.stringify({ conflicts: 1, code: "number_mismatch", consensus: "66" })) { console.error("unexpected:", line); process.exit(1); }
console.log("   ", line);'

project() { mkdir -p "$work/$1" && cd "$work/$1" && printf '{ "name": "consumer-%s", "version": "1.0.0", "private": true %s}\n' "$1" "${2:-}" > package.json; }

typecheck() {
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "strict": true,
  "exactOptionalPropertyTypes": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["index.ts", "index.cts"] }
JSON
cat > index.ts <<'TS'
import { checkConsistency, type ConflictCode, type IssueCode, CONFLICT_CODES, ISSUE_CODES } from 'crosscheck';
function label(code: ConflictCode | IssueCode): string {
  switch (code) {
    case 'date_mismatch': case 'time_mismatch': case 'number_mismatch': case 'quantity_mismatch':
    case 'duration_mismatch': case 'money_mismatch': case 'place_mismatch': case 'name_mismatch':
    case 'text_mismatch': case 'boolean_mismatch':
      return 'conflict';
    case 'invalid_claim': case 'unknown_source': case 'kind_mismatch': case 'missing_value':
    case 'unparsed_value': case 'incomparable_values': case 'ambiguous_date': case 'date_order':
    case 'weekday_mismatch': case 'similar_subject': case 'similar_attribute': case 'ambiguous_subject':
    case 'ambiguous_attribute':
      return 'issue';
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
const report = checkConsistency([{ source: 'a', subject: 'X', attribute: 'age', value: 1 }]);
export const labels: string[] = [...report.conflicts.map((c) => label(c.code)), ...CONFLICT_CODES.map(label), ...ISSUE_CODES.map(label)];
TS
sed -e 's/^export const labels/const labels/' -e '$a console.log(labels.length);' index.ts > index.cts
"$root/node_modules/.bin/tsc" -p .
}

lowest() { node -e 'const d = require(process.argv[1]).dependencies; console.log(d[process.argv[2]].replace(/^\^/, ""))' "$root/package.json" "$1"; }
for pair in "$(lowest zod) $(lowest date-fns)" "4.1.13 4.1.0"; do
  set -- $pair
  echo "== dedupe: a project with zod $1 and date-fns $2 installs the tarball"
  rm -rf "$work/dedupe"; project dedupe
  npmi --save-exact "zod@$1" "date-fns@$2"
  npmi "$tarball"
  npm ls zod date-fns
  copies="$(find . -path '*/node_modules/zod/package.json' -o -path '*/node_modules/date-fns/package.json' | wc -l)"
  [ "$copies" = 2 ] || { echo "dedupe: $copies copies of zod and date-fns, expected 2"; exit 1; }
  node --input-type=module -e "import { checkConsistency } from 'crosscheck'; $probe"
  typecheck   # the declarations against these zod types
  echo "    tsc: the exhaustive switches compile against zod $1"
done

echo "== esm"
project esm ', "type": "module" '
npmi "$tarball"
echo "import { checkConsistency } from 'crosscheck'; $probe" > index.mjs
node index.mjs

echo "== cli (in the esm project)"
printf '[{"source":"a","subject":"X","attribute":"age","value":66},{"source":"b","subject":"X","attribute":"age","value":58}]' > claims.json
set +e; npx --no-install crosscheck check claims.json --fail-on high >/dev/null; status=$?; set -e
[ "$status" = 1 ] || { echo "cli: exit $status, expected 1 (a high conflict)"; exit 1; }
echo '{"attributes":{"age":{"tolerance":{"absolute":10}}}}' > crosscheck.config.json
npx --no-install crosscheck check claims.json --fail-on high >/dev/null
echo "    exit 1 on a high conflict; 0 with ./crosscheck.config.json's tolerance"

echo "== cjs"
project cjs
npmi "$tarball"
echo "const { checkConsistency } = require('crosscheck'); $probe" > index.cjs
node index.cjs

echo "== bundle (esbuild, platform browser)"
project bundle ', "type": "module" '
npmi "$tarball"
echo "import { checkConsistency } from 'crosscheck'; $probe" > entry.js
"$root/node_modules/.bin/esbuild" entry.js --bundle --platform=browser --format=esm --minify --outfile=out.js --log-level=warning
echo "    bundle: $(du -k out.js | cut -f1) KB minified"
node out.js

echo "== types (tsc, module NodeNext, strict, exactOptionalPropertyTypes)"
project types ', "type": "module" '
npmi "$tarball"
typecheck
echo "    exhaustive switches over ConflictCode and IssueCode compile for import and require"
echo "== consumer smoke: all passed"
