# shellcheck shell=bash
# Shared by the checks in tools/*/test.sh (sourced, not run).
#
# A check exits 0 when it passed, 77 when it had to be skipped (a package
# registry could not be reached, so the tool could not be installed) and
# anything else when it failed. A tool that installs but then disagrees with
# jobdetails-lint's output is a failure, never a skip.
#
# Environment, set by tools/run.sh:
#   JOBDETAILS_LINT  the jobdetails-lint binary under test
#   TOOLS_CACHE      where installed tools are kept between runs
#   TOOLS_RUN        a scratch folder for this run, removed afterwards

set -Eeuo pipefail
CHECK=${CHECK:-$(basename "$(dirname "$0")")}
# A command that fails where the check did not expect it fails the check,
# and says which.
trap 'printf "tools: %s: FAILED: %s, line %s: %s\n" "$CHECK" "${BASH_SOURCE[0]}" "$LINENO" "$BASH_COMMAND" >&2' ERR

SKIP=77

say() { printf 'tools: %s: %s\n' "$CHECK" "$*" >&2; }

# skip ends the check as skipped, loudly: what could not be had, and why.
skip() {
	say "SKIPPED: $*"
	exit $SKIP
}

fail() {
	say "FAILED: $*"
	exit 1
}

# as_root runs a command as root, with sudo when needed and allowed.
as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo -n "$@"
	else
		return 1
	fi
}

# need_apt COMMAND PACKAGE...: installs Debian packages unless COMMAND is
# already on the PATH. The package lists are updated once per run of
# tools/run.sh, before the first install.
need_apt() {
	local cmd=$1
	shift
	command -v "$cmd" >/dev/null && return 0
	command -v apt-get >/dev/null || skip "$cmd is missing and there is no apt-get to install $* with"
	as_root true || skip "$cmd is missing and installing $* with apt-get needs root (or sudo)"
	if [ ! -e "$TOOLS_RUN/apt-updated" ]; then
		say "apt-get update"
		timeout 600 bash -c 'as_root apt-get update -q' >"$TOOLS_RUN/apt-update.log" 2>&1 ||
			{
				tail -n 5 "$TOOLS_RUN/apt-update.log" >&2
				skip "Debian's package archive cannot be reached (apt-get update failed), so $* cannot be installed"
			}
		touch "$TOOLS_RUN/apt-updated"
	fi
	say "apt-get install $*"
	if ! timeout 900 bash -c 'as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"' _ "$@" \
		>"$TOOLS_RUN/apt-install.log" 2>&1; then
		tail -n 10 "$TOOLS_RUN/apt-install.log" >&2
		fail "apt-get install $* failed although the package lists were fetched"
	fi
	command -v "$cmd" >/dev/null || fail "apt-get installed $* but $cmd is not on the PATH"
}
export -f as_root

# need_npm DIR: installs DIR's packages as pinned in DIR/package-lock.json
# (npm ci), unless DIR/node_modules already holds exactly that lockfile's.
need_npm() {
	local dir=$1 stamp want
	need_apt node nodejs
	need_apt npm npm
	stamp=$dir/node_modules/.package-lock.sha256
	want=$(sha256sum <"$dir/package-lock.json")
	[ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && return 0
	say "npm ci in $dir"
	if ! timeout 900 npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >"$TOOLS_RUN/npm-ci.log" 2>&1; then
		tail -n 10 "$TOOLS_RUN/npm-ci.log" >&2
		timeout 60 npm ping >/dev/null 2>&1 ||
			skip "the npm registry cannot be reached (npm ping failed), so the packages of $dir cannot be installed"
		fail "npm ci in $dir failed although the npm registry answers"
	fi
	echo "$want" >"$stamp"
}

# need_go_tool NAME MODULE VERSION: installs the command MODULE@VERSION (the
# module's root package) as $TOOLS_CACHE/bin/NAME, unless that version is
# there already.
need_go_tool() {
	local name=$1 module=$2 version=$3 bin=$TOOLS_CACHE/bin/$1
	local stamp=$bin.version
	[ -x "$bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$module@$version" ] && return 0
	say "go install $module@$version (the first time takes minutes)"
	mkdir -p "$TOOLS_CACHE/bin"
	if ! GOBIN=$TOOLS_CACHE/bin timeout 1800 go install "$module@$version" >"$TOOLS_RUN/go-install-$name.log" 2>&1; then
		tail -n 10 "$TOOLS_RUN/go-install-$name.log" >&2
		# Asking the proxy for the module tells an unreachable proxy from a
		# module that does not build.
		timeout 120 go list -m "$module@$version" >/dev/null 2>&1 ||
			skip "the Go module proxy cannot be reached, so $module@$version cannot be installed"
		fail "go install $module@$version failed although the Go module proxy answers"
	fi
	echo "$module@$version" >"$stamp"
}
