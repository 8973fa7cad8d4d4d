#!/usr/bin/env bash
# SARIF: Microsoft's sarif-multitool (pinned in package-lock.json) validates
# jobdetails-lint --format sarif for a run with findings (testdata/err) and a
# clean one (testdata/ok): no error and no warning, from the schema or from
# its rules.
. "$(dirname "$0")/../lib.sh"

dir=tools/sarif
need_npm "$dir"
multitool=$dir/node_modules/.bin/sarif-multitool

for report in err ok; do
	want=0
	[ "$report" = err ] && want=1
	status=0
	"$JOBDETAILS_LINT" --format sarif "testdata/$report" >"$TOOLS_RUN/$report.sarif" || status=$?
	[ "$status" = "$want" ] || fail "jobdetails-lint --format sarif testdata/$report exited $status, want $want"

	# validate writes what it finds as a SARIF log of its own.
	"$multitool" validate --log ForceOverwrite --output "$TOOLS_RUN/$report.validation.sarif" "$TOOLS_RUN/$report.sarif" \
		>"$TOOLS_RUN/multitool.log" 2>&1 || {
		cat "$TOOLS_RUN/multitool.log" >&2
		fail "sarif-multitool validate could not check the SARIF of testdata/$report"
	}
	node "$dir/problems.js" "$TOOLS_RUN/$report.validation.sarif" >&2 ||
		fail "sarif-multitool validate finds problems in the SARIF of testdata/$report (above)"
	say "testdata/$report: no errors, no warnings"
done
