#!/usr/bin/env bash
# Ingestion benchmark: webhook messages per second end to end (envelope, codec, mapping, validation, archive and
# observations committed) with 50 concurrent clients, against a hub built in Release on a private PostgreSQL with
# fsync on. Prints the simulator's summary and the rows stored. Run by hand; not part of tools/test.
#
#   tools/bench/ingest/run.sh            MESSAGES=50000 DEVICES=300 CONCURRENCY=50 by default
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
messages=${MESSAGES:-50000}
devices=${DEVICES:-300}
concurrency=${CONCURRENCY:-50}
port=${PORT:-8097}

tools/setup
work=$(mktemp -d "${TMPDIR:-/tmp}/openterritoire-bench-XXXXXX")
hub_pid=""
cleanup() {
  [ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null || true
  tools/pg/pg destroy "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

tools/pg/pg start "$work/pg" >/dev/null
database=$(tools/pg/pg createdb "$work/pg" bench)
admin="ot_$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 48)"

dotnet build src/OpenTerritoire.Api -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build tools/simulate/OpenTerritoire.Simulate -c Release -nologo -v quiet -clp:ErrorsOnly

OPENTERRITOIRE_DB="$database" OPENTERRITOIRE_ADMIN_TOKEN="$admin" \
OPENTERRITOIRE_Protection__RateLimitPermits=1000000 \
Logging__LogLevel__Default=Warning \
  dotnet src/OpenTerritoire.Api/bin/Release/net10.0/OpenTerritoire.Api.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$root/src/OpenTerritoire.Api" > "$work/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break
  if ! kill -0 "$hub_pid" 2>/dev/null; then cat "$work/hub.log" >&2; echo "the hub stopped" >&2; exit 1; fi
  sleep 0.5
done
sleep 2 # the platform token is ensured just after the migrations

python3 tools/bench/ingest/setup.py "http://127.0.0.1:$port" "$admin" "$devices" "$work/plan.json"
echo "Sending $messages messages with $concurrency clients…"
dotnet tools/simulate/OpenTerritoire.Simulate/bin/Release/net10.0/openterritoire-simulate.dll \
  --hub "http://127.0.0.1:$port/" --plan "$work/plan.json" --messages "$messages" --concurrency "$concurrency" \
  --bad-fraction 0.01 || true
psql "postgresql://openterritoire@127.0.0.1:$(cat "$work/pg/port")/bench" -tAc \
  "SELECT 'raw messages: ' || count(*) FROM raw_messages UNION ALL SELECT 'observations: ' || count(*) FROM observations"
