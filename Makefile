# jobdetails-lint: common tasks. `make help` lists them.
GO      ?= go
BIN     ?= bin/jobdetails-lint
# What git describe says of the tree; the program turns it into a Semantic
# Version (internal/command/version.go): 0.2.0 on tag v0.2.0, else
# 0.2.1-devel+g1a2b3c4 (and .dirty) as goreleaser's snapshots.
# The version from this tree's own git history (not a parent repository's),
# kept to the characters a version has: a tag name is anyone's text, and it
# goes into a shell command below.
VERSION ?= $(shell [ "$$(git rev-parse --show-toplevel 2>/dev/null)" = "$(CURDIR)" ] && git describe --tags --match 'v[0-9]*' --long --always --dirty 2>/dev/null | tr -cd '0-9A-Za-z.+_-')
LDFLAGS := -s -w -X github.com/jobdetails-lint/jobdetails-lint/internal/command.version=$(VERSION)

.PHONY: help build install test unit stream linear tools generate samples check-format vet fuzz bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

build: ## build bin/jobdetails-lint
	$(GO) build -trimpath -buildvcs=false -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/jobdetails-lint

install: ## install jobdetails-lint into $(go env GOPATH)/bin
	$(GO) install -trimpath -buildvcs=false -ldflags '$(LDFLAGS)' ./cmd/jobdetails-lint

generate: ## rebuild schema/jobdetails.schema.json from the output model
	$(GO) generate ./...

samples: build ## lint the sample captures in testdata/samples (exit 1 is expected: they hold problems)
	@$(BIN) testdata/samples; status=$$?; [ $$status -le 1 ]

check-format:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
vet: ## go vet and staticcheck (fetched by the go command on first use)
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

test: check-format vet unit stream linear ## gofmt, go vet, staticcheck, every test with the race detector, 1 GB on stdin, the linear-time tests, each fuzz target for a few seconds, the real-tool checks
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(TEST_FUZZTIME)
	$(MAKE) --no-print-directory tools

tools: ## check the output with the tools users run: pre-commit, sarif-multitool, xmllint, editors' language services, goreleaser (installs them; tools/run.sh)
	bash tools/run.sh

stream: ## 1 GB of JSON Lines through standard input in constant memory (without the race detector, which would make it slow)
	$(GO) test -count=1 -v -run '^TestStdinStreamConstantMemory$$' ./internal/command

# A package whose linear test fails is run once more: a moment of load on a
# shared machine can slow the larger input alone, a quadratic path fails
# both times.
linear: ## the tests that time(2n)/time(n) stays linear, one package at a time and without the race detector, which they skip; a failing package is run once more
	@log=$$(mktemp); \
	if $(GO) test -count=1 -p 1 -run 'Linear' ./... >$$log 2>&1; then cat $$log; rm -f $$log; exit 0; fi; \
	cat $$log; failed=$$(awk '$$1 == "FAIL" && NF >= 2 && $$2 ~ /\// {print $$2}' $$log); rm -f $$log; \
	echo "linear: running again, once: $$failed"; \
	$(GO) test -count=1 -p 1 -run 'Linear' $$failed

unit: ## every test with the race detector (includes the schema drift check)
	$(GO) test -race -count=1 ./...

TEST_FUZZTIME ?= 3s
FUZZTIME ?= 1m
fuzz: ## run every fuzz target for FUZZTIME each (seeds live in each package's testdata/fuzz)
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$target ($$pkg, $(FUZZTIME))"; \
	    if ! $(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) $$pkg >/tmp/fuzz.$$$$.log 2>&1; then \
	      tail -n 20 /tmp/fuzz.$$$$.log; \
	      echo "fuzz $$target stopped with an error; running its corpus (with any input it saved) to tell a failure from the fuzzer's own time-out under load"; \
	      $(GO) test -count=1 -run "^$$target\$$" $$pkg || exit 1; \
	    fi; \
	  done; \
	done

bench: ## time jobdetails-lint against the parse floor, ajv-cli and gitleaks, and on gzip exports against gzip -dc (installs them; takes minutes; see bench/README.md)
	bench/run.sh
