#!/usr/bin/env bash
# Validation benchmark: our compiled engine against ajv on the same generated records, plus CSV rows/s.
# Usage: tools/bench/validation/run.sh [records] [csv rows]   (defaults 1000000 1000000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
records="${1:-1000000}"
rows="${2:-1000000}"
work="$(mktemp -d -t openterritoire-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# ajv lives in the temporary folder only: nothing is added to the repository.
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund ajv@8 ajv-formats@3 >/dev/null)

dotnet run -c Release --project "$here/OpenTerritoire.Bench.Validation.csproj" -- "$work" "$records" "$rows" | tee "$work/dotnet.txt"
AJV_HOME="$work" node "$here/ajv-bench.mjs" "$root/schemas" "$work" | tee "$work/ajv.txt"

echo
echo "id                         ours rec/s   ajv rec/s   ratio   invalid (ours/ajv)"
for id in parking-space-occupancy air-quality-observed; do
  ours=$(awk -v n="compiled:$id" '$1 == n { print $4 " " $5 }' "$work/dotnet.txt")
  ajv=$(awk -v n="ajv:$id" '$1 == n { print $4 " " $5 }' "$work/ajv.txt")
  awk -v id="$id" -v o="$ours" -v a="$ajv" 'BEGIN { split(o, x, " "); split(a, y, " ");
    printf "%-26s %11d %11d %7.2fx   %s/%s\n", id, x[1], y[1], x[1] / y[1], x[2], y[2] }'
done
awk '$1 == "csv:car-park-occupancy-hourly" { printf "CSV car-park-occupancy-hourly: %d rows/s (%d rows, %s s)\n", $4, $2, $3 }' "$work/dotnet.txt"
