# shellcheck shell=bash
# JDK discovery for the project's scripts (.ci/run, bench/*.sh, scripts/container-smoke.sh).
#
#   source scripts/lib/jdk.sh
#   select_jdk 21 || exit 1     # the build
#   select_jdk 25 || exit 1     # the JDK AOT cache (-XX:AOTCacheOutput, JEP 514)
#
# select_jdk <minimum-major> keeps JAVA_HOME when it is set and at least that version; otherwise it
# picks the newest JDK (a directory with bin/java and bin/javac) under /usr/lib/jvm that is. It
# exports JAVA_HOME, puts its bin/ first on PATH and sets JAVA_MAJOR. When none qualifies it prints
# what it found and returns 1. The machine's default `java` (17 here) is never used by accident.

# The feature release of the JDK at $1 (17, 21, 25; 8 for 1.8), empty if it does not run.
java_major() {
	local v
	v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
		awk -F'= ' '$1 ~ /^ *java\.specification\.version *$/ {print $2; exit}')
	v=${v#1.}
	[[ $v =~ ^[0-9]+$ ]] && echo "$v"
}

select_jdk() {
	local minimum=${1:?select_jdk needs a minimum Java version} dir major best="" best_major=0 found=()
	if [[ -n ${JAVA_HOME:-} ]]; then
		if [[ -x $JAVA_HOME/bin/java ]]; then
			major=$(java_major "$JAVA_HOME")
			if [[ -n $major && $major -ge $minimum ]]; then
				best=$JAVA_HOME best_major=$major
			else
				echo "select_jdk: JAVA_HOME=$JAVA_HOME is Java ${major:-unknown}, older than $minimum; looking under /usr/lib/jvm" >&2
			fi
		else
			echo "select_jdk: JAVA_HOME=$JAVA_HOME has no bin/java; looking under /usr/lib/jvm" >&2
		fi
	fi
	if [[ -z $best ]]; then
		for dir in /usr/lib/jvm/*; do
			[[ -x $dir/bin/java && -x $dir/bin/javac ]] || continue
			major=$(java_major "$dir")
			[[ -n $major ]] || continue
			found+=("$(basename "$dir") ($major)")
			if ((major > best_major)); then
				best=$dir best_major=$major
			fi
		done
		if ((best_major < minimum)); then
			echo "select_jdk: no JDK $minimum or newer: set JAVA_HOME to one, or install one under /usr/lib/jvm" \
				"(found: ${found[*]:-none})" >&2
			return 1
		fi
	fi
	export JAVA_HOME=$best
	export PATH="$JAVA_HOME/bin:$PATH"
	JAVA_MAJOR=$best_major
}
