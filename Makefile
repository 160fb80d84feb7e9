# kb: common tasks. `make test` is what CI runs.
GO ?= go
BIN := kb

.PHONY: build test run clean vet fuzz fuzz-extract

build:
	$(GO) build -o $(BIN) ./cmd/kb

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt would change:"; gofmt -l .; exit 1; }

test: vet
	$(GO) test ./...

# Short fuzz runs of the FTS query translation, the read-only SQL guard and
# the fact-file checker and loader; FUZZTIME=5m make fuzz for a longer one.
# Crashers land in store/testdata/fuzz and seed/testdata/fuzz and then run in
# every `go test`. Minimizing each new input is capped: at the
# default 60s the workers spend most of a short run shrinking inputs.
FUZZTIME ?= 10s
FUZZFLAGS = -run '^$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
fuzz:
	$(GO) test ./store $(FUZZFLAGS) -fuzz '^FuzzFTSQuery$$'
	$(GO) test ./store $(FUZZFLAGS) -fuzz '^FuzzSQLGuard$$'
	$(GO) test ./seed $(FUZZFLAGS) -fuzz '^FuzzCheck$$'

run:
	$(GO) run ./cmd/kb $(ARGS)

clean:
	rm -f $(BIN) kb.db kb.db-wal kb.db-shm
	$(GO) clean -testcache

# Longer runs of the extractor's fuzz test (its seeds run in `make test`).
fuzz-extract:
	$(GO) test ./extract -run '^$$' -fuzz FuzzExtract -fuzztime 2m
