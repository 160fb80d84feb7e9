# kb: common tasks. `make test` is what CI runs.
GO ?= go
BIN := kb

.PHONY: build test run clean vet fuzz-extract

build:
	$(GO) build -o $(BIN) ./cmd/kb

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt would change:"; gofmt -l .; exit 1; }

test: vet
	$(GO) test ./...

run:
	$(GO) run ./cmd/kb $(ARGS)

clean:
	rm -f $(BIN) kb.db kb.db-wal kb.db-shm
	$(GO) clean -testcache

# Longer runs of the extractor's fuzz test (its seeds run in `make test`).
fuzz-extract:
	$(GO) test ./extract -run '^$$' -fuzz FuzzExtract -fuzztime 2m
