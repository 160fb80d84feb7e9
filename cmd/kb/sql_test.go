package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
)

func TestSQLGolden(t *testing.T) {
	db := seededDB(t)
	for _, f := range []string{"table", "json", "csv"} {
		t.Run(f, func(t *testing.T) {
			r := kb(t, db, "", nil, "sql", "-o", f, "select speaker, text from who_said_what")
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			golden(t, "sql_who_said_what_"+f, r.stdout)
		})
	}
}

// TestSQLRefusals runs writes through the whole CLI, which opens the
// read-write database too (for the schema check), and checks that the
// directory is byte for byte what it was, -wal and -shm files included.
func TestSQLRefusals(t *testing.T) {
	queries := []string{
		`INSERT INTO people (id, name) VALUES ('x', 'X')`,
		`UPDATE statements SET text = ''`,
		`DELETE FROM statements`,
		`REPLACE INTO topics (id, name) VALUES ('x', 'X')`,
		`CREATE TABLE t (x)`,
		`DROP VIEW who_said_what`,
		`ALTER TABLE people ADD COLUMN x`,
		`CREATE TRIGGER tr AFTER INSERT ON people BEGIN DELETE FROM people; END`,
		`REINDEX`,
		`ANALYZE`,
		`PRAGMA query_only = OFF; INSERT INTO people (id, name) VALUES ('x', 'X')`,
		`PRAGMA query_only = OFF`,
		`VACUUM`,
		`VACUUM INTO '{dir}/copy.db'`,
		`ATTACH '{dir}/kb.db' AS other`,
		`ATTACH 'file:{dir}/new.db?mode=rwc' AS n`,
		`WITH x AS (SELECT 1) INSERT INTO people (id, name) SELECT 'x', 'X' FROM x`,
		`SELECT 1; DELETE FROM statements`,
	}
	for _, q := range queries {
		t.Run(q, func(t *testing.T) {
			db := seededDB(t)
			dir := filepath.Dir(db)
			q = strings.ReplaceAll(q, "{dir}", dir)
			before := testdb.DirState(t, dir)
			r := kb(t, db, "", nil, "sql", q)
			if r.code != 1 || !strings.HasPrefix(r.stderr, "kb: refused: ") || r.stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and a refusal", r.code, r.stdout, r.stderr)
			}
			if after := testdb.DirState(t, dir); after != before {
				t.Errorf("directory changed:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
	t.Run("query_only off, then a write in the next run", func(t *testing.T) {
		db := seededDB(t)
		dir := filepath.Dir(db)
		before := testdb.DirState(t, dir)
		kb(t, db, "", nil, "sql", "PRAGMA query_only = OFF")
		r := kb(t, db, "", nil, "sql", "INSERT INTO people (id, name) VALUES ('x', 'X')")
		if r.code != 1 || !strings.Contains(r.stderr, "refused") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		if after := testdb.DirState(t, dir); after != before {
			t.Errorf("directory changed:\nbefore:\n%s\nafter:\n%s", before, after)
		}
	})
}

// TestSQLTypoIsASyntaxError: a misspelt SELECT is a syntax error with a
// suggestion, not a refused write.
// An empty query is bad usage (exit 2), as an empty search is; a cut
// result counts its rows in English.
func TestSQLEmptyAndOneRow(t *testing.T) {
	db := seededDB(t)
	for _, tc := range []struct {
		name, stdin string
		args        []string
		code        int
		stderr      string
	}{
		{"empty argument", "", []string{"sql", " "}, 2, "kb: no SQL to run: the query is empty (give one statement, or - to read it from stdin)\n"},
		{"empty stdin", "\n", []string{"sql", "-"}, 2, "kb: no SQL to run: the query is empty (give one statement, or - to read it from stdin)\n"},
		{"one row", "", []string{"sql", "--max-rows", "1", "-o", "csv", "VALUES (1), (2)"}, 0, "kb: stopped after 1 row (--max-rows); the query has more\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := kb(t, db, tc.stdin, nil, tc.args...)
			if r.code != tc.code || r.stderr != tc.stderr {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", r.code, tc.code, r.stderr, tc.stderr)
			}
		})
	}
}

func TestSQLTypoIsASyntaxError(t *testing.T) {
	r := kb(t, seededDB(t), "", nil, "sql", "selec 1")
	want := "kb: SQL error: near \"selec\" (line 1, column 1): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN; did you mean SELECT?\n"
	if r.code != 1 || r.stderr != want || r.stdout != "" {
		t.Fatalf("exit %d, stderr %q, stdout %q", r.code, r.stderr, r.stdout)
	}
}

func TestSQLTimeout(t *testing.T) {
	db := seededDB(t)
	for _, q := range []string{
		`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c`,
		`SELECT count(*) FROM statements a, statements b, statements c, statements d, statements e, statements f`,
	} {
		start := time.Now()
		r := kb(t, db, "", nil, "sql", "--timeout", "300ms", q)
		took := time.Since(start)
		if r.code != 1 || r.stderr != "kb: the query was stopped after the 300ms timeout\n" {
			t.Errorf("%s: exit %d, stderr %q", q, r.code, r.stderr)
		}
		if took > 300*time.Millisecond+2*time.Second {
			t.Errorf("%s: returned after %s", q, took)
		}
		if r := kb(t, db, "", nil, "sql", "select count(*) from statements"); r.code != 0 {
			t.Errorf("next query: exit %d, %q", r.code, r.stderr)
		}
	}
}

func TestSQLOutput(t *testing.T) {
	db := seededDB(t)
	q := `SELECT 1 AS n, NULL AS empty, 2.5 AS x, x'00ff' AS b, 'a,"b"' AS s, 1 AS n`
	cases := []struct{ format, want string }{
		{"table", "N  EMPTY  X    B        S      N\n1  NULL   2.5  x'00ff'  a,\"b\"  1\n"},
		{"csv", "n,empty,x,b,s,n\n1,,2.5,x'00ff',\"a,\"\"b\"\"\",1\n"},
		{"json", "[\n  {\"n\": 1, \"empty\": null, \"x\": 2.5, \"b\": \"x'00ff'\", \"s\": \"a,\\\"b\\\"\", \"n_2\": 1}\n]\n"},
	}
	for _, c := range cases {
		r := kb(t, db, "", nil, "sql", "-o", c.format, q)
		if r.code != 0 || r.stdout != c.want {
			t.Errorf("%s: exit %d, stderr %q, got\n%s\nwant\n%s", c.format, r.code, r.stderr, r.stdout, c.want)
		}
	}

	r := kb(t, db, "", nil, "sql", "--max-rows", "2", "-o", "json", "VALUES (1), (2), (3)")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil || len(rows) != 2 || r.code != 0 {
		t.Errorf("--max-rows 2: exit %d, %d rows (%v): %q", r.code, len(rows), err, r.stdout)
	}
	if r.stderr != "kb: stopped after 2 rows (--max-rows); the query has more\n" {
		t.Errorf("--max-rows 2: stderr %q", r.stderr)
	}

	r = kb(t, db, "", nil, "sql", "-o", "json", "SELECT * FROM people WHERE 0")
	if r.code != 0 || r.stdout != "[]\n" || r.stderr != "kb: the query returned no rows\n" {
		t.Errorf("no rows: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	r = kb(t, db, "SELECT count(*) AS n FROM statements", nil, "sql", "-o", "csv", "-")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "n\n") {
		t.Errorf("stdin: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	// JSON stays parseable when the query fails part way.
	r = kb(t, db, "", nil, "sql", "-o", "json", "--timeout", "300ms",
		`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c`)
	rows = nil
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil || r.code != 1 {
		t.Errorf("timeout mid-stream: exit %d, JSON %v", r.code, err)
	}

	// Rows after the first 100 widen their column rather than break a number.
	r = kb(t, db, "", nil, "sql", `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x * 10 FROM c WHERE x < 1e12)
		SELECT 1 AS x, 'small' AS e FROM c, c, c UNION ALL SELECT x, 'big' FROM c`)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || len(lines) != 1+13*13*13+13 || lines[len(lines)-1] != "1000000000000  big" {
		t.Errorf("widening: exit %d, %d lines, last %q", r.code, len(lines), lines[len(lines)-1])
	}

	for _, args := range [][]string{{"sql"}, {"sql", "a", "b"}, {"sql", "--max-rows", "-1", "select 1"}, {"sql", "--timeout", "-1s", "select 1"}} {
		if r := kb(t, db, "", nil, args...); r.code != 2 {
			t.Errorf("%q: exit %d, want 2 (%q)", args, r.code, r.stderr)
		}
	}
	if r := kb(t, db, "", nil, "sql", "select * from nowhere"); r.code != 1 || r.stderr != "kb: SQL error: no such table: nowhere\n" {
		t.Errorf("unknown table: exit %d, stderr %q", r.code, r.stderr)
	}
}
