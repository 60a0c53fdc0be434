#!/usr/bin/env bash
# Benchmarks the index build on the shared 37.5k-article corpus: medians of each stage, peak memory,
# growth when the corpus doubles, a folder of small files against the one JSON Lines file, and the
# ratio to a reference Python pass (decode each line, one quote-mark regex), measured in the same run;
# then linking on its own, from the benchmark target in Benchmarks/Package.swift.
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

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
field() { awk -v k="$1" '$1==k {print $2}'; }

ref_times=()
for _ in $(seq "$runs"); do ref_times+=("$(python3 Benchmarks/reference_pass.py "$work/x1.jsonl" | cut -d' ' -f1)"); done
ref=$(printf '%s\n' "${ref_times[@]}" | median)

printf '| corpus | articles | load | quotes | speakers | statements | total (median of %s) | peak memory |\n' "$runs"
printf '|---|---|---|---|---|---|---|---|\n'
declare -A totals mems
for corpus in x1 x2 x4 folder; do
    path="$work/$corpus.jsonl"; [ "$corpus" = folder ] && path="$work/folder"
    out=$("$bin" bench "$path" --runs "$runs" 2>/dev/null)
    mem=$(/usr/bin/time -f '%M' "$bin" bench "$path" --runs 1 2>&1 >/dev/null | tail -1)
    articles=$(echo "$out" | sed -n 's/.*: \([0-9]*\) articles.*/\1/p')
    totals[$corpus]=$(echo "$out" | field total)
    mems[$corpus]=$mem
    printf '| %s | %s | %s | %s | %s | %s | %s s | %s MB |\n' "$corpus" "$articles" \
        "$(echo "$out" | field load)" "$(echo "$out" | field quotes)" "$(echo "$out" | field speakers)" \
        "$(echo "$out" | field statements)" "${totals[$corpus]}" "$((mem / 1024))"
done
size=$(stat -c %s "$work/x1.jsonl")
python3 - "$ref" "${totals[x1]}" "${totals[x2]}" "${totals[x4]}" "${totals[folder]}" \
    "${mems[x1]}" "${mems[x2]}" "${mems[x4]}" "$size" <<'PY'
import sys
ref, t1, t2, t4, tf, m1, m2, m4, size = map(float, sys.argv[1:])
print()
print(f"reference Python pass (median): {ref:.3f} s; index build / reference = {t1 / ref:.2f}")
print(f"growth per doubling: time {t2 / t1:.2f}x then {t4 / t2:.2f}x; memory {m2 / m1:.2f}x then {m4 / m2:.2f}x")
print(f"peak memory / corpus file size: {m1 * 1024 / size:.2f}")
print(f"folder of .txt files / JSON Lines file: {tf / t1:.2f}x")
PY

# Linking on its own: the benchmark target (ordo-one/benchmark) in Benchmarks/Package.swift.
echo
echo "Linking on its own (Benchmarks/Linking; p50 is the median):"
(cd Benchmarks && CHORUS_BENCH_DIR="$work" swift package --allow-writing-to-package-directory benchmark \
    --no-progress --format markdown 2>/dev/null | sed -n '/^## /,$p')
