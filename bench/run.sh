#!/usr/bin/env bash
# Benchmarks the registry on the national demo data set against a static file with the same bytes,
# served by the same server, with wrk on the loopback interface only. Bounded: about 15 minutes.
#
#   bench/run.sh            build the jar if missing, load the data set if not loaded yet, measure
#   bench/run.sh --build    rebuild the jar first
#   bench/run.sh --reload   load the national data set again (loading is idempotent)
#   bench/run.sh --quick    short runs: a check of the script, not figures for the record
#
# Environment: BENCH_DIR (target/bench: database, static copy, logs, results), BENCH_PORT (18181),
# CONNECTIONS (32), JAVA_OPTS (default: the flags BENCHMARKS.md recommends), APP_ARGS (more
# application arguments, e.g. --registry.page-cache.enabled=false).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
PORT=${BENCH_PORT:-18181}
CONNECTIONS=${CONNECTIONS:-32}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx192m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
APP_ARGS=${APP_ARGS:-}
JAR=$ROOT/target/registry.jar
BASE=http://127.0.0.1:$PORT
RUN_SECONDS=10
ROUNDS=3
WARMUP_SECONDS=5
WARMUP_MAX=12
BUILD=false
RELOAD=false
for arg in "$@"; do
  case $arg in
    --build) BUILD=true ;;
    --reload) RELOAD=true ;;
    --quick) RUN_SECONDS=3; ROUNDS=1; WARMUP_SECONDS=2; WARMUP_MAX=3 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

for tool in wrk curl bc /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
mkdir -p "$BENCH_DIR/static/css/bench"
export REGISTRY_DATA_DIR=$BENCH_DIR/data
unset SPRING_DATASOURCE_URL

if $BUILD || [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
fi

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

if $RELOAD || [ ! -f "$BENCH_DIR/data/demo-loaded" ]; then
  echo "Loading the national demo data set into $REGISTRY_DATA_DIR ..."
  started=$(date +%s.%N)
  java -jar "$JAR" --registry.demo.load --server.port=0 > "$BENCH_DIR/load.log" 2>&1
  echo "  $(grep -o 'Loaded the national demo data set in [0-9]* ms' "$BENCH_DIR/load.log");" \
    "the whole command took $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s"
  date -Iseconds > "$BENCH_DIR/data/demo-loaded"
fi

# Class data sharing, as Spring Boot recommends for start-up: the jar extracted, and an archive of
# the classes a start loads, written by a training run that stops once the context is refreshed.
APP_DIR=$BENCH_DIR/app
if [ ! -f "$APP_DIR/app.jsa" ] || [ "$JAR" -nt "$APP_DIR/app.jsa" ]; then
  rm -rf "$APP_DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
  # shellcheck disable=SC2086
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$APP_DIR/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$APP_DIR/registry.jar" --server.port=0 > "$BENCH_DIR/cds.log" 2>&1
fi

# Starts the application as it would run in production, plus a directory of static files, and
# waits until it answers; sets READY (seconds) and SPRING_STARTED.
start_app() { # jar [java options...]
  local jar=$1 started
  shift
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS "$@" -jar "$jar" --server.port="$PORT" \
    --spring.web.resources.static-locations=classpath:/static/,file:"$BENCH_DIR"/static/ \
    $APP_ARGS > "$BENCH_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application did not start: see $BENCH_DIR/app.log" >&2; exit 1; }
    sleep 0.1
  done
  READY=$(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f')
  SPRING_STARTED=$(grep -o 'Started RegistryApplication in [0-9.]* seconds' "$BENCH_DIR/app.log" | grep -o '[0-9.]*' | head -1)
}

start_app "$JAR"
READY_PLAIN=$READY
SPRING_STARTED_PLAIN=$SPRING_STARTED
stop_app
echo "Started the plain jar: answering after $READY_PLAIN s (Spring reports $SPRING_STARTED_PLAIN s)"
start_app "$APP_DIR/registry.jar" -XX:SharedArchiveFile="$APP_DIR/app.jsa"
echo "Started with class data sharing: answering after $READY s (Spring reports $SPRING_STARTED s)"

# The page of Hà Nội's committee (line 1 of units-2024.csv), and a static file of the same bytes
# under /css/, which every visitor may read.
DETAIL=/committees/1000000001
SEARCH="/committees?q=tan%20lap"
STATIC=/css/bench/committee.html
curl -fs "$BASE$DETAIL" -o "$BENCH_DIR/static/css/bench/committee.html"
cmp -s <(curl -fs "$BASE$STATIC") <(curl -fs "$BASE$DETAIL") \
  || { echo "the static copy differs from the page" >&2; exit 1; }

ETAG=$(curl -fs -D - -o /dev/null "$BASE$DETAIL" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
CONDITIONAL=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$BASE$DETAIL")
echo "Conditional GET of $DETAIL with If-None-Match $ETAG: $CONDITIONAL"

# CPU ticks (1/100 s) used so far by the whole machine, and by the application and its database.
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
our_ticks() {
  local pids=$APP_PID postmaster
  for postmaster in $(pgrep -f "$REGISTRY_DATA_DIR/postgres" || true); do
    pids="$pids $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  done
  for pid in $pids; do cat "/proc/$pid/stat" 2>/dev/null || true; done | awk '{t += $14 + $15} END {print t + 0}'
}

# One run of wrk: requests/s, p50 ms, p99 ms, non-2xx responses, and the share of the machine's
# CPU that other processes (anything but the application, its database and wrk) took meanwhile.
measure() { # seconds path [header | @lua-script]
  local m0 o0 m1 o1 out options=()
  case ${3:-} in
    "") ;;
    @*) options=(-s "${3:1}") ;;
    *) options=(-H "$3") ;;
  esac
  m0=$(machine_ticks); o0=$(our_ticks)
  out=$(/usr/bin/time -f "WRKCPU %U %S" wrk -t2 -c"$CONNECTIONS" -d"$1"s --timeout 5s --latency \
    "${options[@]}" "$BASE$2" 2>&1)
  m1=$(machine_ticks); o1=$(our_ticks)
  echo "$out" | awk -v machine=$((m1 - m0)) -v ours=$((o1 - o0)) -v seconds="$1" -v cores="$(nproc)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    /^WRKCPU/ { wrk = ($2 + $3) * 100 }
    END { other = (machine - ours - wrk) / (seconds * cores); if (other < 0) other = 0
          printf "%.0f %.2f %.2f %d %.0f\n", rps, p50, p99, bad, other }'
}

# Warm up until throughput stops rising: on two cores the JIT competes with the load.
warm_up() { # path [header | @lua-script]
  local best=0 rps runs=0 flat=0
  while [ $runs -lt $WARMUP_MAX ]; do
    rps=$(measure "$WARMUP_SECONDS" "$1" "${2:-}" | cut -d' ' -f1)
    runs=$((runs + 1))
    if [ "$rps" -gt $((best + best / 33)) ]; then best=$rps; flat=0; else flat=$((flat + 1)); fi
    [ $flat -ge 2 ] && break
  done
  echo "  warmed up $1 ${2:+($2) }in $runs runs of ${WARMUP_SECONDS}s: $best req/s"
}

RESULTS=$BENCH_DIR/results.tsv
: > "$RESULTS"
# A page and the static file, alternately, ROUNDS times each: their ratio is measured side by side.
pair() { # label path [header]
  local round d s
  warm_up "$2" "${3:-}"
  warm_up "$STATIC" "${3:-}"
  for round in $(seq 1 "$ROUNDS"); do
    read -r -a d <<< "$(measure "$RUN_SECONDS" "$2" "${3:-}")"
    read -r -a s <<< "$(measure "$RUN_SECONDS" "$STATIC" "${3:-}")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$round" "${d[0]}" "${d[1]}" "${d[2]}" "${d[3]}" \
      "${s[0]}" "${s[2]}" "$((d[4] > s[4] ? d[4] : s[4]))" "$(echo "scale=2; ${d[0]} / ${s[0]}" | bc)" >> "$RESULTS"
    echo "  $1, round $round: ${d[0]} req/s (p50 ${d[1]} ms, p99 ${d[2]} ms), static ${s[0]} req/s" \
      "(p50 ${s[1]} ms, p99 ${s[2]} ms); other processes took ${d[4]}% / ${s[4]}% of the CPU"
  done
}

echo "Measuring at $CONNECTIONS connections: $ROUNDS rounds of ${RUN_SECONDS}s for each page and the static file"
pair "committee list" "/committees"
pair "search without diacritics" "$SEARCH"
pair "committee detail" "$DETAIL"
pair "decision list" "/decisions"
pair "API detail" "/api/committees/1000000001"
pair "committee detail, gzip" "$DETAIL" "Accept-Encoding: gzip"

# Pages the cache has not kept: every request another of the committees of the 14,718 lines of
# units-2024.csv and units-2025.csv, as a crawler would ask (15 answer 404: the 5 units with a real
# committee, and the 2025 lines of the 10 provinces the reform kept, whose committee is their 2024 line's).
cat > "$BENCH_DIR/random-committee.lua" <<'EOF'
local counter = 0
function setup(thread) counter = counter + 1; thread:set("number", counter) end
function init(args) math.randomseed(20241101 + number) end
function request() return wrk.format("GET", "/committees/" .. (1000000001 + math.random(0, 14717))) end
EOF
echo "Rendering: every request another committee"
warm_up "/" "@$BENCH_DIR/random-committee.lua"
for round in $(seq 1 "$ROUNDS"); do
  read -r -a r <<< "$(measure "$RUN_SECONDS" "/" "@$BENCH_DIR/random-committee.lua")"
  printf 'committee detail, another committee each request\t%s\t%s\t%s\t%s\t%s\t-\t-\t%s\t-\n' \
    "$round" "${r[0]}" "${r[1]}" "${r[2]}" "${r[3]}" "${r[4]}" >> "$RESULTS"
  echo "  round $round: ${r[0]} req/s (p50 ${r[1]} ms, p99 ${r[2]} ms), ${r[3]} not found;" \
    "other processes took ${r[4]}% of the CPU"
done

RSS=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
HWM=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
stop_app

# Medians of the rounds (the ratio is the median of each round's ratio).
{
  echo
  echo "Date: $(date -Iseconds); $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo); $(java -version 2>&1 | head -1)"
  echo "JVM flags: $JAVA_OPTS${APP_ARGS:+; arguments: $APP_ARGS}"
  echo "Start-up: answering after $READY s with class data sharing (Spring: $SPRING_STARTED s)," \
    "$READY_PLAIN s from the plain jar (Spring: $SPRING_STARTED_PLAIN s)"
  echo "JVM resident memory after the runs: $RSS MiB (peak $HWM MiB)"
  echo "Conditional GET of the detail page with its ETag: $CONDITIONAL"
  echo
  echo "| page | req/s | p50 ms | p99 ms | static req/s | static p99 ms | ratio | others' CPU % (max) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '
    function median(name, k, m,   i, j, v, t) {
      for (i = 1; i <= m; i++) v[i] = values[name, k, i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
      return v[int((m + 1) / 2)]
    }
    { k = $1; if (!(k in rounds)) order[++n] = k; m = ++rounds[k]
      values["rps", k, m] = $3; values["p50", k, m] = $4; values["p99", k, m] = $5
      values["srps", k, m] = $7; values["sp99", k, m] = $8; values["ratio", k, m] = $10
      if ($9 + 0 > other[k] + 0) other[k] = $9 }
    END {
      for (i = 1; i <= n; i++) {
        k = order[i]; m = rounds[k]
        ratio = values["ratio", k, 1] == "-" ? "-" : sprintf("%.2f", median("ratio", k, m))
        printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", k, median("rps", k, m), median("p50", k, m),
          median("p99", k, m), median("srps", k, m), median("sp99", k, m), ratio, other[k] + 0
      }
    }' "$RESULTS"
} | tee "$BENCH_DIR/summary.md"
