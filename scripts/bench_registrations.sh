#!/usr/bin/env bash
# Registration burst: N registrations for ONE session, POSTed over HTTP on loopback through the
# real HTML form handler (CSRF check, validation, dedupe, group-committed durable write, outbox
# email job), with C concurrent connections, on SQLite and/or PostgreSQL. The email worker runs
# (emails are written to DATA_DIR/outbox as .eml files) unless WORKER=false.
#
#   bash scripts/bench_registrations.sh [sqlite|postgres|both]      (default: both)
#
# Environment (all optional):
#   TOTAL=100000  CONNECTIONS=200  THREADS=2  WRK_DURATION=600s (deadline only; the run stops
#                 when all TOTAL requests are answered)  WRK_TIMEOUT=30s
#   RUNS=1        runs per backend (each on a fresh store)
#   WORKER=true   CONVENE_WORKER for the server (false: no emails are sent during or after)
#   DRAIN_TIMEOUT=600   seconds to wait for the outbox jobs to be done after the burst
#   PG_URL=postgres://postgres@127.0.0.1:5432   (a fresh database per run, dropped afterwards)
#   DB_MAX_CONNECTIONS   CONVENE_DATABASE_MAX_CONNECTIONS (default: convene's, 16)
#   PAGE_CACHE_MS        CONVENE_PAGE_CACHE_MS (default: convene's)
#   SKIP_BUILD=1  use the existing target/release/convene instead of running cargo build
#   KEEP=DIR      copy wrk outputs and server logs to DIR
#   WAIT_QUIET=0  before each run, wait up to this many seconds for the machine to be quiet
#                 (other processes below 25% of one core over 3 s); the run starts anyway after
#                 that, and the CPU used by others during each burst is reported either way
#   TARGET_RPS=5000  TARGET_P99_MS=50   the targets the summary compares against
#
# Exit status 1 if any response was not a 303, any thread did not get all its answers, or the
# stored counts do not match the successes.
set -Eeuo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=${1:-both}
case $MODE in
  sqlite) BACKENDS="sqlite" ;;
  postgres) BACKENDS="postgres" ;;
  both) BACKENDS="sqlite postgres" ;;
  *) echo "usage: $0 [sqlite|postgres|both]" >&2; exit 2 ;;
esac
TOTAL=${TOTAL:-100000}
CONNECTIONS=${CONNECTIONS:-200}
THREADS=${THREADS:-2}
WRK_DURATION=${WRK_DURATION:-600s}
WRK_TIMEOUT=${WRK_TIMEOUT:-30s}
RUNS=${RUNS:-1}
WAIT_QUIET=${WAIT_QUIET:-0}
WORKER=${WORKER:-true}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-600}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
TARGET_RPS=${TARGET_RPS:-5000}
TARGET_P99_MS=${TARGET_P99_MS:-50}
SERIES=wipo-conversation
SESSION=13
FORM=/series/$SERIES/sessions/$SESSION/register
LUA=$ROOT_DIR/bench/register.lua

# Only this script's settings reach convene.
for v in $(compgen -e); do
  case $v in CONVENE_* | DATABASE_URL | RUST_LOG) unset "$v" ;; esac
done

log() { printf '%s\n' "$*" >&2; }
die() { log "bench_registrations: $*"; exit 1; }

# --- tools ----------------------------------------------------------------------------------
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v curl >/dev/null || need_apt+=(curl)
command -v sqlite3 >/dev/null || need_apt+=(sqlite3)
if [[ " $BACKENDS " == *" postgres "* ]] && ! command -v psql >/dev/null; then need_apt+=(postgresql-client); fi
if ((${#need_apt[@]})); then
  SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  log "installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# The commit and working-tree state that the build sees (others may be editing meanwhile).
COMMIT=$(git -C "$ROOT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT_DIR" status --porcelain --untracked-files=no 2>/dev/null | wc -l)
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  log "building convene (cargo build --release -p convene)"
  (cd "$ROOT_DIR" && cargo build --release -p convene) >&2
fi
[[ -x $ROOT_DIR/target/release/convene ]] || die "no target/release/convene"

# --- state and cleanup ----------------------------------------------------------------------
TMP=$(mktemp -d /tmp/convene-regbench.XXXXXX)
SERVER_PID=
WRK_PID=
PG_DB=
DATA=
cleanup() {
  set +e
  if [[ -n $WRK_PID ]]; then kill "$WRK_PID" 2>/dev/null; wait "$WRK_PID" 2>/dev/null; fi
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  if [[ -n $PG_DB ]]; then psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1; fi
  if [[ -n ${KEEP:-} ]]; then mkdir -p "$KEEP" && cp "$TMP"/*.txt "$TMP"/*.log "$KEEP"/ 2>/dev/null; fi
  if [[ -n $DATA ]]; then rm -rf "$DATA"; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'log "bench_registrations: SIGINT at $(date -u +%T)"; exit 130' INT
trap 'log "bench_registrations: SIGTERM at $(date -u +%T)"; exit 143' TERM
trap 'log "bench_registrations: line $LINENO failed (status $?): $BASH_COMMAND"' ERR

# A private copy, so that a rebuild elsewhere during the run does not change the binary.
BIN=$TMP/convene
cp "$ROOT_DIR/target/release/convene" "$BIN"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
  local p=$1
  while ! port_free "$p"; do p=$((p + 1)); done
  echo "$p"
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }

# CPU accounting, in clock ticks: a process's user+system time; the whole machine's busy time.
TICKS=$(getconf CLK_TCK)
# Built-ins only, results in a named variable: the loop that waits for wrk starts no processes.
proc_ticks() { # PID VAR
  local line f
  { read -r line <"/proc/$1/stat"; } 2>/dev/null || { printf -v "$2" 0; return 0; }
  read -ra f <<<"${line##*) }"
  printf -v "$2" %d $((f[11] + f[12]))
}
exec {NAP_FD}<> <(:)
nap() { read -rt "$1" -u "$NAP_FD" || true; }
machine_busy_ticks() { # VAR
  local cpu f
  read -r cpu f </proc/stat
  read -ra f <<<"$f"
  printf -v "$1" %d $((f[0] + f[1] + f[2] + f[5] + f[6] + f[7]))
}

# sql BACKEND DATA_DIR_OR_DB QUERY -> one value
sql() {
  case $1 in
    sqlite) sqlite3 -cmd '.timeout 10000' "$2/convene.sqlite3" "$3" ;;
    postgres) psql -q "$PG_URL/$2" -Atc "$3" ;;
  esac
}

# --- machine --------------------------------------------------------------------------------
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "git: $COMMIT ($DIRTY modified tracked files in the working tree when the build started)"
  echo "binary: target/release/convene, sha256 $(sha256sum "$BIN" | cut -c1-12)"
  echo "nproc: $(nproc); cpu: $CPU"
  echo "memory (free -g):"
  free -g | sed 's/^/  /'
  echo "disk (df -h of the data folder's file system):"
  df -h "$TMP" | sed 's/^/  /'
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); sqlite3 $(sqlite3 --version | cut -d' ' -f1)$(command -v psql >/dev/null && echo "; $(psql --version)")"
  [[ -z ${PGOPTIONS:-} ]] || echo "PGOPTIONS (passed to convene's PostgreSQL sessions): $PGOPTIONS"
  echo "load: wrk -t$THREADS -c$CONNECTIONS --timeout $WRK_TIMEOUT --latency -s bench/register.lua, $TOTAL POSTs to $FORM; worker=$WORKER"
} | tee "$TMP/machine.txt" >&2
if [[ " $BACKENDS " == *" postgres "* ]]; then
  pgv=$(psql -q "$PG_URL/postgres" -Atc 'show server_version' 2>/dev/null) || die "cannot reach PostgreSQL at $PG_URL"
  log "postgresql server: $pgv"
fi

RESULTS=$TMP/results.tsv
: >"$RESULTS"
FAILED=0

start_server() { # DATA DB_URL LOGFILE PORT
  env RUST_LOG=warn \
    CONVENE_REGISTRATION_MIN_FILL_MS=0 \
    CONVENE_REGISTRATION_PER_IP_PER_HOUR=0 \
    CONVENE_WORKER="$WORKER" \
    ${DB_MAX_CONNECTIONS:+CONVENE_DATABASE_MAX_CONNECTIONS=$DB_MAX_CONNECTIONS} \
    ${PAGE_CACHE_MS:+CONVENE_PAGE_CACHE_MS=$PAGE_CACHE_MS} \
    ${2:+DATABASE_URL=$2} \
    "$BIN" demo --listen "127.0.0.1:$4" --data-dir "$1" >"$3" 2>&1 &
  SERVER_PID=$!
}
stop_server() {
  [[ -n $SERVER_PID ]] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  local i
  for i in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$SERVER_PID" 2>/dev/null && { log "   server did not stop within 10 s of SIGTERM; killing"; kill -9 "$SERVER_PID" 2>/dev/null || true; }
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

# wait_quiet SECONDS: until the whole machine is below 25% of one core busy over 3 s.
wait_quiet() {
  (($1 > 0)) || return 0
  local deadline=$(($(now_ms) + $1 * 1000)) m0 m1 busy
  while :; do
    machine_busy_ticks m0; sleep 3; machine_busy_ticks m1
    busy=$(((m1 - m0) * 100 / TICKS / 3))
    ((busy < 25)) && { log "   machine quiet (${busy}% of one core busy over 3 s)"; return 0; }
    (($(now_ms) < deadline)) || { log "   machine still busy (${busy}% of one core) after $1 s; running anyway"; return 0; }
  done
}

# --- one run --------------------------------------------------------------------------------
run_one() { # BACKEND RUN_NUMBER
  local backend=$1 run=$2 tag="$1-$2"
  local port url db_ref db_url="" slog=$TMP/server-$tag.log wout=$TMP/wrk-$tag.txt
  DATA=$(mktemp -d /tmp/convene-regbench-data.XXXXXX)
  case $backend in
    sqlite) db_ref=$DATA ;;
    postgres)
      PG_DB=convene_regbench_$$_$RANDOM
      createdb -h 127.0.0.1 -U postgres "$PG_DB" 2>/dev/null ||
        psql -q "$PG_URL/postgres" -v ON_ERROR_STOP=1 -c "CREATE DATABASE $PG_DB" >/dev/null ||
        die "cannot create a PostgreSQL database at $PG_URL"
      db_ref=$PG_DB
      db_url=$PG_URL/$PG_DB
      ;;
  esac
  port=$(pick_port 18280)
  url=http://127.0.0.1:$port
  log ""
  log "== $backend, run $run: data $DATA${PG_DB:+, database $PG_DB}, $url"
  wait_quiet "$WAIT_QUIET"
  start_server "$DATA" "$db_url" "$slog" "$port"
  local deadline=$(($(now_ms) + 120000))
  until [[ $(http_code "$url/readyz") == 200 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$slog" >&2; die "convene exited before it was ready"; }
    (($(now_ms) < deadline)) || die "convene not ready after 120 s"
    sleep 0.1
  done

  # The form: csrf cookie, hidden csrf and started fields.
  local hdr=$TMP/form-headers.txt html=$TMP/form.html code
  code=$(curl -s -D "$hdr" -o "$html" -w '%{http_code}' "$url$FORM")
  [[ $code == 200 ]] || die "GET $FORM answered $code"
  local cookie csrf started
  cookie=$(tr -d '\r' <"$hdr" | sed -nE 's/^[Ss]et-[Cc]ookie: csrf=([^;]+).*/\1/p' | head -1)
  csrf=$(sed -nE 's/.*name="csrf" value="([^"]+)".*/\1/p' "$html" | head -1)
  started=$(sed -nE 's/.*name="started" value="([^"]+)".*/\1/p' "$html" | head -1)
  [[ -n $cookie && -n $csrf && -n $started ]] || die "could not read the csrf cookie and form fields"
  log "   csrf cookie ${cookie:0:6}…, form fields read"

  local sid before_regs before_jobs
  sid=$(sql "$backend" "$db_ref" "select s.id from sessions s join series r on r.id = s.series_id where r.slug = '$SERIES' and s.number = $SESSION")
  [[ -n $sid ]] || die "session $SESSION of $SERIES not found"
  before_regs=$(sql "$backend" "$db_ref" "select count(*) from registrations where session_id = $sid")
  before_jobs=$(sql "$backend" "$db_ref" "select count(*) from jobs")

  # The burst. wrk only ends at its -d deadline or on SIGINT: the Lua threads leave a file each
  # in $donedir once all their requests are answered, and then wrk is interrupted.
  local donedir=$TMP/done-$tag
  mkdir -p "$donedir"
  log "   wrk: $TOTAL registrations, $CONNECTIONS connections, $THREADS threads"
  local t0 t1 srv0 srv1 mach0 mach1 wrk_ticks=0
  t0=$(now_ms)
  proc_ticks "$SERVER_PID" srv0
  machine_busy_ticks mach0
  BENCH_TOTAL=$TOTAL BENCH_THREADS=$THREADS BENCH_PATH=$FORM BENCH_COOKIE=$cookie \
    BENCH_CSRF=$csrf BENCH_STARTED=$started BENCH_DONE_DIR=$donedir BENCH_RUN="r$run-" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WRK_DURATION" --timeout "$WRK_TIMEOUT" --latency \
    -s "$LUA" "$url$FORM" >"$wout" 2>&1 &
  WRK_PID=$!
  local marks
  while kill -0 "$WRK_PID" 2>/dev/null; do
    marks=("$donedir"/thread-*)
    [[ -e ${marks[0]} ]] || marks=()
    proc_ticks "$WRK_PID" wrk_ticks # the last reading before it exits
    if ((${#marks[@]} >= THREADS)); then
      proc_ticks "$SERVER_PID" srv1
      machine_busy_ticks mach1
      kill -INT "$WRK_PID" 2>/dev/null || true
      break
    fi
    nap 0.05
  done
  local wrk_rc=0
  wait "$WRK_PID" || wrk_rc=$?
  WRK_PID=
  t1=$(now_ms)
  [[ -n ${srv1:-} ]] || { proc_ticks "$SERVER_PID" srv1; machine_busy_ticks mach1; }
  sed 's/^/   | /' "$wout" >&2
  # CPU during the burst, in % of one core (the machine has $(nproc) cores, so at most $(nproc)00%).
  local wall_s cpu_srv cpu_wrk cpu_all cpu_other
  wall_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) / 1000 }')
  read -r cpu_srv cpu_wrk cpu_all cpu_other <<<"$(awk -v s0="$srv0" -v s1="$srv1" -v w="$wrk_ticks" \
    -v m0="$mach0" -v m1="$mach1" -v hz="$TICKS" -v t="$wall_s" 'BEGIN {
      srv = (s1 - s0) / hz / t * 100; wrk = w / hz / t * 100; all = (m1 - m0) / hz / t * 100
      printf "%.0f %.0f %.0f %.0f", srv, wrk, all, all - srv - wrk }')"
  log "   cpu during the burst (% of one core, $(nproc) cores): convene $cpu_srv, wrk $cpu_wrk, all processes $cpu_all, others $cpu_other (PostgreSQL, other users' jobs)"
  ((wrk_rc == 0)) || log "   wrk exited with status $wrk_rc"

  val() { awk -v k="$1" '$1 == "bench" && $2 == k { print $3 }' "$wout"; }
  local unfinished ok bad statuses sockerr rps okps dur lat p50 p90 p99 p999 max
  unfinished=$(val threads_unfinished)
  ok=$(val ok_303)
  bad=$(val non_303)
  statuses=$(val statuses)
  sockerr=$(val socket_errors)
  rps=$(val rps)
  okps=$(val ok_per_s)
  dur=$(val duration_s)
  lat=$(awk '$1 == "bench" && $2 == "latency_ms" { print $3, $4, $5, $6, $7 }' "$wout")
  read -r p50 p90 p99 p999 max <<<"$(sed -E 's/[a-z0-9]+=//g' <<<"$lat")"
  [[ -n $unfinished ]] || { unfinished=$THREADS; ok=0; bad=0; rps=0; okps=0; dur=0; p50=0; p90=0; p99=0; p999=0; max=0; }

  # Durable state: registrations and jobs against the successes.
  local regs jobs reg_jobs waitlisted ok_check
  regs=$(($(sql "$backend" "$db_ref" "select count(*) from registrations where session_id = $sid") - before_regs))
  jobs=$(($(sql "$backend" "$db_ref" "select count(*) from jobs") - before_jobs))
  reg_jobs=$(sql "$backend" "$db_ref" "select count(*) from jobs j join registrations r on r.id = j.registration_id where r.session_id = $sid")
  waitlisted=$(sql "$backend" "$db_ref" "select count(*) from registrations where session_id = $sid and not holds_place")
  ok_check=yes
  [[ $regs == "$ok" && $jobs == "$regs" ]] || ok_check=NO
  log "   stored: $regs registrations for session $SESSION ($waitlisted without a place, i.e. waitlisted), $jobs new jobs ($reg_jobs for this session's registrations); 303s: $ok -> match: $ok_check"

  # The outbox drain: time from the end of the burst until no job is pending.
  local pending done_at_end emails drain_s="n/a" failed_jobs
  done_at_end=$(sql "$backend" "$db_ref" "select count(*) from jobs where done_at is not null")
  if [[ $WORKER == true ]]; then
    local dl=$(($(now_ms) + DRAIN_TIMEOUT * 1000))
    while :; do
      pending=$(sql "$backend" "$db_ref" "select count(*) from jobs where done_at is null and failed_at is null")
      [[ $pending == 0 ]] && { drain_s=$(awk -v a="$t1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'); break; }
      (($(now_ms) < dl)) || { drain_s=">$DRAIN_TIMEOUT (pending $pending)"; break; }
      sleep 0.5
    done
  fi
  failed_jobs=$(sql "$backend" "$db_ref" "select count(*) from jobs where failed_at is not null")
  emails=0
  [[ ! -d $DATA/outbox ]] || emails=$(find "$DATA/outbox" -maxdepth 1 -name '*.eml' | wc -l)
  log "   worker: $done_at_end jobs done when the burst ended; outbox drained $drain_s s after it; $emails .eml files; $failed_jobs failed jobs"

  # What the server logged.
  local warns errors
  warns=$(grep -c ' WARN ' "$slog" || true)
  errors=$(grep -ciE ' ERROR |panic' "$slog" || true)
  log "   server log: $warns WARN, $errors ERROR/panic lines"
  if [[ $backend == postgres ]]; then
    log "   postgresql: indexes by tuples read during the run (registrations, jobs, answers, windows):"
    sql "$backend" "$db_ref" "select rpad(indexrelname, 40) || ' scans ' || idx_scan || ', tuples read ' || idx_tup_read from pg_stat_user_indexes where relname in ('registrations', 'jobs', 'answers', 'registration_windows') order by idx_tup_read desc limit 5" | sed 's/^/     /' >&2
    log "   postgresql: $(sql "$backend" "$db_ref" "select string_agg(relname || ' seq scans ' || seq_scan || ' (' || seq_tup_read || ' tuples)', '; ') from pg_stat_user_tables where relname in ('registrations', 'jobs')"); autovacuum=$(sql "$backend" "$db_ref" "show autovacuum")"
  fi
  if ((warns + errors > 0)); then
    grep -E ' WARN | ERROR |panic' "$slog" | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sort -rn | head -10 | sed 's/^/   ! /' >&2
  fi
  local hwm
  hwm=$(awk '$1 == "VmHWM:" { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?")
  log "   server peak RSS (VmHWM): $hwm MB"
  stop_server

  local pass=yes
  if [[ $unfinished != 0 || $bad != 0 || $ok_check != yes || $ok != "$TOTAL" ]]; then pass=NO; FAILED=1; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$backend" "$run" "$okps" "$dur" "$p50" "$p90" "$p99" "$max" "$ok" "$bad" "$statuses" \
    "$sockerr" "$regs/$jobs $ok_check" "$done_at_end / $emails" "$drain_s" "$((warns + errors))" "$pass" "$cpu_srv/$cpu_wrk/$cpu_other" "$(val per_5s_window_rps)" >>"$RESULTS"

  if [[ -n ${KEEP:-} ]]; then mkdir -p "$KEEP" && cp "$wout" "$slog" "$KEEP"/; fi
  if [[ -n $PG_DB ]]; then
    psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null || true
    PG_DB=
  fi
  rm -rf "$DATA"
  DATA=
}

for backend in $BACKENDS; do
  for run in $(seq "$RUNS"); do
    run_one "$backend" "$run"
  done
done

# --- summary --------------------------------------------------------------------------------
echo
cat "$TMP/machine.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Target: >= $TARGET_RPS registrations/s sustained, p99 < $TARGET_P99_MS ms (latencies in ms, wrk's histogram)"
echo
echo "| backend | run | reg/s (303s) | duration s | p50 | p90 | p99 | max | 303s | non-303 | statuses | socket errors | stored regs/jobs = 303s | emails sent at burst end / at drain end | drain s after burst | server WARN/ERROR | target met | CPU % convene/wrk/others |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---:|---|---|"
awk -F'\t' -v trps="$TARGET_RPS" -v tp99="$TARGET_P99_MS" '{
  met = ($3 + 0 >= trps && $7 + 0 < tp99 && $17 == "yes") ? "yes" : "no"
  printf "| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n",
    $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, met, $18 }' "$RESULTS"
echo
echo "Registrations answered per second, per 5-second window of each run:"
awk -F'\t' '{ printf "  %s run %s: %s\n", $1, $2, $19 }' "$RESULTS"
echo
if ((FAILED)); then
  echo "FAIL: some response was not a 303, some request went unanswered, or the stored counts do not match"
  exit 1
fi
echo "all $TOTAL requests of every run answered 303; stored registrations and jobs match"
