package store_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
	"kb/store"
)

// FuzzFTSQuery checks that whatever a person types, the translation is
// either a clean EINVALID error or a query FTS5 accepts on a real database,
// and that Search never answers with an SQL error.
func FuzzFTSQuery(f *testing.F) {
	for _, s := range append(hostileSearches,
		"radical changes", `"radical changes"`, "territor*", `Zelenskiy "peace plan" Donbas`,
		"Kellogg", "zelensky’s", "Донбас", "80%", `"really close"*`, "a\tb\nc",
	) {
		f.Add(s)
	}
	db := testdb.Seeded(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, in string) {
		q, err := store.FTSQuery(in)
		if err != nil {
			var e *store.Error
			if !errors.As(err, &e) || e.Code != store.EINVALID {
				t.Fatalf("FTSQuery(%q): %v is not a clean EINVALID error", in, err)
			}
		} else {
			var n int
			if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?`, q).Scan(&n); err != nil {
				t.Fatalf("FTSQuery(%q) = %q, which FTS5 rejects: %v", in, q, err)
			}
		}
		if _, err := db.Search(ctx, store.SearchOptions{Query: in, Limit: 5}); err != nil && store.ErrorCode(err) != store.EINVALID {
			t.Fatalf("Search(%q): %v", in, err)
		}
	})
}

// fileState is the listing of dir and the sha256 of each file in it, except
// the contents of the -shm file, which readers change by taking locks.
func fileState(t testing.TB, dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range entries {
		line := e.Name()
		if e.IsDir() {
			line += "/" // a directory (testdata) is listed by name; its files are not read
		} else if !strings.HasSuffix(line, "-shm") {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			line += " " + hex.EncodeToString(sum[:])
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// FuzzSQLGuard runs arbitrary text through the read-only path. Whatever it
// is, nothing panics and neither the database directory nor the working
// directory changes: not the database file, not its WAL, no new file.
func FuzzSQLGuard(f *testing.F) {
	for _, w := range writeForms {
		f.Add(w.sql)
	}
	for _, s := range []string{
		`SELECT speaker, text FROM who_said_what`,
		`SELECT * FROM statements_fts WHERE statements_fts MATCH 'radical'`,
		`PRAGMA table_info(statements)`,
		`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c`,
		`SELECT 1; SELECT 2`, `SELECT ';' ; DROP TABLE people`, `/* ; */ SELECT 1`, `SELECT "a;b`,
		`ATTACH 'fuzz.db' AS f`, `VACUUM INTO 'fuzz.db'`, `PRAGMA query_only = 0`,
		`SELECT writefile('x', 'y')`, `SELECT load_extension('x')`, `SELECT zeroblob(10)`,
		`SELECT * FROM pragma_user_version(7)`, `SELECT * FROM pragma_query_only(0)`, `SELECT * FROM pragma_journal_mode('delete')`,
	} {
		f.Add(s)
	}
	path := testdb.SeededFile(f)
	dir := filepath.Dir(path)
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ro.Close() })
	wd, err := os.Getwd()
	if err != nil {
		f.Fatal(err)
	}
	before := fileState(f, dir)
	wdBefore := fileState(f, wd)
	f.Fuzz(func(t *testing.T, query string) {
		_, err := ro.Query(ctx, query, store.QueryOptions{MaxRows: 100, Timeout: 250 * time.Millisecond}, &countSink{})
		var e *store.Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("%q: an error that is not a *store.Error: %v", query, err)
		}
		if after := fileState(t, dir); after != before {
			t.Fatalf("%q changed the database directory:\nbefore:\n%s\nafter:\n%s", query, before, after)
		}
		if after := fileState(t, wd); after != wdBefore {
			t.Fatalf("%q changed the working directory:\nbefore:\n%s\nafter:\n%s", query, wdBefore, after)
		}
	})
}
