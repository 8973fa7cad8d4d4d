#!/usr/bin/env bash
# Benchmarks jobdetails-lint against the parse floor, ajv-cli and gitleaks on a
# generated corpus, with hyperfine, and prints the tables to
# bench/out/report.md. Run it from anywhere in a checkout (make bench does).
#
# It installs what is missing: hyperfine and time with apt-get, ajv-cli with
# npm (versions pinned in bench/package-lock.json), gitleaks with go install.
# A tool that cannot be installed loses its rows; the rest still runs.
#
# Knobs (environment): FILES, JSONL (corpus size), SEED, RUNS (corpus and
# stream runs), GITLEAKS_RUNS, ONE_RUNS (one-file runs), EXPORT_SIZES (bytes
# of text of each gzip CloudWatch Logs export, space-separated; empty skips
# them), GZIP_RUNS (runs on each export).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

FILES=${FILES:-20000}
JSONL=${JSONL:-200000}
SEED=${SEED:-1}
RUNS=${RUNS:-5}
GITLEAKS_RUNS=${GITLEAKS_RUNS:-2}
ONE_RUNS=${ONE_RUNS:-50}
EXPORT_SIZES=${EXPORT_SIZES-100000000 1000000000}
GZIP_RUNS=${GZIP_RUNS:-3}
GITLEAKS_VERSION=v8.30.1

OUT=bench/out
TOOLS=bench/.tools
LINT=$TOOLS/jobdetails-lint
FLOOR=$TOOLS/floor
AJV=bench/node_modules/.bin/ajv
GITLEAKS=$TOOLS/gitleaks
TIME=/usr/bin/time

say() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'bench: %s\n' "$*" >&2; }
die() {
	warn "$*"
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

# apt_install installs Debian packages, updating the package lists once if
# the first attempt fails.
apt_install() {
	command -v apt-get >/dev/null || return 1
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 && return 0
	as_root apt-get update -q >/dev/null 2>&1 || return 1
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1
}

install_hyperfine() {
	command -v hyperfine >/dev/null && return
	say "installing hyperfine (apt-get)"
	apt_install hyperfine || true
	command -v hyperfine >/dev/null ||
		die "hyperfine is missing and could not be installed; install it (apt-get install hyperfine, or from its releases) and rerun"
}

install_time() {
	[ -x "$TIME" ] && return
	say "installing time (apt-get) for peak memory"
	apt_install time || true
	[ -x "$TIME" ] || warn "$TIME is missing and could not be installed: peak RSS will read n/a"
}

install_ajv() {
	[ -x "$AJV" ] && return
	if ! command -v npm >/dev/null; then
		say "installing npm (apt-get)"
		apt_install nodejs npm || true
	fi
	if command -v npm >/dev/null; then
		say "installing ajv-cli (npm ci, pinned in bench/package-lock.json)"
		npm ci --prefix bench --no-audit --no-fund --loglevel=error >&2 || true
	fi
	[ -x "$AJV" ] || warn "ajv-cli could not be installed (needs node and npm): its rows are skipped"
}

# install_gitleaks builds the pinned gitleaks into bench/.tools; its binary
# does not know its own version, so a stamp file records it.
install_gitleaks() {
	local stamp=$TOOLS/gitleaks.version
	[ -x "$GITLEAKS" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$GITLEAKS_VERSION" ] && return
	say "installing gitleaks $GITLEAKS_VERSION (go install)"
	if GOBIN="$PWD/$TOOLS" go install "github.com/zricethezav/gitleaks/v8@$GITLEAKS_VERSION" >&2; then
		echo "$GITLEAKS_VERSION" >"$stamp"
	else
		rm -f "$GITLEAKS"
		warn "gitleaks could not be installed: its rows are skipped"
	fi
}

build() {
	say "building jobdetails-lint, the floor, the generator and the report"
	go build -o "$LINT" ./cmd/jobdetails-lint || die "jobdetails-lint does not build"
	go build -o "$FLOOR" ./bench/floor
	go build -o "$TOOLS/gen" ./bench/gen
	go build -o "$TOOLS/report" ./bench/report
}

# generate writes the corpus unless the one in bench/out was made with the
# same sizes, seed and generator.
generate() {
	local want
	want="$FILES $JSONL $SEED $(cat bench/gen/*.go | cksum)"
	if [ -d "$OUT/corpus" ] && [ "$(cat "$OUT/.generated" 2>/dev/null)" = "$want" ]; then
		say "corpus in $OUT is up to date"
		return
	fi
	say "generating $FILES files and $JSONL stream lines into $OUT"
	rm -f "$OUT/.generated"
	"$TOOLS/gen" -out "$OUT" -files "$FILES" -jsonl "$JSONL" -seed "$SEED"
	# The first tenth of the stream, to see whether memory grows with it.
	head -n $((JSONL / 10)) "$OUT/stream.jsonl" >"$OUT/stream-tenth.jsonl"
	echo "$want" >"$OUT/.generated"
}

# generate_exports writes a gzip CloudWatch Logs export of each size in
# EXPORT_SIZES, unless one made with the same seed and generator is there.
generate_exports() {
	local size want
	for size in $EXPORT_SIZES; do
		want="$size $SEED $(cat bench/gen/*.go | cksum)"
		if [ -f "$OUT/export-$size.gz" ] && [ "$(cat "$OUT/.export-$size" 2>/dev/null)" = "$want" ]; then
			continue
		fi
		say "generating a gzip export of $size bytes of text into $OUT"
		rm -f "$OUT/.export-$size"
		"$TOOLS/gen" -export "$OUT/export-$size.gz" -export-size "$size" -seed "$SEED"
		echo "$want" >"$OUT/.export-$size"
	done
}

# exports times jobdetails-lint on each gzip export against the floor of
# reading one, gzip -dc FILE | wc -l, and records their peak memory.
exports() {
	local size mb file
	for size in $EXPORT_SIZES; do
		mb=$((size / 1000000))
		file=$OUT/export-$size.gz
		say "gzip export: $mb MB of text ($(du -h "$file" | cut -f1) compressed), $GZIP_RUNS runs each"
		"${hf[@]}" --runs "$GZIP_RUNS" --export-json "$OUT/export-$size.hyperfine.json" \
			--export-markdown "$OUT/export-$size.hyperfine.md" \
			-n "floor gzip -dc into wc -l ($mb MB)" "gzip -dc $file | wc -l" \
			-n "jobdetails-lint export ($mb MB)" "$lint $file"
		rss "floor gzip -dc into wc -l ($mb MB)" sh -c "gzip -dc $file | wc -l"
		rss "jobdetails-lint export ($mb MB)" $lint "$file"
	done
}

# one_file picks the first corpus file without a problem: the pre-commit case.
one_file() {
	local i=0 name
	while :; do
		name=$(printf 'corpus/%05d.json' "$i")
		grep -q "^$name"$'\t' "$OUT/expected.tsv" || break
		i=$((i + 1))
	done
	echo "$OUT/$name"
}

# rss runs a command once under time -v and records its peak RSS as NAME.
# The command may redirect its output with its last arguments "> FILE".
rss() {
	local name=$1
	shift
	[ -x "$TIME" ] || return 0
	"$TIME" -v -o "$OUT/time.txt" "$@" >/dev/null 2>&1 || true
	awk -v name="$name" -F': ' '/Maximum resident set size/ { print name "\t" $2 }' "$OUT/time.txt" >>"$OUT/rss.tsv"
}

main() {
	command -v go >/dev/null || die "go is required"
	mkdir -p "$OUT" "$TOOLS"
	install_hyperfine
	install_time
	install_ajv
	install_gitleaks
	build
	generate
	generate_exports

	local corpus=$OUT/corpus stream=$OUT/stream.jsonl tenth=$OUT/stream-tenth.jsonl one
	one=$(one_file)
	"$LINT" schema >"$OUT/jobdetails.schema.json"
	local lint="$LINT --format json -q"
	local ajv_args="validate --spec=draft2020 --all-errors --errors=json -s $OUT/jobdetails.schema.json"
	# ajv-formats is loaded only when the schema uses "format", as loading it
	# costs time.
	if grep -q '"format"' "$OUT/jobdetails.schema.json"; then
		ajv_args="$ajv_args -c ajv-formats"
	fi
	# gitleaks replaces its report file rather than writing into it: never give
	# it /dev/null, which it would turn into a plain file.
	local gitleaks="$GITLEAKS dir --no-banner --redact --log-level error --report-format json --report-path"
	local have_ajv=false have_gitleaks=false
	if [ -x "$AJV" ]; then
		if "$AJV" $ajv_args -d "$one" >/dev/null 2>&1; then
			have_ajv=true
		else
			warn "ajv-cli rejects the schema or a valid file: its rows are skipped"
		fi
	fi
	[ -x "$GITLEAKS" ] && have_gitleaks=true

	# Every row is wall time: a busy machine makes them all slower and noisy.
	LOAD=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)
	if awk -v l="$LOAD" -v n="$(nproc)" 'BEGIN { exit !(l + 0 > n / 2) }'; then
		warn "load average is $LOAD on $(nproc) cores: the timings will be noisy"
	fi
	rm -f "$OUT"/*.hyperfine.json "$OUT"/*.hyperfine.md "$OUT/rss.tsv" "$OUT"/*-corpus.json
	local hf=(hyperfine --ignore-failure --style basic)

	say "corpus: $FILES files, side by side"
	local cmds=(-n floor "$FLOOR $corpus" -n jobdetails-lint "$lint $corpus"
		-n "jobdetails-lint -j 1" "$lint -j 1 $corpus" -n "jobdetails-lint -j 2" "$lint -j 2 $corpus")
	$have_ajv && cmds+=(-n ajv-cli "$AJV $ajv_args -d '$corpus/*.json'")
	"${hf[@]}" -N --warmup 1 --runs "$RUNS" --export-json "$OUT/corpus.hyperfine.json" \
		--export-markdown "$OUT/corpus.hyperfine.md" "${cmds[@]}"
	# gitleaks is two orders of magnitude slower: fewer runs, no warm-up.
	if $have_gitleaks; then
		"${hf[@]}" -N --runs "$GITLEAKS_RUNS" --export-json "$OUT/gitleaks.hyperfine.json" \
			--export-markdown "$OUT/gitleaks.hyperfine.md" -n gitleaks "$gitleaks $OUT/gitleaks-report.json $corpus"
	fi

	say "one file ($one), $ONE_RUNS runs each"
	cmds=(-n "floor (one file)" "$FLOOR $one" -n "jobdetails-lint (one file)" "$lint $one")
	$have_ajv && cmds+=(-n "ajv-cli (one file)" "$AJV $ajv_args -d $one")
	$have_gitleaks && cmds+=(-n "gitleaks (one file)" "$gitleaks $OUT/gitleaks-report.json $one")
	"${hf[@]}" -N --warmup 3 --runs "$ONE_RUNS" --export-json "$OUT/onefile.hyperfine.json" \
		--export-markdown "$OUT/onefile.hyperfine.md" "${cmds[@]}"

	say "stream: $JSONL lines, from a file and from stdin"
	# Through a shell, for the redirection; its cost is nothing beside a run.
	"${hf[@]}" --warmup 1 --runs "$RUNS" --export-json "$OUT/stream.hyperfine.json" \
		--export-markdown "$OUT/stream.hyperfine.md" \
		-n "floor stream.jsonl" "$FLOOR $stream" \
		-n "jobdetails-lint stream.jsonl (file)" "$lint $stream" \
		-n "jobdetails-lint stream.jsonl (stdin)" "$lint --stdin-filename stream.jsonl - < $stream"

	say "peak memory (one run each under $TIME -v)"
	rss floor "$FLOOR" "$corpus"
	rss jobdetails-lint $lint "$corpus"
	rss "jobdetails-lint -j 1" $lint -j 1 "$corpus"
	rss "jobdetails-lint -j 2" $lint -j 2 "$corpus"
	rss "floor (one file)" "$FLOOR" "$one"
	rss "jobdetails-lint (one file)" $lint "$one"
	rss "floor stream.jsonl" "$FLOOR" "$stream"
	rss "jobdetails-lint stream.jsonl (file)" $lint "$stream"
	rss "jobdetails-lint stream 1/10 (file)" $lint "$tenth"
	rss "jobdetails-lint stream.jsonl (stdin)" sh -c "$lint --stdin-filename stream.jsonl - < $stream"
	rss "jobdetails-lint stream 1/10 (stdin)" sh -c "$lint --stdin-filename stream.jsonl - < $tenth"
	if $have_ajv; then
		rss ajv-cli "$AJV" $ajv_args -d "$corpus/*.json"
		rss "ajv-cli (one file)" "$AJV" $ajv_args -d "$one"
	fi
	if $have_gitleaks; then
		rss gitleaks $gitleaks "$OUT/gitleaks-corpus.json" "$corpus"
		rss "gitleaks (one file)" $gitleaks "$OUT/gitleaks-report.json" "$one"
	fi
	exports

	# The findings on the corpus, to compare with expected.tsv.
	$lint "$corpus" >"$OUT/lint-corpus.json" || true

	report "$corpus" "$one"
}

# export_tables sets the array export_groups to the report's arguments for
# the export tables: each says how many bytes of text its export holds
# (after "@"), for the throughput.
export_tables() {
	local size
	export_groups=()
	for size in $EXPORT_SIZES; do
		export_groups+=("gzip CloudWatch Logs export ($((size / 1000000)) MB of text)=$OUT/export-$size.hyperfine.json@$size")
	done
}

# exports_only runs the gzip export rows alone (bench/run.sh exports) and
# writes their tables to bench/out/report-exports.md.
exports_only() {
	command -v go >/dev/null || die "go is required"
	mkdir -p "$OUT" "$TOOLS"
	install_hyperfine
	install_time
	build
	generate_exports
	local lint="$LINT --format json -q" hf=(hyperfine --ignore-failure --style basic) export_groups
	LOAD=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)
	rm -f "$OUT"/export-*.hyperfine.json "$OUT"/export-*.hyperfine.md "$OUT/rss.tsv"
	exports
	export_tables
	{
		echo "## jobdetails-lint benchmark: gzip exports"
		echo
		echo "$(nproc) cores; seed $SEED; runs $GZIP_RUNS; peak RSS: one run each; $(hyperfine --version), $(gzip --version | head -n 1), $(go version | cut -d' ' -f3)."
		echo "Load average at the start: $LOAD; at the end: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)."
		echo
		"$TOOLS/report" -rss "$OUT/rss.tsv" "${export_groups[@]}"
	} >"$OUT/report-exports.md"
	cat "$OUT/report-exports.md"
}

report() {
	local corpus=$1 one=$2 export_groups
	export_tables
	{
		echo "## jobdetails-lint benchmark"
		echo
		echo "$(nproc) cores; corpus: $FILES files ($(du -sh "$corpus" | cut -f1)), stream: $JSONL lines ($(du -h "$OUT/stream.jsonl" | cut -f1)), seed $SEED."
		echo "One file: $one. Tools: $(hyperfine --version), $(node --version 2>/dev/null || echo no node) with ajv-cli $(sed -n 's/.*"ajv-cli": "\(.*\)".*/\1/p' bench/package.json), gitleaks $GITLEAKS_VERSION, $(go version | cut -d' ' -f3)."
		echo "Runs: corpus and stream $RUNS (after 1 warm-up), gitleaks $GITLEAKS_RUNS, one file $ONE_RUNS, gzip exports $GZIP_RUNS. Peak RSS: one run each."
		echo "Load average at the start: $LOAD; at the end: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)."
		echo
		"$TOOLS/report" -rss "$OUT/rss.tsv" -expected "$OUT/expected.tsv" \
			-lint "$OUT/lint-corpus.json" -gitleaks "$OUT/gitleaks-corpus.json" \
			"Corpus ($FILES files)=$OUT/corpus.hyperfine.json,$OUT/gitleaks.hyperfine.json" \
			"One file (pre-commit), median of $ONE_RUNS=$OUT/onefile.hyperfine.json" \
			"Stream ($JSONL lines of JSON Lines)=$OUT/stream.hyperfine.json" \
			"${export_groups[@]}"
	} >"$OUT/report.md"
	cat "$OUT/report.md"
}

if [ "${1-}" = exports ]; then
	exports_only
else
	main "$@"
fi
