#!/usr/bin/env bash
# Start-up soak: starts the built API many times in each supported mode, each start alternating
# with the reference app (bench/reference-app) in the same mode, and records every start: the time
# from process start to the first successful HTTP request, or a hang when nothing answers in time.
# On a hang it saves a thread dump that includes virtual threads (jcmd Thread.dump_to_file), kills
# the process, counts it and goes on. Writes everything as JSON; bench/render.mjs puts it on
# docs/performance.md.
#
# Modes:
#   plain  `java -jar target/rust-vs-go-api-0.1.0.jar`, no options (what a developer runs); the
#          reference app the same way
#   aot    the container image's mode: the jar extracted with `-Djarmode=tools extract --layers`,
#          the layers merged in the Dockerfile's order, scripts/jvm.options copied beside them
#          (Spring AOT and the heap options), a JDK AOT cache trained as the Dockerfile trains it
#          (`java @jvm.options -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar
#          application.jar`) and started as its ENTRYPOINT (`java @jvm.options -XX:AOTCache=app.aot
#          -jar application.jar`), inside a CONTAINER_MEMORY memory cgroup; the reference app is
#          prepared and started in exactly the same way
# Each round starts both apps once per mode; the app goes first in odd rounds and the reference app
# in even rounds, so that drift of the machine's speed during the run hits both alike.
#
# Usage:
#   bench/startup.sh                  build both jars, then 25 rounds (50 API starts, 50 reference;
#                                     a round took about 27 s on this 2-core machine while another build
#                                     ran, so some 15 minutes with the builds and the AOT training)
#   SKIP_BUILD=1 N=2 bench/startup.sh reuse the jars, 2 rounds
#   bench/startup.sh --ci             the start check of .ci/run: N (default 10) plain starts of the
#                                     built jar, each must answer /readyz (readiness) with 200
#                                     within HANG_TIMEOUT s; on a hang the thread dump is printed and
#                                     the script fails. No reference app, no build, no JSON.
# Settings (environment):
#   N=25                 rounds (starts per mode and app); --ci: 10
#   MODES="plain aot"    modes to run (aot needs JDK 25+)
#   HANG_TIMEOUT=60      seconds without a successful answer that count as a hang
#   APP_PATH             the API's probe, default /api/dimensions (--ci: /readyz, the readiness group on
#                        the application port)
#   CONTAINER_MEMORY     memory limit of the aot mode, as in a container (default 384M, the compose
#                        and Kubernetes limit; empty: none). Needs a writable memory cgroup (root).
#   OUTPUT               default target/bench/startup.json
#   DUMP_DIR             thread dumps and logs of failed starts, default target/startup-soak
#   SKIP_BUILD=1         reuse target/rust-vs-go-api-0.1.0.jar and the reference app's jar
#   KEEP_WORK=1          keep the temporary directory (layouts, caches, logs)
# Only 127.0.0.1 is contacted. Needs curl, and jq outside --ci (installed from Debian when missing).
set -euo pipefail

SETTINGS=(JAVA_HOME N MODES HANG_TIMEOUT APP_PATH CONTAINER_MEMORY OUTPUT DUMP_DIR SKIP_BUILD)
ENV_OVERRIDES=""
for setting in "${SETTINGS[@]}"; do
	if [[ -n ${!setting+x} ]]; then ENV_OVERRIDES+="$setting=$(printf '%q' "${!setting}") "; fi
done

CI_MODE=0
case ${1:-} in
--ci) CI_MODE=1 ;;
"") ;;
-h | --help)
	sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
	exit 0
	;;
*)
	echo "usage: bench/startup.sh [--ci]" >&2
	exit 2
	;;
esac

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=scripts/lib/jdk.sh
source scripts/lib/jdk.sh
# shellcheck source=scripts/lib/jvm-options.sh
source scripts/lib/jvm-options.sh
# shellcheck source=scripts/lib/start.sh
source scripts/lib/start.sh

HOST=127.0.0.1
JAR_NAME=rust-vs-go-api-0.1.0.jar
JAR="$ROOT/target/$JAR_NAME"
REF_JAR_NAME=reference-app-0.1.0.jar
REF_JAR="$ROOT/bench/reference-app/target/$REF_JAR_NAME"
REF_PATH=/api/dimensions # the reference app's one endpoint
JVM_OPTIONS_FILE=scripts/jvm.options
HANG_TIMEOUT=${HANG_TIMEOUT:-60}
SKIP_BUILD=${SKIP_BUILD:-0}
DUMP_DIR=${DUMP_DIR:-target/startup-soak}
if [[ $CI_MODE == 1 ]]; then
	N=${N:-10}
	MODES=plain
	APP_PATH=${APP_PATH:-/readyz}
	SKIP_BUILD=1
else
	N=${N:-25}
	MODES=${MODES:-"plain aot"}
	APP_PATH=${APP_PATH:-/api/dimensions}
	CONTAINER_MEMORY=${CONTAINER_MEMORY-384M}
	OUTPUT=${OUTPUT:-target/bench/startup.json}
fi
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number, not '$N'" >&2; exit 2; }
read -r -a MODE_LIST <<<"$MODES"
for mode in "${MODE_LIST[@]}"; do
	[[ $mode == plain || $mode == aot ]] || { echo "unknown mode '$mode' (plain, aot)" >&2; exit 2; }
done
AOT=0
[[ " ${MODE_LIST[*]} " == *" aot "* ]] && AOT=1

TAG=startup
[[ $CI_MODE == 1 ]] && TAG="start check"
log() { printf '[%s] %s: %s\n' "$(date +%H:%M:%S)" "$TAG" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

# ---- clean-up ---------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/startup-soak.XXXXXX")
RUNNING_PID="" RUNNING_PORT=""
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	if [[ -n $RUNNING_PID ]] && kill -0 "$RUNNING_PID" 2>/dev/null; then kill_jvm "$RUNNING_PID"; fi
	[[ -n $RUNNING_PORT ]] && clean_tomcat_tmp "$RUNNING_PORT"
	cgroup_remove
	if [[ ${KEEP_WORK:-0} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- tools, JDK, jars -------------------------------------------------------------------------------
if [[ $AOT == 1 ]]; then
	select_jdk 25 || die "the aot mode needs JDK 25 or newer (or run MODES=plain)"
else
	select_jdk 21 || die "needs JDK 21 or newer"
fi
JAVA="$JAVA_HOME/bin/java"
[[ -x $JAVA_HOME/bin/jcmd ]] || die "$JAVA_HOME has no jcmd (needed for thread dumps): use a JDK, not a JRE"
JDK_VERSION=$("$JAVA" -version 2>&1 | sed -n 2p)
if [[ $CI_MODE == 1 ]]; then ensure_commands curl; else ensure_commands curl jq; fi
if [[ -n ${JAVA_TOOL_OPTIONS:-} || -n ${JDK_JAVA_OPTIONS:-} ]]; then
	log "warning: JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS are set and change the JVMs under test"
fi
# Both apps run on their embedded H2, so the comparison is like for like.
for var in SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD; do
	if [[ -n ${!var+x} ]]; then
		log "ignoring $var: the starts use the embedded H2 database"
		unset "$var"
	fi
done
read_jvm_options "$JVM_OPTIONS_FILE" || die "cannot read $JVM_OPTIONS_FILE"

if [[ $SKIP_BUILD != 1 ]]; then
	log "building the jar (tests skipped)"
	./mvnw -q -B -Dmaven.test.skip=true package
fi
[[ -f $JAR ]] || die "$JAR not found (build it: ./mvnw -Dmaven.test.skip=true package)"
if [[ $CI_MODE == 0 ]] && { [[ $SKIP_BUILD != 1 ]] || [[ ! -f $REF_JAR ]]; }; then
	log "building the reference app (bench/reference-app)"
	./mvnw -q -B -Dmaven.test.skip=true -f bench/reference-app/pom.xml package
fi
[[ $CI_MODE == 1 || -f $REF_JAR ]] || die "$REF_JAR not found"

# ---- the image's layout, per app: extract, merge the layers, argfile, train the AOT cache ------------
# As in the Dockerfile; scripts/container-smoke.sh checks that its COPY lines follow the jar's layer
# list, which is the order used here.
TRAINING_MS=()
prepare_image_layout() { # jar dir label
	local jar=$1 dir=$2 label=$3 build="$2.build" layer layers=() attempt port t0
	mkdir -p "$build" "$dir"
	cp "$jar" "$build/application.jar"
	(cd "$build" && "$JAVA" -Djarmode=tools -jar application.jar extract --layers \
		--application-filename application.jar --destination extracted) >"$build/extract.log" 2>&1 ||
		{ cat "$build/extract.log" >&2; die "$label: layer extraction failed"; }
	mapfile -t layers < <(cd "$build" && "$JAVA" -Djarmode=tools -jar application.jar list-layers)
	for layer in "${layers[@]}"; do cp -a "$build/extracted/$layer/." "$dir/"; done
	rm -rf "$build"
	cp "$JVM_OPTIONS_FILE" "$dir/jvm.options"
	# The cache assembly (a child JVM) now and then fails on a busy machine: retry, as bench/run.sh does.
	for attempt in 1 2 3; do
		port=$(free_port)
		t0=$(now_ms)
		(cd "$dir" && SERVER_PORT=$port MANAGEMENT_SERVER_PORT=0 "$JAVA" @jvm.options -XX:AOTCacheOutput=app.aot \
			-Dspring.context.exit=onRefresh -jar application.jar) >"$WORK/training-$label.log" 2>&1 ||
			{ tail -n 30 "$WORK/training-$label.log" >&2; die "$label: AOT training failed"; }
		clean_tomcat_tmp "$port"
		if [[ -s $dir/app.aot ]]; then
			t0=$(($(now_ms) - t0))
			TRAINING_MS+=("$label $t0 $(stat -c %s "$dir/app.aot")")
			log "$label: AOT cache trained in $t0 ms ($(($(stat -c %s "$dir/app.aot") / 1048576)) MB)"
			return 0
		fi
		log "$label: no AOT cache written (attempt $attempt): $(grep -m1 '\[error' "$WORK/training-$label.log" || true)"
	done
	die "$label: no AOT cache written after 3 attempts"
}

CGROUP_NOTE=null
if [[ $AOT == 1 ]]; then
	prepare_image_layout "$JAR" "$WORK/aot-api" api
	prepare_image_layout "$REF_JAR" "$WORK/aot-reference" reference
	if [[ -n $CONTAINER_MEMORY ]]; then
		if cgroup_create "rustvsgo-startup-$$" "$CONTAINER_MEMORY"; then
			CGROUP_NOTE="$CONTAINER_MEMORY"
			log "aot starts run in a $CONTAINER_MEMORY memory cgroup ($CGROUP)"
		else
			log "no writable memory cgroup: the aot starts run without a memory limit"
		fi
	fi
fi
mkdir -p "$WORK/plain"

# Sets CMD, DIR, CG and PROBE for a start: start_spec <mode> <api|reference>
start_spec() {
	case $1/$2 in
	plain/api) CMD=("$JAVA" -jar "$JAR") DIR="$WORK/plain" CG="" PROBE=$APP_PATH ;;
	plain/reference) CMD=("$JAVA" -jar "$REF_JAR") DIR="$WORK/plain" CG="" PROBE=$REF_PATH ;;
	aot/api) CMD=("$JAVA" @jvm.options -XX:AOTCache=app.aot -jar application.jar) DIR="$WORK/aot-api" CG=$CGROUP PROBE=$APP_PATH ;;
	aot/reference) CMD=("$JAVA" @jvm.options -XX:AOTCache=app.aot -jar application.jar) DIR="$WORK/aot-reference" CG=$CGROUP PROBE=$REF_PATH ;;
	esac
}
describe() { # mode app: the command as a person would type it
	case $1/$2 in
	plain/api) echo "java -jar target/$JAR_NAME" ;;
	plain/reference) echo "java -jar bench/reference-app/target/$REF_JAR_NAME" ;;
	aot/*) echo "java @jvm.options -XX:AOTCache=app.aot -jar application.jar (extracted layers of $([[ $2 == api ]] && echo "$JAR_NAME" || echo "$REF_JAR_NAME"))" ;;
	esac
}

# ---- one start --------------------------------------------------------------------------------------
# Sets OUTCOME (ready, hang, exited), MS and SAVED (dump or log kept under DUMP_DIR).
HANGS=0 EXITS=0 COUNT=0
one_start() { # mode app label
	local mode=$1 app=$2 label=$3 logfile port rc attempt=1
	start_spec "$mode" "$app"
	logfile="$WORK/$label.log"
	OUTCOME="" MS="" SAVED=""
	while :; do
		port=$(free_port) || die "no free port"
		RUNNING_PORT=$port
		launch "$logfile" "$DIR" "$port" "$CG" "${CMD[@]}"
		RUNNING_PID=$LAUNCH_PID
		rc=0
		await_http "$LAUNCH_PID" "http://$HOST:$port$PROBE" "$HANG_TIMEOUT" "$logfile" || rc=$?
		if [[ $rc == 3 && $attempt -lt 3 ]]; then # another process bound the port first
			wait "$LAUNCH_PID" 2>/dev/null || true
			log "$label: port $port was taken meanwhile, starting again on another port"
			attempt=$((attempt + 1))
			continue
		fi
		break
	done
	case $rc in
	0)
		OUTCOME=ready MS=$AWAIT_MS
		stop_jvm "$LAUNCH_PID"
		[[ $STOP_RC == 0 || $STOP_RC == 143 ]] || log "$label: exit status $STOP_RC after SIGTERM"
		;;
	1)
		OUTCOME=hang
		HANGS=$((HANGS + 1))
		mkdir -p "$DUMP_DIR"
		SAVED="$DUMP_DIR/hang-$HANGS.txt"
		log "$label: HANG, no 200 from $PROBE within ${HANG_TIMEOUT}s (last status ${AWAIT_CODE:-none}); thread dump to $SAVED"
		dump_threads "$LAUNCH_PID" "$SAVED" || log "$label: jcmd failed; the JVM's own SIGQUIT dump is in the log"
		kill_jvm "$LAUNCH_PID"
		cp "$logfile" "$DUMP_DIR/hang-$HANGS.log"
		;;
	*)
		OUTCOME=exited
		EXITS=$((EXITS + 1))
		mkdir -p "$DUMP_DIR"
		SAVED="$DUMP_DIR/exited-$EXITS.log"
		wait "$LAUNCH_PID" 2>/dev/null || true
		cp "$logfile" "$SAVED"
		log "$label: the process exited before answering $PROBE; its log is $SAVED"
		;;
	esac
	RUNNING_PID=""
	clean_tomcat_tmp "$port"
	RUNNING_PORT=""
	COUNT=$((COUNT + 1))
}

# ---- CI start check ---------------------------------------------------------------------------------
if [[ $CI_MODE == 1 ]]; then
	log "$N plain starts of target/$JAR_NAME (JDK $JAVA_MAJOR), each must answer $APP_PATH with 200 within ${HANG_TIMEOUT}s"
	times=()
	for ((i = 1; i <= N; i++)); do
		one_start plain api "ci-$i"
		case $OUTCOME in
		ready)
			times+=("$MS")
			log "start $i/$N: ready in $MS ms"
			;;
		hang)
			echo "==== thread dump of the hung start $i/$N ($SAVED, virtual threads included) ===="
			cat "$SAVED"
			echo "==== last 60 lines of its log ($DUMP_DIR/hang-$HANGS.log) ===="
			tail -n 60 "$DUMP_DIR/hang-$HANGS.log"
			die "start $i/$N hung: no 200 from $APP_PATH within ${HANG_TIMEOUT}s"
			;;
		*)
			tail -n 60 "$SAVED"
			die "start $i/$N: the application exited before answering $APP_PATH (log above)"
			;;
		esac
	done
	log "OK: $N of $N starts ready; times in ms: ${times[*]}"
	exit 0
fi

# ---- the soak ---------------------------------------------------------------------------------------
STARTED_AT=$(date -u +"%Y-%m-%dT%H:%M:%SZ")
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
RECORDS="$WORK/starts.jsonl"
: >"$RECORDS"
log "$N rounds of: ${MODE_LIST[*]} (API and reference app), hang timeout ${HANG_TIMEOUT}s, JDK $JAVA_MAJOR"
for ((round = 1; round <= N; round++)); do
	for mode in "${MODE_LIST[@]}"; do
		if ((round % 2)); then order=(api reference); else order=(reference api); fi
		for app in "${order[@]}"; do
			one_start "$mode" "$app" "$mode-$app-$round"
			load1=$(cut -d' ' -f1 /proc/loadavg)
			log "round $round/$N $mode $app: $OUTCOME${MS:+ in $MS ms} (load $load1)"
			jq -nc --argjson n "$COUNT" --argjson round "$round" --arg mode "$mode" --arg app "$app" \
				--arg outcome "$OUTCOME" --arg ms "$MS" --arg path "$PROBE" --argjson load1 "$load1" \
				--arg saved "$SAVED" \
				'{n: $n, round: $round, mode: $mode, app: $app, outcome: $outcome,
				  ms: (if $ms == "" then null else ($ms | tonumber) end), path: $path, load1: $load1,
				  saved: (if $saved == "" then null else $saved end)}' >>"$RECORDS"
		done
	done
done

# ---- JSON -------------------------------------------------------------------------------------------
mkdir -p "$(dirname "$OUTPUT")"
modes_json=$(for mode in "${MODE_LIST[@]}"; do
	jq -nc --arg mode "$mode" --arg api "$(describe "$mode" api)" --arg ref "$(describe "$mode" reference)" \
		'{($mode): {api_command: $api, reference_command: $ref}}'
done | jq -sc 'add')
training_json=$(for t in "${TRAINING_MS[@]}"; do
	read -r who ms bytes <<<"$t"
	jq -nc --arg who "$who" --argjson ms "$ms" --argjson bytes "$bytes" '{($who): {ms: $ms, cache_bytes: $bytes}}'
done | jq -sc 'add // {}')
uncommitted=false
[[ -z $(git -C "$ROOT" status --porcelain -- src db pom.xml bench/reference-app scripts/jvm.options 2>/dev/null) ]] || uncommitted=true
jq -s \
	--arg started_at "$STARTED_AT" --arg finished_at "$(date -u +"%Y-%m-%dT%H:%M:%SZ")" \
	--arg commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
	--argjson uncommitted "$uncommitted" \
	--arg command "${ENV_OVERRIDES}bench/startup.sh" \
	--argjson cpus "$(nproc)" --arg cpu_model "$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)" \
	--arg memory "$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)" --arg kernel "$(uname -sr)" \
	--arg load_at_start "$LOAD_AT_START" --arg load_at_end "$(cut -d' ' -f1-3 /proc/loadavg)" \
	--arg jdk "$JDK_VERSION" --argjson java_major "$JAVA_MAJOR" \
	--argjson rounds "$N" --argjson hang_timeout_s "$HANG_TIMEOUT" \
	--arg memory_limit "$CGROUP_NOTE" --arg jvm_options_file "$JVM_OPTIONS_FILE" \
	--argjson jvm_options "$(printf '%s\n' "${JVM_OPTIONS[@]}" | jq -Rsc 'split("\n") | map(select(. != ""))')" \
	--argjson modes "$modes_json" --argjson training "$training_json" \
	'def median: sort | if length == 0 then null elif length % 2 == 1 then .[(length - 1) / 2]
	                    else (.[length / 2 - 1] + .[length / 2]) / 2 end;
	 def stats: {starts: length, ready: map(select(.outcome == "ready")) | length,
	             hangs: map(select(.outcome == "hang")) | length, exited: map(select(.outcome == "exited")) | length,
	             median_ms: (map(select(.ms != null) | .ms) | median),
	             min_ms: (map(select(.ms != null) | .ms) | min), max_ms: (map(select(.ms != null) | .ms) | max)};
	 . as $starts
	 | {schema: "rust-vs-go-api/startup-soak/1", started_at: $started_at, finished_at: $finished_at,
	    commit: $commit, uncommitted: $uncommitted, command: $command,
	    machine: {cpus: $cpus, cpu_model: $cpu_model, memory: $memory, kernel: $kernel,
	              load_at_start: $load_at_start, load_at_end: $load_at_end},
	    jdk: $jdk, java_major: $java_major, rounds: $rounds, hang_timeout_s: $hang_timeout_s,
	    jvm_options_file: $jvm_options_file, jvm_options: $jvm_options,
	    aot_memory_limit: (if $memory_limit == "null" then null else $memory_limit end),
	    modes: $modes, aot_training: $training,
	    starts: $starts,
	    summary: ($starts | group_by(.mode) | map({key: .[0].mode, value:
	      ((map(select(.app == "api")) | stats) as $api | (map(select(.app == "reference")) | stats) as $ref
	       | {api: $api, reference: $ref,
	          ratio: (if $api.median_ms == null or $ref.median_ms == null then null
	                  else ($api.median_ms / $ref.median_ms * 1000 | round / 1000) end)})}) | from_entries),
	    hangs: ($starts | map(select(.outcome == "hang")) | length),
	    exited: ($starts | map(select(.outcome == "exited")) | length)}' "$RECORDS" >"$OUTPUT"

jq -r '.summary | to_entries[] | "\(.key): API median \(.value.api.median_ms) ms (\(.value.api.ready)/\(.value.api.starts) ready, \(.value.api.hangs) hangs), reference median \(.value.reference.median_ms) ms (\(.value.reference.ready)/\(.value.reference.starts) ready), ratio \(.value.ratio)"' "$OUTPUT" |
	while IFS= read -r line; do log "$line"; done
log "$HANGS hangs, $EXITS exits in $COUNT starts; wrote $OUTPUT (render: node bench/render.mjs)"
