#!/usr/bin/env bash
# Runs the libFuzzer targets (Fuzz/) for a while each, seeded with the sample data.
# usage: scripts/fuzz.sh [SECONDS_EACH]   (default 600; CI runs a short pass)
# A crash leaves its input in Fuzz/crashes/; turn it into a test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
scripts/install-deps.sh
swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null
bin=Fuzz/.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p Fuzz/crashes "$work/seeds-text" "$work/seeds-loaders"
for f in sample-data/*.txt; do
    cp "$f" "$work/seeds-text/"
    # The loader target's first byte picks the file kind: 0 text, 1 JSON Lines, 2 CSV sidecar, 3 JSON Lines sidecar.
    { printf '\x00'; cat "$f"; } >"$work/seeds-loaders/$(basename "$f").0"
done
{ printf '\x01'; printf '{"id":"x","title":"T","text":"He said \\"yes.\\"","date":"2020-01-02"}\n'; } >"$work/seeds-loaders/feed.1"
{ printf '\x02'; printf 'file,outlet,date\narticle.txt,"Paper, The",2020-01-02\n'; } >"$work/seeds-loaders/side.2"
{ printf '\x03'; cat sample-data/metadata.jsonl; } >"$work/seeds-loaders/side.3"
status=0
for target in FuzzPipeline:seeds-text FuzzLoaders:seeds-loaders; do
    name=${target%%:*}
    seeds=${target#*:}
    echo "== $name for ${seconds}s"
    mkdir -p "$work/corpus-$name"
    if ! "$bin/$name" "$work/corpus-$name" "$work/$seeds" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=4096 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 2>"$work/$name.log"; then
        status=1
        tail -40 "$work/$name.log"
    else
        grep -E "stat::number_of_executed_units|Done" "$work/$name.log" | tail -2
    fi
done
exit $status
