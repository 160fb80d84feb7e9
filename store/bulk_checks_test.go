package store_test

import (
	"context"
	"database/sql"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// withIndexHidden runs change on the database at path while SQLite does
// not know of index idx, so the change leaves the index as it was: the
// index and its table then disagree, as after a bug or a bad disk.
func withIndexHidden(t *testing.T, path, idx, change string) {
	t.Helper()
	var typ, name, tbl, sqlText string
	var root int
	exec(t, path, "", func(db *sql.DB) {
		if err := db.QueryRow(`SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema WHERE name = ?`, idx).Scan(&typ, &name, &tbl, &root, &sqlText); err != nil {
			t.Fatal(err)
		}
	})
	exec(t, path, `PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = '`+idx+`'`, nil)
	exec(t, path, change, nil)
	exec(t, path, "PRAGMA writable_schema = ON", func(db *sql.DB) {
		if _, err := db.Exec(`INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)`, typ, name, tbl, root, sqlText); err != nil {
			t.Fatal(err)
		}
	})
}

// exec runs q, then f, on a connection of its own to path (SQLite reads
// the schema again on the next one).
func exec(t *testing.T, path, q string, f func(*sql.DB)) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if q != "" {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if f != nil {
		f(db)
	}
}

// The checks that end a bulk load by default (quick_check and the index
// entry counts) against PRAGMA integrity_check, on damaged copies of the
// seeded database: the cheap checks catch a lost or extra index entry and
// a damaged page as the full check does; an index entry whose key differs
// from its row's, with the counts right, only the full check sees.
func TestBulkChecksCatchCorruption(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name            string
		damage          func(t *testing.T, path string)
		cheapSees       bool
		fullMayMissThis bool
	}{
		{"intact", func(*testing.T, string) {}, false, false},
		{"an index entry too many (a row deleted behind the index's back)", func(t *testing.T, path string) {
			withIndexHidden(t, path, "statements_source", `DELETE FROM statements WHERE id = 'kellogg-last-10-metres'`)
		}, true, false},
		{"an entry too many in a partial index (its row no longer qualifies)", func(t *testing.T, path string) {
			withIndexHidden(t, path, "statements_person", `UPDATE statements SET speaker_person_id = NULL, speaker_org_id = (SELECT min(id) FROM organizations)
 WHERE id = (SELECT min(id) FROM statements WHERE speaker_person_id IS NOT NULL AND on_behalf_of_id IS NULL)`)
		}, true, true}, // SQLite 3.54.1's integrity_check says ok here (3.40's sees it)
		{"an entry missing from a WITHOUT ROWID table's index", func(t *testing.T, path string) {
			withIndexHidden(t, path, "statement_topics_topic", `INSERT INTO statement_topics (statement_id, topic_id, sort_key, position)
SELECT statement_id, 'no-such-topic', sort_key, 99 FROM statement_topics LIMIT 1`)
		}, true, false},
		{"a page of the statements table zeroed", func(t *testing.T, path string) {
			exec(t, path, `UPDATE sqlite_dbpage SET data = zeroblob(length(data))
 WHERE pgno = (SELECT pageno FROM dbstat WHERE name = 'statements' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1)`, nil)
		}, true, false},
		{"an index key that differs from its row (counts right)", func(t *testing.T, path string) {
			withIndexHidden(t, path, "statements_source", `UPDATE statements SET source_id = 'another-source' WHERE id = 'kellogg-last-10-metres'`)
		}, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := testdb.SeededFile(t)
			exec(t, path, `PRAGMA journal_mode = DELETE`, nil)
			c.damage(t, path)
			full := store.CheckFile(ctx, path, true)
			cheap := store.CheckFile(ctx, path, false)
			t.Logf("integrity_check: %v\nquick_check and counts: %v", full, cheap)
			if intact := c.name == "intact"; (full == nil) != intact && !c.fullMayMissThis {
				t.Fatalf("integrity_check: %v", full)
			}
			if (cheap != nil) != c.cheapSees {
				t.Errorf("quick_check and counts: %v; want an error: %v", cheap, c.cheapSees)
			}
		})
	}
}
