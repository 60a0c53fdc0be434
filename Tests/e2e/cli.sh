#!/usr/bin/env bash
# The command line as a script or a user meets it: exit codes, one-sentence errors, deterministic
# export that score.py accepts, warnings on stderr.
# Checks one binary, `cli.sh [BINARY]` (the debug build by default); scripts/test.sh runs it on
# the debug and the release build.
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-$(pwd)/.build/debug/chorus}
[ -x "$bin" ] || { echo "cli.sh: no $bin; build first (swift build; swift build -c release)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() { # name, then a command that must succeed
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}

"$bin" --version >"$tmp/version" 2>&1
check "--version prints a version" grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+' "$tmp/version"
"$bin" --help >"$tmp/help" 2>&1
check "--help lists export" grep -q "export" "$tmp/help"

"$bin" export /no/such/corpus >"$tmp/out" 2>"$tmp/err"; code=$?
check "missing path exits 2" test "$code" -eq 2
check "missing path says so in one line" test "$(wc -l <"$tmp/err")" -eq 1
check "missing path names the path" grep -q "No file or folder at /no/such/corpus" "$tmp/err"

mkdir "$tmp/empty"
"$bin" export "$tmp/empty" >"$tmp/out" 2>"$tmp/err"; code=$?
check "empty corpus exits 2" test "$code" -eq 2
check "empty corpus says so" grep -q "No articles found" "$tmp/err"

"$bin" <"$tmp/empty/../version" >"$tmp/out" 2>"$tmp/err"; code=$?
check "reader refuses a non-terminal stdout" test "$code" -eq 2
check "reader points to export" grep -q "chorus export" "$tmp/err"

"$bin" export sample-data --format json >"$tmp/a.json" 2>"$tmp/err"
"$bin" export sample-data --format json >"$tmp/b.json" 2>/dev/null
check "export is deterministic" cmp -s "$tmp/a.json" "$tmp/b.json"
check "export of sample-data warns about nothing" test ! -s "$tmp/err"
check "export names the sidecar's outlet" grep -q '"outlet": "The Moscow Times"' "$tmp/a.json"
check "score.py reads the export" python3 ../shared/eval/score.py ../shared/eval/seeds-gold.json "$tmp/a.json" >"$tmp/score"
check "score.py prints a summary" grep -q "^summary:" "$tmp/score"

printf '{"id":"a","text":"Fine."}\n{"id":\n' >"$tmp/feed.jsonl"
"$bin" export "$tmp/feed.jsonl" >"$tmp/out" 2>"$tmp/err"; code=$?
check "a malformed line does not stop the export" test "$code" -eq 0
check "the malformed line is named" grep -q "feed.jsonl:2: malformed JSON line" "$tmp/err"

"$bin" quotes sample-data --format csv >"$tmp/q.csv" 2>/dev/null
check "quotes lists as CSV" grep -q "^article,outlet,date,speaker,kind,start,end,text" "$tmp/q.csv"

# --kind keeps exactly the quotes of the kinds asked for, given as a comma list or repeated.
# kinds_of FILE [KIND...]: the kind column of a CSV listing, sorted; only the KINDs when given.
kinds_of() {
    python3 -c 'import csv, sys
keep = sys.argv[2:]
print(" ".join(sorted(k for k in (r["kind"] for r in csv.DictReader(open(sys.argv[1]))) if not keep or k in keep)))' "$@"
}
"$bin" quotes sample-data --kind indirect --format csv >"$tmp/qi.csv" 2>/dev/null
check "quotes --kind indirect lists paraphrases" grep -q ",indirect," "$tmp/qi.csv"
check "quotes --kind indirect lists every paraphrase and nothing else" test "$(kinds_of "$tmp/qi.csv")" = "$(kinds_of "$tmp/q.csv" indirect)"
"$bin" quotes sample-data --kind direct,partial --format csv >"$tmp/qdp.csv" 2>/dev/null
"$bin" quotes sample-data --kind partial --kind direct --format csv >"$tmp/qpd.csv" 2>/dev/null
check "a comma list of kinds equals the option repeated" cmp -s "$tmp/qdp.csv" "$tmp/qpd.csv"
check "quotes --kind direct,partial keeps those two kinds" test "$(kinds_of "$tmp/qdp.csv")" = "$(kinds_of "$tmp/q.csv" direct partial)"
"$bin" quotes sample-data --kind paraphrased >"$tmp/out" 2>"$tmp/err"; code=$?
check "an unknown kind exits 2" test "$code" -eq 2
check "an unknown kind is named in one line" test "$(wc -l <"$tmp/err")" -eq 1
check "an unknown kind lists the kinds" grep -q 'Unknown quote kind "paraphrased": use direct, reported, indirect or partial.' "$tmp/err"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
