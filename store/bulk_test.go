package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/corpus"
	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// smallCorpus is the size make test uses; the benchmark uses a million.
// 2,000 statements (200 sources, every person, topic and territory of the
// generator's smallest shape) in batches of 500 are four batches, as the
// 10,000 in batches of 2,500 were, for a fifth of the time: each mutant of
// make mutate runs this test (docs/testing.md).
var smallCorpus = corpus.Config{Statements: 2000, Seed: 1}

func bulkLoad(t testing.TB, cfg corpus.Config) string {
	t.Helper()
	return bulkLoadBatches(t, cfg, 2500)
}

func bulkLoadBatches(t testing.TB, cfg corpus.Config, batch int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bulk.db")
	rep, err := store.Bulk(context.Background(), path, func(emit func(*store.SourceFacts) error) error {
		return corpus.Generate(cfg, emit)
	}, store.BulkOptions{BatchStatements: batch})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Statements != cfg.Statements || rep.Sources != (cfg.Statements+9)/10 {
		t.Fatalf("report %+v", rep)
	}
	return path
}

func TestBulkLoadEqualsFactFileLoad(t *testing.T) {
	ctx := context.Background()
	cfg := smallCorpus
	dir := t.TempDir()
	if err := corpus.WriteFactFiles(dir, cfg); err != nil {
		t.Fatal(err)
	}
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	slow := testdb.Empty(t)
	if _, err := seed.Load(ctx, slow, files, store.LoadOptions{}); err != nil {
		t.Fatalf("the generated fact files do not load: %v", err)
	}
	fast, err := store.Open(ctx, bulkLoadBatches(t, cfg, cfg.Statements/4))
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	skip := []string{"sources.added_at", "sources.content_hash"}
	want, got := testdb.Dump(t, slow.SQL(), skip...), testdb.Dump(t, fast.SQL(), skip...)
	if want != got {
		wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
		for i := 0; i < len(wl) && i < len(gl); i++ {
			if wl[i] != gl[i] {
				t.Fatalf("bulk load differs from the fact-file load at line %d:\nslow: %s\nbulk: %s", i+1, wl[i], gl[i])
			}
		}
		t.Fatalf("bulk load differs from the fact-file load: %d lines against %d", len(gl), len(wl))
	}
	if n := strings.Count(got, "\n"); n < 2*cfg.Statements {
		t.Fatalf("the dump has only %d lines", n)
	}
	// the full-text index answers the same
	for _, q := range []string{"peace", "security guarantees", "ceasefire NOT talks"} {
		a := ftsIDs(t, slow.SQL(), q)
		b := ftsIDs(t, fast.SQL(), q)
		if a != b || a == "" {
			t.Errorf("search %q: slow load finds %.80s, bulk load %.80s", q, a, b)
		}
	}
}

func ftsIDs(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(`SELECT s.id FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid WHERE statements_fts MATCH ? ORDER BY s.id`, q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(ids, ",")
}

func TestBulkLoadRefusesAnExistingFileAndLeavesNothingOnError(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	os.WriteFile(path, []byte("x"), 0o644)
	if _, err := store.Bulk(ctx, path, func(func(*store.SourceFacts) error) error { return nil }, store.BulkOptions{}); store.ErrorCode(err) != store.ECONFLICT {
		t.Fatalf("existing file: got %v, want ECONFLICT", err)
	}
	path = filepath.Join(t.TempDir(), "kb.db")
	_, err := store.Bulk(ctx, path, func(emit func(*store.SourceFacts) error) error {
		return corpus.Generate(corpus.Config{Statements: 200, Seed: 1}, func(sf *store.SourceFacts) error {
			if sf.Source.ID == "gen-0000003" {
				// a statement about a topic nobody defined
				sf.Statements[0].Topics = append(sf.Statements[0].Topics, "no-such-topic")
			}
			return emit(sf)
		})
	}, store.BulkOptions{})
	if err == nil || !strings.Contains(err.Error(), "no-such-topic") {
		t.Fatalf("dangling topic: got %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(path)); len(ents) != 0 {
		t.Fatalf("a failed bulk load left %v behind", ents)
	}
}

// The link tables have no rowid (00009), which foreign_key_check would
// name a bad row by: each dangling reference is still named by its value,
// two in one table as two different values, with the source where it has
// one.
func TestBulkLoadNamesDanglingLinksOfTablesWithoutRowid(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	_, err := store.Bulk(ctx, path, func(emit func(*store.SourceFacts) error) error {
		return corpus.Generate(corpus.Config{Statements: 200, Seed: 1}, func(sf *store.SourceFacts) error {
			switch sf.Source.ID {
			case "gen-0000003":
				sf.Statements[0].Topics = append(sf.Statements[0].Topics, "no-such-topic")
				sf.Statements[1].Topics = append(sf.Statements[1].Topics, "no-other-topic")
			case "gen-0000004":
				sp := sf.Statements[0].Evidence[0]
				sf.Statements = append(sf.Statements, store.StatementDef{ID: "no-such-statement", RefOnly: true,
					Evidence: []store.Span{sp}})
			}
			return emit(sf)
		})
	}, store.BulkOptions{})
	if err == nil {
		t.Fatal("a load with dangling references succeeded")
	}
	for _, want := range []string{
		`statement_topics.topic_id = "no-such-topic" refers to topics that does not exist`,
		`statement_topics.topic_id = "no-other-topic" refers to topics that does not exist`,
		`statement_appearances.statement_id = "no-such-statement" refers to statements that does not exist (in source "gen-0000004")`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %s:\n%v", want, err)
		}
	}
}
