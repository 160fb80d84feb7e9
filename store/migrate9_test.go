package store_test

import (
	"context"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// rowsOnly is a testdb.Dump without the schema text that precedes the rows.
func rowsOnly(dump string) string {
	if i := strings.Index(dump, "\n== "); i >= 0 {
		return dump[i:]
	}
	return dump
}

// topicOrder lists every statement's topics, and its passages in each
// source, in the order kb export writes them: by rowid before 00009, by
// position after.
func topicOrder(t *testing.T, db *store.DB, order string) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT statement_id, topic_id FROM statement_topics ORDER BY statement_id, ` + order,
		`SELECT statement_id, source_id || ' ' || evidence_start FROM statement_appearances ORDER BY statement_id, source_id, ` + order,
	} {
		rows, err := db.SQL().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s, x string
			if err := rows.Scan(&s, &x); err != nil {
				t.Fatal(err)
			}
			b.WriteString(s + " " + x + "\n")
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// Migration 00009 rebuilds statement_topics and statement_appearances as
// WITHOUT ROWID tables: every row survives, each statement's topics keep
// the order kb export writes them in (now as position), and the down step
// gives back the version-8 database, schema and rows, word for word.
func TestMigration9KeepsRowsAndTopicOrder(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	downBelow(t, db, 9)
	// one statement whose topics were listed against their id order, so
	// that the order is something the migration has to keep
	var sid string
	if err := db.SQL().QueryRow(`SELECT statement_id FROM statement_topics GROUP BY statement_id HAVING count(*) >= 2 ORDER BY statement_id LIMIT 1`).Scan(&sid); err != nil {
		t.Fatalf("the seed has no statement with two topics: %v", err)
	}
	if _, err := db.SQL().Exec(`
CREATE TEMP TABLE t AS SELECT * FROM statement_topics WHERE statement_id = ?1;
DELETE FROM statement_topics WHERE statement_id = ?1;
INSERT INTO statement_topics SELECT * FROM t ORDER BY topic_id DESC;
DROP TABLE t;
-- and a passage listed after one that comes later in the body
INSERT INTO statement_appearances (statement_id, source_id, evidence_start, evidence_end)
SELECT statement_id, source_id, 0, 1 FROM statement_appearances WHERE statement_id = ?1 AND evidence_start > 0`, sid); err != nil {
		t.Fatal(err)
	}
	before8 := testdb.Dump(t, db.SQL())
	order8 := topicOrder(t, db, "rowid")
	if !strings.Contains(order8, sid+" "+sortedFirst(t, db, sid)) {
		t.Fatal("the statement's topics are in id order: the test would not see a lost order")
	}

	if _, err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	if v, _ := db.SchemaVersion(ctx); v < 9 {
		t.Fatalf("version %d after up", v)
	}
	if got := rowsOnly(testdb.Dump(t, db.SQL(), "statement_topics.position", "statement_appearances.position")); got != rowsOnly(before8) {
		t.Error("the rows differ after 00009")
	}
	if got := topicOrder(t, db, "position"); got != order8 {
		t.Errorf("statement topics in position order:\n%s\nwant (rowid order before):\n%s", got, order8)
	}
	var withoutRowid int
	db.SQL().QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name IN ('statement_topics', 'statement_appearances') AND sql LIKE '%WITHOUT ROWID'`).Scan(&withoutRowid)
	if withoutRowid != 2 {
		t.Errorf("%d of the two link tables are WITHOUT ROWID", withoutRowid)
	}
	var problems int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&problems); err != nil || problems != 0 {
		t.Fatalf("foreign_key_check after up: %d rows, %v", problems, err)
	}

	downBelow(t, db, 9)
	if got := testdb.Dump(t, db.SQL()); got != before8 {
		a, b := strings.Split(before8, "\n"), strings.Split(got, "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("after down, the database differs from version 8 at line %d:\n%s\nwant:\n%s", i, b[i], a[i])
			}
		}
		t.Fatal("after down, the database differs from version 8 in length")
	}
	if got := topicOrder(t, db, "rowid"); got != order8 {
		t.Errorf("after down, rowid order of topics:\n%s\nwant:\n%s", got, order8)
	}
}

// sortedFirst is the last of the statement's topics in id order, which
// the test lists first.
func sortedFirst(t *testing.T, db *store.DB, sid string) string {
	t.Helper()
	var id string
	if err := db.SQL().QueryRow(`SELECT max(topic_id) FROM statement_topics WHERE statement_id = ?`, sid).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}
