#!/usr/bin/env bash
# CI and the README's two commands, each on a fresh clone of main with a fresh HOME.
# Usage: env -i HOME=/root PATH=/usr/bin:/bin bash finals.sh OUT  (writes OUT/ci.txt, cmd1.txt, cmd2.txt, done)
# The clones sit beside this checkout (finals-ci, finals-a, finals-b), as the corpus tests
# read ../shared/corpus from a checkout; remove them afterwards.
set -u
OUT=${1:?usage: finals.sh OUT}
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
NEXT=$(dirname "$REPO")
rm -rf "$OUT" "$NEXT/finals-ci" "$NEXT/finals-a" "$NEXT/finals-b" && mkdir -p "$OUT/home1" "$OUT/home2"
for c in ci a b; do git clone -q "$REPO" "$NEXT/finals-$c"; done
L2=$(sed -n '/^```sh$/,/^```$/p' "$REPO/README.md" | sed -n 2p)
L3=$(sed -n '/^```sh$/,/^```$/p' "$REPO/README.md" | sed -n 3p)
(cd "$NEXT/finals-ci" && git log --oneline -1 && .ci/run; echo "rc $?") > "$OUT/ci.txt" 2>&1 &
(cd "$NEXT/finals-a" && HOME=$OUT/home1 bash -c "$L2"; echo "rc $?"; ls -l "$OUT/home1/.local/share/digest") > "$OUT/cmd1.txt" 2>&1 &
(cd "$NEXT/finals-b" && HOME=$OUT/home2 bash -c "$L3"; echo "rc $?") > "$OUT/cmd2.txt" 2>&1 &
wait
touch "$OUT/done"
