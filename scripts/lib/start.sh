# shellcheck shell=bash
# Start a JVM, wait for its first successful HTTP answer, take a thread dump when it hangs, stop it.
# Sourced by bench/startup.sh, whose --ci mode is the start check of .ci/run.
#
#   free_port                       a free TCP port below the kernel's ephemeral range
#   launch LOG DIR PORT CGROUP CMD...   start CMD in DIR with SERVER_PORT=PORT, output to LOG, inside
#                                   the memory cgroup CGROUP (empty: none); sets LAUNCH_PID, LAUNCH_T0.
#                                   The actuator's own port (8081 by default) gets a free one
#                                   (MANAGEMENT_SERVER_PORT=0), so that starts never collide on it
#   await_http PID URL TIMEOUT_S    poll URL until it answers 200; sets AWAIT_MS (since LAUNCH_T0) and
#                                   AWAIT_CODE; returns 0 ready, 1 no answer in time (a hang),
#                                   2 the process exited, 3 it exited because PORT was taken
#   dump_threads PID FILE           thread dump with virtual threads (jcmd Thread.dump_to_file)
#   stop_jvm PID                    SIGTERM, up to 30 s, then SIGKILL; sets STOP_RC
#   kill_jvm PID                    SIGKILL
#   cgroup_create NAME LIMIT        a memory cgroup with that limit (e.g. 384M); sets CGROUP, or
#                                   leaves it empty when the machine has no writable memory controller
#   cgroup_remove                   removes CGROUP
#   ensure_commands CMD...          installs missing commands from Debian (same package name)
#
# Times are wall-clock milliseconds from just before the fork to the end of the successful request.

if [[ -n ${EPOCHREALTIME:-} ]]; then
	now_ms() { echo $((${EPOCHREALTIME/[.,]/} / 1000)); }
else
	now_ms() { date +%s%3N; }
fi

# A port is taken when any TCP socket (IPv4 or IPv6) other than a TIME_WAIT leftover uses it as its
# local port. Candidates come from below the kernel's ephemeral range (ip_local_port_range), where
# outgoing connections (curl's, wrk's) take theirs, as bench/run.sh and container-smoke.sh do.
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
free_port() {
	local low=32768 candidate
	{ read -r low _ </proc/sys/net/ipv4/ip_local_port_range; } 2>/dev/null || true
	((low > 11000)) || low=32768
	for _ in {1..200}; do
		candidate=$((10000 + RANDOM % (low - 10000)))
		if ! port_taken "$candidate"; then
			echo "$candidate"
			return 0
		fi
	done
	echo "free_port: no free port found below $low" >&2
	return 1
}

LAUNCH_PID="" LAUNCH_T0=0
launch() {
	local log=$1 dir=$2 port=$3 cgroup=$4
	shift 4
	LAUNCH_T0=$(now_ms)
	if [[ -n $cgroup ]]; then
		# The subshell execs sh, which joins the cgroup and execs java: $! is java's pid.
		(cd "$dir" && SERVER_PORT=$port MANAGEMENT_SERVER_PORT=0 exec sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$cgroup" "$@") >"$log" 2>&1 &
	else
		(cd "$dir" && SERVER_PORT=$port MANAGEMENT_SERVER_PORT=0 exec "$@") >"$log" 2>&1 &
	fi
	LAUNCH_PID=$!
}

AWAIT_MS="" AWAIT_CODE=""
await_http() {
	local pid=$1 url=$2 timeout_s=$3 log=${4:-} port deadline
	deadline=$((LAUNCH_T0 + timeout_s * 1000))
	AWAIT_MS="" AWAIT_CODE=""
	while :; do
		AWAIT_CODE=$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$url" || true)
		if [[ $AWAIT_CODE == 200 ]]; then
			AWAIT_MS=$(($(now_ms) - LAUNCH_T0))
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			port=${url#*://*:}
			port=${port%%/*}
			if [[ -n $log ]] && grep -q "Port $port was already in use" "$log" 2>/dev/null; then
				return 3
			fi
			return 2
		fi
		if (($(now_ms) >= deadline)); then
			return 1
		fi
		sleep 0.02
	done
}

# jcmd's Thread.dump_to_file lists virtual threads too (jstack does not). The JVM writes the file
# itself, so the path is made absolute. If jcmd cannot attach, SIGQUIT makes the JVM print a
# (platform threads only) dump to its own output instead.
dump_threads() {
	local pid=$1 file=$2 jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
	[[ $file == /* ]] || file="$PWD/$file"
	mkdir -p "$(dirname "$file")"
	rm -f "$file"
	if "$jcmd" "$pid" Thread.dump_to_file -format=text "$file" >"$file.jcmd.log" 2>&1 && [[ -s $file ]]; then
		rm -f "$file.jcmd.log"
		return 0
	fi
	{
		echo "jcmd $pid Thread.dump_to_file failed:"
		cat "$file.jcmd.log"
		echo "Sent SIGQUIT instead: the JVM prints its thread dump (without virtual threads) to its own output."
	} >"$file"
	rm -f "$file.jcmd.log"
	kill -QUIT "$pid" 2>/dev/null || true
	sleep 2
	return 1
}

STOP_RC=0
stop_jvm() {
	local pid=$1 i
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 300; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "process $pid ignored SIGTERM for 30 s, killing it" >&2
		kill -KILL "$pid" 2>/dev/null || true
	fi
	STOP_RC=0
	wait "$pid" 2>/dev/null || STOP_RC=$?
}
kill_jvm() {
	kill -KILL "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

# Tomcat's scratch directories of a JVM that served PORT (java.io.tmpdir is /tmp).
clean_tomcat_tmp() {
	rm -rf /tmp/tomcat."$1".* /tmp/tomcat-docbase."$1".* 2>/dev/null || true
}

CGROUP=""
cgroup_create() {
	local name=$1 limit=$2 bytes own
	CGROUP=""
	bytes=$(numfmt --from=iec "${limit%B}") || return 1
	own=$(awk -F: '$2 == "memory" {print $3}' /proc/self/cgroup)
	if [[ -n $own && -w /sys/fs/cgroup/memory$own ]]; then # cgroup v1
		if mkdir -p "/sys/fs/cgroup/memory$own/$name" 2>/dev/null &&
			echo "$bytes" >"/sys/fs/cgroup/memory$own/$name/memory.limit_in_bytes" 2>/dev/null; then
			CGROUP="/sys/fs/cgroup/memory$own/$name"
		fi
	else # cgroup v2
		own=$(awk -F: '$1 == "0" {print $3}' /proc/self/cgroup)
		if [[ -w /sys/fs/cgroup$own ]] && mkdir -p "/sys/fs/cgroup$own/$name" 2>/dev/null &&
			echo "$bytes" >"/sys/fs/cgroup$own/$name/memory.max" 2>/dev/null; then
			CGROUP="/sys/fs/cgroup$own/$name"
		fi
	fi
	[[ -n $CGROUP ]]
}
cgroup_remove() {
	if [[ -n $CGROUP ]]; then
		rmdir "$CGROUP" 2>/dev/null || { sleep 1 && rmdir "$CGROUP" 2>/dev/null; } || true
		CGROUP=""
	fi
}

ensure_commands() {
	local missing=() cmd sudo=""
	for cmd in "$@"; do
		command -v "$cmd" >/dev/null || missing+=("$cmd")
	done
	[[ ${#missing[@]} -eq 0 ]] && return 0
	[[ $(id -u) -eq 0 ]] || sudo=sudo
	echo "Installing ${missing[*]} from Debian" >&2
	$sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
