#!/usr/bin/env bash
#
# Container smoke test without Docker: replays the Dockerfile recipe on this machine and checks
# that the result starts and serves requests, with and without the JDK AOT cache.
#
# KEEP IN SYNC with ../Dockerfile. The Maven command, the layer extraction, the runtime stage's
# COPY lines, the AOT training command and the ENTRYPOINT are all read from the Dockerfile (only the
# copy of target/rust-vs-go-api-*.jar to application.jar is repeated here), so a change there is
# exercised here, and a change that breaks start-up fails CI. The JVM options are not in the
# Dockerfile: it copies scripts/jvm.options into the image and both commands read it as
# `java @jvm.options`; this script copies the same file the same way, so the JVM reads it here too.
# The script also fails if the training command and the ENTRYPOINT stop using the same JVM flags,
# if the extracted layers differ from the COPY lines, if a copied file is kept out of the build
# context by .dockerignore, if an `@argfile` is not in the runtime directory or does not read
# cleanly (scripts/lib/jvm-options.sh), if the AOT cache is not actually used, or if the Dockerfile
# gains ENV/ARG instructions (which it would not replay).
#
# Steps, as in the Dockerfile:
#   1. ./mvnw package (the `RUN ./mvnw ... package` command); SKIP_BUILD=1 reuses target/*.jar
#   2. copy the jar to application.jar and run the `RUN java -Djarmode=tools ...` command
#   3. assemble the runtime directory from the runtime stage's COPY lines, in order: the
#      `COPY --from=build /build/extracted/<layer>/ ./` layers and `COPY scripts/jvm.options ./`
#   4. start the ENTRYPOINT without its -XX:AOTCache flag (plain start), time it, probe, stop
#   5. the `RUN java @jvm.options -XX:AOTCacheOutput=...` training run
#   6. start the ENTRYPOINT exactly as written (AOT cache start), time it, probe, measure RSS, stop
#
# Environment:
#   JAVA_HOME        JDK 25+ (else the newest JDK 25+ under /usr/lib/jvm: scripts/lib/jdk.sh)
#   SKIP_BUILD=1     reuse the existing target/rust-vs-go-api-*.jar
#   SERVER_PORT      port for the application (default: a free port below the ephemeral range); the
#                    actuator's own port (management.server.port) always gets a free one
#   RUNS             timed starts per mode (default 1)
#   STARTUP_TIMEOUT  seconds to wait for readiness (default 120)
#   KEEP_WORK=1      keep the temporary directory for inspection
#   SPRING_DATASOURCE_URL/USERNAME/PASSWORD are passed through (default: embedded H2)
#
# Start-up time = from launching the JVM to the first 200 from the readiness probe (/readyz on the
# application port), in ms. Each start must also serve the actuator on its own port: the readiness
# group and Prometheus metrics there, none of them on the application port.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCKERFILE="$ROOT/Dockerfile"
RUNS="${RUNS:-1}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-120}"
READINESS_PATH=/readyz
FALLBACK_READY_PATH=/api/dimensions

log() { printf 'container-smoke: %s\n' "$*" >&2; }
APP_LOG=""
die() {
	if [[ -n $APP_LOG && -s $APP_LOG ]]; then
		log "last lines of $(basename "$APP_LOG"):"
		tail -n 30 "$APP_LOG" >&2
	fi
	log "FAIL: $*"
	exit 1
}

# ---- clean-up: background JVM, temporary directory, Tomcat scratch directories --------------------
WORK=""
USED_PORTS=()
APP_PID=""
STOP_RC=0
stop_pid() { # pid: SIGTERM, wait up to 30 s, then SIGKILL; sets STOP_RC to its exit status
	local pid=$1 i
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 300; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "process $pid ignored SIGTERM for 30 s, killing it"
		kill -KILL "$pid" 2>/dev/null || true
	fi
	STOP_RC=0
	wait "$pid" 2>/dev/null || STOP_RC=$?
}
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		stop_pid "$APP_PID"
	fi
	if [[ -n $WORK && -d $WORK ]]; then
		# Tomcat's document-root scratch directories of the JVMs started here (java.io.tmpdir is /tmp).
		local port
		for port in "${USED_PORTS[@]}"; do
			find "${TMPDIR:-/tmp}" /tmp -maxdepth 1 -name "tomcat*.$port.*" -newer "$WORK/.started" \
				-exec rm -rf {} + 2>/dev/null || true
		done
		if [[ ${KEEP_WORK:-0} == 1 ]]; then
			log "kept $WORK"
		else
			rm -rf "$WORK"
		fi
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- JDK 25+ (the AOT cache flags -XX:AOTCacheOutput/-XX:AOTCache need it) ----------------------
# shellcheck source=scripts/lib/jdk.sh
source "$ROOT/scripts/lib/jdk.sh"
# shellcheck source=scripts/lib/jvm-options.sh
source "$ROOT/scripts/lib/jvm-options.sh"
select_jdk 25 || die "the AOT cache needs JDK 25 or newer"
JAVA="$JAVA_HOME/bin/java"
if [[ -n ${JAVA_TOOL_OPTIONS:-} || -n ${JDK_JAVA_OPTIONS:-} ]]; then
	log "warning: JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS are set and change the JVM flags under test"
fi
command -v curl >/dev/null || die "curl is required"

# ---- read the recipe from the Dockerfile ----------------------------------------------------------
[[ -f $DOCKERFILE ]] || die "$DOCKERFILE not found"

# Instructions with backslash continuations joined, comments dropped.
instructions() {
	awk '/^[[:space:]]*#/ { next }
		{ if (sub(/\\[[:space:]]*$/, "")) { buf = buf $0 " "; next } print buf $0; buf = "" }' "$DOCKERFILE" |
		sed -E 's/[[:space:]]+/ /g; s/^ //; s/ $//'
}
# The one instruction matching an extended regex.
instruction() {
	local matches
	matches="$(instructions | grep -E "$1" || true)"
	[[ -n $matches ]] || die "Dockerfile has no instruction matching /$1/"
	[[ $(printf '%s\n' "$matches" | wc -l) -eq 1 ]] || die "Dockerfile has several instructions matching /$1/"
	printf '%s\n' "$matches"
}
# A shell-form RUN command as words, up to its first `&&`; refuses shell syntax it cannot replay.
run_words() {
	local cmd="${1#RUN }"
	cmd="${cmd%% && *}"
	[[ $cmd != *[\'\"\$\`\;\|\&\<\>\(\)\\]* ]] || die "cannot replay shell syntax in: $cmd"
	printf '%s\n' "$cmd"
}

# ENV/ARG would change what the image runs, and this script does not replay them: refuse to pass.
if instructions | grep -qE '^(ENV|ARG) '; then
	die "the Dockerfile now has ENV/ARG instructions; replay them in scripts/container-smoke.sh"
fi

BUILD_LINE="$(instruction '^RUN \./mvnw .*package')"
read -r -a BUILD_CMD <<<"$(run_words "$BUILD_LINE")"

EXTRACT_LINE="$(instruction '^RUN java -Djarmode=tools ')"
read -r -a EXTRACT_CMD <<<"$(run_words "$EXTRACT_LINE")"
[[ " ${EXTRACT_CMD[*]} " == *" extract "*"--layers "* ]] || die "the jarmode command is not 'extract --layers': ${EXTRACT_CMD[*]}"

BUILD_WORKDIR="$(instructions | awk '$1 == "WORKDIR" { print $2; exit }')"
[[ -n $BUILD_WORKDIR ]] || die "no WORKDIR in the build stage"
# The runtime stage: the instructions after the last FROM.
runtime_instructions() { instructions | awk '$1 == "FROM" { n++ } { line[NR] = $0; stage[NR] = n } END { for (i = 1; i <= NR; i++) if (stage[i] == n && line[i] !~ /^FROM /) print line[i] }'; }
mapfile -t RUNTIME_COPIES < <(runtime_instructions | grep -E '^COPY ' || true)
[[ ${#RUNTIME_COPIES[@]} -gt 0 ]] || die "no COPY lines in the runtime stage of the Dockerfile"
LAYER_COUNT=0
layer_copy_re='^COPY --from=build [^ ]+ \./$'
file_copy_re='^COPY [^- ][^ ]* \./[^ /]*$'
for line in "${RUNTIME_COPIES[@]}"; do
	if [[ $line =~ $layer_copy_re ]]; then
		LAYER_COUNT=$((LAYER_COUNT + 1))
	elif [[ $line == "COPY --from="* ]]; then
		die "cannot replay (only 'COPY --from=build <dir>/ ./' is supported): $line"
	elif ! [[ $line =~ $file_copy_re ]]; then
		die "cannot replay (only 'COPY <file> ./' or 'COPY <file> ./<name>' from the build context is supported): $line"
	fi
done
[[ $LAYER_COUNT -gt 0 ]] || die "no 'COPY --from=build <layer>/ ./' lines in the Dockerfile"

# .dockerignore, read like Docker does for the paths checked here: patterns relative to the context
# root, `*` and `?` within one path segment, `**` across segments, `!` re-includes, the last
# matching line wins, and a pattern that matches a parent directory matches what is inside it.
dockerignored() { # path relative to the context root: succeeds when .dockerignore excludes it
	local path=$1 pattern negate regex prefix excluded=0 part
	[[ -f $ROOT/.dockerignore ]] || return 1
	while IFS= read -r pattern || [[ -n $pattern ]]; do
		pattern=${pattern%$'\r'}
		pattern=$(printf '%s' "$pattern" | sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//')
		[[ -z $pattern || $pattern == \#* ]] && continue
		negate=0
		if [[ $pattern == !* ]]; then negate=1 pattern=${pattern#!}; fi
		pattern=${pattern#/}
		pattern=${pattern#./}
		pattern=${pattern%/}
		regex=$(printf '%s' "$pattern" | sed -E 's/[].[^$+(){}|\\]/\\&/g; s/\*\*/\x01/g; s/\*/[^\/]*/g; s/\?/[^\/]/g; s/\x01/.*/g')
		prefix=""
		for part in ${path//\// }; do
			prefix=${prefix:+$prefix/}$part
			if [[ $prefix =~ ^${regex}$ ]]; then
				excluded=$((1 - negate))
				break
			fi
		done
	done <"$ROOT/.dockerignore"
	[[ $excluded == 1 ]]
}

TRAIN_LINE="$(instruction '^RUN java .*-XX:AOTCacheOutput=')"
read -r -a TRAIN_CMD <<<"$(run_words "$TRAIN_LINE")"

ENTRY_LINE="$(instruction '^ENTRYPOINT ')"
ENTRY_CMD=()
rest="${ENTRY_LINE#ENTRYPOINT }"
[[ $rest == \[*\] ]] || die "ENTRYPOINT must be in exec form: $ENTRY_LINE"
rest="${rest#[}"
rest="${rest%]}"
re='^ *"([^"\\]*)" *,?(.*)$'
while [[ $rest =~ $re ]]; do
	ENTRY_CMD+=("${BASH_REMATCH[1]}")
	rest="${BASH_REMATCH[2]}"
done
[[ -z ${rest// /} ]] || die "cannot parse the ENTRYPOINT array near: $rest"
[[ ${ENTRY_CMD[0]:-} == java && ${TRAIN_CMD[0]} == java && ${EXTRACT_CMD[0]} == java ]] ||
	die "the Dockerfile commands must start with 'java'"

# Training and ENTRYPOINT must agree: same cache file, same JVM flags, same application.
aot_output="" aot_cache="" plain_cmd=()
train_rest=() entry_rest=()
for arg in "${TRAIN_CMD[@]:1}"; do
	case $arg in
	-XX:AOTCacheOutput=*) aot_output="${arg#*=}" ;;
	-Dspring.context.exit=onRefresh) ;;
	*) train_rest+=("$arg") ;;
	esac
done
for arg in "${ENTRY_CMD[@]:1}"; do
	case $arg in
	-XX:AOTCache=*) aot_cache="${arg#*=}" ;;
	*) entry_rest+=("$arg") ;;
	esac
done
[[ -n $aot_cache ]] || die "the ENTRYPOINT has no -XX:AOTCache flag"
[[ $aot_cache == "$aot_output" ]] || die "training writes '$aot_output' but the ENTRYPOINT reads '$aot_cache'"
[[ "${train_rest[*]}" == "${entry_rest[*]}" ]] ||
	die "training run and ENTRYPOINT differ beyond the AOT flags: '${train_rest[*]}' vs '${entry_rest[*]}'"
plain_cmd=("$JAVA" "${entry_rest[@]}")
ENTRY_CMD[0]="$JAVA"
TRAIN_CMD[0]="$JAVA"
EXTRACT_CMD[0]="$JAVA"

# ---- work area and port ---------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/container-smoke.XXXXXX")"
touch "$WORK/.started"
BUILD_DIR="$WORK/build"   # stands for the build stage's $BUILD_WORKDIR
APP_DIR="$WORK/runtime"   # stands for the runtime stage's WORKDIR
mkdir -p "$BUILD_DIR" "$APP_DIR"

# A port is taken when any TCP socket (IPv4 or IPv6, any address) other than a TIME_WAIT leftover
# uses it as its local port. Candidates come from below the kernel's ephemeral port range, so
# outgoing connections do not collide with them.
port_taken() {
	local files=() f
	for f in /proc/net/tcp /proc/net/tcp6; do
		[[ -r $f ]] && files+=("$f")
	done
	if [[ ${#files[@]} -gt 0 ]]; then
		awk -v suffix=":$(printf '%04X' "$1")" \
			'FNR > 1 && substr($2, length($2) - 4) == suffix && $4 != "06" { found = 1 } END { exit !found }' "${files[@]}"
	else
		(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
	fi
}
PORT="" BASE="" MANAGEMENT_PORT="" MANAGEMENT_BASE=""
free_port() { # prints a free port below the ephemeral range, other than $1
	local low=32768 candidate
	{ read -r low _ </proc/sys/net/ipv4/ip_local_port_range; } 2>/dev/null || true
	((low > 11000)) || low=32768
	for _ in {1..100}; do
		candidate=$((10000 + RANDOM % (low - 10000)))
		if [[ $candidate != "${1:-}" ]] && ! port_taken "$candidate"; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}
choose_port() { # sets PORT and BASE, MANAGEMENT_PORT and MANAGEMENT_BASE
	if [[ -n ${SERVER_PORT:-} ]]; then
		port_taken "$SERVER_PORT" && die "SERVER_PORT=$SERVER_PORT is already in use"
		PORT=$SERVER_PORT
	else
		PORT="$(free_port)" || die "found no free port"
	fi
	MANAGEMENT_PORT="$(free_port "$PORT")" || die "found no free port"
	USED_PORTS+=("$PORT" "$MANAGEMENT_PORT")
	BASE="http://127.0.0.1:$PORT"
	MANAGEMENT_BASE="http://127.0.0.1:$MANAGEMENT_PORT"
}
LOAD_AT_START="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"

# ---- 1. build -------------------------------------------------------------------------------------
if [[ ${SKIP_BUILD:-0} == 1 ]]; then
	log "SKIP_BUILD=1: reusing the packaged jar"
else
	log "building: ${BUILD_CMD[*]} (JAVA_HOME=$JAVA_HOME)"
	(cd "$ROOT" && "${BUILD_CMD[@]}") || die "the Maven build failed"
fi
shopt -s nullglob
jars=("$ROOT"/target/rust-vs-go-api-*.jar)
shopt -u nullglob
[[ ${#jars[@]} -gt 0 ]] || die "no target/rust-vs-go-api-*.jar (build first or unset SKIP_BUILD)"
[[ ${#jars[@]} -eq 1 ]] || die "several jars in target/ (the Dockerfile's cp would fail too): ${jars[*]}"
cp "${jars[0]}" "$BUILD_DIR/application.jar"

# ---- 2. extract the layers ------------------------------------------------------------------------
log "extracting: ${EXTRACT_LINE#RUN }"
(cd "$BUILD_DIR" && "${EXTRACT_CMD[@]}") >"$WORK/extract.log" 2>&1 || {
	cat "$WORK/extract.log" >&2
	die "layer extraction failed"
}

# ---- 3. assemble the runtime directory like the COPY lines ----------------------------------------
mapfile -t jar_layers < <(cd "$BUILD_DIR" && "$JAVA" -Djarmode=tools -jar application.jar list-layers)
copied_layers=() copied_files=()
for line in "${RUNTIME_COPIES[@]}"; do
	read -r _ src dest <<<"$line"
	if [[ $src == --from=build ]]; then # a layer from the build stage
		read -r _ _ src dest <<<"$line"
		[[ $src == "$BUILD_WORKDIR"/* ]] || die "COPY source $src is outside the build WORKDIR $BUILD_WORKDIR"
		local_src="$BUILD_DIR/${src#"$BUILD_WORKDIR"/}"
		[[ -d $local_src ]] || die "COPY source $src does not exist after extraction ($local_src)"
		cp -a "${local_src%/}/." "$APP_DIR/"
		layer="${src%/}"
		copied_layers+=("${layer##*/}")
	else # a file from the build context (the repository)
		[[ -f $ROOT/$src ]] || die "COPY source $src is not a file in the repository: $line"
		! dockerignored "$src" || die ".dockerignore keeps $src out of the build context, but the Dockerfile copies it"
		name=${dest#./}
		[[ -n $name ]] || name=$(basename "$src")
		cp "$ROOT/$src" "$APP_DIR/$name"
		copied_files+=("$src -> $name")
	fi
done
[[ "${copied_layers[*]}" == "${jar_layers[*]}" ]] ||
	die "the Dockerfile copies layers '${copied_layers[*]}' but the jar has '${jar_layers[*]}' (in this order)"
log "runtime directory assembled from layers: ${copied_layers[*]}; files: ${copied_files[*]:-none}"

# Argument files named by the training command and the ENTRYPOINT (`java @jvm.options ...`): the JVM
# reads them from the working directory, so they must have been copied there, and they must read
# cleanly (no quotes, no '#' inside an option: scripts/lib/jvm-options.sh).
ARGFILE_OPTIONS=""
for arg in "${TRAIN_CMD[@]:1}" "${ENTRY_CMD[@]:1}"; do
	[[ $arg == @* ]] || continue
	argfile=${arg#@}
	[[ $argfile != /* && -f $APP_DIR/$argfile ]] ||
		die "the Dockerfile runs java $arg, but no COPY line puts $argfile into the working directory"
	read_jvm_options "$APP_DIR/$argfile" || die "$argfile does not read as a plain JVM argument file"
	ARGFILE_OPTIONS="$arg = ${JVM_OPTIONS[*]}"
done
[[ -n $ARGFILE_OPTIONS ]] || log "note: the Dockerfile's java commands use no @argfile"

# ---- helpers: start, probe, stop ------------------------------------------------------------------
if [[ -n ${EPOCHREALTIME:-} ]]; then
	now_ms() { echo $((${EPOCHREALTIME/[.,]/} / 1000)); }
else
	now_ms() { date +%s%3N; }
fi
http_code() { curl -s -o "${2:-/dev/null}" -w '%{http_code}' --max-time 10 "$BASE$1" || true; }

# Whether the JVM found one of the free ports chosen here taken (the management port always, the
# application port unless SERVER_PORT named it).
port_lost() {
	grep -q "Port $MANAGEMENT_PORT was already in use" "$APP_LOG" ||
		{ [[ -z ${SERVER_PORT:-} ]] && grep -q "Port $PORT was already in use" "$APP_LOG"; }
}

START_MS=0
start_app() { # label cmd...
	local label=$1 t0 code ready_path=$READINESS_PATH attempt=1
	shift
	APP_LOG="$WORK/$label.log"
	choose_port
	t0="$(now_ms)"
	(cd "$APP_DIR" && SERVER_PORT="$PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" exec "$@") >"$APP_LOG" 2>&1 &
	APP_PID=$!
	while :; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			# Another process may have bound the free port first: try another one, twice at most.
			if [[ $attempt -lt 3 ]] && port_lost; then
				wait "$APP_PID" 2>/dev/null || true
				log "$label: port $PORT was taken meanwhile, retrying on another port"
				attempt=$((attempt + 1))
				choose_port
				t0="$(now_ms)"
				(cd "$APP_DIR" && SERVER_PORT="$PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" exec "$@") >"$APP_LOG" 2>&1 &
				APP_PID=$!
				continue
			fi
			APP_PID=""
			die "$label: the application exited during start-up"
		fi
		code="$(http_code "$ready_path")"
		if [[ $code == 200 ]]; then
			break
		elif [[ $code == 404 && $ready_path == "$READINESS_PATH" ]]; then
			log "$label: $READINESS_PATH not found (actuator not configured?), probing $FALLBACK_READY_PATH"
			ready_path=$FALLBACK_READY_PATH
			continue
		fi
		if (($(now_ms) - t0 > STARTUP_TIMEOUT * 1000)); then
			die "$label: not ready on $ready_path within ${STARTUP_TIMEOUT}s (last status $code)"
		fi
		sleep 0.05
	done
	START_MS=$(($(now_ms) - t0))
	READY_PATH_USED=$ready_path
}

alive() { kill -0 "$APP_PID" 2>/dev/null && echo "still running" || echo "no longer running"; }

check_app() { # label
	local label=$1 body="$WORK/body.json" code ctype
	ctype="$(curl -s -o "$body" -w '%{http_code} %{content_type}' --max-time 10 "$BASE/api/dimensions/concurrency" || true)"
	code="${ctype%% *}"
	ctype="${ctype#* }"
	[[ $code == 200 ]] || die "$label: GET /api/dimensions/concurrency returned $code (process $(alive))"
	[[ $ctype == application/json* ]] || die "$label: GET /api/dimensions/concurrency returned Content-Type '$ctype'"
	grep -q '"slug":"concurrency"' "$body" || die "$label: /api/dimensions/concurrency body lacks the concurrency dimension"
	if [[ $READY_PATH_USED == "$READINESS_PATH" ]]; then
		code="$(http_code /livez)"
		[[ $code == 200 ]] || die "$label: GET /livez returned $code (process $(alive))"
	fi
	# A few more requests, so the resident set reflects a serving process, not just a started one.
	for path in '/api/dimensions' '/api/sources' '/api/claims' '/api/claims?favors=GO' '/api/dimensions/performance'; do
		for _ in 1 2 3 4; do
			code="$(http_code "$path")"
			[[ $code == 200 ]] || die "$label: GET $path returned $code (process $(alive))"
		done
	done
	# The actuator on its own port: readiness, and the metrics of the requests above by route.
	code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$MANAGEMENT_BASE/actuator/health/readiness" || true)"
	[[ $code == 200 ]] || die "$label: GET :$MANAGEMENT_PORT/actuator/health/readiness returned $code"
	code="$(curl -s -o "$body" -w '%{http_code}' --max-time 10 "$MANAGEMENT_BASE/actuator/prometheus" || true)"
	[[ $code == 200 ]] || die "$label: GET :$MANAGEMENT_PORT/actuator/prometheus returned $code"
	grep -q 'http_server_requests_seconds_count{.*uri="/api/dimensions/{slug}"' "$body" ||
		die "$label: /actuator/prometheus has no request metrics for /api/dimensions/{slug}"
	code="$(http_code /actuator/prometheus)"
	[[ $code == 404 ]] || die "$label: GET /actuator/prometheus on the application port returned $code, not 404"
}

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

stop_app() { # label
	local label=$1
	stop_pid "$APP_PID"
	APP_PID=""
	# 143 = terminated by SIGTERM after a clean shutdown (JVM convention); 0 if the app exits itself.
	[[ $STOP_RC == 0 || $STOP_RC == 143 ]] || die "$label: exit status $STOP_RC after SIGTERM"
	APP_LOG=""
}

# The JVM reports an unusable cache on stderr ("Unable to use AOT cache", errors) and carries on
# without it; other [aot] warnings (e.g. one adapter not linked) leave the cache in use.
aot_problems() { grep -E '\[error *\]\[(aot|cds)|Unable to use AOT cache' "$1" || true; }

declare -a PLAIN_TIMES=() AOT_TIMES=()
PLAIN_RSS="?" AOT_RSS="?"

# ---- 4. plain start (ENTRYPOINT without the AOT cache) --------------------------------------------
for ((run = 1; run <= RUNS; run++)); do
	start_app "plain-$run" "${plain_cmd[@]}"
	check_app "plain start"
	PLAIN_RSS="$(rss_mb "$APP_PID")"
	stop_app "plain start"
	PLAIN_TIMES+=("$START_MS")
	log "plain start #$run: ready in $START_MS ms (probe $READY_PATH_USED), RSS ${PLAIN_RSS} MB"
done

# ---- 5. AOT cache training run --------------------------------------------------------------------
log "training: ${TRAIN_CMD[*]:1}"
choose_port
t0="$(now_ms)"
(cd "$APP_DIR" && SERVER_PORT="$PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" "${TRAIN_CMD[@]}") >"$WORK/training.log" 2>&1 || {
	tail -n 40 "$WORK/training.log" >&2
	die "the AOT training run failed"
}
[[ -s $APP_DIR/$aot_output ]] || die "the training run wrote no $aot_output"
AOT_BYTES="$(stat -c %s "$APP_DIR/$aot_output")"
log "training took $(($(now_ms) - t0)) ms; $aot_output is $((AOT_BYTES / 1024 / 1024)) MB"

# ---- 6. AOT cache start (the ENTRYPOINT exactly) --------------------------------------------------
for ((run = 1; run <= RUNS; run++)); do
	start_app "aot-$run" "${ENTRY_CMD[@]}"
	check_app "AOT cache start"
	problems="$(aot_problems "$APP_LOG")"
	[[ -z $problems ]] || die "the JVM could not use the AOT cache: $problems"
	warnings="$(grep -c '\[warning *\]\[aot' "$APP_LOG" || true)"
	[[ $warnings == 0 ]] || log "AOT cache start #$run: $warnings [aot] warning line(s) in the log (cache in use)"
	if [[ -r /proc/$APP_PID/maps ]] && ! grep -q "/$aot_output\$" "/proc/$APP_PID/maps"; then
		die "the JVM did not map $aot_output: the AOT cache is not in use"
	fi
	AOT_RSS="$(rss_mb "$APP_PID")"
	stop_app "AOT cache start"
	AOT_TIMES+=("$START_MS")
	log "AOT cache start #$run: ready in $START_MS ms (probe $READY_PATH_USED), RSS ${AOT_RSS} MB"
done

# ---- summary --------------------------------------------------------------------------------------
java_version="$("$JAVA" -version 2>&1 | head -n 1)"
cat <<EOF
container-smoke: OK ($java_version, $(nproc 2>/dev/null || echo '?') CPUs, load average $LOAD_AT_START at start)
  plain start, ms (no AOT cache):   ${PLAIN_TIMES[*]}
  AOT cache start, ms:              ${AOT_TIMES[*]}
  AOT cache file $aot_output:            $AOT_BYTES bytes ($((AOT_BYTES / 1024 / 1024)) MB)
  JVM options:                      ${ARGFILE_OPTIONS:-none}
  RSS after ~20 requests, MB:       plain ${PLAIN_RSS}, AOT cache ${AOT_RSS}
EOF
