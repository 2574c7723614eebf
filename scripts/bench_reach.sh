#!/usr/bin/env bash
# Reach pages at scale: TOTAL synthetic registrations (default 1,000,000) spread over sessions
# 1 to 12 of the demo series, then the series reach page and one session's reach page are
# requested over HTTP with the page cache off (every request renders from the database), on
# SQLite and/or PostgreSQL. Prints load time, the worker's full recount time, and latency
# percentiles from wrk (one connection, so each figure is one request's own time).
#
#   bash scripts/bench_reach.sh [sqlite|postgres|both]      (default: both)
#
# Environment: TOTAL=1000000  DURATION=20s  PG_URL=postgres://postgres@127.0.0.1:5432
#              SKIP_BUILD=1 (use target/release/convene as it is)
set -Eeuo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=${1:-both}
case $MODE in
  sqlite) BACKENDS="sqlite" ;;
  postgres) BACKENDS="postgres" ;;
  both) BACKENDS="sqlite postgres" ;;
  *) echo "usage: $0 [sqlite|postgres|both]" >&2; exit 2 ;;
esac
TOTAL=${TOTAL:-1000000}
DURATION=${DURATION:-20s}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
PORT=${PORT:-18480}
for v in $(compgen -e); do
  case $v in CONVENE_* | DATABASE_URL | RUST_LOG) unset "$v" ;; esac
done
log() { printf '%s\n' "$*" >&2; }

command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  (cd "$ROOT_DIR" && cargo build --release -p convene) >&2
fi
BIN=$ROOT_DIR/target/release/convene
COMMIT=$(git -C "$ROOT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
log "convene $COMMIT, $(nproc) cores, $(uname -r), TOTAL=$TOTAL"

wait_ready() {
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && return 0
    sleep 0.1
  done
  log "server did not become ready"; return 1
}

for backend in $BACKENDS; do
  data=$(mktemp -d)
  export CONVENE_DATA_DIR=$data CONVENE_PAGE_CACHE_MS=0 CONVENE_LOG_FORMAT=text RUST_LOG=warn
  if [[ $backend == postgres ]]; then
    db=convene_bench_reach
    psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    export DATABASE_URL=$PG_URL/$db
  else
    unset DATABASE_URL
  fi
  # The demo series (content and its 15,000 demo participants), loaded by `convene demo`.
  CONVENE_WORKER=false "$BIN" demo --listen "127.0.0.1:$PORT" >/dev/null 2>"$data/demo.log" &
  pid=$!; wait_ready; kill "$pid"; wait "$pid" 2>/dev/null || true
  start=$(date +%s.%N)
  line=$("$BIN" synthesize --total "$TOTAL")
  loaded=$(python3 -c "import sys; print(round(float(sys.argv[1]) - float(sys.argv[2]), 1))" "$(date +%s.%N)" "$start")
  rows=$("$BIN" stats --format json --full | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(r["values"][0].get("count",0) for t in d["tables"] if t["id"]=="sessions" for r in t["rows"]))')
  log "[$backend] $line (load + count: ${loaded}s); participations counted: $rows"
  CONVENE_WORKER=false "$BIN" serve --listen "127.0.0.1:$PORT" >/dev/null 2>"$data/serve.log" &
  pid=$!; wait_ready
  for path in /series/wipo-conversation/reach /series/wipo-conversation/sessions/8/reach /api/v1/reach; do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT$path"
    out=$(wrk -t1 -c1 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    avg=$(awk '$1=="Latency" {print $2; exit}' <<<"$out")
    printf '%-9s %-45s avg %-8s p50 %-8s p99 %-8s %s req/s\n' "$backend" "$path" "$avg" "$p50" "$p99" "$rps"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [[ $backend == postgres ]] && psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS convene_bench_reach" >/dev/null
  rm -rf "$data"
done
