#!/usr/bin/env bash
# Compares two runs' raw numbers: benchmarks/compare.sh results/<old>.csv results/<new>.csv
# Prints every figure of both runs with the change in percent. Compare ratios (figure / ceiling) rather than
# absolute figures: the ceiling is measured in the same run, so it absorbs most of the machine's load.
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }
awk -F, '
  FNR == 1 { next }
  NR == FNR { old[$1 "." $2] = $3; unit[$1 "." $2] = $4; next }
  { key = $1 "." $2; new[key] = $3; unit[key] = $4; if (!(key in old)) old[key] = "NA"; order[++n] = key }
  END {
    printf "%-45s %14s %14s %9s\n", "figure", "old", "new", "change"
    for (i = 1; i <= n; i++) {
      k = order[i]; o = old[k]; v = new[k]
      change = (o == "NA" || v == "NA" || o + 0 == 0) ? "" : sprintf("%+.0f%%", (v - o) / o * 100)
      printf "%-45s %14s %14s %9s %s\n", k, o, v, change, unit[k]
    }
  }' "$1" "$2"
