package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"kb/internal/corpus"
	"kb/store"
)

// The benchmarks below measure the lookups warm, in process, on a corpus
// database built by `make bench` (bench/run.sh): KB_BENCH_DB is its path and
// KB_BENCH_STATEMENTS its size. Without them they are skipped, so that
// `go test -bench .` stays quick.
func benchCorpus(b *testing.B) (*store.DB, corpus.Picks) {
	b.Helper()
	path := os.Getenv("KB_BENCH_DB")
	if path == "" {
		b.Skip("KB_BENCH_DB is not set: run make bench")
	}
	n, err := strconv.Atoi(os.Getenv("KB_BENCH_STATEMENTS"))
	if err != nil {
		b.Fatalf("KB_BENCH_STATEMENTS: %v", err)
	}
	// Warm lookups are a long-running process's: kb serve's reader. (The
	// command line's pool maps the file for its cold start instead, with
	// cell checks that cost a repeated lookup; docs/performance.md.)
	db, err := store.OpenReader(context.Background(), path, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db, corpus.PicksFor(corpus.Config{Statements: n, Seed: 1})
}

// reportCPU adds the CPU time per operation to a benchmark's figures.
func reportCPU(b *testing.B, start time.Duration) {
	if d := cpuTime() - start; d > 0 && b.N > 0 {
		b.ReportMetric(float64(d)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkPersonLookup is `kb person NAME` without the process: resolve
// the name, then the whole profile.
func BenchmarkPersonLookup(b *testing.B) {
	db, p := benchCorpus(b)
	ctx := context.Background()
	b.ReportAllocs()
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		m, err := db.Resolve(ctx, p.Person, store.KindPerson)
		if err != nil {
			b.Fatal(err)
		}
		pr, err := db.Person(ctx, m.ID)
		if err != nil || len(pr.Statements) == 0 {
			b.Fatalf("person %s: %v, %d statements", p.Person, err, len(pr.Statements))
		}
	}
}

// BenchmarkQuotesLookup is `kb quotes --by NAME --since DATE` without the
// process: resolve the name, then the statements.
func BenchmarkQuotesLookup(b *testing.B) {
	db, p := benchCorpus(b)
	ctx := context.Background()
	b.ReportAllocs()
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		m, err := db.Resolve(ctx, p.QuotesBy, store.KindPerson, store.KindOrganization)
		if err != nil {
			b.Fatal(err)
		}
		st, err := db.Statements(ctx, store.StatementFilter{PersonID: m.ID, Since: p.QuotesSince})
		if err != nil || len(st) == 0 {
			b.Fatalf("quotes by %s: %v, %d statements", p.QuotesByID, err, len(st))
		}
	}
}

// BenchmarkTopicLookup is `kb topic NAME` without the process: resolve the
// name, then the topic with its subtopics, statements and positions.
func BenchmarkTopicLookup(b *testing.B) {
	db, p := benchCorpus(b)
	ctx := context.Background()
	b.ReportAllocs()
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		m, err := db.Resolve(ctx, p.Topic, store.KindTopic)
		if err != nil {
			b.Fatal(err)
		}
		t, err := db.Topic(ctx, m.ID, store.TopicPage{Limit: 50, Positions: 50})
		if err != nil || len(t.Speakers) == 0 {
			b.Fatalf("topic %s: %v", p.Topic, err)
		}
	}
}

// BenchmarkTopicLaterPage is `kb topic NAME --offset 2000`: the 41st page
// of 50, which reads 2,050 index entries per topic of the subtree. A small
// corpus has no such page: skipped.
func BenchmarkTopicLaterPage(b *testing.B) {
	db, p := benchCorpus(b)
	ctx := context.Background()
	if t, err := db.Topic(ctx, p.TopicID, store.TopicPage{Limit: 1}); err != nil || t.Total < 2050 {
		b.Skipf("topic %s: %v, %d statements: no page at offset 2000", p.Topic, err, t.Total)
	}
	b.ReportAllocs()
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		t, err := db.Topic(ctx, p.TopicID, store.TopicPage{Limit: 50, Offset: 2000, Positions: 50})
		if err != nil || len(t.Speakers) == 0 {
			b.Fatalf("topic %s: %v", p.Topic, err)
		}
	}
}

// BenchmarkSearchLookup is `kb search "WORD WORD"` without the process, on
// two mid-frequency words (each in about one statement in a hundred).
func BenchmarkSearchLookup(b *testing.B) {
	db, p := benchCorpus(b)
	benchSearch(b, db, p.MidWords[0]+" "+p.MidWords[1])
}

// BenchmarkSearchCommonLookup is the same on two words found together in
// about a fifth of all statements.
func BenchmarkSearchCommonLookup(b *testing.B) {
	db, p := benchCorpus(b)
	benchSearch(b, db, p.CommonWords[0]+" "+p.CommonWords[1])
}

func benchSearch(b *testing.B, db *store.DB, words string) {
	ctx := context.Background()
	// as kb search asks, with its default --limit
	opts := store.SearchOptions{Query: words, Limit: 20, Mark: [2]string{"[", "]"}}
	first, err := db.Search(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	if len(first) == 0 {
		// the mid-frequency pair first co-occurs somewhere above 10,000 statements
		b.Skipf("no statement holds %q in this corpus", words)
	}
	b.ReportAllocs()
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		hits, err := db.Search(ctx, opts)
		if err != nil || len(hits) != len(first) {
			b.Fatalf("search %q: %v, %d hits", words, err, len(hits))
		}
	}
}

// BenchmarkBulkLoad loads a generated corpus of KB_BENCH_LOAD_STATEMENTS
// statements (default 50000) into a new file, generation included.
func BenchmarkBulkLoad(b *testing.B) {
	n := 50000
	if s := os.Getenv("KB_BENCH_LOAD_STATEMENTS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	cfg := corpus.Config{Statements: n, Seed: 1}
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		path := filepath.Join(dir, fmt.Sprintf("load%d.db", i))
		rep, err := store.Bulk(context.Background(), path, func(emit func(*store.SourceFacts) error) error {
			return corpus.Generate(cfg, emit)
		}, store.BulkOptions{})
		if err != nil {
			b.Fatal(err)
		}
		os.Remove(path)
		for _, p := range rep.Phases {
			b.ReportMetric(p.Seconds, p.Name+"-s")
			b.ReportMetric(p.CPUSeconds, p.Name+"-cpu-s")
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
}

// BenchmarkBulkLoadVariants measures the choices behind the bulk load's
// pragmas and batch size on KB_BENCH_LOAD_STATEMENTS statements; the
// defaults are what Bulk uses.
func BenchmarkBulkLoadVariants(b *testing.B) {
	n := 100000
	if s := os.Getenv("KB_BENCH_LOAD_STATEMENTS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	cfg := corpus.Config{Statements: n, Seed: 1}
	for _, v := range []struct {
		name string
		opt  store.BulkOptions
	}{
		{"defaults", store.BulkOptions{}},
		{"integrity_check", store.BulkOptions{IntegrityCheck: true}},
		{"foreign_keys_on", store.BulkOptions{Pragmas: []string{"foreign_keys(1)"}}},
		{"journal_wal", store.BulkOptions{Pragmas: []string{"journal_mode(WAL)", "synchronous(NORMAL)", "locking_mode(NORMAL)"}}},
		{"cache_16MiB", store.BulkOptions{Pragmas: []string{"cache_size(-16384)"}}},
		{"cache_256MiB", store.BulkOptions{Pragmas: []string{"cache_size(-262144)"}}},
		{"no_sorter_threads", store.BulkOptions{Pragmas: []string{"threads(0)"}}},
		{"batch_5000", store.BulkOptions{BatchStatements: 5000}},
		{"one_transaction", store.BulkOptions{BatchStatements: 1 << 30}},
	} {
		b.Run(v.name, func(b *testing.B) {
			dir := b.TempDir()
			i := 0
			start := cpuTime()
			for b.Loop() {
				i++
				path := filepath.Join(dir, fmt.Sprintf("load%d.db", i))
				rep, err := store.Bulk(context.Background(), path, func(emit func(*store.SourceFacts) error) error {
					return corpus.Generate(cfg, emit)
				}, v.opt)
				if err != nil {
					b.Fatal(err)
				}
				os.Remove(path)
				for _, p := range rep.Phases {
					b.ReportMetric(p.Seconds, p.Name+"-s")
				}
			}
			reportCPU(b, start)
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
		})
	}
}
