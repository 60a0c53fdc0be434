#!/usr/bin/env bash
# Runs every test: unit and snapshot tests, the seeds against their gold, and the command line and
# the reader in a real terminal (tmux), on both the debug and the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-tests
swift build --build-tests
# The end-to-end checks run on the release build too: it is what scripts/run.sh gives users.
swift build -c release --product chorus
swift test --skip-build
# Each end-to-end script checks the one binary it is given.
for t in Tests/e2e/*.sh; do
    [ -e "$t" ] || continue
    for build in debug release; do
        echo "== $t on the $build build"
        bash "$t" "$PWD/.build/$build/chorus"
    done
done
