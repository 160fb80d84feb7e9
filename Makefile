# kb: common tasks. `make test` is what CI runs.
GO ?= go
BIN := kb

.PHONY: build test run clean vet fuzz fuzz-extract reliability fuzz-reliability bench bench-scale

# -trimpath -s -w: no build paths, symbol table or DWARF in the binary
# (10 MB instead of 15; panics still name their functions)
build:
	$(GO) build -trimpath -ldflags='-s -w' -o $(BIN) ./cmd/kb

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt would change:"; gofmt -l .; exit 1; }

# The reliability fuzz runs are bounded by a count, not a duration: go1.26's
# fuzz coordinator can fail a duration-bounded run with "context deadline
# exceeded" when time runs out mid-execution (go.dev/issue/75804).
test: vet
	$(GO) test ./...
	$(GO) test ./store -run '^$$' -fuzz '^FuzzResolve$$' -fuzztime 3000x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime 20000x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzFTSQuery$$' -fuzztime 3000x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzSQLGuard$$' -fuzztime 2000x -fuzzminimizetime 5s
	$(GO) test ./seed -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime 1000x -fuzzminimizetime 5s

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

# Long reliability runs (docs/reliability.md): 60 SIGKILLs per kill test,
# 20 rounds of concurrent loaders, and fuzz runs of name resolution.
# KB_LONG=N sets the number of kills; FUZZRUNS the executions of each fuzz
# target.
KB_LONG ?= 1
FUZZRUNS ?= 250000
reliability:
	KB_LONG=$(KB_LONG) $(GO) test -count=1 -timeout 60m -v ./internal/reliability ./store -run 'Kill|Concurrent|Broken|ReadOnly|FullDisk|FileSize|FailedLoad|KeepsData' >reliability.log 2>&1; \
	status=$$?; grep -E '^(--- |ok|FAIL|PASS)|FIGURE' reliability.log; exit $$status
	$(MAKE) fuzz-reliability

fuzz-reliability:
	$(GO) test ./store -run '^$$' -fuzz '^FuzzResolve$$' -fuzztime $(FUZZRUNS)x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime $(FUZZRUNS)x -fuzzminimizetime 5s

run:
	$(GO) run ./cmd/kb $(ARGS)

clean:
	rm -f $(BIN) kb.db kb.db-wal kb.db-shm reliability.log
	$(GO) clean -testcache

# Longer runs of the extractor's fuzz test (its seeds run in `make test`).
fuzz-extract:
	$(GO) test ./extract -run '^$$' -fuzz FuzzExtract -fuzztime 2m

# The benchmark of issue 6: a 1,000,000-statement corpus, kb against the
# sqlite3 shell. Slow the first time (it builds and caches the corpus).
bench:
	bench/run.sh

# The growth curve: bench/run.sh at each size, then the table and the plot
# (docs/growth.md, docs/growth.svg). 10,000,000 is runnable but slow:
#   make bench-scale SCALE_SIZES="10000 100000 1000000 10000000"
# Extra knobs go through, e.g. BENCH_SKIP_LOAD=1 BENCH_RUNS=5.
SCALE_SIZES ?= 10000 100000 1000000
bench-scale:
	mkdir -p bench/scale/results
	for n in $(SCALE_SIZES); do \
		BENCH_STATEMENTS=$$n BENCH_RESULTS=bench/scale/results/results-n$$n.txt bench/run.sh || exit 1; \
	done
	$(GO) run ./bench/scale bench/scale/results docs/growth.md docs/growth.svg
