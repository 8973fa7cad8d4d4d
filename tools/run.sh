#!/usr/bin/env bash
# Runs jobdetails-lint against the real tools its users run (make tools):
#
#   junit      xmllint --schema validates --format junit output (Debian: libxml2-utils)
#   sarif      sarif-multitool validate finds no error and no warning (npm)
#   editors    VS Code's JSON language service and the YAML language server
#              read the generated schema as the README's Editors section says (npm)
#   precommit  the shipped pre-commit hook in a throw-away repository (Debian: pre-commit)
#   release    goreleaser release --snapshot with .goreleaser.yaml (Go module proxy)
#
# Each check installs what it lacks from the package registries and keeps it
# for the next run (npm packages in tools/*/node_modules, the rest in
# TOOLS_CACHE). A check whose registry cannot be reached is SKIPPED, and says
# so; with TOOLS_NO_SKIP=1 a skip fails the run. A check whose tool disagrees
# with jobdetails-lint's output FAILS the run.
#
# Usage: tools/run.sh [CHECK...]   (all of them by default)
# JOBDETAILS_LINT=PATH checks that binary instead of one built from the tree.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
root=$PWD

export TOOLS_CACHE=${TOOLS_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/jobdetails-lint-tools}
TOOLS_RUN=$(mktemp -d "${TMPDIR:-/tmp}/jobdetails-lint-tools.XXXXXX")
export TOOLS_RUN
trap 'rm -rf "$TOOLS_RUN"' EXIT
mkdir -p "$TOOLS_CACHE"

checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(junit sarif editors precommit release)

if [ -z "${JOBDETAILS_LINT:-}" ]; then
	export JOBDETAILS_LINT=$TOOLS_RUN/bin/jobdetails-lint
	if ! go build -o "$JOBDETAILS_LINT" ./cmd/jobdetails-lint; then
		echo "tools: jobdetails-lint does not build" >&2
		exit 1
	fi
fi
export JOBDETAILS_LINT

passed=0 failed=0 skipped=0
report=()
for check in "${checks[@]}"; do
	if [ ! -f "tools/$check/test.sh" ]; then
		echo "tools: no such check: $check (see tools/run.sh)" >&2
		exit 2
	fi
	echo "tools: $check: running" >&2
	start=$SECONDS
	(cd "$root" && CHECK=$check bash "tools/$check/test.sh")
	status=$?
	took="$((SECONDS - start)) s"
	case $status in
	0)
		passed=$((passed + 1))
		report+=("  passed   $check ($took)")
		;;
	77)
		skipped=$((skipped + 1))
		report+=("  SKIPPED  $check ($took): a package registry could not be reached; see its message above")
		;;
	*)
		failed=$((failed + 1))
		report+=("  FAILED   $check ($took)")
		;;
	esac
done

echo "tools:" >&2
printf '%s\n' "${report[@]}" >&2
if [ "$skipped" -gt 0 ] && [ "${TOOLS_NO_SKIP:-}" = 1 ]; then
	echo "tools: TOOLS_NO_SKIP=1: a skipped check fails the run" >&2
	failed=$((failed + skipped))
	skipped=0
fi
echo "tools: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
