#!/bin/sh
# Writes printed/testdata/corpus and printed/testdata/lambda from the
# generators beside this script, with the python3 and node on PATH. The
# versions they were last written with are in corpus/VERSIONS.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
testdata=$(dirname "$here")
root=$(cd "$testdata/../.." && pwd)
mkdir -p "$testdata/corpus" "$testdata/lambda"
python3 "$here/corpus.py" >"$testdata/corpus/python.jsonl"
node "$here/corpus.js" >"$testdata/corpus/node.jsonl"
python3 "$here/lambda.py" "$root/testdata/ok/lambda-invoke-event.json" "$testdata/lambda"
node "$here/lambda.js" "$root/testdata/ok/lambda-invoke-event.json" "$testdata/lambda"
printf '%s\nnode %s\n' "$(python3 --version)" "$(node --version)" >"$testdata/corpus/VERSIONS"
