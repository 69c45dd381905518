# shellcheck shell=bash
# Reads a JVM argument file (scripts/jvm.options) into the array JVM_OPTIONS, for scripts that need
# the options as words: to show them in a report, or to drop one of them. Programs that only run
# the JVM pass `@file` and let the launcher read it.
#
# The java launcher's argument-file syntax is richer than what this reader accepts: quotes,
# backslash escapes and nested @files are refused, and so is a `#` inside an option (the launcher
# would silently drop that option). What is left, whitespace-separated words and `#` comments up to
# the end of the line, reads the same here as in the launcher.
#
# Usage: source scripts/lib/jvm-options.sh; read_jvm_options scripts/jvm.options || exit 1
read_jvm_options() {
	local file=$1 line code words word n=0
	JVM_OPTIONS=()
	if [[ ! -r $file ]]; then
		echo "read_jvm_options: cannot read $file" >&2
		return 1
	fi
	while IFS= read -r line || [[ -n $line ]]; do
		n=$((n + 1))
		line=${line%$'\r'}
		code=${line%%#*} # what comes before the first '#'; the rest is a comment
		if [[ $code == *[\"\'\\]* ]]; then
			echo "read_jvm_options: $file:$n: quotes and backslashes are not supported: $line" >&2
			return 1
		fi
		if [[ $code != "$line" && $code =~ [^[:space:]]$ ]]; then
			echo "read_jvm_options: $file:$n: '#' inside an option (the java launcher would drop the option): $line" >&2
			return 1
		fi
		read -r -a words <<<"$code"
		for word in "${words[@]}"; do
			if [[ $word == @* ]]; then
				echo "read_jvm_options: $file:$n: nested argument files are not supported: $word" >&2
				return 1
			fi
			JVM_OPTIONS+=("$word")
		done
	done <"$file"
	if [[ ${#JVM_OPTIONS[@]} -eq 0 ]]; then
		echo "read_jvm_options: $file holds no options" >&2
		return 1
	fi
}
