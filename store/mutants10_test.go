package store_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"kb/internal/corpus"
	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// Tests for mutants a full run of store at 68bb08f left alive
// (docs/testing.md, "mut-store (sixth session)").

// loadFactFile loads one fact file, given as text, into an empty database.
func loadFactFile(t *testing.T, text string) *store.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "facts.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return db
}

// An unknown statement id of exactly maxSuggestedID (200) bytes is still
// looked up: the start of a longer id gets that id offered (mutant
// names_list.go:80:25, `>` made `>=`, refused it as too long).
func TestSuggestStatementIDsAtTheLengthBound(t *testing.T) {
	b, err := os.ReadFile("testdata/overlapping-roles.yaml")
	if err != nil {
		t.Fatal(err)
	}
	long := "undated-" + strings.Repeat("a", 250)
	db := loadFactFile(t, strings.Replace(string(b), "  - id: undated\n", "  - id: "+long+"\n", 1))
	for _, tc := range []struct {
		name string
		n    int
		want []string
	}{
		{"199 bytes", 199, []string{long}},
		{"200 bytes", 200, []string{long}},
		{"201 bytes", 201, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.SuggestStatementIDs(context.Background(), long[:tc.n])
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("SuggestStatementIDs(%d bytes) = %q, want %q", tc.n, got, tc.want)
			}
		})
	}
}

// Each phase of a bulk load reports the CPU time spent in it, so the
// phases add up to at most the CPU the whole load took (mutant
// bulk.go:162:106, `c - cpu` made `c + cpu`, reported the running totals
// added, many times the real figure).
func TestBulkPhasesCPUAddsUp(t *testing.T) {
	if cpuTime() == 0 {
		t.Skip("no process CPU time on this system")
	}
	path := filepath.Join(t.TempDir(), "bulk.db")
	before := cpuTime()
	rep, err := store.Bulk(context.Background(), path, func(emit func(*store.SourceFacts) error) error {
		return corpus.Generate(corpus.Config{Statements: 50, Seed: 1}, emit)
	}, store.BulkOptions{})
	spent := (cpuTime() - before).Seconds()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	sum := 0.0
	for _, p := range rep.Phases {
		names = append(names, p.Name)
		if p.CPUSeconds < 0 || p.Seconds < 0 {
			t.Errorf("phase %s: %.6f s, %.6f s CPU, want neither negative", p.Name, p.Seconds, p.CPUSeconds)
		}
		sum += p.CPUSeconds
	}
	if want := []string{"schema", "rows", "indexes", "counts", "fts", "checks"}; !slices.Equal(names, want) {
		t.Errorf("phases %q, want %q", names, want)
	}
	if sum <= 0 || sum > spent+1e-3 {
		t.Errorf("the phases add up to %.6f s of CPU, the load took %.6f s", sum, spent)
	}
}

// `kb schema` marks the columns of each table's primary key, a composite
// key's every column, and no other (mutant schema.go:99:21, `pk > 0` made
// `pk <= 0`, marked exactly the other columns).
func TestSchemaMarksPrimaryKeys(t *testing.T) {
	docs, err := testdb.Empty(t).Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"people":         "id",
		"person_aliases": "person_id norm",
	}
	for _, d := range docs {
		w, ok := want[d.Name]
		if !ok {
			continue
		}
		delete(want, d.Name)
		var pk []string
		for _, c := range d.Columns {
			if c.PrimaryKey {
				pk = append(pk, c.Name)
			}
		}
		if got := strings.Join(pk, " "); got != w {
			t.Errorf("%s: primary key columns %q, want %q", d.Name, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("tables not listed: %v", want)
	}
}

// The index counts of a bulk load's checks cover a table with a single
// partial index as one with several (mutant bulk.go:517:24, `== nil` made
// `!= nil`, counted the rows of a table only from its second partial index
// on: no kb table has exactly one, so only a table added here shows
// it; the sound file was then reported damaged).
func TestIndexCountsOfASinglePartialIndex(t *testing.T) {
	path := testdb.SeededFile(t)
	exec(t, path, `CREATE TABLE extra (x INTEGER NOT NULL) STRICT;
CREATE INDEX extra_positive ON extra (x) WHERE x > 0;
INSERT INTO extra (x) VALUES (-1), (0), (1), (2)`, nil)
	if err := store.CheckFile(context.Background(), path, false); err != nil {
		t.Fatalf("a sound file: %v", err)
	}
	withIndexHidden(t, path, "extra_positive", `INSERT INTO extra (x) VALUES (3)`)
	if err := store.CheckFile(context.Background(), path, false); err == nil {
		t.Fatal("an index missing an entry passed the checks")
	}
}

// The bulk checks run quick_check, which sees a row breaking a CHECK
// constraint that the index counts cannot see (mutant bulk.go:422:9,
// `err != nil` made `err == nil`, returned before reading its answer).
func TestQuickCheckSeesABrokenConstraint(t *testing.T) {
	path := testdb.SeededFile(t)
	exec(t, path, `PRAGMA ignore_check_constraints = ON;
UPDATE sources SET published_inferred = 7 WHERE rowid = (SELECT min(rowid) FROM sources)`, nil)
	err := store.CheckFile(context.Background(), path, false)
	if err == nil || !strings.Contains(err.Error(), "quick check failed") || !strings.Contains(err.Error(), "CHECK constraint failed") {
		t.Fatalf("a row breaking a CHECK constraint: %v, want the quick check's report", err)
	}
}

// The hash that tells an unchanged source from a changed one covers this
// source's own wording of a statement it reports by id (a re-report): a
// reload that changes only that wording is a change (mutant
// facts.go:215:14, `s.Text != ""` negated, left the wording out of the
// hash).
func TestFactsHashCoversARereportWording(t *testing.T) {
	facts := func(text string) store.SourceFacts {
		return store.SourceFacts{
			Source:     store.SourceDef{ID: "port-courier", Title: "Port strike"},
			Statements: []store.StatementDef{{ID: "varga-rest", RefOnly: true, Text: text, Evidence: []store.Span{{Start: 10, End: 40}}}},
		}
	}
	for _, tc := range []struct {
		name string
		a, b string
	}{
		{"another wording", "the rest will work out", "the rest of the things will work out"},
		{"a wording against none", "the rest will work out", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if store.FactsHash(facts(tc.a)) == store.FactsHash(facts(tc.b)) {
				t.Errorf("%q and %q hash alike", tc.a, tc.b)
			}
		})
	}
	if store.FactsHash(facts("x")) != store.FactsHash(facts("x")) {
		t.Error("the same facts hash apart")
	}
}

// A page with no limit is every source from the offset on, and a
// database of two sources shows it (mutant serve.go:298:11, `-1` made
// `+1`, gave one source: the seed's single source could not tell).
func TestSourcesPagedWithoutALimit(t *testing.T) {
	ctx := context.Background()
	db := rereportDB(t)
	for _, tc := range []struct {
		name string
		page store.Page
		want int
	}{
		{"no limit", store.Page{}, 2},
		{"no limit, an offset", store.Page{Offset: 1}, 1},
		{"a limit", store.Page{Limit: 1}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, total, err := db.SourcesPaged(ctx, tc.page)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want || total != 2 {
				t.Errorf("%d sources of %d, want %d of 2", len(got), total, tc.want)
			}
		})
	}
}

// The fact-file check asks the database which kinds of entity ids name
// (mutant catalog.go:31:9, `err != nil` negated, answered nothing for
// every id: a second file referring to what the database holds would be
// refused as unknown; the store's tests load every file in one batch).
func TestEntityKindsOfIDsInTheDatabase(t *testing.T) {
	db := datedDB(t)
	got, err := db.EntityKinds(context.Background(), []string{"anna-berg", "norland-government", "norland-budget", "year-2024", "nobody"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]store.Kind{
		"anna-berg":          {store.KindPerson},
		"norland-government": {store.KindOrganization},
		"norland-budget":     {store.KindTopic},
		"year-2024":          {store.KindStatement},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EntityKinds = %v, want %v", got, want)
	}
}

// An error opening a file names the file (mutant store.go:320:10,
// `path != ""` negated, said "the database" instead): a file that starts
// like SQLite but is not one.
func TestOpenErrorNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(path, []byte("SQLite format 3\x00"+strings.Repeat("x", 8000)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(context.Background(), path)
	if want := path + " is not a SQLite database"; err == nil || err.Error() != want {
		t.Fatalf("open: %v, want %q", err, want)
	}
}
