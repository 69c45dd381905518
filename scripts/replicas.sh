#!/usr/bin/env bash
# Two replicas of the service behind Debian's nginx, on one PostgreSQL database, as compose.yaml runs them
# with Docker (this machine has none): two `java -jar` processes and an nginx upstream.
#  1. every endpoint's bytes and ETag are identical on both replicas (scripts/api-snapshot.py --etag, diff -r);
#  2. under load through nginx (wrk, 32 connections), one replica is stopped with SIGTERM and started again:
#     no request may fail (nginx retries idempotent GETs on the other replica); reports requests, errors, p99;
#  3. graceful shutdown of a single instance under load (wrk straight at it, SIGTERM mid-run): reports what the
#     client saw (requests completed, errors by kind).
# Usage: scripts/replicas.sh   (after ./mvnw package; CI runs it; needs root or sudo to install wrk and nginx)
# Writes target/replicas/report.json and the logs beside it. Exits non-zero when 1 or 2 fails.
# Settings from the environment: JAR, PG_URL (server, trust auth), PG_USER, CONNECTIONS, LOAD_SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/jdk.sh
source scripts/lib/jdk.sh
# shellcheck source=scripts/lib/start.sh
source scripts/lib/start.sh
select_jdk 21

JAR=${JAR:-target/rust-vs-go-api-0.1.0.jar}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
CONNECTIONS=${CONNECTIONS:-32}
LOAD_SECONDS=${LOAD_SECONDS:-60}   # the restart (stop, start, ready) must fit in it
OUT=target/replicas
DB=replicas_$$

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

[[ -f $JAR ]] || die "$JAR is missing: run ./mvnw -B package -Dmaven.test.skip=true first"
ensure_commands wrk nginx curl psql
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
rm -rf "$OUT"
mkdir -p "$OUT/nginx"
OUT=$(cd "$OUT" && pwd)

PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do
		kill -TERM "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "CREATE DATABASE $DB" postgres >/dev/null
DB_ARGS=("--spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" "--spring.datasource.username=$PG_USER"
	--spring.datasource.password=)

# start_replica NAME: starts (or restarts) replica NAME (a or b) on its ports; waits until it is ready.
declare -A PORT MANAGEMENT_PORT PID
start_replica() {
	local name=$1
	PORT[$name]=${PORT[$name]:-$(free_port)}
	MANAGEMENT_PORT[$name]=${MANAGEMENT_PORT[$name]:-$(free_port)}
	launch "$OUT/replica-$name.log" . "${PORT[$name]}" "" java -jar "$JAR" "--server.port=${PORT[$name]}" \
		"--management.server.port=${MANAGEMENT_PORT[$name]}" "${DB_ARGS[@]}"
	PID[$name]=$LAUNCH_PID
	PIDS+=("$LAUNCH_PID")
	await_http "$LAUNCH_PID" "http://127.0.0.1:${MANAGEMENT_PORT[$name]}/actuator/health/readiness" 180 \
		"$OUT/replica-$name.log" || die "replica $name did not get ready (see $OUT/replica-$name.log)"
	log "replica $name ready on port ${PORT[$name]} after ${AWAIT_MS} ms"
}

# wrk with a Lua script that cycles through endpoints and prints its summary as JSON.
cat >"$OUT/cycle.lua" <<'LUA'
local paths = {
	"/api/dimensions", "/api/dimensions/concurrency", "/api/dimensions/memory?favors=RUST", "/api/sources",
	"/api/claims?favors=GO&size=20", "/api/claims/336", "/api/verdicts", "/api/matrix", "/api/contradictions",
	"/api/use-cases", "/api/use-cases/webassembly", "/api/adopters", "/api/adopters/dropbox",
	"/api/figures?metric=crates-io-packages", "/api/recommendation?priorities=performance:3,learning-curve:1",
	"/api/search?q=wasm",
}
local i = 0
request = function()
	i = i % #paths + 1
	return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
	io.write(string.format(
		'{"requests":%d,"durationSeconds":%.1f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},'
			.. '"latencyMs":{"p50":%.1f,"p99":%.1f,"max":%.1f}}\n',
		summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write,
		summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000))
end
LUA
# load URL SECONDS OUTFILE: wrk in the background; sets LOAD_PID.
load() {
	wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 10s -s "$OUT/cycle.lua" "$1" >"$3" 2>&1 &
	LOAD_PID=$!
}
summary() { tail -n 1 "$1"; }
failed() { summary "$1" | python3 -c 'import json, sys; e = json.load(sys.stdin)["errors"]; print(sum(e.values()))'; }

# ---- 1. Two replicas answer as one --------------------------------------------------------------------------
start_replica a
start_replica b
for name in a b; do
	python3 scripts/api-snapshot.py --etag "http://127.0.0.1:${PORT[$name]}" "$OUT/snapshot-$name" >"$OUT/snapshot-$name.log"
done
RESPONSES=$(wc -l <"$OUT/snapshot-a/_index.txt")
if diff -r "$OUT/snapshot-a" "$OUT/snapshot-b" >"$OUT/snapshot.diff"; then
	IDENTICAL=true
	log "1. replicas identical: $RESPONSES responses, bytes and ETags"
else
	IDENTICAL=false
	log "1. replicas differ: see $OUT/snapshot.diff"
fi

# ---- 2. A rolling restart under load, through nginx -----------------------------------------------------------
NGINX_PORT=$(free_port)
cat >"$OUT/nginx/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events {
	worker_connections 1024;
}
http {
	access_log off;
	client_body_temp_path $OUT/nginx/client_body;
	proxy_temp_path $OUT/nginx/proxy;
	fastcgi_temp_path $OUT/nginx/fastcgi;
	uwsgi_temp_path $OUT/nginx/uwsgi;
	scgi_temp_path $OUT/nginx/scgi;
	upstream api {
		server 127.0.0.1:${PORT[a]} max_fails=1 fail_timeout=2s;
		server 127.0.0.1:${PORT[b]} max_fails=1 fail_timeout=2s;
		keepalive 64;
	}
	server {
		listen 127.0.0.1:$NGINX_PORT;
		location / {
			proxy_pass http://api;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$host;
			# A GET that fails on one replica (connection refused or reset, a 502/503 while it stops) is sent to
			# the other; nginx never retries a non-idempotent request.
			proxy_next_upstream error timeout http_502 http_503 http_504;
			proxy_next_upstream_tries 2;
			proxy_connect_timeout 1s;
		}
	}
}
NGINX
LAUNCH_T0=$(now_ms)
"$NGINX_BIN" -e "$OUT/nginx/error.log" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" &
PIDS+=("$!")
await_http "$!" "http://127.0.0.1:$NGINX_PORT/api/sources" 10 || die "nginx did not answer"

load "http://127.0.0.1:$NGINX_PORT" "$LOAD_SECONDS" "$OUT/restart-wrk.txt"
sleep 5
log "2. SIGTERM to replica a under load"
T0=$(now_ms)
stop_jvm "${PID[a]}"
STOPPED_MS=$(($(now_ms) - T0))
start_replica a
RESTART_MS=$(($(now_ms) - T0))
log "   replica a stopped after $STOPPED_MS ms, ready again $RESTART_MS ms after the SIGTERM"
((RESTART_MS / 1000 + 5 < LOAD_SECONDS)) || log "   the restart took longer than the load run: raise LOAD_SECONDS"
wait "$LOAD_PID" || die "wrk failed: $(cat "$OUT/restart-wrk.txt")"
RESTART_SUMMARY=$(summary "$OUT/restart-wrk.txt")
RESTART_FAILED=$(failed "$OUT/restart-wrk.txt")
log "   client through nginx: $RESTART_SUMMARY"

# ---- 3. Graceful shutdown of one instance under load --------------------------------------------------------
load "http://127.0.0.1:${PORT[b]}" 15 "$OUT/shutdown-wrk.txt"
sleep 5
log "3. SIGTERM to replica b under load, wrk straight at it"
T0=$(now_ms)
stop_jvm "${PID[b]}"
SHUTDOWN_MS=$(($(now_ms) - T0))
SHUTDOWN_RC=$STOP_RC
wait "$LOAD_PID" || true
SHUTDOWN_SUMMARY=$(summary "$OUT/shutdown-wrk.txt")
log "   replica b exited with $SHUTDOWN_RC after $SHUTDOWN_MS ms; client: $SHUTDOWN_SUMMARY"
if grep -q "Graceful shutdown complete" "$OUT/replica-b.log"; then
	log "   its log says: Graceful shutdown complete"
fi

cat >"$OUT/report.json" <<JSON
{
  "replicasIdentical": $IDENTICAL,
  "responsesCompared": $RESPONSES,
  "rollingRestart": {"connections": $CONNECTIONS, "loadSeconds": $LOAD_SECONDS, "stoppedMs": $STOPPED_MS,
    "readyAgainMs": $RESTART_MS, "failedRequests": $RESTART_FAILED, "client": $RESTART_SUMMARY},
  "gracefulShutdown": {"exitCode": $SHUTDOWN_RC, "stoppedMs": $SHUTDOWN_MS, "client": $SHUTDOWN_SUMMARY}
}
JSON
log "report: $OUT/report.json"
[[ $IDENTICAL == true ]] || die "the replicas' answers differ"
((RESTART_FAILED == 0)) || die "$RESTART_FAILED requests failed through nginx during the restart"
log "replicas behave as one: identical answers, no failed request across a restart under load"
