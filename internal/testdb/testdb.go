// Package testdb builds real SQLite databases for tests: migrated, and
// loaded with the embedded seed when asked. Nothing here is a mock.
package testdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"kb/seed"
	"kb/store"
)

// Empty returns a migrated database with no facts, in t.TempDir().
func Empty(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Create(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Seeded returns a database loaded with the embedded seed.
func Seeded(t testing.TB) *store.DB {
	t.Helper()
	db := Empty(t)
	if _, err := seed.Load(context.Background(), db, seed.Embedded(), store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return db
}

// SeededFile creates a seeded database file in dir and closes it, for tests
// that run the CLI against a path.
func SeededFile(t testing.TB) string {
	t.Helper()
	db := Seeded(t)
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// Dump renders every row of every table (rowid order, all columns) and
// the schema as text, so two databases can be compared for identical
// content. Columns named in skip ("sources.added_at") are left out.
func Dump(t testing.TB, db *sql.DB, skip ...string) string {
	t.Helper()
	ctx := context.Background()
	rows, err := db.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type IN ('table','view','index','trigger') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'statements_fts_%' AND name <> 'goose_db_version' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var tables []string
	for rows.Next() {
		var name string
		var sqlText sql.NullString
		if err := rows.Scan(&name, &sqlText); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s\n", sqlText.String)
		if strings.HasPrefix(sqlText.String, "CREATE TABLE") {
			tables = append(tables, name)
		}
	}
	rows.Close()
	sort.Strings(tables)
	skipped := map[string]bool{}
	for _, s := range skip {
		skipped[s] = true
	}
	for _, table := range tables {
		fmt.Fprintf(&b, "== %s\n", table)
		r, err := db.QueryContext(ctx, fmt.Sprintf("SELECT * FROM %q ORDER BY 1, 2", table))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := r.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, c := range cols {
				if skipped[table+"."+c] {
					continue
				}
				fmt.Fprintf(&b, "%s=%v|", c, vals[i])
			}
			b.WriteByte('\n')
		}
		r.Close()
	}
	return b.String()
}

// Copy copies the database file at src into a new t.TempDir() as kb.db and
// returns its path, so each test gets a database of its own.
func Copy(t testing.TB, src string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kb.db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// DirState lists every file in dir with the sha256 of its bytes, so a test
// can show that a command left the directory exactly as it was.
func DirState(t testing.TB, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		lines = append(lines, e.Name()+" "+hex.EncodeToString(sum[:]))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
