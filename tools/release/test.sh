#!/usr/bin/env bash
# Releases: goreleaser (v2.15.1, from the Go module proxy) checks
# .goreleaser.yaml and builds a snapshot release into dist/: an archive for
# each of linux, darwin and windows on amd64 and arm64, with checksums.txt;
# the linux/amd64 binary prints the snapshot's version, and its SARIF says the
# same, and so does a binary built as make build builds it.
. "$(dirname "$0")/../lib.sh"

need_apt git git
need_go_tool goreleaser github.com/goreleaser/goreleaser/v2 v2.15.1
goreleaser=$TOOLS_CACHE/bin/goreleaser

# goreleaser reads the commit only where git has a remote; a clone has one,
# a new repository may not: lend it the module's, for this run only.
if [ -z "$(git remote)" ]; then
	export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=remote.origin.url
	export GIT_CONFIG_VALUE_0=https://github.com/jobdetails-lint/jobdetails-lint.git
fi

"$goreleaser" check >"$TOOLS_RUN/check.log" 2>&1 || {
	cat "$TOOLS_RUN/check.log" >&2
	fail "goreleaser check finds .goreleaser.yaml wrong or out of date"
}
say "goreleaser release --snapshot --clean (dist/)"
"$goreleaser" release --snapshot --clean >"$TOOLS_RUN/release.log" 2>&1 || {
	tail -n 30 "$TOOLS_RUN/release.log" >&2
	fail "goreleaser release --snapshot failed"
}

version=$(sed -n 's/.*"version":"\([^"]*\)".*/\1/p' dist/metadata.json)
[ -n "$version" ] || fail "dist/metadata.json names no version"
for target in linux_amd64 linux_arm64 darwin_amd64 darwin_arm64 windows_amd64 windows_arm64; do
	archive=jobdetails-lint_${version}_$target.tar.gz
	[ "${target%%_*}" = windows ] && archive=jobdetails-lint_${version}_$target.zip
	[ -f "dist/$archive" ] || fail "no dist/$archive"
	grep -q "  $archive\$" dist/checksums.txt || fail "dist/checksums.txt does not list $archive"
done
(cd dist && sha256sum --quiet -c checksums.txt) || fail "dist/checksums.txt does not match the archives"
[ "$(wc -l <dist/checksums.txt)" = 6 ] || fail "dist/checksums.txt lists $(wc -l <dist/checksums.txt) files, want 6"

mkdir -p "$TOOLS_RUN/unpacked"
tar -xzf "dist/jobdetails-lint_${version}_linux_amd64.tar.gz" -C "$TOOLS_RUN/unpacked"
bin=$TOOLS_RUN/unpacked/jobdetails-lint
got=$("$bin" version)
[ "$got" = "jobdetails-lint $version" ] || fail "the released binary prints \"$got\", want \"jobdetails-lint $version\""
"$bin" --format sarif testdata/ok/lambda-invoke-event.json >"$TOOLS_RUN/release.sarif"
grep -q "\"semanticVersion\": \"$version\"" "$TOOLS_RUN/release.sarif" ||
	fail "the released binary's SARIF does not carry semanticVersion $version"
# make build stamps what git describe says; the program makes of it the
# version the snapshot has.
go build -trimpath -o "$TOOLS_RUN/make-build" \
	-ldflags "-X github.com/jobdetails-lint/jobdetails-lint/internal/command.version=$(git describe --tags --match 'v[0-9]*' --long --always --dirty)" \
	./cmd/jobdetails-lint
got=$("$TOOLS_RUN/make-build" version)
# Before the first tag, goreleaser (v2.15.1) does not tell a changed tree
# (IsGitDirty stays false), so its snapshot lacks the .dirty make build has.
if [ -z "$(git tag --list 'v[0-9]*')" ] && [ "$got" = "jobdetails-lint $version.dirty" ]; then
	say "the tree has changes; before the first tag the snapshot does not say so (goreleaser)"
	got="jobdetails-lint $version"
fi
[ "$got" = "jobdetails-lint $version" ] || fail "make build's binary prints \"$got\", the snapshot \"jobdetails-lint $version\""
say "snapshot $version: 6 archives, checksums.txt; its binary and make build's print that version"
