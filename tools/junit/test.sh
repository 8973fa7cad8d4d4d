#!/usr/bin/env bash
# JUnit: xmllint validates jobdetails-lint --format junit against the JUnit
# report schema Jenkins and GitLab document (testdata/junit.xsd says where
# it comes from), for a run with findings (testdata/err) and a clean one
# (testdata/ok), with one test case for each file linted.
. "$(dirname "$0")/../lib.sh"

need_apt xmllint libxml2-utils
xsd=tools/junit/testdata/junit.xsd

# lint DIR OUT WANT: writes DIR's JUnit report to OUT; WANT is the expected
# exit code.
lint() {
	local status=0
	"$JOBDETAILS_LINT" --format junit "$1" >"$2" || status=$?
	[ "$status" = "$3" ] || fail "jobdetails-lint --format junit $1 exited $status, want $3"
}
lint testdata/err "$TOOLS_RUN/err.xml" 1
lint testdata/ok "$TOOLS_RUN/ok.xml" 0

for report in err ok; do
	xmllint --noout --schema "$xsd" "$TOOLS_RUN/$report.xml" 2>"$TOOLS_RUN/xmllint.log" || {
		grep -v ' validates$' "$TOOLS_RUN/xmllint.log" | head -n 20 >&2 || true
		fail "the JUnit report of testdata/$report does not validate against $xsd"
	}
	# The files the linter read, as its JSON summary counts them.
	files=$({ "$JOBDETAILS_LINT" --format json "testdata/$report" || true; } | sed -n 's/.*"summary":{"files":\([0-9]*\),.*/\1/p')
	cases=$(xmllint --xpath 'count(//testcase)' "$TOOLS_RUN/$report.xml")
	[ "$cases" = "$files" ] || fail "testdata/$report: $cases test cases for $files files"
	say "testdata/$report: valid, $cases test cases"
done
