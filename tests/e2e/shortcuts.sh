#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A user's keyboard on the real app under Xvfb (run by ctest through xvfb-run): Ctrl+O, Escape, Ctrl+Shift+S,
# Escape, Ctrl+N, Escape, then Ctrl+Q. After each shortcut the app is still running and a dialog is drawn (the
# screen changed); after each Escape it is gone again. Ctrl+Q ends the app with status 0 and no QML warning.
# usage: shortcuts.sh VENUEBID PROJECT
set -euo pipefail
app=$1
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
cp "$2" "$tmp/project.venuebid.json"
chmod u+w "$tmp/project.venuebid.json"

"$app" --lang en "$tmp/project.venuebid.json" 2>"$tmp/stderr" &
pid=$!

fail() {
    echo "FAIL: $*" >&2
    echo "--- venuebid stderr:" >&2
    cat "$tmp/stderr" >&2
    exit 1
}
alive() { kill -0 "$pid" 2>/dev/null || fail "venuebid is no longer running after $1"; }
shot() { import -window root "$tmp/$1.png"; }
# Number of pixels that differ between two screenshots.
differ() { compare -metric AE "$tmp/$1.png" "$tmp/$2.png" null: 2>&1 | cut -d' ' -f1 || true; }

wid=""
for _ in $(seq 1 100); do
    wid=$(xdotool search --onlyvisible --name 'VenueBid' 2>/dev/null | head -n 1 || true)
    [ -n "$wid" ] && break
    alive "start"
    sleep 0.1
done
[ -n "$wid" ] || fail "no VenueBid window appeared"
xdotool windowsize "$wid" 1366 768 windowmove "$wid" 0 0
sleep 1.5
xdotool windowfocus --sync "$wid"
shot base

step=0
expect_dialog() { # keys, what
    step=$((step + 1))
    xdotool key --clearmodifiers "$1"
    sleep 1.5
    alive "$1"
    shot "s$step"
    local d
    d=$(differ base "s$step")
    [ "${d%.*}" -gt 20000 ] || fail "$1 ($2): no dialog drawn ($d pixels changed)"
    echo "ok: $1 drew $2 ($d pixels changed)"
    xdotool key Escape
    sleep 1
    alive "Escape after $1"
    shot "e$step"
    d=$(differ base "e$step")
    [ "${d%.*}" -lt 20000 ] || fail "Escape after $1 left something on screen ($d pixels changed)"
    echo "ok: Escape closed it"
}
expect_dialog ctrl+o "the open dialog"
expect_dialog ctrl+shift+s "the save-as dialog"
expect_dialog ctrl+n "the new-project dialog"

xdotool key ctrl+q
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$pid" 2>/dev/null && fail "Ctrl+Q did not quit"
set +e
wait "$pid"
status=$?
set -e
[ "$status" -eq 0 ] || fail "venuebid exited with status $status"
echo "ok: Ctrl+Q quit with status 0"
