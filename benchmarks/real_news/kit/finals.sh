#!/usr/bin/env bash
# CI and the README's two commands, each on a fresh clone of main with a fresh HOME.
# Usage: env -i HOME=/root PATH=/usr/bin:/bin bash finals.sh OUT  (writes OUT/ci.txt, cmd1.txt, cmd2.txt, done)
set -u
OUT=${1:?usage: finals.sh OUT}
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
rm -rf "$OUT" && mkdir -p "$OUT/home1" "$OUT/home2"
for c in ci a b; do git clone -q "$REPO" "$OUT/clone-$c"; done
L2=$(sed -n '/^```sh$/,/^```$/p' "$REPO/README.md" | sed -n 2p)
L3=$(sed -n '/^```sh$/,/^```$/p' "$REPO/README.md" | sed -n 3p)
(cd "$OUT/clone-ci" && git log --oneline -1 && .ci/run; echo "rc $?") > "$OUT/ci.txt" 2>&1 &
(cd "$OUT/clone-a" && HOME=$OUT/home1 bash -c "$L2"; echo "rc $?"; ls -l "$OUT/home1/.local/share/digest") > "$OUT/cmd1.txt" 2>&1 &
(cd "$OUT/clone-b" && HOME=$OUT/home2 bash -c "$L3"; echo "rc $?") > "$OUT/cmd2.txt" 2>&1 &
wait
touch "$OUT/done"
