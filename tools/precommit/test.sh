#!/usr/bin/env bash
# pre-commit: the shipped jobdetails-lint hook (language: golang, so
# pre-commit builds it from this tree with go install) guards commits in a
# throw-away repository whose .jobdetails-lint.yaml excludes a folder:
#   - a commit of the config file only passes;
#   - a commit of an excluded file only passes, and the hook prints nothing;
#   - a commit of a good fixture passes, and the hook prints nothing;
#   - a commit of a bad fixture is blocked, and the hook prints the finding.
. "$(dirname "$0")/../lib.sh"

need_apt pre-commit pre-commit
need_apt git git

root=$PWD
# Git identity and dates are fixed, so that the same tree gives the same
# commit, and pre-commit reuses the hook it built for it.
export GIT_AUTHOR_NAME=jobdetails-lint GIT_AUTHOR_EMAIL=jobdetails-lint@example.com
export GIT_COMMITTER_NAME=$GIT_AUTHOR_NAME GIT_COMMITTER_EMAIL=$GIT_AUTHOR_EMAIL
export GIT_AUTHOR_DATE='2000-01-01T00:00:00Z' GIT_COMMITTER_DATE='2000-01-01T00:00:00Z'
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
# The hook's build reads modules from the usual cache, not a new one per hook.
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE

# The hook repository: this tree's files as one commit, as a user's
# pre-commit would clone it at a tag.
hooks=$TOOLS_CACHE/precommit/hook-repo
rm -rf "$hooks"
mkdir -p "$hooks"
git ls-files -z --cached --others --exclude-standard |
	while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
	xargs -0 cp --parents -t "$hooks"
git -C "$hooks" init -q
git -C "$hooks" add -A
git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)

# pre-commit keeps the hook it built for each repository and revision; keep
# the one for this revision only.
export PRE_COMMIT_HOME=$TOOLS_CACHE/precommit/home
if [ "$(cat "$TOOLS_CACHE/precommit/rev" 2>/dev/null)" != "$rev" ]; then
	rm -rf "$PRE_COMMIT_HOME"
	echo "$rev" >"$TOOLS_CACHE/precommit/rev"
fi

project=$TOOLS_RUN/precommit-project
mkdir -p "$project"
cd "$project" || fail "cannot enter $project"
git init -q
# verbose: true shows the hook's output when it passes too, to check that
# it says nothing then.
cat >.pre-commit-config.yaml <<EOF
exclude: ^\.pre-commit-config\.yaml$
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: jobdetails-lint
        verbose: true
EOF
git add .pre-commit-config.yaml
git commit -q --no-verify -m 'pre-commit config'
pre-commit install >/dev/null
say "building the hook (pre-commit runs go install; cached after the first run)"
pre-commit install-hooks >"$TOOLS_RUN/install-hooks.log" 2>&1 || {
	cat "$TOOLS_RUN/install-hooks.log" >&2
	fail "pre-commit could not build the jobdetails-lint hook"
}

# commit NAME WANT FILE...: stages FILEs and commits them; WANT is pass or
# blocked. The hook's output goes to $TOOLS_RUN/NAME.log.
commit() {
	local name=$1 want=$2 got=pass before
	shift 2
	before=$(git rev-parse HEAD)
	git add -- "$@"
	git commit -q -m "$name" >"$TOOLS_RUN/$name.log" 2>&1 || got=blocked
	if [ "$got" != "$want" ]; then
		cat "$TOOLS_RUN/$name.log" >&2
		fail "$name: the commit is $got, want $want"
	fi
	if [ "$want" = blocked ]; then
		[ "$(git rev-parse HEAD)" = "$before" ] || fail "$name: blocked, but a commit was made"
		git reset -q
	fi
	grep -q '^jobdetails-lint\.*Passed$\|^jobdetails-lint\.*Failed$' "$TOOLS_RUN/$name.log" || {
		cat "$TOOLS_RUN/$name.log" >&2
		fail "$name: the hook did not run"
	}
}

# hook_output NAME: what the hook printed, without pre-commit's own lines.
hook_output() {
	sed -n '/^jobdetails-lint\.*\(Passed\|Failed\)$/,$p' "$TOOLS_RUN/$1.log" |
		grep -v '^jobdetails-lint\.*\(Passed\|Failed\)$\|^- hook id: \|^- duration: \|^- exit code: \|^$' || true
}

# quiet NAME: the hook printed nothing.
quiet() {
	local out
	out=$(hook_output "$1")
	[ -z "$out" ] || {
		cat "$TOOLS_RUN/$1.log" >&2
		fail "$1: the hook printed something: $out"
	}
}

mkdir -p fixtures/generated
cat >.jobdetails-lint.yaml <<'EOF'
exclude:
  - fixtures/generated/**
EOF
# The config file matches the hook's files pattern (.yaml); its exclude
# pattern keeps it out, so the hook has no files and pre-commit skips it.
git add .jobdetails-lint.yaml
git commit -q -m 'config only' >"$TOOLS_RUN/config-only.log" 2>&1 || {
	cat "$TOOLS_RUN/config-only.log" >&2
	fail "config-only: the commit is blocked, want pass"
}
grep -q '^jobdetails-lint\.*(no files to check)Skipped$' "$TOOLS_RUN/config-only.log" || {
	cat "$TOOLS_RUN/config-only.log" >&2
	fail "config-only: the hook should have had no files to check"
}
say "config file only: passes"

# An excluded file: the hook runs on it, and jobdetails-lint leaves it out.
# It holds a finding, so that linting it would block the commit.
cp "$root/testdata/err/rule-action-category-lowercase.json" fixtures/generated/job.json
commit excluded-only pass fixtures/generated/job.json
quiet excluded-only
say "excluded file only: passes, quietly"

cp "$root/testdata/ok/get-job-details-full.json" fixtures/good.json
commit good pass fixtures/good.json
quiet good
say "good fixture: passes, quietly"

cp "$root/testdata/err/rule-action-category-lowercase.json" fixtures/bad.json
commit bad blocked fixtures/bad.json
want='fixtures/bad.json:7:21: error: "build" is not a category; did you mean "Build"? [action-category]'
got=$(hook_output bad)
[ "$got" = "$want" ] || {
	cat "$TOOLS_RUN/bad.log" >&2
	fail "bad: the hook printed
$got
want
$want"
}
say "bad fixture: blocked, with the finding"
