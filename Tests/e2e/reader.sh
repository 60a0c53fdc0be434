#!/usr/bin/env bash
# The reader in a real terminal: tmux gives chorus a 160×48 terminal (no terminal needed around
# it, so this runs in CI), keys are sent as a user would type them, and the screen is polled with
# `tmux capture-pane` until the expected text appears (never a fixed sleep).
#
# Assertions key on the screen's structure (pane titles, counts, markers), not on what today's
# quote extractor finds, so they keep holding as the index improves. The searched quote is carried
# by other outlets on sample-data, so the *Also reported by* jump to another outlet is exercised.
#
# Checks one binary, `reader.sh [BINARY]` (the debug build by default); scripts/test.sh runs it on
# the debug and the release build: users run the release build (scripts/run.sh), and an optimised
# build has behaved differently (signals once went unheard there).
#
# With CHORUS_CAPTURE_DIR set, the screen of each view is saved there as text (for the README).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bin=${1:-$(pwd)/.build/debug/chorus}
[ -x "$bin" ] || { echo "reader.sh: no $bin; build first (swift build; swift build -c release)"; exit 1; }
command -v tmux >/dev/null || { echo "reader.sh: tmux is needed (scripts/install-deps.sh --with-tests)"; exit 1; }

export LANG=C.UTF-8
unset LC_ALL NO_COLOR
tmp=$(mktemp -d)
socket="chorus-e2e-$$"
t() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

screen() { t capture-pane -p -t e2e; }

fail() {
    echo "FAIL: $*"
    echo "---- screen ----"
    screen || true
    echo "----------------"
    exit 1
}

# Polls the screen until an extended regular expression matches, or fails after a timeout.
wait_for() {
    local pattern=$1 timeout=${2:-15}
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        if screen | grep -qE -- "$pattern"; then return 0; fi
        sleep 0.1
    done
    fail "timed out after ${timeout}s waiting for /$pattern/"
}

# Polls until a pattern is gone.
wait_gone() {
    local pattern=$1 timeout=${2:-15}
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        if ! screen | grep -qE -- "$pattern"; then return 0; fi
        sleep 0.1
    done
    fail "timed out after ${timeout}s waiting for /$pattern/ to go"
}

keys() { t send-keys -t e2e "$@"; }

capture() {
    [ -n "${CHORUS_CAPTURE_DIR:-}" ] || return 0
    mkdir -p "$CHORUS_CAPTURE_DIR"
    screen > "$CHORUS_CAPTURE_DIR/$1.txt"
}
step() { echo "-- $*"; }

# The terminal settings chorus must leave as it found them. The shell's prompt comes back only once
# `stty -a` has written them: checked sooner, a loaded machine can show the file still empty.
check_sane() {
    local file=$1
    wait_for 'e2e\$ ?$'
    [ -s "$file" ] || fail "no stty output in $file"
    for flag in icanon echo isig; do
        grep -qE -- "(^| )-$flag( |$)" "$file" && fail "terminal left with -$flag"
    done
    return 0
}

# A plain shell in a 160×48 terminal, with a prompt to recognise.
t new-session -d -s e2e -x 160 -y 48 "env -i HOME=\"$HOME\" PATH=\"$PATH\" LANG=C.UTF-8 TERM=screen PS1='e2e\$ ' bash --norc --noprofile"
wait_for 'e2e\$ ?$'

run_chorus() {  # corpus, tag: runs chorus via exec so its pid is known, then records exit code and stty
    keys "sh -c 'echo \$\$ > $tmp/pid; exec \"$bin\" $1'; echo \"$2-exit=\$?\"; stty -a > $tmp/stty-$2" Enter
}

step "the screen appears with the three panes"
run_chorus sample-data main
wait_for '─ Articles [0-9]+ '
wait_for 'Who said what'
wait_for '[0-9]+ articles · [0-9]+ quotes'
capture browse

step "search for a remark and open the article it is in"
keys "/absolutely ridiculous" Enter
wait_for 'Match 1 of [0-9]+ for “absolutely ridiculous”'
# Step through the matches to one inside a quote (the reading pane's title then counts quotes).
matches=$(screen | grep -oE 'Match 1 of [0-9]+' | grep -oE '[0-9]+$')
for ((i = 2; i <= matches; i++)); do
    screen | grep -qE 'quote [0-9]+ of [0-9]+' && break
    keys n
    wait_for "Match $i of $matches"
done
wait_for 'quote [0-9]+ of [0-9]+'

step "the side panel shows the selected quote's speaker, expanded, with a count"
wait_for '│[ ›]▾ .+ \([0-9]+\)'
capture who-said-what
keys n
wait_for 'Match [0-9]+ of [0-9]+'

step "also reported by"
keys a
wait_for 'Also reported by'
capture also-reported-by
wait_for 'carried by [0-9]+ other articles? from [0-9]+ outlet'
keys Tab Tab Enter
wait_for 'Now reading .+ b goes back'
keys b
wait_for 'Also reported by'

step "side by side"
keys s
wait_for 'Chorus · .+ · side by side'
wait_for 'shared [0-9]+ of [0-9]+|no shared statement'
wait_for 'r: (outlet [0-9]+ of [0-9]+|other outlet)'
capture side-by-side
before=$(screen | grep -oE '▸ [^─]+' | head -1)
keys r
deadline=$((SECONDS + 10))
while [ "$(screen | grep -oE '▸ [^─]+' | head -1)" = "$before" ] && ((SECONDS < deadline)); do sleep 0.1; done
[ "$(screen | grep -oE '▸ [^─]+' | head -1)" != "$before" ] || fail "r did not change the right-hand article"
keys "]"
keys q
wait_gone 'Chorus · .+ · side by side'
wait_for '─ Articles [0-9]+ '

step "resize to 60×20: one pane at a time, then back to 160×48 with the place kept"
title=$(screen | grep -oE 'quote [0-9]+ of [0-9]+' | head -1)
t resize-window -t e2e -x 60 -y 20
wait_for '─ \[[123]/3\] '
capture narrow-60x20
t resize-window -t e2e -x 100 -y 30
wait_for '├─ (Who said what|Also reported by)'
capture medium-100x30
t resize-window -t e2e -x 30 -y 8
wait_for 'Terminal too small'
capture too-small
t resize-window -t e2e -x 160 -y 48
wait_for '─ Articles [0-9]+ '
wait_for "$title"

step "help and speakers views open and close"
keys "?"
wait_for 'quit at once'
capture help
keys q
wait_gone 'quit at once'
keys S
wait_for '─ Speakers [0-9]+ '
capture speakers
keys q
wait_for '─ Articles [0-9]+ '

step "filter by an outlet, then clear the filter"
keys f
wait_for 'Filter articles'
keys NBC
wait_for 'Outlet: NBC News'
capture filter
keys Enter
wait_for '─ Articles [0-9]+ of [0-9]+ · NBC News'
keys f Home Enter
wait_for '─ Articles [0-9]+ ─'

step "q quits; the shell is back and the terminal sane"
keys q
wait_for 'main-exit=0'
check_sane "$tmp/stty-main"

step "Ctrl-Z suspends, fg redraws"
run_chorus sample-data tstp
wait_for '─ Articles [0-9]+ '
keys C-z
wait_for 'Stopped|stopped'
check_sane "$tmp/stty-tstp"
keys "clear; fg" Enter
wait_for '─ Articles [0-9]+ '
keys Q
wait_for 'e2e\$ ?$'
keys "echo \"fg-exit=\$?\"; stty -a > $tmp/stty-fg" Enter
wait_for 'fg-exit=0'
check_sane "$tmp/stty-fg"

step "Ctrl-C restores the terminal"
run_chorus sample-data int
wait_for '─ Articles [0-9]+ '
keys C-c
wait_for 'int-exit=0'
check_sane "$tmp/stty-int"

step "SIGTERM restores the terminal"
run_chorus sample-data term
wait_for '─ Articles [0-9]+ '
kill -TERM "$(cat "$tmp/pid")"
wait_for 'term-exit=0'
check_sane "$tmp/stty-term"

step "SIGHUP restores the terminal"
run_chorus sample-data hup
wait_for '─ Articles [0-9]+ '
kill -HUP "$(cat "$tmp/pid")"
wait_for 'hup-exit=0'
check_sane "$tmp/stty-hup"

step "a crash still restores the terminal"
run_chorus sample-data fatal
wait_for '─ Articles [0-9]+ '
kill -SEGV "$(cat "$tmp/pid")"
wait_for 'fatal-exit=139'
wait_for 'stopped by an internal error; the terminal was restored'
check_sane "$tmp/stty-fatal"

step "a non-UTF-8 locale falls back to UTF-8; NO_COLOR gives no colours"
colour_codes='\[(([0-9]+;)*(3[0-7]|4[0-7]|9[0-7]|38;5;[0-9]+|48;5;[0-9]+))m'
run_chorus sample-data colour
wait_for '─ Articles [0-9]+ '
t capture-pane -e -p -t e2e | grep -qE "$colour_codes" || fail "no colours drawn (so the NO_COLOR check below could not fail)"
keys Q
wait_for 'colour-exit=0'
keys "clear; export NO_COLOR=1 LANG=C" Enter
run_chorus sample-data mono
wait_for '─ Articles [0-9]+ '
wait_for 'Chorus · sample-data'
if t capture-pane -e -p -t e2e | grep -qE "$colour_codes"; then fail "colours drawn although NO_COLOR is set"; fi
keys Q
wait_for 'mono-exit=0'
keys "unset NO_COLOR; export LANG=C.UTF-8" Enter

step "paraphrase and verbatim words apart, on an 8-colour terminal (TERM=screen)"
# Two outlets: one paraphrases a remark (no quote marks: `X dismissed ... as ...` is reported
# speech) that the other prints between quote marks.
mkdir "$tmp/kinds"
cat > "$tmp/kinds/wire.txt" <<'ARTICLE'
title: Kremlin blames Washington for drone attack
outlet: Northern Wire
date: 2023-05-04

Peskov told reporters: We are well aware that decisions on such attacks are made not in Kyiv but in Washington.

Peskov dismissed the denials from Kyiv and Washington as absolutely ridiculous.
ARTICLE
cat > "$tmp/kinds/ledger.txt" <<'ARTICLE'
title: Moscow says US ordered the Kremlin strike
outlet: Evening Ledger
date: 2023-05-05

"The denials from Kyiv and Washington are absolutely ridiculous," Dmitry Peskov said.
ARTICLE
run_chorus "$tmp/kinds" kinds
wait_for '─ Articles 2 '
# The attribute codes tmux reports just before some text ($2) on the first row showing $1.
codes_before() {
    local row
    row=$(screen | grep -nF -- "$1" | head -1 | cut -d: -f1)
    [ -n "$row" ] && t capture-pane -e -p -t e2e | sed -n "${row}p" | grep -oE -- $'(\e\\[[0-9;]*m)+'"$2" | head -1
}
underline='\[([0-9]+;)*4(;[0-9]+)*m'
colour='\[([0-9]+;)*3[1-7](;[0-9]+)*m'
keys j Enter "}"
wait_for 'Northern Wire · quote [0-9]+ of [0-9]+, a paraphrase'
wait_for '│[ ›]   ≈ dismissed the denials'
capture paraphrase
verbatim=$(codes_before "Peskov told reporters" "We are well aware")
[ -n "$verbatim" ] || fail "no attributes before the verbatim words"
grep -qE "$colour" <<<"$verbatim" || fail "the verbatim words are not in their speaker's colour"
if grep -qE "$underline" <<<"$verbatim"; then fail "the verbatim words are underlined like a paraphrase"; fi
keys "["
wait_for 'Northern Wire · quote 1 of [0-9]+ ─'
paraphrase=$(codes_before "Peskov dismissed" "dismissed")
[ -n "$paraphrase" ] || fail "no attributes before the paraphrase"
grep -qE "$colour" <<<"$paraphrase" || fail "the paraphrase is not in its speaker's colour"
grep -qE "$underline" <<<"$paraphrase" || fail "the paraphrase is not underlined"
keys "}" a
wait_for 'Evening Ledger · 2023-05-05 · quoted'
keys Q
wait_for 'kinds-exit=0'

step "an empty corpus shows an empty state, then exits 2 with one sentence"
mkdir "$tmp/empty"
run_chorus "$tmp/empty" empty
wait_for 'No articles found in'
keys q
wait_for 'empty-exit=2'
wait_for 'chorus: No articles found in .*empty'
check_sane "$tmp/stty-empty"

step "a closed terminal ends chorus (no process left spinning)"
t new-session -d -s gone -x 100 -y 30 "sh -c 'echo \$\$ > $tmp/pid-gone; exec \"$bin\" sample-data'"
deadline=$((SECONDS + 15))
until [ -s "$tmp/pid-gone" ] && t capture-pane -p -t gone | grep -qE '─ Articles [0-9]+ '; do
    ((SECONDS < deadline)) || fail "chorus did not start in a second session"
    sleep 0.1
done
t kill-session -t gone
deadline=$((SECONDS + 10))
while kill -0 "$(cat "$tmp/pid-gone")" 2>/dev/null; do
    ((SECONDS < deadline)) || { kill -KILL "$(cat "$tmp/pid-gone")"; fail "chorus kept running after its terminal closed"; }
    sleep 0.1
done

step "resized again and again while the index builds, down to 1×1 and back: no crash, the index arrives"
mkdir "$tmp/many"
for i in $(seq 400); do
    for f in sample-data/*.txt; do cp "$f" "$tmp/many/$i-$(basename "$f")"; done
done
run_chorus "$tmp/many" sizes
wait_for 'Indexing '
for size in 1x1 2x1 1x3 20x5 1x1 5x2 80x24 3x3 1x1 100x30 1x1 160x48; do
    t resize-window -t e2e -x "${size%x*}" -y "${size#*x}"
done
# Still building once the resizes are done, or this step would prove nothing.
wait_for 'Indexing ' 5
wait_for '─ Articles 2,?000 ' 120
wait_for '[0-9]+ quotes · [0-9]+ speakers'
keys q
wait_for 'sizes-exit=0'
check_sane "$tmp/stty-sizes"

step "without a terminal, chorus points to chorus export"
if "$bin" sample-data < /dev/null > "$tmp/out" 2> "$tmp/err"; then fail "chorus ran without a terminal"; fi
grep -q 'chorus export' "$tmp/err" || fail "no pointer to chorus export: $(cat "$tmp/err")"

echo "reader.sh: all steps passed on $bin"
