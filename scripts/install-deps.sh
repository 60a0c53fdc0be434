#!/usr/bin/env bash
# Installs the system libraries Chorus builds against (and tmux for the terminal tests) when they
# are missing: with apt-get when run as root, otherwise by printing the exact line to run.
# usage: scripts/install-deps.sh [--with-tests]
set -euo pipefail
need=()
[ -f /usr/include/ncursesw/curses.h ] || need+=(libncurses-dev)
[ -f /usr/include/libstemmer.h ] || need+=(libstemmer-dev)
if [ "${1:-}" = "--with-tests" ]; then
    command -v tmux >/dev/null 2>&1 || need+=(tmux)
    command -v python3 >/dev/null 2>&1 || need+=(python3)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "chorus: installing ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${need[@]}" >/dev/null
else
    echo "chorus: missing system packages; run: sudo apt-get install -y ${need[*]}" >&2
    exit 1
fi
