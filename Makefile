# kb: common tasks. `make test` is what CI runs.
GO ?= go
BIN := kb

.PHONY: build test run clean vet fuzz fuzz-extract reliability fuzz-reliability bench bench-scale mutate devset bench-extract chromium bench-serve

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
test: vet chromium
	$(GO) test ./...
	$(GO) test ./store -run '^$$' -fuzz '^FuzzResolve$$' -fuzztime 3000x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime 20000x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzFTSQuery$$' -fuzztime 3000x -fuzzminimizetime 5s
	$(GO) test ./store -run '^$$' -fuzz '^FuzzSQLGuard$$' -fuzztime 2000x -fuzzminimizetime 5s
	$(GO) test ./seed -run '^$$' -fuzz '^FuzzCheck$$' -fuzztime 1000x -fuzzminimizetime 5s

# The browser test of `kb serve` (web/browser_test.go) drives Debian's
# chromium; install it when missing (as root, as CI runs). Without it the
# test is skipped and says so.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	{ echo "installing chromium for the browser test (apt-get)"; \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; } >/tmp/kb-chromium-install.log 2>&1 && echo "chromium installed" || \
	  echo "could not install chromium (see /tmp/kb-chromium-install.log): the browser test will be skipped"; }

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
	$(GO) test ./extract/checked -run '^$$' -fuzz FuzzExtract -fuzztime 2m

# The benchmark of issue 6: a 1,000,000-statement corpus, kb against the
# sqlite3 shell. Slow the first time (it builds and caches the corpus).
bench:
	bench/run.sh

# Mutation testing (docs/testing.md): gremlins, pinned, built from the Go
# module proxy into .bin. Slow (each mutant runs its package's tests); not
# part of `make test`. MUTATE_PKGS picks packages, MUTATE_FILES a regexp of
# file base names, e.g. make mutate MUTATE_PKGS=store MUTATE_FILES='sqlcheck|readonly'.
# MUTATE_SAMPLE=N tests a random sample of N mutants per package instead
# (scripts/mutsample): make mutate MUTATE_SAMPLE=300 MUTATE_PKGS=extract.
# Sampled runs compile every mutant into one test binary (a mutant schema,
# about 0.5 s a mutant for extract); MUTATE_SAMPLE=0 is then a whole
# package: make mutate MUTATE_SAMPLE=0 MUTATE_PKGS=extract (about an hour).
# MUTATE_SCHEMATA=0 builds each mutant on its own (the reference, 5 to 40 s);
# MUTATE_SELECT=1 runs each mutant with only the tests that reach its line.
# internal/names is the name folding that store's resolution calls: its
# mutants meet only its own tests, so it is mutated on its own.
GREMLINS_VERSION := v0.6.0
GREMLINS := .bin/gremlins-$(GREMLINS_VERSION)
MUTATE_PKGS ?= internal/names seed extract store
$(GREMLINS):
	GOBIN=$(CURDIR)/.bin $(GO) install github.com/go-gremlins/gremlins/cmd/gremlins@$(GREMLINS_VERSION)
	mv .bin/gremlins $@
mutate: $(GREMLINS)
	GREMLINS=$(CURDIR)/$(GREMLINS) scripts/mutate.sh $(MUTATE_PKGS)

# The real-news development set of kb extract (extract/devset/README.md):
# the article texts live outside the repository, in DEVSET. Scores the
# drafts per article, then re-report matching per event (drafts loaded one
# after the other into a temporary database).
DEVSET ?= /work/devset/articles
devset:
	$(GO) run ./extract/devset/score -v -before extract/devset/before.json $(DEVSET)

# kb extract's batch speed: articles of about 600 words drafted one after
# the other on one core (target: 100 a second; CPU time reported too).
bench-extract:
	$(GO) test ./extract -run XXX -bench ExtractBatch -cpu 1 -benchtime 5s

# kb serve under load on the 1,000,000-statement corpus (docs/serve.md):
# 32 clients on 127.0.0.1, bounded in count and time, then hostile
# requests. Not part of make test.
bench-serve:
	bench/serve.sh

# The growth curve: bench/run.sh at each size, then the table and the plot
# (docs/growth.md, docs/growth.svg). 10,000,000 is runnable but slow (its
# build alone is about 20 CPU-minutes and 10.5 GB; with BENCH_LOAD_RUNS=0
# the timed build is its load figure, without the shell's):
#   make bench-scale SCALE_SIZES="10000 100000 1000000 10000000"
# Extra knobs go through, e.g. BENCH_SKIP_LOAD=1 BENCH_RUNS=5; the figures
# of docs/performance.md, "Growth to 10,000,000 statements", say theirs.
SCALE_SIZES ?= 10000 100000 1000000
bench-scale:
	mkdir -p bench/scale/results
	for n in $(SCALE_SIZES); do \
		BENCH_STATEMENTS=$$n BENCH_RESULTS=bench/scale/results/results-n$$n.txt bench/run.sh || exit 1; \
	done
	$(GO) run ./bench/scale bench/scale/results docs/growth.md docs/growth.svg
