#!/usr/bin/env bash
# Builds Chorus and opens the reader (on sample-data unless a PATH is given).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product chorus
exec .build/release/chorus "$@"
