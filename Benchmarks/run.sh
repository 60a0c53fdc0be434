#!/usr/bin/env bash
# Benchmarks the index build on the shared 37.5k-article corpus: medians of each stage, peak memory,
# growth when the corpus doubles, a folder of small files against the one JSON Lines file, and the
# ratio to a reference Python pass (decode each line, one quote-mark regex), measured in the same run;
# the whole export's peak memory; then linking on its own, from the benchmark target in Benchmarks/Package.swift.
# usage: Benchmarks/run.sh [RUNS]   (needs ../shared/corpora/allsides-37k.jsonl.gz beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
src=../shared/corpora/allsides-37k.jsonl.gz
work=${CHORUS_BENCH_DIR:-${TMPDIR:-/tmp}/chorus-bench}
[ -f "$src" ] || { echo "benchmark: $src not found" >&2; exit 1; }
scripts/install-deps.sh
swift build -c release --product chorus >/dev/null
bin=.build/release/chorus
if [ ! -f "$work/x4.jsonl" ] || [ ! -d "$work/folder" ]; then
    echo "benchmark: preparing corpora in $work" >&2
    python3 Benchmarks/make_corpora.py "$src" "$work"
fi

# Runs go round the corpora in turn (x1, x2, x4, folder, then the reference pass, RUNS times), so that
# a slow spell of the shared machine falls on all of them alike rather than on one corpus's runs.
# Each run's peak memory is read by /usr/bin/time from the run that is timed.
out=$(mktemp) mem=$(mktemp)
trap 'rm -f "$out" "$mem"' EXIT
for run in $(seq "$runs"); do
    for corpus in x1 x2 x4 folder; do
        path="$work/$corpus.jsonl"; [ "$corpus" = folder ] && path="$work/folder"
        /usr/bin/time -o "$mem" -f '%M' "$bin" bench "$path" --runs 1 2>/dev/null | sed "s/^/$corpus /" >>"$out"
        echo "memory $corpus $(cat "$mem")" >>"$out"
    done
    echo "reference ref $(python3 Benchmarks/reference_pass.py "$work/x1.jsonl" | cut -d' ' -f1)" >>"$out"
done
# The whole `chorus export` of x1, once: what a user's export peaks at, JSON writing included (the
# build's peak alone hid a document held whole). Once, as it takes about one build's time.
/usr/bin/time -o "$mem" -f '%M %e' "$bin" export "$work/x1.jsonl" --format json >/dev/null 2>&1
echo "export x1 $(cat "$mem")" >>"$out"
python3 - "$out" "$runs" "$(stat -c %s "$work/x1.jsonl")" <<'PY'
import sys, statistics
path, runs, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
values, articles = {}, {}
for line in open(path):
    parts = line.split()
    if parts[0] == "export":
        export_kb, export_s = float(parts[2]), float(parts[3])
    elif parts[0] == "memory" or parts[0] == "reference":
        values.setdefault((parts[1], parts[0]), []).append(float(parts[2]))
    elif len(parts) == 3 and parts[1] in ("load", "quotes", "speakers", "statements", "total"):
        values.setdefault((parts[0], parts[1]), []).append(float(parts[2]))
    elif len(parts) > 3 and parts[1] == "corpus":
        articles[parts[0]] = parts[3]
med = lambda corpus, key: statistics.median(values[(corpus, key)])
print(f"| corpus | articles | load | quotes | speakers | statements | total (median of {runs}) | peak memory (median) |")
print("|---|---|---|---|---|---|---|---|")
for c in ("x1", "x2", "x4", "folder"):
    stages = " | ".join(f"{med(c, k):.3f}" for k in ("load", "quotes", "speakers", "statements"))
    print(f"| {c} | {articles[c]} | {stages} | {med(c, 'total'):.3f} s | {med(c, 'memory') / 1024:.0f} MB |")
ref = med("ref", "reference")
t1, t2, t4, tf = (med(c, "total") for c in ("x1", "x2", "x4", "folder"))
m1, m2, m4 = (med(c, "memory") for c in ("x1", "x2", "x4"))
print()
print(f"reference Python pass (median): {ref:.3f} s; index build / reference = {t1 / ref:.2f}")
print(f"growth per doubling: time {t2 / t1:.2f}x then {t4 / t2:.2f}x; memory {m2 / m1:.2f}x then {m4 / m2:.2f}x")
print(f"peak memory / corpus file size: {m1 * 1024 / size:.2f} (runs: {min(values[('x1', 'memory')]) * 1024 / size:.2f} to {max(values[('x1', 'memory')]) * 1024 / size:.2f})")
print(f"folder of .txt files / JSON Lines file: {tf / t1:.2f}x")
print(f"export of x1 (one run, JSON to /dev/null): {export_s:.1f} s, peak memory {export_kb / 1024:.0f} MB = {export_kb * 1024 / size:.2f}x the file (target: at most 2x)")
PY

# Linking on its own: the benchmark target (ordo-one/benchmark) in Benchmarks/Package.swift.
echo
echo "Linking on its own (Benchmarks/Linking; p50 is the median):"
(cd Benchmarks && CHORUS_BENCH_DIR="$work" swift package --allow-writing-to-package-directory benchmark \
    --no-progress --format markdown 2>/dev/null | sed -n '/^## /,$p')
