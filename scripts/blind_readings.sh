#!/usr/bin/env bash
# Regenerate graph_build/data/design_training/blind_readings.tsv: for every evaluation set, the
# design, patient count and drug -> disease uses the text miner's rules read at the commit that
# added the set's gold, i.e. before any rule was made from it (or at the commit read_at.tsv names,
# with its reason). Each commit is checked out as a git
# worktree and run with the project's .venv (PYTHONPATH points at the worktree, so its own code
# is imported).
# usage: scripts/blind_readings.sh [SET ...]   (default: every set except those in HELD_OUT;
# with SETs, only their rows are read again and the other rows of the table are kept).
# The worktrees this run adds are removed when it ends; KEEP_WORKTREES=1 keeps them under WORK
# for a later run to reuse.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=graph_build/data/design_training/blind_readings.tsv
READ_AT=graph_build/data/design_training/read_at.tsv  # sets read at a later commit, and why
WORK=${WORK:-/tmp/cytokg-worktrees}
HELD_OUT=${HELD_OUT:-}   # space-separated set names not to read (held out for a final measurement)
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  for d in cytokg/data/heldout cytokg/data/blindtest*; do sets+=("$(basename "$d")"); done
fi
tmp=$(mktemp)
added=()
cleanup() {
  rm -f "$tmp"
  if [ "${KEEP_WORKTREES:-0}" != 1 ]; then
    for wt in "${added[@]}"; do git worktree remove --force "$wt"; done
  fi
  git worktree prune
}
trap cleanup EXIT
printf 'set\tpaper\tcommit\tdesign\tpatients\tuses\n' > "$tmp"
if [ $# -gt 0 ] && [ -f "$OUT" ]; then  # keep the rows of the sets not named
  tail -n +2 "$OUT" | awk -F'\t' -v named=" $* " 'index(named, " " $1 " ") == 0' >> "$tmp"
fi
for s in "${sets[@]}"; do
  case " $HELD_OUT " in *" $s "*) continue;; esac
  c=$(git log --diff-filter=A --format=%h -- "cytokg/data/$s/"*.gold.yaml | tail -1)
  # a set read at a later commit, for the reason the table gives (read_at.tsv)
  at=$(awk -F'\t' -v s="$s" '$1 == s {print $2}' "$READ_AT")
  c=${at:-$c}
  [ -n "$c" ] || { echo "skip $s: gold not committed" >&2; continue; }
  wt=$WORK/worktrees/$c
  if [ ! -d "$wt" ]; then
    git worktree add --quiet --detach -f "$wt" "$c"
    added+=("$wt")
  fi
  pkg=$wt/_pkg/cytokg
  if [ ! -d "$pkg" ]; then  # the package layout pyproject's package-dir gives, as symlinks
    mkdir -p "$pkg"
    for e in "$wt"/cytokg/*; do ln -s "$e" "$pkg/"; done
    for sub in ontology graph_build server queries; do [ -d "$wt/$sub" ] && ln -sfn "$wt/$sub" "$pkg/$sub"; done
  fi
  (cd /tmp && PYTHONPATH=$wt/_pkg "$ROOT/.venv/bin/python" "$ROOT/scripts/blind_reading.py" \
      "$ROOT/cytokg/data/$s" "$c") >> "$tmp"
done
{ head -1 "$tmp"; tail -n +2 "$tmp" | LC_ALL=C sort; } > "$OUT"
echo "wrote $OUT ($(($(wc -l < "$OUT") - 1)) papers)"
