package store_test

import (
	"context"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
	"kb/store"
)

// countSink counts rows and keeps the first few.
type countSink struct {
	cols  []string
	rows  [][]any
	count int
	each  func(n int)
}

func (s *countSink) Columns(names []string) error { s.cols = names; return nil }
func (s *countSink) Row(vals []any) error {
	s.count++
	if len(s.rows) < 10 {
		s.rows = append(s.rows, append([]any(nil), vals...))
	}
	if s.each != nil {
		s.each(s.count)
	}
	return nil
}

// runReadOnly opens the database at path, runs query on its read-only
// connection with the given layers off, and closes everything again.
func runReadOnly(t testing.TB, path, query string, opts store.QueryOptions, offCheck, offAuth bool) (*countSink, store.QueryResult, error) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ro.SwitchOffLayers(offCheck, offAuth)
	sink := &countSink{}
	res, err := ro.Query(ctx, query, opts, sink)
	return sink, res, err
}

// writeForms are statements that would change the database or the disk.
// {dir} is replaced by the database's directory.
// harmless marks statements that a read-only connection runs without
// writing anything; only the layers above it refuse them.
var writeForms = []struct {
	name, sql string
	harmless  bool
}{
	{name: "insert", sql: `INSERT INTO people (id, name) VALUES ('x', 'X')`},
	{name: "update", sql: `UPDATE statements SET text = 'changed'`},
	{name: "delete", sql: `DELETE FROM statements`},
	{name: "replace", sql: `REPLACE INTO topics (id, name) VALUES ('donbas-status', 'x')`},
	{name: "create table", sql: `CREATE TABLE t (x)`},
	{name: "create index", sql: `CREATE INDEX i ON statements (text)`},
	{name: "create view", sql: `CREATE VIEW v AS SELECT 1`},
	{name: "create temp table", sql: `CREATE TEMP TABLE t (x)`},
	{name: "create virtual table", sql: `CREATE VIRTUAL TABLE v USING fts5 (x)`},
	{name: "drop table", sql: `DROP TABLE statements`},
	{name: "drop view", sql: `DROP VIEW who_said_what`},
	{name: "alter", sql: `ALTER TABLE statements ADD COLUMN y TEXT`},
	{name: "create trigger", sql: `CREATE TRIGGER tr AFTER INSERT ON people BEGIN DELETE FROM people; END`},
	{name: "reindex", sql: `REINDEX`},
	{name: "analyze", sql: `ANALYZE`},
	{name: "fts rebuild", sql: `INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')`},
	{name: "query_only off then write", sql: `PRAGMA query_only = OFF; INSERT INTO people (id, name) VALUES ('x', 'X')`},
	{name: "query_only off", sql: `PRAGMA query_only = OFF`, harmless: true},
	{name: "user_version", sql: `PRAGMA user_version = 7`},
	{name: "journal_mode", sql: `PRAGMA journal_mode = DELETE`},
	{name: "wal_checkpoint", sql: `PRAGMA wal_checkpoint(TRUNCATE)`, harmless: true},
	{name: "optimize", sql: `PRAGMA optimize`},
	{name: "vacuum", sql: `VACUUM`},
	{name: "vacuum into", sql: `VACUUM INTO '{dir}/copy.db'`},
	{name: "attach existing", sql: `ATTACH '{dir}/kb.db' AS other`},
	{name: "attach new rwc", sql: `ATTACH 'file:{dir}/new.db?mode=rwc' AS n`},
	{name: "detach", sql: `DETACH main`},
	{name: "write in cte", sql: `WITH x AS (SELECT 'x' AS id) INSERT INTO people (id, name) SELECT id, 'X' FROM x`},
	{name: "write after semicolon", sql: `SELECT 1; DELETE FROM statements`},
	{name: "write after comment and semicolon", sql: `SELECT 1 /* ; */; -- hi
DROP TABLE statements`},
	{name: "explain write", sql: `EXPLAIN DELETE FROM statements`, harmless: true},
	{name: "begin", sql: `BEGIN IMMEDIATE`},
	{name: "savepoint", sql: `SAVEPOINT s`, harmless: true},
	{name: "load_extension", sql: `SELECT load_extension('/nonexistent')`},
}

// TestReadOnlyRefusesWrites runs every write form three times: through the
// whole guard, without the statement check, and on the bare read-only
// connection (no statement check, no authorizer). Each must be refused and
// leave the directory exactly as it was.
func TestReadOnlyRefusesWrites(t *testing.T) {
	template := testdb.SeededFile(t)
	clear := regexp.MustCompile("^refused: .+: ad-hoc SQL (only reads.*; the database was not changed|runs one statement at a time)$")
	layers := []struct {
		name              string
		offCheck, offAuth bool
	}{
		{"all layers", false, false},
		{"authorizer and connection", true, false},
		{"connection alone", true, true},
	}
	for _, l := range layers {
		for _, w := range writeForms {
			t.Run(l.name+"/"+w.name, func(t *testing.T) {
				path := testdb.Copy(t, template)
				dir := filepath.Dir(path)
				query := strings.ReplaceAll(w.sql, "{dir}", dir)
				before := testdb.DirState(t, dir)
				_, _, err := runReadOnly(t, path, query, store.QueryOptions{Timeout: 10 * time.Second}, l.offCheck, l.offAuth)
				switch {
				case err == nil && !(w.harmless && l.offAuth):
					t.Errorf("%s: not refused", query)
				case err != nil && store.ErrorCode(err) != store.EINVALID:
					t.Errorf("code %s, want %s: %v", store.ErrorCode(err), store.EINVALID, err)
				case err != nil && l.name == "all layers" && !clear.MatchString(err.Error()):
					t.Errorf("unclear message: %q", err)
				}
				if after := testdb.DirState(t, dir); after != before {
					t.Errorf("directory changed:\nbefore:\n%s\nafter:\n%s", before, after)
				}
			})
		}
	}
}

// TestReadOnlyQueryOnlyOffSeparately switches query_only off in one run and
// writes in the next: each run gets its own connection, and both are refused.
func TestReadOnlyQueryOnlyOffSeparately(t *testing.T) {
	path := testdb.SeededFile(t)
	dir := filepath.Dir(path)
	before := testdb.DirState(t, dir)
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, off := range []bool{false, true} {
		ro.SwitchOffLayers(off, off)
		for _, q := range []string{`PRAGMA query_only = OFF`, `INSERT INTO people (id, name) VALUES ('x', 'X')`} {
			_, err := ro.Query(ctx, q, store.QueryOptions{}, &countSink{})
			if err == nil && !(off && strings.HasPrefix(q, "PRAGMA")) {
				t.Errorf("layers off=%v: %s: not refused", off, q)
			}
		}
	}
	ro.Close()
	db.Close()
	if after := testdb.DirState(t, dir); after != before {
		t.Errorf("directory changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// TestReadOnlyReads checks that reading works through the guard: views,
// FTS5 with its auxiliary functions, read-only PRAGMAs, recursive CTEs.
func TestReadOnlyReads(t *testing.T) {
	path := testdb.SeededFile(t)
	dir := filepath.Dir(path)
	before := testdb.DirState(t, dir)
	cases := []struct {
		name, sql string
		rows      int // -1: at least one
	}{
		{"view", `SELECT speaker, text FROM who_said_what`, -1},
		{"fts", `SELECT w.speaker, snippet(statements_fts, 0, '[', ']', '…', 8) FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid JOIN who_said_what w ON w.statement_id = s.id WHERE statements_fts MATCH 'radical changes' ORDER BY bm25(statements_fts)`, -1},
		{"pragma table_info", `PRAGMA table_info(statements)`, -1},
		{"pragma function", `SELECT name FROM pragma_table_info('statements')`, -1},
		{"pragma read setting", `PRAGMA query_only`, 1},
		{"pragma integrity_check", `PRAGMA integrity_check`, 1},
		{"recursive cte", `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c`, 5},
		{"values", `VALUES (1, 'a'), (2, NULL)`, 2},
		{"trailing semicolon and comment", "SELECT 1;  -- done\n ; ", 1},
		{"semicolon in string", `SELECT 'a;b', "x;y" FROM (SELECT 1 AS "x;y")`, 1},
		{"explain", `EXPLAIN QUERY PLAN SELECT * FROM statements`, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sink, _, err := runReadOnly(t, path, c.sql, store.QueryOptions{}, false, false)
			if err != nil {
				t.Fatal(err)
			}
			if c.rows >= 0 && sink.count != c.rows || c.rows < 0 && sink.count == 0 {
				t.Errorf("%d rows, want %d", sink.count, c.rows)
			}
		})
	}
	if after := testdb.DirState(t, dir); after != before {
		t.Errorf("directory changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// TestReadOnlyMessages checks the statement check's own messages.
func TestReadOnlyMessages(t *testing.T) {
	path := testdb.SeededFile(t)
	cases := []struct{ sql, want string }{
		{"", "the query is empty"},
		{"  -- only a comment\n", "the query is empty"},
		{"SELECT 1;\nSELECT 2", "more after the `;` (at line 2, column 1)"},
		{"SELECT 1; 'x'", "more after the `;` (at line 1, column 11)"},
		{"SELECT 1; [x]", "more after the `;` (at line 1, column 11)"},
		{"'x'", `SQL error: near "'" (line 1, column 1): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN`},
		{"delete from statements", `refused: a statement starting with "DELETE"`},
		{"begin", `refused: a statement starting with "BEGIN"`},
		{"selec 1", `SQL error: near "selec" (line 1, column 1): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN; did you mean SELECT?`},
		{"\n  witth x as (select 1) select * from x", `SQL error: near "witth" (line 2, column 3): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN; did you mean WITH?`},
		{"SELECT * FROM nowhere", "SQL error: no such table: nowhere"},
		{"SELECT 'unterminated", "SQL error: unrecognized token"},
		{"SELECT zeroblob(1000000000)", "SQL error: string or blob too big"},
		{"SELECT length(printf('%.*c', 100000000, 'x'))", "SQL error: string or blob too big"},
	}
	for _, c := range cases {
		_, _, err := runReadOnly(t, path, c.sql, store.QueryOptions{}, false, false)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want a message containing %q", c.sql, err, c.want)
		}
	}
}

// TestReadOnlyTimeout stops runaway queries and checks the next one works.
func TestReadOnlyTimeout(t *testing.T) {
	t.Parallel() // mostly waiting for its timeouts: runs beside the rest
	path := testdb.SeededFile(t)
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	const timeout = 300 * time.Millisecond
	runaways := map[string]string{
		"endless recursive cte": `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c`,
		"endless rows":          `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c`,
		"huge cross join":       `SELECT count(*) FROM statements a, statements b, statements c, statements d, statements e, statements f`,
	}
	for name, q := range runaways {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := ro.Query(ctx, q, store.QueryOptions{Timeout: timeout}, &countSink{})
			took := time.Since(start)
			if err == nil || !strings.Contains(err.Error(), "stopped after the 300ms timeout") {
				t.Errorf("got %v, want the timeout message", err)
			}
			if took > timeout+2*time.Second {
				t.Errorf("returned after %s, more than the timeout plus 2s", took)
			}
			sink := &countSink{}
			if _, err := ro.Query(ctx, `SELECT count(*) FROM statements`, store.QueryOptions{Timeout: 10 * time.Second}, sink); err != nil || sink.count != 1 {
				t.Errorf("next query: %v, %d rows", err, sink.count)
			}
		})
	}
}

// TestReadOnlyTimeoutIgnoresSlowReader writes rows slowly, for longer in
// total than the timeout: the time spent writing does not count.
func TestReadOnlyTimeoutIgnoresSlowReader(t *testing.T) {
	t.Parallel() // mostly asleep: runs beside the rest
	ctx := context.Background()
	db := testdb.Seeded(t)
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	sink := &countSink{each: func(int) { time.Sleep(500 * time.Millisecond) }}
	q := `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c`
	res, err := ro.Query(ctx, q, store.QueryOptions{Timeout: 2 * time.Second}, sink)
	if err != nil || res.Rows != 5 {
		t.Fatalf("%d rows, %v; want all 5", res.Rows, err)
	}
}

// TestReadOnlyStreams reads a million rows and checks the heap stays
// small, then caps the same query with MaxRows. A million rows held as
// [][]any take 120 MB (measured), almost four times the bound below, so a
// million tells streaming from holding as three million did, in a third
// of the time (each mutant of make mutate runs this test).
func TestReadOnlyStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a million rows")
	}
	path := testdb.SeededFile(t)
	const n = 1_000_000
	q := `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT x, 'row ' || x FROM c`
	var peak uint64
	sink := &countSink{each: func(i int) {
		if i%250_000 == 0 {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
		}
	}}
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	res, err := ro.Query(ctx, q, store.QueryOptions{Timeout: time.Minute}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if sink.count != n || res.Rows != n || res.Capped {
		t.Errorf("got %d rows (result %+v), want %d uncapped", sink.count, res, n)
	}
	// Holding the rows would take over 100 MB; streaming stays near the
	// baseline of the test binary.
	const bound = 32 << 20
	t.Logf("peak heap while streaming %d rows: %.1f MB", n, float64(peak)/(1<<20))
	if peak > bound {
		t.Errorf("peak heap %d bytes while streaming, want under %d", peak, bound)
	}

	capped := &countSink{}
	res, err = ro.Query(ctx, q, store.QueryOptions{MaxRows: 1000}, capped)
	if err != nil {
		t.Fatal(err)
	}
	if capped.count != 1000 || !res.Capped {
		t.Errorf("capped: %d rows, %+v; want 1000 and capped", capped.count, res)
	}
	exact := &countSink{}
	res, err = ro.Query(ctx, `SELECT 1 UNION ALL SELECT 2`, store.QueryOptions{MaxRows: 2}, exact)
	if err != nil || exact.count != 2 || res.Capped {
		t.Errorf("exactly max rows: %d rows, %+v, %v; want 2, not capped", exact.count, res, err)
	}
}
