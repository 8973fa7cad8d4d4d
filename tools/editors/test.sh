#!/usr/bin/env bash
# Editors: VS Code's JSON language service and the YAML language server
# (pinned in package-lock.json) load jobdetails-lint's schema with the
# README's Editors settings; see editors.test.mjs.
. "$(dirname "$0")/../lib.sh"

need_npm tools/editors
timeout 300 node --test --test-reporter=spec tools/editors/editors.test.mjs ||
	fail "an editor does not read the schema as the README says (above)"
