#!/usr/bin/env bash
# The benchmark suite of the Community Safety Partnership platform (issue 11; docs/benchmarks.md).
# Builds what it needs, starts the local stack in a data directory of its own (benchmarks/target/stack-data,
# wiped at each run; your .local-data is never touched), runs every benchmark for a bounded time beside its
# ceiling, stops everything it started and writes benchmarks/results/<date>.md (table) and <date>.csv (raw).
#
#   benchmarks/run.sh            full run (about 45 minutes on 2 cores)
#   benchmarks/run.sh --quick    quick run (a few minutes)
#   benchmarks/run.sh --only=read,write   only these steps (footprint, read, write, propagation, import, trend,
#                                contention); the stack is started and stopped as always
#   benchmarks/run.sh --no-build skip the Maven build (use the jars in target/; the assessment jar must
#                                contain org.csp.assessment.bench)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
BENCH="$ROOT/benchmarks"

mode=full
build=true
only=""
for arg in "$@"; do
  case "$arg" in
    --quick) mode=quick ;;
    --no-build) build=false ;;
    --only=*) only=",${arg#--only=}," ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $arg (see --help)" >&2; exit 64 ;;
  esac
done
if [[ "$mode" == quick ]]; then
  READ_SECONDS=4; READ_ROUNDS=1; READ_SWEEP=1,4,16,32; READ_WARM_MAX=40; READ_LIMIT=1080; WRITE_SECONDS=8; EVENTS=500
  IMPORT_ROWS=100000; TREND_SIZES=100000,300000,1000000; STEP_LIMIT=300
else
  READ_SECONDS=6; READ_ROUNDS=3; READ_SWEEP=1,2,4,8,16,32; READ_WARM_MAX=120; READ_LIMIT=2700; WRITE_SECONDS=30; EVENTS=10000
  IMPORT_ROWS=1000000; TREND_SIZES=1000000,3000000,10000000; STEP_LIMIT=1800
fi
# Events are published at a steady rate below saturation, so the figure is propagation latency, not queueing
# (the results show the rate plan-service actually consumed at). BENCH_EVENT_RATE=n to change it.
RATE="${BENCH_EVENT_RATE:-20}"
READ_CONNECTIONS=32; WRITE_CLIENTS=8

DATE="$(date -u +%Y-%m-%dT%H%MZ)"
RESULTS="$BENCH/results"
RAW="$RESULTS/$DATE.csv"
WORK="$BENCH/target"
DATA="$WORK/stack-data"
LOGS="$WORK/logs"
mkdir -p "$RESULTS" "$LOGS"
rm -f "$RAW"

say() { echo "[bench $(date -u +%H:%M:%S)] $*"; }

# --- wrk (Debian package), Java ---------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk (apt-get install -y wrk)"
  if [[ "$(id -u)" == 0 ]]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

# --- Build ------------------------------------------------------------------------------------
if [[ "$build" == true ]]; then
  say "building the services and the launcher (./mvnw -B -q package -DskipTests; tests are not run)"
  MAVEN_OPTS="${MAVEN_OPTS:--Xmx512m}" ./mvnw -B -q -Dstyle.color=never package -DskipTests \
    -pl assessment-service,plan-service,grant-service,governance-service,local-stack -am > "$LOGS/build.log" 2>&1 \
    || { tail -n 40 "$LOGS/build.log"; echo "ERROR: the build failed (log: $LOGS/build.log)" >&2; exit 1; }
fi
# The harness: plain javac against the launcher's libraries (PostgreSQL JDBC driver, Kafka clients).
[[ -d local-stack/target/lib ]] || { echo "ERROR: local-stack/target/lib is missing: run without --no-build" >&2; exit 1; }
rm -rf "$WORK/classes"
"$JAVAC" -nowarn -d "$WORK/classes" -cp "local-stack/target/lib/*" "$BENCH"/harness/src/org/csp/bench/*.java 2> "$LOGS/javac.log" \
  || { cat "$LOGS/javac.log"; exit 1; }
CP="$WORK/classes:$ROOT/local-stack/target/lib/*"
HARNESS=("$JAVA" -Xmx384m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" org.csp.bench.Bench)
bench() { "${HARNESS[@]}" "$@"; }

# --- Ports: wait (never kill) while someone else uses them -------------------------------------
ports=(15432 19092 19093 8079 8081 8082 8083 8084)
busy() { local p; for p in "${ports[@]}"; do ss -Hltn "sport = :$p" | grep -q . && { echo "$p"; return 0; }; done; return 1; }
waited=0
while p="$(busy)"; do
  (( waited >= ${BENCH_PORT_WAIT:-900} )) && { echo "ERROR: port $p still in use after ${waited} s; run again later" >&2; exit 1; }
  say "port $p is in use (another local run?); waiting 30 s and retrying (up to ${BENCH_PORT_WAIT:-900} s)"
  sleep 30; waited=$((waited + 30))
done

runlocal=""
launcher=""

stop_stack() {
  set +e
  if kill -0 "$runlocal" 2>/dev/null; then
    say "stopping the local stack"
    kill -TERM "$runlocal" 2>/dev/null
    for _ in $(seq 1 120); do kill -0 "$runlocal" 2>/dev/null || break; sleep 1; done
  fi
  # Anything of ours still alive (only if the launcher was killed hard): by pid, launcher first.
  if [[ -n "$launcher" ]] && kill -0 "$launcher" 2>/dev/null; then kill -TERM "$launcher"; sleep 20; kill -KILL "$launcher" 2>/dev/null; fi
  local pidfile
  pidfile="$(find "$DATA/postgres" -maxdepth 3 -name postmaster.pid 2>/dev/null | head -n 1)"
  if [[ -n "$pidfile" ]]; then
    local pm; pm="$(head -n 1 "$pidfile")"
    if kill -0 "$pm" 2>/dev/null && grep -q "$DATA" "/proc/$pm/cmdline" 2>/dev/null; then
      say "PostgreSQL ($pm) survived; stopping it"; kill -INT "$pm"; sleep 5
    fi
  fi
  if p="$(busy)"; then say "WARNING: port $p is still in use after the stop"; else say "everything the benchmark started is stopped"; fi
}
trap 'stop_stack' EXIT
trap 'exit 130' INT TERM

# --- Start-up archives: the launcher's first run of a build writes them as the services stop ---
untrained() {
  local s app
  for s in assessment plan grant governance; do
    app="$s-service/target/quarkus-app"
    [[ "$app/app-cds-trained.jsa" -nt "$app/quarkus-run.jar" ]] || return 0
  done
  return 1
}
if untrained; then
  say "first run of this build: the stack starts and stops once so the services write their start-up archives"
  CSP_BENCHMARK_ENABLED=true ./run-local --data="$DATA" --fresh --timeout=600 > "$LOGS/stack-training.log" 2>&1 &
  runlocal=$!
  for _ in $(seq 1 600); do
    grep -q "is running locally" "$LOGS/stack-training.log" && break
    kill -0 "$runlocal" 2>/dev/null || break
    sleep 1
  done
  stop_stack
  untrained && say "WARNING: not every service wrote its start-up archive (log: ${LOGS#$ROOT/}/stack-training.log)"
  set -e
fi

# --- Start the stack (the local-stack launcher, own data directory, bare endpoints on) ---------
say "starting the local stack (data in ${DATA#$ROOT/}, wiped)"
bench env --raw="$RAW" --label=start
CSP_BENCHMARK_ENABLED=true ./run-local --data="$DATA" --fresh --timeout=600 > "$LOGS/stack.log" 2>&1 &
runlocal=$!
launcher=""

for _ in $(seq 1 100); do
  launcher="$(pgrep -P "$runlocal" -f local-stack.jar || true)"
  [[ -n "$launcher" ]] && break
  kill -0 "$runlocal" 2>/dev/null || break
  sleep 0.1
done
[[ -n "$launcher" ]] || { tail -n 30 "$LOGS/stack.log"; echo "ERROR: the launcher did not start" >&2; exit 1; }

wanted() { [[ -z "$only" || "$only" == *",${1%%-*},"* ]]; } # the step group is the name up to the first '-'
step() { # step NAME HARNESS-STEP ARGS...: bounded in time; a failed step is noted and the run goes on
  local name="$1"; shift
  wanted "$name" || return 0
  say "step: $name"
  if ! timeout --kill-after=15 "$STEP_LIMIT" "${HARNESS[@]}" "$@" > >(tee -a "$LOGS/$name.log") 2>&1; then
    say "step $name FAILED (log: ${LOGS#$ROOT/}/$name.log)"
    echo "$name,step_failed,NA,,see benchmarks/target/logs/$name.log" >> "$RAW"
  fi
}

step footprint-start footprint-watch --raw="$RAW" --launcher-pid="$launcher" --pids="$WORK/pids" --timeout=600
for _ in $(seq 1 600); do
  grep -q "is running locally" "$LOGS/stack.log" && break
  kill -0 "$runlocal" 2>/dev/null || { tail -n 30 "$LOGS/stack.log"; echo "ERROR: the stack stopped during start-up" >&2; exit 1; }
  sleep 1
done
grep -q "is running locally" "$LOGS/stack.log" || { echo "ERROR: the stack was not ready" >&2; exit 1; }
say "stack ready; 15 s idle before measuring idle memory"
sleep 15
step footprint-idle footprint-memory --raw="$RAW" --label=idle --pids="$WORK/pids" --launcher-pid="$launcher" --data="$DATA"
# Each service started alone (its own command line on a free port) while the stack idles: the per-service goal.
step footprint-alone footprint-alone --raw="$RAW" --pids="$WORK/pids" --logs="$LOGS" --idle-seconds=10

rm -f "$WORK/load-done"
bench footprint-peak --raw="$RAW" --pids="$WORK/pids" --until-file="$WORK/load-done" > "$LOGS/footprint-peak.log" 2>&1 &
peak=$!
# Read: 4 services x (GET, list) x (framework, bare); bounded by its own limit (about 8 min quick, 20-30 min full).
# Each endpoint is warmed up until its service's JIT compilers fall quiet (--pids), at most READ_WARM_MAX seconds.
STEP_LIMIT="$READ_LIMIT" step read read --raw="$RAW" --script="$BENCH/harness/report.lua" --connections="$READ_CONNECTIONS" \
  --seconds="$READ_SECONDS" --rounds="$READ_ROUNDS" --sweep="$READ_SWEEP" --pids="$WORK/pids" --warm-up-max="$READ_WARM_MAX"
step write write --raw="$RAW" --clients="$WRITE_CLIENTS" --seconds="$WRITE_SECONDS"
touch "$WORK/load-done"; wait "$peak" || true; rm -f "$WORK/load-done"

step propagation propagation --raw="$RAW" --events="$EVENTS" --rate="$RATE"
step import import --raw="$RAW" --rows="$IMPORT_ROWS"
# The trend step tops the import's area up to each size through the same import endpoint, then times the query.
step trend trend --raw="$RAW" --sizes="$TREND_SIZES"
step contention contention --raw="$RAW" --clients=200
step footprint-ceiling footprint-ceiling --raw="$RAW" --pids="$WORK/pids"
bench env --raw="$RAW" --label=end

stop_stack
trap - EXIT

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $("$JAVA" -version 2>&1 | head -n 1)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
bench report --raw="$RAW" --out="$RESULTS/$DATE.md" --date="$DATE" --mode="$mode" --machine="$machine" --commit="$commit" \
  --load-note="The machine is shared: a load average above the core count means other work competed for the CPU during the run." > /dev/null
say "results: ${RESULTS#$ROOT/}/$DATE.md (raw: ${RAW#$ROOT/})"
