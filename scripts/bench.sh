#!/usr/bin/env bash
# Load test of convene's session page against nginx serving the same bytes as a static file,
# on loopback, in the same run, on SQLite and on PostgreSQL; plus idle memory and restart time.
#
#   bash scripts/bench.sh
#
# Environment (all optional):
#   BACKENDS="sqlite postgres"   which stores to test
#   PG_URL=postgres://postgres@127.0.0.1:5432   PostgreSQL server (a fresh database is created
#                                and dropped; needs psql and the right to CREATE DATABASE)
#   ROUNDS=3  DURATION=10s  WARMUP=3s  CONNECTIONS=64  THREADS=2  STARTS=5
#   CONVENE_BIN=target/release/convene (built with cargo if missing)
#   KEEP_RAW=DIR   copy every raw wrk output and server log to DIR
#
# Load tool and servers share the machine's cores, so compare within one run: the ratio of
# convene's to nginx's requests per second, with runs alternating between the two.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BACKENDS=${BACKENDS:-"sqlite postgres"}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
STARTS=${STARTS:-5}
CONVENE_BIN=${CONVENE_BIN:-$ROOT_DIR/target/release/convene}
PAGE=/series/wipo-conversation/sessions/8
CACHE_MODES="1000 0" # CONVENE_PAGE_CACHE_MS: default 1 s micro-cache, then none

# Only this script's settings reach convene.
for v in $(compgen -e); do
  case $v in CONVENE_BIN) ;; CONVENE_* | DATABASE_URL | RUST_LOG) unset "$v" ;; esac
done

log() { printf '%s\n' "$*" >&2; }
die() { log "bench: $*"; exit 1; }

# --- tools ----------------------------------------------------------------------------------
need_apt=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need_apt+=(nginx-light)
command -v wrk >/dev/null || need_apt+=(wrk)
command -v curl >/dev/null || need_apt+=(curl)
if [[ " $BACKENDS " == *" postgres "* ]] && ! command -v psql >/dev/null; then need_apt+=(postgresql-client); fi
if ((${#need_apt[@]})); then
  SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  log "installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [[ ! -x $CONVENE_BIN ]]; then
  log "building convene (release)"
  (cd "$ROOT_DIR" && cargo build --release -p convene)
fi

# --- state and cleanup ----------------------------------------------------------------------
TMP=$(mktemp -d /tmp/convene-bench.XXXXXX)
chmod 755 "$TMP" # nginx workers may run as another user
CONVENE_PID=
NGINX_PID=
PG_DB=
cleanup() {
  set +e
  if [[ -n $CONVENE_PID ]]; then kill "$CONVENE_PID" 2>/dev/null; wait "$CONVENE_PID" 2>/dev/null; fi
  if [[ -n $NGINX_PID ]]; then kill "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID" 2>/dev/null; fi
  if [[ -n $PG_DB ]]; then psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1; fi
  if [[ -n ${KEEP_RAW:-} ]]; then mkdir -p "$KEEP_RAW" && cp -r "$TMP"/raw "$TMP"/*.log "$KEEP_RAW"/ 2>/dev/null; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$TMP/raw" "$TMP/www"

# A private copy, so that a rebuild elsewhere during the run does not change the binary.
BIN=$TMP/convene
cp "$CONVENE_BIN" "$BIN"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
  local p=$1
  while ! port_free "$p"; do p=$((p + 1)); done
  echo "$p"
}
C_PORT=$(pick_port 18180)
N_PORT=$(pick_port $((C_PORT + 1)))
C_URL=http://127.0.0.1:$C_PORT
N_URL=http://127.0.0.1:$N_PORT

now_ns() { date +%s%N; }
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null || true; }
rss_mb() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
col() { awk -v c="$2" '{ print $c }' "$1" | median; }
sum() { awk -v c="$2" '{ s += $c } END { print s + 0 }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# start_convene SUBCOMMAND DATA_DIR DATABASE_URL CACHE_MS LOGFILE  (sets CONVENE_PID)
start_convene() {
  local cmd=$1 dir=$2 db=$3 cache=$4 logf=$5
  env -u CONVENE_BIN ${db:+DATABASE_URL=$db} CONVENE_PAGE_CACHE_MS="$cache" \
    "$BIN" "$cmd" --listen "127.0.0.1:$C_PORT" --data-dir "$dir" >>"$logf" 2>&1 &
  CONVENE_PID=$!
}
# wait_ready TIMEOUT_S: tight curl loop on /readyz; fails if convene exits or times out
wait_ready() {
  local deadline=$(($(now_ns) + $1 * 1000000000))
  until [[ $(http_code "$C_URL/readyz") == 200 ]]; do
    kill -0 "$CONVENE_PID" 2>/dev/null || die "convene exited before it was ready (see log above)"
    (($(now_ns) < deadline)) || die "convene not ready after $1 s"
  done
}
stop_convene() {
  [[ -n $CONVENE_PID ]] || return 0
  kill "$CONVENE_PID" 2>/dev/null || true
  local i
  for i in $(seq 50); do kill -0 "$CONVENE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$CONVENE_PID" 2>/dev/null || true
  wait "$CONVENE_PID" 2>/dev/null || true
  CONVENE_PID=
}

# --- wrk ------------------------------------------------------------------------------------
# run_wrk URL OUTFILE DURATION; prints "rps p99_ms non2xx socket_errors kb_per_response"
run_wrk() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "$1" >"$2" 2>&1 || { cat "$2" >&2; die "wrk failed"; }
  awk '
    function ms(s,   n) { n = s + 0; if (s ~ /us$/) return n / 1000; if (s ~ /ms$/) return n;
                         if (s ~ /m$/) return n * 60000; if (s ~ /h$/) return n * 3600000;
                         if (s ~ /s$/) return n * 1000; return n }
    function kb(s,   n) { n = s + 0; if (s ~ /KB$/) return n; if (s ~ /MB$/) return n * 1024;
                         if (s ~ /GB$/) return n * 1048576; if (s ~ /TB$/) return n * 1073741824;
                         return n / 1024 }
    $1 == "99%" { p99 = ms($2) }
    /requests in/ { reqs = $1; readkb = kb($5) }
    /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(",", ""); sockerr = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %d %d %.1f\n", rps, p99, non2xx, sockerr, (reqs ? readkb / reqs : 0) }
  ' "$2"
}

# --- nginx ----------------------------------------------------------------------------------
sed -e "s|@PREFIX@|$TMP/nginx|g" -e "s|@ROOT@|$TMP/www|g" -e "s|@PORT@|$N_PORT|g" \
  "$ROOT_DIR/bench/nginx.conf.template" >"$TMP/nginx.conf"
mkdir -p "$TMP/nginx" "$TMP/www$(dirname "$PAGE")"
chmod -R 755 "$TMP/www"
echo placeholder >"$TMP/www$PAGE"
"$NGINX" -c "$TMP/nginx.conf" -p "$TMP/nginx" -e "$TMP/nginx/error.log" -g 'daemon off;' >"$TMP/nginx.log" 2>&1 &
NGINX_PID=$!
for _ in $(seq 50); do [[ $(http_code "$N_URL$PAGE") == 200 ]] && break; sleep 0.1; done
[[ $(http_code "$N_URL$PAGE") == 200 ]] || { cat "$TMP/nginx.log" "$TMP/nginx/error.log" >&2 2>/dev/null; die "nginx did not start"; }

# --- header ---------------------------------------------------------------------------------
log "convene bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
log "binary: $CONVENE_BIN (sha256 $(sha256sum "$BIN" | cut -c1-12)); $("$NGINX" -v 2>&1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, warm-up $WARMUP each, $ROUNDS alternating rounds; convene $C_URL, nginx $N_URL (worker_processes auto)"
log "page: $PAGE"

RESULTS=$TMP/results.tsv # backend mode rps_c rps_n p99_c p99_n bad_c bad_n kb_c kb_n rss_start rss_after hwm
STARTUP=$TMP/startup.tsv # backend ready_ms page_ms
: >"$RESULTS"
: >"$STARTUP"

# --- per backend ----------------------------------------------------------------------------
for backend in $BACKENDS; do
  data=$TMP/data-$backend
  mkdir -p "$data"
  db=
  case $backend in
    sqlite) ;;
    postgres)
      PG_DB=convene_bench_$$_$RANDOM
      psql -q "$PG_URL/postgres" -v ON_ERROR_STOP=1 -c "CREATE DATABASE $PG_DB" >/dev/null ||
        die "cannot create a PostgreSQL database at $PG_URL (set PG_URL, or BACKENDS=sqlite)"
      db=$PG_URL/$PG_DB
      ;;
    *) die "unknown backend $backend" ;;
  esac
  clog=$TMP/convene-$backend.log
  log ""
  log "== $backend: loading demo data"
  start_convene demo "$data" "$db" 1000 "$clog"
  wait_ready 60
  stop_convene

  for cache in $CACHE_MODES; do
    label=$([[ $cache == 0 ]] && echo "uncached (0)" || echo "cache ${cache} ms")
    log "-- $backend, $label"
    start_convene demo "$data" "$db" "$cache" "$clog"
    wait_ready 30
    sleep 1
    rss_start=$(rss_mb "$CONVENE_PID" VmRSS)
    # nginx serves exactly the bytes convene returns for this page in this configuration.
    code=$(curl -s -o "$TMP/www$PAGE" -w '%{http_code}' "$C_URL$PAGE")
    [[ $code == 200 ]] || die "convene answered $code for $PAGE"
    size=$(stat -c %s "$TMP/www$PAGE")
    cmp -s "$TMP/www$PAGE" <(curl -s "$N_URL$PAGE") || die "nginx does not serve the same bytes"
    log "   page body $size bytes; idle RSS after start ${rss_start} MB"

    run_wrk "$C_URL$PAGE" "$TMP/raw/$backend-$cache-warmup-convene.txt" "$WARMUP" >/dev/null
    run_wrk "$N_URL$PAGE" "$TMP/raw/$backend-$cache-warmup-nginx.txt" "$WARMUP" >/dev/null
    : >"$TMP/c.txt"
    : >"$TMP/n.txt"
    for round in $(seq "$ROUNDS"); do
      order="convene nginx"
      ((round % 2)) || order="nginx convene"
      for who in $order; do
        url=$C_URL$PAGE
        [[ $who == nginx ]] && url=$N_URL$PAGE
        r=$(run_wrk "$url" "$TMP/raw/$backend-$cache-$round-$who.txt" "$DURATION")
        echo "$r" >>"$TMP/${who:0:1}.txt"
        read -r rps p99 bad sock kbr <<<"$r"
        log "$(printf '   round %d %-7s %8s req/s  p99 %7s ms  non-2xx/3xx %s  socket errors %s  %s KB/response' \
          "$round" "$who" "$rps" "$p99" "$bad" "$sock" "$kbr")"
      done
    done
    sleep 2
    rss_after=$(rss_mb "$CONVENE_PID" VmRSS)
    hwm=$(rss_mb "$CONVENE_PID" VmHWM)
    log "   RSS 2 s after load ${rss_after} MB (peak ${hwm} MB)"
    stop_convene
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$backend" "$label" \
      "$(col "$TMP/c.txt" 1)" "$(col "$TMP/n.txt" 1)" "$(col "$TMP/c.txt" 2)" "$(col "$TMP/n.txt" 2)" \
      "$(($(sum "$TMP/c.txt" 3) + $(sum "$TMP/c.txt" 4)))" "$(($(sum "$TMP/n.txt" 3) + $(sum "$TMP/n.txt" 4)))" \
      "$(col "$TMP/c.txt" 5)" "$(col "$TMP/n.txt" 5)" "$rss_start" "$rss_after" "$hwm" >>"$RESULTS"
  done

  # Restart time: spawn `convene serve` on the migrated, loaded store; first 200 from /readyz,
  # then the first 200 for the session page (its first, uncached render).
  log "-- $backend, restart to first 200 ($STARTS starts)"
  for i in $(seq "$STARTS"); do
    t0=$(now_ns)
    start_convene serve "$data" "$db" 1000 "$clog"
    wait_ready 30
    t1=$(now_ns)
    code=$(http_code "$C_URL$PAGE")
    t2=$(now_ns)
    [[ $code == 200 ]] || die "session page answered $code after restart"
    stop_convene
    ready_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
    page_ms=$(awk -v a="$t0" -v b="$t2" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
    log "   start $i: /readyz 200 after $ready_ms ms, session page 200 after $page_ms ms"
    printf '%s\t%s\t%s\n' "$backend" "$ready_ms" "$page_ms" >>"$STARTUP"
  done

  if [[ -n $PG_DB ]]; then
    psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null
    PG_DB=
  fi
done

# --- summary --------------------------------------------------------------------------------
warn=$(cat "$TMP"/convene-*.log | grep -ciE 'error|panic' || true)
echo
echo "Results (medians of $ROUNDS runs each; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; ratio = convene/nginx req/s;"
echo "'bad' = non-2xx/3xx responses + socket errors summed over the runs; KB/resp from wrk's bytes read, headers included)"
for backend in $BACKENDS; do
  echo
  echo "### $backend"
  echo
  echo "| mode | convene req/s | nginx req/s | ratio | convene p99 ms | nginx p99 ms | bad c/n | KB/resp c/n | RSS start MB | RSS after load MB (peak) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v b="$backend" '$1 == b {
      printf "| %s | %.0f | %.0f | %.2f | %.2f | %.2f | %d/%d | %.1f/%.1f | %s | %s (%s) |\n",
        $2, $3, $4, ($4 > 0 ? $3 / $4 : 0), $5, $6, $7, $8, $9, $10, $11, $12, $13 }' "$RESULTS"
  ready=$(awk -F'\t' -v b="$backend" '$1 == b { print $2 }' "$STARTUP" | median)
  page=$(awk -F'\t' -v b="$backend" '$1 == b { print $3 }' "$STARTUP" | median)
  echo
  echo "Restart to first 200 (median of $STARTS): /readyz $ready ms; session page $page ms"
done
echo
echo "convene log lines mentioning error/panic: $warn"
