#!/usr/bin/env bash
# Measures /api/search on this machine and writes the figures as JSON (target/bench/search.json):
#  1. the index: how many items it holds and how long it took to build, from the application's log line
#     ("Search index: N items indexed in M ms");
#  2. uncached latency: the app started without a response cache (--rustvsgo.response-cache.max-bytes=0), so
#     every request runs the query on the index; the 100 distinct queries of QUERIES below, each sent once
#     one request at a time with curl after WARMUP seconds of wrk cycling through the same list (so that the
#     JIT has compiled the search path, as in a service that has been answering for a while); median and
#     slowest of the measured pass;
#  3. warm throughput against nginx serving the very same bytes: wrk on one search URL (WARM_PATH), the app
#     with its response cache (what a repeated query costs) and nginx in alternating runs, ROUNDS each; the
#     ratio of the median req/s.
# Targets (issue 21): uncached median at most 5 ms; warm req/s at least 0.3 x nginx's.
# bench/run.sh measures /api/search?q=wasm among the other endpoints as well (docs/performance.md).
#
# Usage: bench/search-latency.sh           (builds the jar; needs root or sudo to install wrk, nginx and jq)
#        SKIP_BUILD=1 bench/search-latency.sh   reuses target/rust-vs-go-api-0.1.0.jar
# Settings (environment): DURATION=10 (s per wrk run), WARMUP=20 (s of wrk on the app before measuring), ROUNDS=3,
# CONNECTIONS=32, THREADS=2, CONTAINER_MEMORY=384M (the app's memory cgroup, as in a container; empty: none),
# QUIET_WAIT=120 (s to wait, at most, for a machine less than 25 % busy), OUTPUT=target/bench/search.json. Only 127.0.0.1 is contacted. About 3 minutes with SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/jdk.sh
source scripts/lib/jdk.sh
# shellcheck source=scripts/lib/start.sh
source scripts/lib/start.sh

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-20}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
CONTAINER_MEMORY=${CONTAINER_MEMORY-384M}
OUTPUT=${OUTPUT:-target/bench/search.json}
QUIET_WAIT=${QUIET_WAIT:-120}     # seconds to wait, at most, for other processes to leave the CPUs mostly idle
SKIP_BUILD=${SKIP_BUILD:-0}
HOST=127.0.0.1
JAR=target/rust-vs-go-api-0.1.0.jar
WARM_PATH="/api/search?q=GC%20pauses"

# What readers ask: the issue's examples, the field's abbreviations, topics, organisations and phrases.
QUERIES=("GC pauses" "wasm" "borrow checker" "Discord" "salary" "garbage collector" "k8s" "async" "HFT" "CLI"
	"goroutines" "channels" "error handling" "generics" "compile times" "learning curve" "memory safety" "ownership"
	"lifetimes" "cargo" "crates.io" "go modules" "docker" "kubernetes" "microservices" "cloud native" "embedded"
	"blockchain" "financial systems" "latency" "throughput" "performance" "concurrency" "data races" "null pointers"
	"unsafe" "tooling" "testing" "standard library" "ecosystem" "community" "jobs" "hiring" "Google" "Mozilla"
	"Dropbox" "Cloudflare" "Uber" "fearless concurrency" "zero-cost abstractions" "type system" "interfaces" "traits"
	"pattern matching" "result type" "panic" "fast compilation" "single binary" "deployment" "developer productivity"
	"large teams" "onboarding" "time to market" "webassembly" "web servers" "APIs" "CPU bound"
	"I/O bound" "real-time" "game engines" "operating system" "Linux kernel" "survey" "Stack Overflow" "most admired"
	"popularity" "2026" "machine learning" "AI" "systems programming" "security" "memory leaks" "garbage collection"
	"sub-millisecond" "Figma" "Microsoft" "AWS" "Meta" "Netflix" "Rust Foundation" "open source" "contributions"
	"steep learning curve" "simplicity" "readability" "maintainability" "refactoring" "\"borrow checker\" beginners"
	"\"garbage collection pauses\"" "what do the articles say about GC pauses")

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

[[ $(printf '%s\n' "${QUERIES[@]}" | sort -u | wc -l) -eq 100 ]] || die "QUERIES must hold 100 distinct queries"
ensure_commands wrk nginx jq curl
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
select_jdk 21 || die "needs JDK 21 or newer"
if [[ $SKIP_BUILD != 1 ]]; then
	log "Building the jar (tests skipped)"
	./mvnw -q -B -DskipTests package
fi
[[ -f $JAR ]] || die "$JAR not found (run without SKIP_BUILD=1)"

# Other processes compete for the CPUs: wait (at most QUIET_WAIT s) until the machine is less than 25 % busy
# over 5 s, as bench/run.sh does; the JSON records how busy it was.
cpu_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
busy_percent() {
	local b0 t0 b1 t1
	read -r b0 t0 <<<"$(cpu_ticks)"
	sleep 5
	read -r b1 t1 <<<"$(cpu_ticks)"
	echo $((100 * (b1 - b0) / (t1 - t0 > 0 ? t1 - t0 : 1)))
}
QUIET_DEADLINE=$(($(date +%s) + QUIET_WAIT))
while BUSY=$(busy_percent) && ((BUSY >= 25)); do
	if (($(date +%s) >= QUIET_DEADLINE)); then
		log "The machine is still $BUSY % busy with other processes; measuring anyway"
		break
	fi
	log "The machine is $BUSY % busy with other processes; waiting"
done
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

WORK=$(mktemp -d /tmp/rustvsgo-search-bench.XXXXXX)
APP_PID="" NGINX_PID=""
cleanup() {
	local status=$?
	trap - EXIT INT TERM
	[[ -n $APP_PID ]] && stop_jvm "$APP_PID"
	if [[ -n $NGINX_PID ]]; then
		kill "$NGINX_PID" 2>/dev/null || true
		wait "$NGINX_PID" 2>/dev/null || true
	fi
	cgroup_remove
	rm -rf "$WORK"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

CGROUP_NOTE="none"
if [[ -n $CONTAINER_MEMORY ]]; then
	if cgroup_create "rustvsgo-search-bench-$$" "$CONTAINER_MEMORY"; then
		CGROUP_NOTE="$CONTAINER_MEMORY memory cgroup"
	else
		log "No writable cgroup memory controller: running without a memory limit"
	fi
fi

# start <log> <app args...>: the jar with the image's JVM options (scripts/jvm.options); sets APP_PID, PORT.
start() {
	local logfile=$1
	shift
	PORT=$(free_port)
	launch "$logfile" "$PWD" "$PORT" "$CGROUP" "$JAVA_HOME/bin/java" @scripts/jvm.options -jar "$PWD/$JAR" "$@"
	APP_PID=$LAUNCH_PID
	await_http "$APP_PID" "http://$HOST:$PORT/readyz" 120 "$logfile" || { tail -30 "$logfile" >&2; die "the app did not start"; }
}

# ---- Uncached latency ------------------------------------------------------------------------------------------
log "Starting the app without a response cache"
start "$WORK/uncached.log" --rustvsgo.response-cache.max-bytes=0
read -r ITEMS BUILD_MS INDEX_KB < <(sed -n 's/.*Search index: \([0-9]*\) items indexed in \([0-9]*\) ms (\([0-9]*\) KB.*/\1 \2 \3/p' "$WORK/uncached.log")
[[ -n ${ITEMS:-} ]] || die "no 'Search index' line in the log"
log "Index: $ITEMS items, built in $BUILD_MS ms, $INDEX_KB KB"
PATHS=()
for query in "${QUERIES[@]}"; do
	PATHS+=("/api/search?q=$(jq -rn --arg q "$query" '$q | @uri')")
done
for path in "${PATHS[@]}"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' "http://$HOST:$PORT$path")
	[[ $status == 200 ]] || die "$path answered $status"
done
# The warm-up: wrk cycles through the list on a few connections (thousands of searches).
printf '%s\n' "${PATHS[@]}" >"$WORK/paths.txt"
cat >"$WORK/cycle.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
	i = i % #paths + 1
	return wrk.format("GET", paths[i])
end
LUA
log "Warming up: ${WARMUP}s of wrk cycling through the queries"
BENCH_PATHS="$WORK/paths.txt" wrk -t1 -c4 -d"${WARMUP}s" --timeout 10s -s "$WORK/cycle.lua" "http://$HOST:$PORT" >"$WORK/warmup.txt"
log "Warm-up: $(awk '/Requests\/sec/ {print $2}' "$WORK/warmup.txt") uncached req/s on 4 connections"
TIMES=()
for path in "${PATHS[@]}"; do
	TIMES+=("$(curl -s -o /dev/null -w '%{time_total}' "http://$HOST:$PORT$path" | awk '{printf "%.3f", $1 * 1000}')")
done
UNCACHED_MEDIAN=$(median "${TIMES[@]}")
UNCACHED_MAX=$(printf '%s\n' "${TIMES[@]}" | sort -g | tail -1)
log "Uncached: median $UNCACHED_MEDIAN ms, slowest $UNCACHED_MAX ms over ${#PATHS[@]} distinct queries"
stop_jvm "$APP_PID"
APP_PID=""

# ---- Warm, against nginx -----------------------------------------------------------------------------------------
log "Starting the app with its response cache"
start "$WORK/cached.log"
mkdir -p "$WORK/nginx" "$WORK/static"
curl -s -o "$WORK/static/search.json" "http://$HOST:$PORT$WARM_PATH"
BYTES=$(stat -c %s "$WORK/static/search.json")
# nginx's workers run as an unprivileged user (nobody) when the master runs as root.
chmod 755 "$WORK" "$WORK/static"
chmod 644 "$WORK/static/search.json"
NGINX_PORT=$(free_port)
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events {
	worker_connections 1024;
}
http {
	access_log off;
	sendfile on;
	client_body_temp_path $WORK/nginx/client_body;
	proxy_temp_path $WORK/nginx/proxy;
	fastcgi_temp_path $WORK/nginx/fastcgi;
	uwsgi_temp_path $WORK/nginx/uwsgi;
	scgi_temp_path $WORK/nginx/scgi;
	server {
		listen $HOST:$NGINX_PORT;
		location = /api/search {
			default_type application/json;
			alias $WORK/static/search.json;
		}
	}
}
NGINX
"$NGINX_BIN" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for _ in {1..100}; do
	curl -s -o "$WORK/check.json" "http://$HOST:$NGINX_PORT$WARM_PATH" && break
	sleep 0.05
done
cmp -s "$WORK/check.json" "$WORK/static/search.json" || die "nginx does not serve the app's bytes"

cat >"$WORK/report.lua" <<'LUA'
function done(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n", summary.requests,
		summary.duration, latency:percentile(50), latency:percentile(99),
		e.status + e.connect + e.read + e.write + e.timeout))
end
LUA
# run_wrk <port> <seconds> -> "req/s p50_ms p99_ms errors"
run_wrk() {
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --timeout 10s --latency -s "$WORK/report.lua" "http://$HOST:$1$WARM_PATH" |
		awk '/^BENCH / {for (i = 2; i <= NF; i++) {split($i, kv, "="); v[kv[1]] = kv[2]}
			printf "%.0f %.2f %.2f %d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, v["errors"]}'
}
log "Warming up: ${WARMUP}s on the app, 2s on nginx"
run_wrk "$PORT" "$WARMUP" >/dev/null
run_wrk "$NGINX_PORT" 2 >/dev/null
APP_RPS=() NGINX_RPS=() APP_P99=() ERRORS=0
for round in $(seq 1 "$ROUNDS"); do
	read -r rps p50 p99 errors <<<"$(run_wrk "$PORT" "$DURATION")"
	APP_RPS+=("$rps") APP_P99+=("$p99") ERRORS=$((ERRORS + errors))
	log "Round $round app: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors"
	read -r rps p50 p99 errors <<<"$(run_wrk "$NGINX_PORT" "$DURATION")"
	NGINX_RPS+=("$rps")
	log "Round $round nginx: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors"
done
APP_MEDIAN=$(median "${APP_RPS[@]}")
NGINX_MEDIAN=$(median "${NGINX_RPS[@]}")
RATIO=$(awk -v a="$APP_MEDIAN" -v n="$NGINX_MEDIAN" 'BEGIN {printf "%.2f", a / n}')
log "Warm $WARM_PATH ($BYTES bytes): app $APP_MEDIAN req/s, nginx $NGINX_MEDIAN req/s, ratio $RATIO"

# ---- JSON ------------------------------------------------------------------------------------------------------
numbers() { printf '%s\n' "$@" | jq -sc '.'; }
mkdir -p "$(dirname "$OUTPUT")"
jq -n --arg started "$(date -u +"%Y-%m-%d %H:%M UTC")" --arg commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
	--argjson cpus "$(nproc)" --argjson busy_at_start "$BUSY" --arg load_at_start "$LOAD_AT_START" --arg jdk "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" --arg memory_limit "$CGROUP_NOTE" \
	--argjson items "$ITEMS" --argjson build_ms "$BUILD_MS" --argjson index_kb "$INDEX_KB" \
	--argjson queries "$(printf '%s\n' "${QUERIES[@]}" | jq -Rsc 'split("\n")[:-1]')" \
	--argjson times "$(numbers "${TIMES[@]}")" --argjson median "$UNCACHED_MEDIAN" --argjson max "$UNCACHED_MAX" \
	--arg path "$WARM_PATH" --argjson bytes "$BYTES" --argjson app "$(numbers "${APP_RPS[@]}")" \
	--argjson app_p99 "$(numbers "${APP_P99[@]}")" --argjson nginx "$(numbers "${NGINX_RPS[@]}")" \
	--argjson ratio "$RATIO" --argjson errors "$ERRORS" \
	--arg wrk "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $ROUNDS rounds after ${WARMUP}s of warm-up" \
	'{schema: "rust-vs-go-api/bench-search/1", started_at: $started, commit: $commit, cpus: $cpus,
	  busy_percent_at_start: $busy_at_start, load_at_start: $load_at_start, jdk: $jdk,
	  memory_limit: $memory_limit, index: {items: $items, build_ms: $build_ms, kb: $index_kb},
	  uncached: {queries: $queries, ms: $times, median_ms: $median, max_ms: $max, target_median_ms: 5},
	  warm: {path: $path, bytes: $bytes, wrk: $wrk, app_rps: $app, app_p99_ms: $app_p99, nginx_rps: $nginx,
	         ratio: $ratio, app_errors: $errors, target_ratio: 0.3}}' >"$OUTPUT"
log "Wrote $OUTPUT"
awk -v m="$UNCACHED_MEDIAN" -v r="$RATIO" 'BEGIN {
	printf "uncached median %s ms (target <= 5): %s; warm ratio %s (target >= 0.3): %s\n", m, (m <= 5 ? "met" : "MISSED"), r, (r >= 0.3 ? "met" : "MISSED")}'
