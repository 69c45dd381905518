#!/usr/bin/env bash
# Benchmarks the API on this machine and writes the measurements as JSON (target/bench/run.json), which
# bench/render.mjs turns into docs/performance.md:
#  1. throughput and latency of three endpoints against nginx serving the very same bytes as static files
#     (alternating rounds, median of rounds), with wrk on 127.0.0.1;
#  1b. computed answers (the app without a response cache) against nginx on the same bytes: distinct URLs of
#     /api/dimensions/concurrency (256 filter combinations), /api/recommendation (256 random priority sets) and
#     /api/claims?q= (100 words), cycled by a wrk Lua script;
#  2. start-up time (process start to first successful request) for plain `java -jar`, the extracted jar,
#     and the extracted jar with a JDK AOT cache, and the same for a minimal reference app (bench/reference-app)
#     to show the machine's speed; resident memory after the load run;
#  3. latency against data size: the real data (1x) and, at larger scales n, the real data plus synthetic data
#     files (written once per scale into target/bench/synthetic-<n>x/ by the test-scope generator
#     dev.rustvsgo.synthetic.SyntheticDataFiles, not part of the jar, and read after the real data:
#     --rustvsgo.data.locations=classpath:db/data/,file:target/bench/synthetic-<n>x/), for repeated and for
#     varied query strings, with and without the response cache.
# Usage: bench/run.sh                 (needs root or sudo to install wrk, nginx and jq when missing; ~16 minutes),
#        then node bench/render.mjs   (docs/performance.md from target/bench/run.json and target/bench/startup.json)
#        SKIP_BUILD=1 bench/run.sh    reuses target/rust-vs-go-api-0.1.0.jar (and the reference app's jar)
#        DB=postgres bench/run.sh     runs against fresh bench_run_* databases on 127.0.0.1:5432 instead of H2
# Every setting below can be overridden from the environment. Only 127.0.0.1 is ever targeted.
set -euo pipefail

SETTINGS=(JAVA_HOME JVM_OPTS CONTAINER_MEMORY DB CONNECTIONS THREADS TIMEOUT DURATION WARMUP ROUNDS STARTS SCALES SCALE_DURATION SCALE_WARMUP SKIP_BUILD QUIET_WAIT OUTPUT)
ENV_OVERRIDES=""
for setting in "${SETTINGS[@]}"; do
	if [ -n "${!setting+x}" ]; then ENV_OVERRIDES+="$setting=$(printf '%q' "${!setting}") "; fi
done

cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/jdk.sh
source scripts/lib/jdk.sh
# shellcheck source=scripts/lib/jvm-options.sh
source scripts/lib/jvm-options.sh

# ---- Settings ------------------------------------------------------------------------------------------
# JVM options of the container image: scripts/jvm.options, the argument file that the Dockerfile's training run
# and ENTRYPOINT read (`java @jvm.options`); the AOT cache option is added when measuring it.
JVM_OPTIONS_FILE=scripts/jvm.options
if [ -z "${JVM_OPTS:-}" ]; then
	read_jvm_options "$JVM_OPTIONS_FILE" || exit 1
	JVM_OPTS="${JVM_OPTIONS[*]}"
	JVM_OPTS_SOURCE="read from $JVM_OPTIONS_FILE, the image's argument file"
else
	JVM_OPTS_SOURCE="set by JVM_OPTS"
fi
# Memory limit the app runs under, as a container would (a memory cgroup; the JVM sizes its heap from it).
# Empty to run without one. Needs a writable cgroup memory controller (root); otherwise the run says so.
CONTAINER_MEMORY=${CONTAINER_MEMORY-384M}
DB=${DB:-h2}                      # h2 (the default in-memory database) or postgres (127.0.0.1:5432, user postgres, bench_* databases)
CONNECTIONS=${CONNECTIONS:-32}    # wrk connections
THREADS=${THREADS:-2}             # wrk threads
TIMEOUT=${TIMEOUT:-10}            # seconds before wrk counts a request as a (timeout) error
DURATION=${DURATION:-10}          # seconds per measured wrk run
WARMUP=${WARMUP:-30}              # seconds of wrk per endpoint before measuring (the JIT needs ~30 s here to reach steady state)
ROUNDS=${ROUNDS:-3}               # app/nginx rounds per endpoint
STARTS=${STARTS:-5}               # rounds of start-up measurements (one start of each kind per round)
SCALES=${SCALES:-"1 10 100"}      # data sizes; 1 is the real data, n > 1 adds synthetic data files at scale n
SCALE_DURATION=${SCALE_DURATION:-10}
SCALE_WARMUP=${SCALE_WARMUP:-5}
SKIP_BUILD=${SKIP_BUILD:-0}
QUIET_WAIT=${QUIET_WAIT:-60}      # seconds to wait, at most, for other processes to leave the CPUs mostly idle
OUTPUT=${OUTPUT:-target/bench/run.json}   # the measurements; bench/render.mjs makes docs/performance.md from them

CLAIMS_QUERY="favors=GO&size=20"
ENDPOINTS=("/api/dimensions" "/api/dimensions/concurrency" "/api/claims?$CLAIMS_QUERY" "/api/matrix" "/api/contradictions"
	"/api/recommendation?priorities=performance:3,learning-curve:1" "/api/search?q=wasm")
READY_PATH=/api/dimensions
JAR_NAME=rust-vs-go-api-0.1.0.jar
HOST=127.0.0.1

REPO=$(pwd)
STARTED_AT=$(date -u +"%Y-%m-%d %H:%M UTC")
# Busy and total CPU time of the machine (clock ticks), to tell how much CPU other processes took during the run.
cpu_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# Sets OWN_CPU_S: CPU seconds of this shell and of every process it started and waited for (app, nginx, wrk, curl,
# Maven). `times` runs in this shell: in a $(...) subshell it would report the subshell's own, empty, times.
own_cpu() {
	times >"$WORK/times.txt"
	OWN_CPU_S=$(awk '{for (i = 1; i <= 2; i++) {split($i, t, "m"); sub(/s$/, "", t[2]); sum += t[1] * 60 + t[2]}}
		END {print sum}' "$WORK/times.txt")
}
read -r -a JVM_ARGS <<<"$JVM_OPTS"
# The plain start runs without Spring AOT's generated bean definitions, as `java -jar` does by default.
PLAIN_ARGS=()
for arg in "${JVM_ARGS[@]}"; do [ "$arg" = -Dspring.aot.enabled=true ] || PLAIN_ARGS+=("$arg"); done
SPRING_AOT=0
if [ "${#PLAIN_ARGS[@]}" -lt "${#JVM_ARGS[@]}" ]; then SPRING_AOT=1; fi

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- Clean-up --------------------------------------------------------------------------------------------
WORK=$(mktemp -d /tmp/rustvsgo-bench.XXXXXX)
APP_PID=""
NGINX_PID=""
CREATED_DBS=()
DB_ARGS=()
cleanup() {
	local status=$?
	trap - EXIT INT TERM
	stop_app
	if [ -n "$NGINX_PID" ]; then
		kill "$NGINX_PID" 2>/dev/null || true
		wait "$NGINX_PID" 2>/dev/null || true
	fi
	for db in "${CREATED_DBS[@]}"; do
		psql -h "$HOST" -U postgres -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
	done
	rm -rf "$WORK"
	if [ -n "$CGROUP" ]; then
		sleep 1
		rmdir "$CGROUP" 2>/dev/null || true
	fi
	exit "$status"
}
stop_app() {
	if [ -n "$APP_PID" ]; then
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
		APP_PID=""
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- Tools and JDK ---------------------------------------------------------------------------------------
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
if ! command -v wrk >/dev/null || [ ! -x "$NGINX_BIN" ] || ! command -v jq >/dev/null || ! command -v curl >/dev/null; then
	log "Installing wrk, nginx, jq and curl from Debian"
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
	$SUDO apt-get update -qq
	# RUNLEVEL=1 keeps the package from starting a system nginx.
	$SUDO env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq wrk nginx jq curl >/dev/null
	NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
fi

# JDK 21+ for the build (scripts/lib/jdk.sh); the AOT cache rows need 25+ and are skipped on older JDKs.
select_jdk 21 || die "the build needs JDK 21 or newer"
JAVA="$JAVA_HOME/bin/java"
JDK_VERSION=$("$JAVA" -version 2>&1 | head -2 | tail -1)
AOT=0
if [ "$JAVA_MAJOR" -ge 25 ]; then AOT=1; fi # one-step -XX:AOTCacheOutput needs JDK 25 (JEP 514)
log "JDK: $JDK_VERSION ($JAVA_HOME)"
# ---- Container-like memory limit -------------------------------------------------------------------------
CGROUP=""
CGROUP_NOTE="none (the JVM sized its heap from the host's memory)"
if [ -n "$CONTAINER_MEMORY" ]; then
	limit_bytes=$(numfmt --from=iec "${CONTAINER_MEMORY%B}")
	own=$(awk -F: '$2 == "memory" {print $3}' /proc/self/cgroup)
	if [ -n "$own" ] && [ -w "/sys/fs/cgroup/memory$own" ]; then # cgroup v1
		CGROUP="/sys/fs/cgroup/memory$own/rustvsgo-bench-$$"
		mkdir -p "$CGROUP" && echo "$limit_bytes" >"$CGROUP/memory.limit_in_bytes"
	else # cgroup v2
		own=$(awk -F: '$1 == "0" {print $3}' /proc/self/cgroup)
		if [ -w "/sys/fs/cgroup$own" ] && mkdir -p "/sys/fs/cgroup$own/rustvsgo-bench-$$" 2>/dev/null \
			&& echo "$limit_bytes" >"/sys/fs/cgroup$own/rustvsgo-bench-$$/memory.max" 2>/dev/null; then
			CGROUP="/sys/fs/cgroup$own/rustvsgo-bench-$$"
		fi
	fi
	if [ -n "$CGROUP" ]; then
		CGROUP_NOTE="$CONTAINER_MEMORY memory cgroup, as a container limit (the JVM sizes its heap from it)"
	else
		log "No writable cgroup memory controller: running without a memory limit"
	fi
fi
# Runs java, inside the memory cgroup when there is one (the shell execs java, so the pid is java's).
in_cgroup() {
	if [ -n "$CGROUP" ]; then
		sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$CGROUP" "$@"
	else
		"$@"
	fi
}

# What the JVM options choose on this machine (MaxRAMPercentage is relative to the host's or the container's memory).
JVM_FLAGS=$(in_cgroup "$JAVA" "${JVM_ARGS[@]}" -XX:+PrintFlagsFinal -version 2>/dev/null)
MAX_HEAP_MB=$(echo "$JVM_FLAGS" | awk '$2 == "MaxHeapSize" {printf "%.0f", $4 / 1048576}')
GC_NAME=$(echo "$JVM_FLAGS" | awk '$2 ~ /^Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC$/ && $4 == "true" {sub(/^Use/, "", $2); print $2}')

# ---- Build -------------------------------------------------------------------------------------------------
if [ "$SKIP_BUILD" != "1" ]; then
	log "Building the jar (tests skipped)"
	./mvnw -q -B -DskipTests package
fi
JAR="$REPO/target/$JAR_NAME"
[ -f "$JAR" ] || die "$JAR not found (run without SKIP_BUILD=1)"
log "Extracting the jar for the AOT cache"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
EXTRACTED="$WORK/app/$JAR_NAME"
# The reference application (bench/reference-app): the smallest Boot 4.1 app with Spring MVC, JPA, Flyway and H2,
# timed with the same options as the API so that the API's start-up can be read against this machine's speed.
REF_JAR_NAME=reference-app-0.1.0.jar
REF_JAR="$REPO/bench/reference-app/target/$REF_JAR_NAME"
if [ "$SKIP_BUILD" != "1" ] || [ ! -f "$REF_JAR" ]; then
	log "Building the reference application (bench/reference-app)"
	./mvnw -q -B -DskipTests -f bench/reference-app/pom.xml package
fi
"$JAVA" -Djarmode=tools -jar "$REF_JAR" extract --destination "$WORK/reference" >/dev/null
REF_EXTRACTED="$WORK/reference/$REF_JAR_NAME"

# ---- Synthetic data files ----------------------------------------------------------------------------------
# Each scale n > 1 adds the synthetic data files at scale n, read after the real data. Their generator is test
# code (it needs the data records and Jackson's YAML writer, not the jar), so it runs from the test classes with
# the test class path; it writes the same bytes for the same scale. They are written once, here, before any
# measurement, and the app reads them at every start.
SYNTHETIC_CLASSPATH="$REPO/target/bench/test-classpath.txt"
synthetic_dir() { echo "$REPO/target/bench/synthetic-${1}x"; }
generate_synthetic_files() {
	local scale scales=()
	for scale in $SCALES; do
		[[ "$scale" =~ ^[1-9][0-9]*$ ]] || die "SCALES must list whole numbers from 1, not '$scale'"
		if [ "$scale" != 1 ]; then scales+=("$scale"); fi
	done
	if [ "${#scales[@]}" -eq 0 ]; then return; fi
	log "Writing the synthetic data files (scales ${scales[*]}) into target/bench/synthetic-<n>x/"
	mkdir -p "$(dirname "$SYNTHETIC_CLASSPATH")"
	./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$SYNTHETIC_CLASSPATH" >/dev/null \
		|| die "could not compile the test classes for the synthetic data generator"
	for scale in "${scales[@]}"; do
		"$JAVA" -cp "$REPO/target/test-classes:$REPO/target/classes:$(cat "$SYNTHETIC_CLASSPATH")" \
			dev.rustvsgo.synthetic.SyntheticDataFiles "$scale" "$(synthetic_dir "$scale")" >&2 \
			|| die "the synthetic data generator failed at scale $scale"
	done
}
generate_synthetic_files

# ---- Helpers -----------------------------------------------------------------------------------------------
# Ports come from below the kernel's ephemeral range (ip_local_port_range), where wrk's and curl's
# outgoing connections take theirs: a port chosen inside it was once taken between this check and the
# app's bind ("Port ... was already in use").
EPHEMERAL_LOW=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
free_port() {
	local port
	for _ in $(seq 1 200); do
		port=$((10000 + RANDOM % (EPHEMERAL_LOW > 11000 ? EPHEMERAL_LOW - 10000 : 1000)))
		if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	die "no free port found"
}

# Sets DB_ARGS, the app arguments for a data scale; creates a fresh PostgreSQL database on first use.
# Call it directly, not in $(...): it records the databases to drop on exit.
set_db_args() {
	local scale=$1
	DB_ARGS=()
	if [ "$DB" = postgres ]; then
		local db="bench_run_${scale}x"
		case " ${CREATED_DBS[*]} " in
		*" $db "*) ;;
		*)
			psql -h "$HOST" -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
			CREATED_DBS+=("$db")
			;;
		esac
		DB_ARGS+=("--spring.datasource.url=jdbc:postgresql://$HOST:5432/$db" --spring.datasource.username=postgres
			--spring.datasource.password=)
	elif [ "$DB" != h2 ]; then
		die "DB must be h2 or postgres, not $DB"
	fi
	if [ "$scale" != 1 ]; then
		local dir
		dir=$(synthetic_dir "$scale")
		[ -f "$dir/dimensions.yaml" ] || die "no synthetic data files in $dir (generate_synthetic_files writes them)"
		# The real data first, so that its rows keep their ids and positions.
		DB_ARGS+=("--rustvsgo.data.locations=classpath:db/data/,file:$dir/")
	fi
}

# Starts the app in the background: start_app <log> <port> <java args...> [-- <app args...>]
# The actuator's own port (8081 by default) gets a free one, so that starts never collide on it.
start_app() {
	local logfile=$1 port=$2
	shift 2
	local java_args=() app_args=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do java_args+=("$1"); shift; done
	if [ $# -gt 0 ]; then shift; app_args=("$@"); fi
	# Not through in_cgroup: a backgrounded shell function would leave $! naming a subshell, not java.
	if [ -n "$CGROUP" ]; then
		sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$CGROUP" \
			"$JAVA" "${java_args[@]}" "--server.port=$port" --management.server.port=0 "${app_args[@]}" >"$logfile" 2>&1 &
	else
		"$JAVA" "${java_args[@]}" "--server.port=$port" --management.server.port=0 "${app_args[@]}" >"$logfile" 2>&1 &
	fi
	APP_PID=$!
}

# Waits until the ready path answers 200; prints milliseconds since $1 (epoch ns).
wait_ready() {
	local since=$1 port=$2 timeout=$3 logfile=$4
	local deadline=$(($(date +%s) + timeout))
	while true; do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$HOST:$port$READY_PATH" || true)" = 200 ]; then
			echo $((($(date +%s%N) - since) / 1000000))
			return
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -30 "$logfile" >&2
			die "the app exited before it was ready (log above)"
		fi
		if [ "$(date +%s)" -ge "$deadline" ]; then
			tail -30 "$logfile" >&2
			die "the app was not ready after ${timeout}s"
		fi
		sleep 0.02
	done
}

rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# wrk scripts: report.lua prints one parsable line; varied.lua also cycles through the paths listed in
# the file named by BENCH_PATHS (each thread from its own offset).
cat >"$WORK/report.lua" <<'LUA'
function done(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
		summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
		e.connect + e.read + e.write + e.timeout))
end
LUA
cat - "$WORK/report.lua" >"$WORK/varied.lua" <<'LUA'
local threads = 0
function setup(thread)
	thread:set("offset", threads * 37)
	threads = threads + 1
end
local paths = {}
local counter = 0
function init(args)
	for line in io.lines(os.getenv("BENCH_PATHS")) do
		if line ~= "" then paths[#paths + 1] = line end
	end
	counter = offset or 0
end
function request()
	counter = counter + 1
	return wrk.format(nil, paths[(counter % #paths) + 1])
end
LUA

WRK_CMD="wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout ${TIMEOUT}s --latency -s report.lua <url>"
# run_wrk <url> <seconds> [paths file] -> "req/s p50_ms p99_ms errors"; latencies are -1 when no request completed.
run_wrk() {
	local url=$1 seconds=$2 paths=${3:-} script="$WORK/report.lua" out
	if [ -n "$paths" ]; then script="$WORK/varied.lua"; fi
	out=$(BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "${TIMEOUT}s" --latency \
		-s "$script" "$url")
	printf '%s\n%s\n' "== $url ${paths:+(varied: $paths)}" "$out" >>"$WORK/wrk.log"
	echo "$out" | awk '/^BENCH / {
		for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		if (v["requests"] == 0) { v["p50_us"] = -1000; v["p99_us"] = -1000 }
		printf "%.0f %.2f %.2f %d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000,
			v["status_errors"] + v["socket_errors"] }'
}

# ---- Wait for a quiet machine ------------------------------------------------------------------------------
# Other processes compete with wrk, the app and nginx for the CPUs: wait (at most QUIET_WAIT s) until the machine is
# less than 25 % busy over 5 s while this script runs nothing.
busy_percent() {
	local b0 t0 b1 t1
	read -r b0 t0 <<<"$(cpu_ticks)"
	sleep 5
	read -r b1 t1 <<<"$(cpu_ticks)"
	echo $((100 * (b1 - b0) / (t1 - t0 > 0 ? t1 - t0 : 1)))
}
QUIET_DEADLINE=$(($(date +%s) + QUIET_WAIT))
while true; do
	BUSY=$(busy_percent)
	if [ "$BUSY" -lt 25 ]; then break; fi
	if [ "$(date +%s)" -ge "$QUIET_DEADLINE" ]; then
		log "The machine is still $BUSY % busy with other processes; measuring anyway"
		break
	fi
	log "The machine is $BUSY % busy with other processes; waiting"
done

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
read -r BUSY_AT_START TOTAL_AT_START <<<"$(cpu_ticks)"
own_cpu
OWN_CPU_AT_START=$OWN_CPU_S

# ---- AOT cache -----------------------------------------------------------------------------------------------
# train_aot_cache <cache file> <extracted jar> [app args...]
train_aot_cache() {
	local cache=$1 jar=$2 log="$1.training.log"
	shift 2
	# The cache assembly (a child JVM) now and then fails with an InterruptedException on a busy machine: retry.
	for attempt in 1 2 3; do
		# Outside the memory cgroup, as in the Dockerfile, where training is a build step, not the running container.
		"$JAVA" "${JVM_ARGS[@]}" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh \
			-jar "$jar" "--server.port=$(free_port)" --management.server.port=0 "$@" >"$log" 2>&1 \
			|| { tail -30 "$log" >&2; die "AOT training failed"; }
		if [ -f "$cache" ]; then return; fi
		log "No AOT cache written (attempt $attempt): $(grep -m1 '\[error' "$log" || true)"
	done
	die "no AOT cache written after 3 attempts (see the log lines above)"
}
AOT_ARGS=()
REF_AOT_ARGS=()
if [ "$AOT" = 1 ]; then
	log "Training the AOT caches (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh)"
	set_db_args 1
	train_aot_cache "$WORK/app.aot" "$EXTRACTED" "${DB_ARGS[@]}"
	AOT_ARGS=(-XX:AOTCache="$WORK/app.aot")
	train_aot_cache "$WORK/reference.aot" "$REF_EXTRACTED"
	REF_AOT_ARGS=(-XX:AOTCache="$WORK/reference.aot")
fi

# ---- Start-up ------------------------------------------------------------------------------------------------
# Each round starts every kind once, so that a machine that slows down or speeds up during the run affects all kinds
# alike (start-up varies by about 15 % here from one minute to the next).
START_KINDS=(plain extracted)
if [ "$AOT" = 1 ]; then START_KINDS+=(aot); fi
START_KINDS+=(reference-plain)
if [ "$AOT" = 1 ]; then START_KINDS+=(reference-aot); fi
# Sets START_CMD, the java and app arguments (separated by --) of a kind of start. The reference application always
# runs on its own embedded H2.
start_command() {
	case $1 in
	plain) START_CMD=("${PLAIN_ARGS[@]}" -jar "$JAR" -- "${DB_ARGS[@]}") ;;
	extracted) START_CMD=("${JVM_ARGS[@]}" -jar "$EXTRACTED" -- "${DB_ARGS[@]}") ;;
	aot) START_CMD=("${JVM_ARGS[@]}" "${AOT_ARGS[@]}" -jar "$EXTRACTED" -- "${DB_ARGS[@]}") ;;
	reference-plain) START_CMD=("${PLAIN_ARGS[@]}" -jar "$REF_JAR") ;;
	reference-aot) START_CMD=("${JVM_ARGS[@]}" "${REF_AOT_ARGS[@]}" -jar "$REF_EXTRACTED") ;;
	*) die "unknown kind of start: $1" ;;
	esac
}
declare -A START_MS START_ALL
log "Measuring start-up ($STARTS rounds of ${START_KINDS[*]})"
set_db_args 1
for round in $(seq 1 "$STARTS"); do
	for kind in "${START_KINDS[@]}"; do
		start_command "$kind"
		port=$(free_port)
		t0=$(date +%s%N)
		start_app "$WORK/start-$kind-$round.log" "$port" "${START_CMD[@]}"
		ms=$(wait_ready "$t0" "$port" 120 "$WORK/start-$kind-$round.log")
		stop_app
		START_ALL[$kind]+="${START_ALL[$kind]:+ }$ms"
	done
done
for kind in "${START_KINDS[@]}"; do
	read -r -a times <<<"${START_ALL[$kind]}"
	START_MS[$kind]=$(median "${times[@]}")
	log "Start-up $kind: ${START_ALL[$kind]} ms (median ${START_MS[$kind]})"
done

# The load runs use the way the container starts: the extracted jar, with the AOT cache when available.
RUN_ARGS=("${JVM_ARGS[@]}" "${AOT_ARGS[@]}" -jar "$EXTRACTED")
RUN_DESC="java $JVM_OPTS${AOT_ARGS:+ -XX:AOTCache=app.aot} -jar $JAR_NAME (extracted with -Djarmode=tools)"

# ---- App against nginx ---------------------------------------------------------------------------------------
APP_PORT=$(free_port)
log "Starting the app on $HOST:$APP_PORT"
set_db_args 1
t0=$(date +%s%N)
start_app "$WORK/app.log" "$APP_PORT" "${RUN_ARGS[@]}" -- "${DB_ARGS[@]}"
wait_ready "$t0" "$APP_PORT" 120 "$WORK/app.log" >/dev/null

file_name() { echo "$1" | sed 's|^/||; s|[/?&]|_|g'; }
mkdir -p "$WORK/static" "$WORK/nginx"
MAP_LINES=""
declare -A BYTES
for endpoint in "${ENDPOINTS[@]}"; do
	file="$(file_name "$endpoint").json"
	status=$(curl -s -o "$WORK/static/$file" -w '%{http_code}' "http://$HOST:$APP_PORT$endpoint")
	[ "$status" = 200 ] || die "$endpoint answered $status"
	BYTES[$endpoint]=$(stat -c %s "$WORK/static/$file")
	MAP_LINES+="		\"$endpoint\" /$file;"$'\n'
done
chmod 755 "$WORK" "$WORK/static"
chmod 644 "$WORK"/static/*

# write_nginx_conf <dir> <port> <map lines> <static root>: an nginx configuration in <dir> that serves, for each
# request URI (query string included) in the map, the file the map names, from <static root>.
write_nginx_conf() {
	local dir=$1 port=$2 map_lines=$3 root=$4
	mkdir -p "$dir"
	cat >"$dir/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {
	worker_connections 1024;
}
http {
	access_log off;
	types {
	}
	default_type application/json;
	sendfile on;
	client_body_temp_path $dir/client_body;
	proxy_temp_path $dir/proxy;
	fastcgi_temp_path $dir/fastcgi;
	uwsgi_temp_path $dir/uwsgi;
	scgi_temp_path $dir/scgi;
	# The request URI, query string included, names the file holding the app's response.
	# The request URIs (map keys) are longer than the default 64-byte hash bucket holds.
	map_hash_bucket_size 256;
	map_hash_max_size 4096;
	map \$request_uri \$bench_file {
		default /missing;
$map_lines	}
	server {
		listen $HOST:$port;
		root $root;
		location / {
			try_files \$bench_file =404;
		}
	}
}
NGINX
}

# start_nginx <dir>: starts nginx with <dir>/nginx.conf; sets NGINX_PID.
start_nginx() {
	"$NGINX_BIN" -e "$1/error.log" -p "$1" -c "$1/nginx.conf" &
	NGINX_PID=$!
}

NGINX_PORT=$(free_port)
write_nginx_conf "$WORK/nginx" "$NGINX_PORT" "$MAP_LINES" "$WORK/static"
log "Starting nginx on $HOST:$NGINX_PORT"
start_nginx "$WORK/nginx"
for _ in $(seq 1 100); do
	if curl -s -o /dev/null "http://$HOST:$NGINX_PORT/"; then break; fi
	sleep 0.05
done
for endpoint in "${ENDPOINTS[@]}"; do
	curl -s -o "$WORK/check.json" "http://$HOST:$NGINX_PORT$endpoint"
	cmp -s "$WORK/check.json" "$WORK/static/$(file_name "$endpoint").json" || die "nginx does not serve the app's bytes for $endpoint"
done

log "Warming up: ${WARMUP}s per endpoint on the app, 2s on nginx"
for endpoint in "${ENDPOINTS[@]}"; do
	run_wrk "http://$HOST:$APP_PORT$endpoint" "$WARMUP" >/dev/null
	run_wrk "http://$HOST:$NGINX_PORT$endpoint" 2 >/dev/null
done

declare -A RPS P50 P99 ERR
for round in $(seq 1 "$ROUNDS"); do
	for endpoint in "${ENDPOINTS[@]}"; do
		for server in app nginx; do
			port=$APP_PORT
			if [ "$server" = nginx ]; then port=$NGINX_PORT; fi
			read -r rps p50 p99 errors <<<"$(run_wrk "http://$HOST:$port$endpoint" "$DURATION")"
			key="$server $endpoint"
			RPS[$key]+="$rps "
			P50[$key]+="$p50 "
			P99[$key]+="$p99 "
			ERR[$key]=$((${ERR[$key]:-0} + errors))
			log "Round $round $server $endpoint: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors"
		done
	done
done
RSS_AFTER_LOAD=$(rss_mb "$APP_PID")
log "App resident memory after the load run: $RSS_AFTER_LOAD MB"
stop_app
kill "$NGINX_PID" 2>/dev/null || true
wait "$NGINX_PID" 2>/dev/null || true
NGINX_PID=""

# shellcheck disable=SC2086 # word splitting of the per-round lists is intended
med() { median $1; }
for endpoint in "${ENDPOINTS[@]}"; do
	log "$endpoint: median app $(med "${RPS["app $endpoint"]}") req/s, nginx $(med "${RPS["nginx $endpoint"]}") req/s; app p99 $(med "${P99["app $endpoint"]}") ms"
done

# ---- Computed answers against nginx ------------------------------------------------------------------------------
# Every distinct URL is computed once: a crawler, the page's sliders or a cache-buster never hit the response cache.
# The app starts again with a zero-byte response cache (rustvsgo.response-cache.max-bytes=0: nothing is kept), so
# every request below is computed from the in-memory model and rendered; wrk cycles through distinct URLs of three
# kinds, and nginx serves each URL's bytes, fetched from the app beforehand, as a static file.
COMPUTED_SETS=(dimension-filters recommendation-priorities claims-search)
# write_dimension_filter_paths <file> <source slug>...: /api/dimensions/concurrency with every subset of the given
# sources (none: no source parameter) and every subset of the favoured sides, one URL a line, into <file>.
write_dimension_filter_paths() {
	local file=$1 mask i favors query source_param selected
	shift
	: >"$file"
	for mask in $(seq 0 $(((1 << $#) - 1))); do
		selected=()
		for ((i = 0; i < $#; i++)); do
			if ((mask & (1 << i))); then selected+=("${@:i+1:1}"); fi
		done
		source_param=$(IFS=,; echo "${selected[*]}")
		for favors in "" RUST GO NEITHER RUST,GO RUST,NEITHER GO,NEITHER RUST,GO,NEITHER; do
			query=""
			if [ -n "$source_param" ]; then query="source=$source_param"; fi
			if [ -n "$favors" ]; then query+="${query:+&}favors=$favors"; fi
			echo "/api/dimensions/concurrency${query:+?$query}" >>"$file"
		done
	done
}

# write_computed_paths <base url>: one file of URLs per set, in $WORK/computed-<set>.txt.
write_computed_paths() {
	local base=$1 sources dimensions
	mapfile -t sources < <(curl -sf "$base/api/sources" | jq -r '.sources[].slug')
	# Every subset of the sources (2^5) with every subset of the favoured sides (8): 256 filter combinations.
	write_dimension_filter_paths "$WORK/computed-dimension-filters.txt" "${sources[@]}"
	# 256 random priority sets (a fixed seed, so every run requests the same URLs): 1 to 5 distinct dimensions,
	# each with a weight from 1 to 10.
	mapfile -t dimensions < <(curl -sf "$base/api/dimensions?size=100" | jq -r '.dimensions[].slug')
	printf '%s\n' "${dimensions[@]}" | awk 'BEGIN {srand(19)} {d[NR] = $0} END {
		while (made < 256) {
			n = 1 + int(rand() * 5); delete used; q = ""
			for (k = 0; k < n; k++) {
				do { j = 1 + int(rand() * NR) } while (j in used)
				used[j] = 1; q = q (k ? "," : "") d[j] ":" (1 + int(rand() * 10))
			}
			if (!(q in seen)) { seen[q] = 1; made++; print "/api/recommendation?priorities=" q }
		}
	}' >"$WORK/computed-recommendation-priorities.txt"
	# Claims searched for 100 distinct words of five letters or more taken from the claims' own statements (in
	# article order, so each word finds at least its own claim).
	local page=0 pages=1
	: >"$WORK/statements.txt"
	while [ "$page" -lt "$pages" ]; do
		curl -sf "$base/api/claims?size=100&page=$page" >"$WORK/claims-page.json"
		jq -r '.claims[].statement' "$WORK/claims-page.json" >>"$WORK/statements.txt"
		pages=$(jq '.page.totalPages' "$WORK/claims-page.json")
		page=$((page + 1))
	done
	# awk reads to the end and keeps the first 100 (an early exit, as head's, would kill tr with SIGPIPE, and
	# pipefail would end the script).
	tr -cs 'A-Za-z' '\n' <"$WORK/statements.txt" | tr 'A-Z' 'a-z' \
		| awk 'length($0) >= 5 && !seen[$0]++ && kept < 100 {kept++; print}' \
		| sed 's|^|/api/claims?q=|' >"$WORK/computed-claims-search.txt"
}

COMPUTED_PORT=$(free_port)
log "Starting the app on $HOST:$COMPUTED_PORT without a response cache"
t0=$(date +%s%N)
start_app "$WORK/app-computed.log" "$COMPUTED_PORT" "${RUN_ARGS[@]}" -- "${DB_ARGS[@]}" --rustvsgo.response-cache.max-bytes=0
wait_ready "$t0" "$COMPUTED_PORT" 120 "$WORK/app-computed.log" >/dev/null
write_computed_paths "http://$HOST:$COMPUTED_PORT"
mkdir -p "$WORK/computed-static"
COMPUTED_MAP=""
declare -A COMPUTED_URLS COMPUTED_BYTES
n=0
for set in "${COMPUTED_SETS[@]}"; do
	total=0
	while IFS= read -r path; do
		n=$((n + 1))
		status=$(curl -s -o "$WORK/computed-static/$n.json" -w '%{http_code}' "http://$HOST:$COMPUTED_PORT$path")
		[ "$status" = 200 ] || die "$path answered $status"
		total=$((total + $(stat -c %s "$WORK/computed-static/$n.json")))
		COMPUTED_MAP+="		\"$path\" /$n.json;"$'\n'
	done <"$WORK/computed-$set.txt"
	COMPUTED_URLS[$set]=$(wc -l <"$WORK/computed-$set.txt")
	COMPUTED_BYTES[$set]=$((total / COMPUTED_URLS[$set]))
	log "$set: ${COMPUTED_URLS[$set]} distinct URLs, ${COMPUTED_BYTES[$set]} bytes on average"
done
chmod 755 "$WORK/computed-static"
chmod 644 "$WORK"/computed-static/*
NGINX_PORT=$(free_port)
write_nginx_conf "$WORK/nginx-computed" "$NGINX_PORT" "$COMPUTED_MAP" "$WORK/computed-static"
log "Starting nginx on $HOST:$NGINX_PORT for the computed URLs"
start_nginx "$WORK/nginx-computed"
for _ in $(seq 1 100); do
	if curl -s -o /dev/null "http://$HOST:$NGINX_PORT/"; then break; fi
	sleep 0.05
done
for set in "${COMPUTED_SETS[@]}"; do
	path=$(tail -1 "$WORK/computed-$set.txt")
	curl -s -o "$WORK/check.json" "http://$HOST:$NGINX_PORT$path"
	cmp -s "$WORK/check.json" <(curl -s "http://$HOST:$COMPUTED_PORT$path") || die "nginx does not serve the app's bytes for $path"
done

log "Warming up: ${WARMUP}s per set on the app, 2s on nginx"
for set in "${COMPUTED_SETS[@]}"; do
	run_wrk "http://$HOST:$COMPUTED_PORT/" "$WARMUP" "$WORK/computed-$set.txt" >/dev/null
	run_wrk "http://$HOST:$NGINX_PORT/" 2 "$WORK/computed-$set.txt" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
	for set in "${COMPUTED_SETS[@]}"; do
		for server in app nginx; do
			port=$COMPUTED_PORT
			if [ "$server" = nginx ]; then port=$NGINX_PORT; fi
			read -r rps p50 p99 errors <<<"$(run_wrk "http://$HOST:$port/" "$DURATION" "$WORK/computed-$set.txt")"
			key="$server computed $set"
			RPS[$key]+="$rps "
			P50[$key]+="$p50 "
			P99[$key]+="$p99 "
			ERR[$key]=$((${ERR[$key]:-0} + errors))
			log "Round $round $server $set (computed): $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors"
		done
	done
done
stop_app
kill "$NGINX_PID" 2>/dev/null || true
wait "$NGINX_PID" 2>/dev/null || true
NGINX_PID=""
for set in "${COMPUTED_SETS[@]}"; do
	log "$set (computed): median app $(med "${RPS["app computed $set"]}") req/s, nginx $(med "${RPS["nginx computed $set"]}") req/s"
done

# ---- Latency against data size ---------------------------------------------------------------------------------
# H2 keeps its data in the JVM heap, so at 100x the data alone outgrows a small container's heap:
# these runs use no memory limit (the synthetic data is a load-test fixture, not a deployment).
if [ -n "$CGROUP" ]; then
	rmdir "$CGROUP" 2>/dev/null || true
	CGROUP=""
fi
# The app caches rendered responses by URL, so repeated requests measure the cache. Cycling through distinct query
# strings measures the database path only until each string has been seen once, so the "uncached" cases also start
# the app with a zero-byte response cache (rustvsgo.response-cache.max-bytes=0). Caffeine evicts asynchronously, so
# even then concurrent requests for one URL are mostly cache hits: the uncached cases cycle through URLs, and
# /api/dimensions (requested without parameters) is requested one request at a time.
CACHED_CASES=(claims-repeat claims-varied dimension-repeat dimension-varied dimensions-repeat)
UNCACHED_CASES=(claims-uncached dimension-uncached dimensions-uncached)
CASES=("${CACHED_CASES[@]}" "${UNCACHED_CASES[@]}")
# The labels of the cases (the URLs each one requests) are in bench/render.mjs, which puts them on the page.
declare -A SCALE_P50 SCALE_P99 SCALE_RPS SCALE_ERR SCALE_ROWS SCALE_START SCALE_RSS

# write_paths <base url>: the cycled URL lists, valid at every data size (real sources and dimensions only).
write_paths() {
	local base=$1 page size real_sources
	: >"$WORK/claims-paths.txt"
	for page in 0 1 2 3; do
		for size in $(seq 11 30); do echo "/api/claims?favors=GO&size=$size&page=$page" >>"$WORK/claims-paths.txt"; done
	done
	mapfile -t real_sources < <(curl -s "$base/api/sources" \
		| jq -r '[.sources[].slug | select(startswith("synthetic-") | not)] | .[:5][]')
	write_dimension_filter_paths "$WORK/dimension-paths.txt" "${real_sources[@]}"
	for path in "$(tail -1 "$WORK/claims-paths.txt")" "$(tail -1 "$WORK/dimension-paths.txt")"; do
		curl -sf -o /dev/null "$base$path" || die "the app rejects the cycled URL $path"
	done
}

# sequential_requests <scale> <url> <case> <count>: one request at a time; records the median and the slowest.
sequential_requests() {
	local scale=$1 url=$2 name=$3 count=$4 times=() total=0 errors=0 status t
	for _ in $(seq 1 "$count"); do
		read -r status t <<<"$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$url" || true)"
		if [ "$status" != 200 ]; then errors=$((errors + 1)); fi
		times+=("$(awk -v t="${t:-0}" 'BEGIN {printf "%.2f", t * 1000}')")
	done
	SCALE_P50["$name $scale"]=$(median "${times[@]}")
	SCALE_P99["$name $scale"]=$(printf '%s\n' "${times[@]}" | sort -g | tail -1)
	total=$(printf '%s\n' "${times[@]}" | awk '{s += $1} END {print s}')
	SCALE_RPS["$name $scale"]=$(awk -v n="$count" -v s="$total" 'BEGIN {printf "%.0f", n / (s / 1000)}')
	SCALE_ERR["$name $scale"]=$errors
	log "Data size ${scale}x $name: median ${SCALE_P50["$name $scale"]} ms, slowest ${SCALE_P99["$name $scale"]} ms"
}

# run_cases <scale> <base url> <case...>: warm-up and one measured run per case.
run_cases() {
	local scale=$1 base=$2 name url paths rps p50 p99 errors
	shift 2
	for name in "$@"; do
		if [ "$name" = dimensions-uncached ]; then
			sequential_requests "$scale" "$base/api/dimensions" "$name" 10
			continue
		fi
		paths=""
		case $name in
		claims-repeat) url="$base/api/claims?$CLAIMS_QUERY" ;;
		claims-varied | claims-uncached) url="$base/api/claims" paths="$WORK/claims-paths.txt" ;;
		dimension-repeat) url="$base/api/dimensions/concurrency" ;;
		dimension-varied | dimension-uncached) url="$base/api/dimensions/concurrency" paths="$WORK/dimension-paths.txt" ;;
		dimensions-repeat) url="$base/api/dimensions" ;;
		esac
		run_wrk "$url" "$SCALE_WARMUP" "$paths" >/dev/null
		read -r rps p50 p99 errors <<<"$(run_wrk "$url" "$SCALE_DURATION" "$paths")"
		SCALE_RPS["$name $scale"]=$rps
		SCALE_P50["$name $scale"]=$p50
		SCALE_P99["$name $scale"]=$p99
		SCALE_ERR["$name $scale"]=$errors
		log "Data size ${scale}x $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors"
	done
}

for scale in $SCALES; do
	port=$(free_port)
	base="http://$HOST:$port"
	log "Data size ${scale}x: starting the app"
	set_db_args "$scale"
	t0=$(date +%s%N)
	start_app "$WORK/app-${scale}x.log" "$port" "${RUN_ARGS[@]}" -- "${DB_ARGS[@]}"
	SCALE_START[$scale]=$(wait_ready "$t0" "$port" 600 "$WORK/app-${scale}x.log")
	sources=$(curl -s "$base/api/sources" | jq '.sources | length')
	dimensions=$(curl -s "$base/api/dimensions?size=1" | jq '.page.totalElements')
	verdicts=$(curl -s "$base/api/verdicts?size=1" | jq '.page.totalElements')
	claims=$(curl -s "$base/api/claims?size=1" | jq '.page.totalElements')
	SCALE_ROWS[$scale]="$sources $dimensions $verdicts $claims"
	log "Data size ${scale}x: up in ${SCALE_START[$scale]} ms; sources/dimensions/verdicts/claims: $sources / $dimensions / $verdicts / $claims"
	write_paths "$base"
	run_cases "$scale" "$base" "${CACHED_CASES[@]}"
	SCALE_RSS[$scale]=$(rss_mb "$APP_PID")
	stop_app

	log "Data size ${scale}x: restarting the app without a response cache"
	t0=$(date +%s%N)
	start_app "$WORK/app-${scale}x-uncached.log" "$port" "${RUN_ARGS[@]}" -- "${DB_ARGS[@]}" \
		--rustvsgo.response-cache.max-bytes=0
	wait_ready "$t0" "$port" 600 "$WORK/app-${scale}x-uncached.log" >/dev/null
	run_cases "$scale" "$base" "${UNCACHED_CASES[@]}"
	stop_app
done

# ---- Measurements as JSON ------------------------------------------------------------------------------------
# bench/render.mjs turns this file (and bench/startup.sh's) into docs/performance.md; the targets are judged there.
own_cpu
read -r BUSY_AT_END TOTAL_AT_END <<<"$(cpu_ticks)"
OTHER_CPU_PERCENT=$(awk -v b=$((BUSY_AT_END - BUSY_AT_START)) -v t=$((TOTAL_AT_END - TOTAL_AT_START)) \
	-v own="$(awk -v a="$OWN_CPU_S" -v b="$OWN_CPU_AT_START" 'BEGIN {print a - b}')" \
	-v hz="$(getconf CLK_TCK)" 'BEGIN {other = b / hz - own; if (other < 0) other = 0; printf "%.0f", 100 * other / (t / hz)}')
DB_DESC="H2 in memory (the default configuration)"
if [ "$DB" = postgres ]; then DB_DESC="PostgreSQL $(psql -h "$HOST" -U postgres -tAc 'SHOW server_version') on $HOST (fresh bench_run_* databases)"; fi
UNCOMMITTED=false
if [ -n "$(git -C "$REPO" status --porcelain -- src db pom.xml 2>/dev/null)" ]; then UNCOMMITTED=true; fi

# A space-separated list of numbers as a JSON array.
# shellcheck disable=SC2086 # the list is split into words on purpose
numbers() { printf '%s\n' $1 | jq -sc '.'; }
ENDPOINTS_JSON=$(for endpoint in "${ENDPOINTS[@]}"; do
	a="app $endpoint" n="nginx $endpoint"
	jq -nc --arg path "$endpoint" --argjson bytes "${BYTES[$endpoint]}" \
		--argjson app_rps "$(numbers "${RPS[$a]}")" --argjson app_p50 "$(numbers "${P50[$a]}")" \
		--argjson app_p99 "$(numbers "${P99[$a]}")" --argjson app_errors "${ERR[$a]}" \
		--argjson nginx_rps "$(numbers "${RPS[$n]}")" --argjson nginx_p50 "$(numbers "${P50[$n]}")" \
		--argjson nginx_p99 "$(numbers "${P99[$n]}")" --argjson nginx_errors "${ERR[$n]}" \
		'{path: $path, bytes: $bytes,
		  app: {rps: $app_rps, p50_ms: $app_p50, p99_ms: $app_p99, errors: $app_errors},
		  nginx: {rps: $nginx_rps, p50_ms: $nginx_p50, p99_ms: $nginx_p99, errors: $nginx_errors}}'
done | jq -sc '.')
COMPUTED_JSON=$(for set in "${COMPUTED_SETS[@]}"; do
	a="app computed $set" n="nginx computed $set"
	jq -nc --arg name "$set" --argjson urls "${COMPUTED_URLS[$set]}" --argjson bytes "${COMPUTED_BYTES[$set]}" \
		--arg example "$(tail -1 "$WORK/computed-$set.txt")" \
		--argjson app_rps "$(numbers "${RPS[$a]}")" --argjson app_p50 "$(numbers "${P50[$a]}")" \
		--argjson app_p99 "$(numbers "${P99[$a]}")" --argjson app_errors "${ERR[$a]}" \
		--argjson nginx_rps "$(numbers "${RPS[$n]}")" --argjson nginx_p50 "$(numbers "${P50[$n]}")" \
		--argjson nginx_p99 "$(numbers "${P99[$n]}")" --argjson nginx_errors "${ERR[$n]}" \
		'{name: $name, urls: $urls, mean_bytes: $bytes, example: $example,
		  app: {rps: $app_rps, p50_ms: $app_p50, p99_ms: $app_p99, errors: $app_errors},
		  nginx: {rps: $nginx_rps, p50_ms: $nginx_p50, p99_ms: $nginx_p99, errors: $nginx_errors}}'
done | jq -sc '.')
START_JSON=$(for kind in "${START_KINDS[@]}"; do
	jq -nc --arg kind "$kind" --argjson ms "$(numbers "${START_ALL[$kind]}")" '{kind: $kind, ms: $ms}'
done | jq -sc '.')
FACTS_JSON=$(for scale in $SCALES; do
	read -r sources dimensions verdicts claims <<<"${SCALE_ROWS[$scale]}"
	jq -nc --argjson scale "$scale" --argjson sources "$sources" --argjson dimensions "$dimensions" \
		--argjson verdicts "$verdicts" --argjson claims "$claims" --argjson start_ms "${SCALE_START[$scale]}" \
		--argjson rss_mb "${SCALE_RSS[$scale]}" \
		'{scale: $scale, sources: $sources, dimensions: $dimensions, verdicts: $verdicts, claims: $claims,
		  start_ms: $start_ms, rss_mb: $rss_mb}'
done | jq -sc '.')
CASES_JSON=$(for name in "${CASES[@]}"; do
	for scale in $SCALES; do
		jq -nc --arg scale "$scale" --argjson p50 "${SCALE_P50["$name $scale"]}" --argjson p99 "${SCALE_P99["$name $scale"]}" \
			--argjson rps "${SCALE_RPS["$name $scale"]}" --argjson errors "${SCALE_ERR["$name $scale"]}" \
			'{($scale): {p50_ms: $p50, p99_ms: $p99, rps: $rps, errors: $errors}}'
	done | jq -sc --arg name "$name" '{name: $name, results: add}'
done | jq -sc '.')

mkdir -p "$(dirname "$OUTPUT")"
jq -n \
	--arg started_at "$STARTED_AT" \
	--arg commit "$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)" --argjson uncommitted "$UNCOMMITTED" \
	--argjson cpus "$(nproc)" --arg cpu_model "$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)" \
	--arg memory "$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)" --arg kernel "$(uname -sr)" \
	--argjson other_cpu_percent "$OTHER_CPU_PERCENT" --arg load_at_start "$LOAD_AT_START" \
	--arg jdk "$JDK_VERSION" --argjson java_major "$JAVA_MAJOR" --arg command "${ENV_OVERRIDES}bench/run.sh" \
	--arg memory_limit "$CONTAINER_MEMORY" --argjson memory_limit_applied "$([ "$CGROUP_NOTE" = "${CGROUP_NOTE#none}" ] && echo true || echo false)" \
	--arg jvm_options "$JVM_OPTS" --arg jvm_options_source "$JVM_OPTS_SOURCE" --arg gc "$GC_NAME" \
	--argjson max_heap_mb "$MAX_HEAP_MB" --arg run_command "$RUN_DESC" \
	--arg db "$DB" --arg db_description "$DB_DESC" \
	--arg wrk_command "$WRK_CMD" --arg wrk_version "$(wrk -v 2>&1 | head -1 | awk '{print $2}')" \
	--argjson connections "$CONNECTIONS" --argjson threads "$THREADS" --argjson timeout_s "$TIMEOUT" \
	--argjson duration_s "$DURATION" --argjson warmup_s "$WARMUP" --argjson rounds "$ROUNDS" \
	--arg nginx_version "$("$NGINX_BIN" -v 2>&1 | sed 's|.*nginx/||')" \
	--arg claims_query "$CLAIMS_QUERY" --argjson endpoints "$ENDPOINTS_JSON" --argjson computed "$COMPUTED_JSON" \
	--arg ready_path "$READY_PATH" --argjson starts "$STARTS" --argjson aot "$([ "$AOT" = 1 ] && echo true || echo false)" \
	--argjson spring_aot "$([ "$SPRING_AOT" = 1 ] && echo true || echo false)" --argjson start_kinds "$START_JSON" \
	--arg jar_name "$JAR_NAME" --arg reference_jar_name "$REF_JAR_NAME" \
	--argjson rss_after_load_mb "$RSS_AFTER_LOAD" \
	--argjson scale_values "$(numbers "$SCALES")" --argjson scale_duration_s "$SCALE_DURATION" \
	--argjson scale_warmup_s "$SCALE_WARMUP" --argjson facts "$FACTS_JSON" --argjson cases "$CASES_JSON" \
	--arg synthetic_generator dev.rustvsgo.synthetic.SyntheticDataFiles \
	'{schema: "rust-vs-go-api/bench-run/1", started_at: $started_at, commit: $commit, uncommitted: $uncommitted,
	  command: $command,
	  machine: {cpus: $cpus, cpu_model: $cpu_model, memory: $memory, kernel: $kernel},
	  other_cpu_percent: $other_cpu_percent, load_at_start: $load_at_start,
	  jdk: $jdk, java_major: $java_major,
	  memory_limit: {setting: (if $memory_limit == "" then null else $memory_limit end), applied: $memory_limit_applied},
	  jvm_options: $jvm_options, jvm_options_source: $jvm_options_source, gc: $gc, max_heap_mb: $max_heap_mb,
	  run_command: $run_command, db: $db, db_description: $db_description,
	  wrk: {command: $wrk_command, version: $wrk_version, connections: $connections, threads: $threads,
	        timeout_s: $timeout_s, duration_s: $duration_s, warmup_s: $warmup_s, rounds: $rounds},
	  nginx_version: $nginx_version, claims_query: $claims_query, endpoints: $endpoints, computed: $computed,
	  startup: {ready_path: $ready_path, rounds: $starts, aot_cache: $aot, spring_aot: $spring_aot,
	            jar_name: $jar_name, reference_jar_name: $reference_jar_name, kinds: $start_kinds},
	  rss_after_load_mb: $rss_after_load_mb,
	  scales: {values: $scale_values, duration_s: $scale_duration_s, warmup_s: $scale_warmup_s,
	           synthetic_generator: $synthetic_generator, facts: $facts, cases: $cases}}' >"$OUTPUT"
log "Wrote $OUTPUT (raw wrk output was in $WORK/wrk.log, removed on exit); render docs/performance.md with: node bench/render.mjs"
