#!/usr/bin/env bash
# Every figure of README "Measured" that the evaluator gives, totals only, for the checkout this script is in.
#
# Usage: scripts/figures.sh CORPUS DEV OUT [--held-out]
#   CORPUS  the shared corpus (polnear-train/, realpages/)
#   DEV     the development halves (dev-A/, dev-B/: scripts/build_dev_halves.py)
#   OUT     a directory for each command's output; OUT/summary.txt gathers the totals
#   --held-out  also the held-out totals (PolNeAR --split heldout, real-page gold 1 half 2, real-page gold 3
#               (all half 2), the three held-out hand-written sets); without it nothing held out is run but dev B's
#               total line.
# Every blind set is run but the newest one, which is held out until the lead scores it once
# (VERIFY_HELD_OUT_BLIND names it, default the highest-numbered handwritten-blind-N).
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(cd "$1" && pwd); DEV=$(cd "$2" && pwd); OUT=$3; HELD_OUT=${4:-}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
cd /tmp
export PYTHONPATH="$REPO"
E="python -m verify.evaluate"
NEWEST=$(ls -d "$REPO"/evaluation/handwritten-blind-* | sed 's/.*-//' | sort -n | tail -1)
SKIP=${VERIFY_HELD_OUT_BLIND:-handwritten-blind-$NEWEST}

$E quotes "$CORPUS/polnear-train" --split tune > "$OUT/pn-tune.txt" 2>&1
$E quotes "$DEV/dev-A" --split all > "$OUT/dev-A.txt" 2>&1
$E quotes "$DEV/dev-B" --split all 2>&1 | grep "speaker accuracy" > "$OUT/dev-B.txt"
$E alarms "$CORPUS/realpages" --jobs 2 > "$OUT/alarms.txt" 2>&1
$E speakers "$CORPUS/realpages" --jobs 2 > "$OUT/speakers.txt" 2>&1
$E speakers "$CORPUS/realpages" --gold "$REPO/evaluation/realpages-speakers.jsonl" --half 1 > "$OUT/gold1.txt" 2>&1
$E speakers "$CORPUS/realpages" --gold "$REPO/evaluation/realpages-speakers-2.jsonl" --half 1 > "$OUT/gold2.txt" 2>&1
$E posts --gold "$REPO/evaluation/posts-gold.jsonl" "$CORPUS/realpages" > "$OUT/posts.txt" 2>&1
$E verdicts "$CORPUS/polnear-train" --out "$OUT/verdict-cases" > "$OUT/verdicts.txt" 2>&1
: > "$OUT/sets.txt"
for set in "$REPO"/evaluation/handwritten-tune* "$REPO"/evaluation/handwritten-blind-*; do
  name=$(basename "$set")
  [ "$name" = "$SKIP" ] && continue
  $E expectations "$set" > "$OUT/$name.txt" 2>&1
  printf '%-24s %s\n' "$name" "$(sed -n 's/^overall  *//p' "$OUT/$name.txt")" >> "$OUT/sets.txt"
done
{
  echo "pn-tune:  $(grep 'speaker accuracy' "$OUT/pn-tune.txt")"
  echo "dev-A:    $(grep 'speaker accuracy' "$OUT/dev-A.txt")"
  echo "dev-B:    $(cat "$OUT/dev-B.txt")"
  echo "alarms:   $(tail -1 "$OUT/alarms.txt")"
  echo "speakers: $(grep 'speakers naming no one' "$OUT/speakers.txt")"
  echo "gold1:    $(grep 'half 1:' "$OUT/gold1.txt")"
  echo "gold2:    $(grep 'half 1:' "$OUT/gold2.txt")"
  echo "posts:    $(grep '^all' "$OUT/posts.txt")"
  echo "verdicts: $(grep '^right per variant' "$OUT/verdicts.txt" | cut -c1-100)"
  cat "$OUT/sets.txt"
  echo "($SKIP held out: not run)"
} > "$OUT/summary.txt"
if [ "$HELD_OUT" = "--held-out" ]; then
  {
    echo "held out, totals:"
    echo "pn-heldout: $(grep 'speaker accuracy' <($E quotes "$CORPUS/polnear-train" --split heldout 2>&1))"
    echo "gold1-h2:   $(grep 'half 2:' <($E speakers "$CORPUS/realpages" --gold "$REPO/evaluation/realpages-speakers.jsonl" --half 2 2>&1))"
    echo "gold3:      $(grep 'half 2:' <($E speakers "$CORPUS/realpages" --gold "$REPO/evaluation/realpages-speakers-3.jsonl" --half 2 2>&1))"
    for set in handwritten handwritten-2 handwritten-3; do
      echo "$set: $($E expectations "$REPO/evaluation/$set" 2>&1 | sed -n 's/^overall  *//p')"
    done
  } >> "$OUT/summary.txt"
fi
cat "$OUT/summary.txt"
