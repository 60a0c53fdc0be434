#!/usr/bin/env bash
# Runs every test: unit and snapshot tests, the seeds against their gold, and the reader in a
# real terminal (tmux).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-tests
swift build --build-tests
swift test --skip-build
for t in Tests/e2e/*.sh; do
    [ -e "$t" ] || continue
    echo "== $t"
    bash "$t"
done
