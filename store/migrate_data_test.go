package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pressly/goose/v3"

	"kb/internal/testdb"
	"kb/migrations"
	"kb/store"
)

// ftsHits is what a full-text search finds for each word, so an index
// that lost its rows shows up even when the tables are identical.
func ftsHits(t *testing.T, db *store.DB) []string {
	t.Helper()
	var out []string
	for _, word := range []string{"close", "Donbas", "referendum", "peace", "Kremlin"} {
		var n int
		if err := db.SQL().QueryRow(`SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?`, word).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s=%d", word, n))
	}
	if _, err := db.SQL().Exec(`INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("the full-text index disagrees with the statements table: %v", err)
	}
	return out
}

// lostBelow6 are the columns 00006 adds: its down step drops them, and with
// them what they said (the schema before it cannot say it).
var lostBelow6 = []string{"positions.stance_inferred", "positions.stance_basis",
	"statements.setting_inferred", "statements.setting_basis", "statements.paraphrase"}

// Migrations whose down step keeps the data (views, the full-text index)
// are rolled back and applied again on a seeded database: the rows, the
// schema and what a search finds are exactly as before. 00001's down drops
// the tables themselves, so it is checked by the schema test only.
func TestMigrateDownAndUpKeepsData(t *testing.T) {
	ctx := context.Background()
	vs := migrationVersions(t)
	for i := len(vs) - 2; i >= 0; i-- {
		to := vs[i]
		t.Run(fmt.Sprintf("down to %d and up", to), func(t *testing.T) {
			db := testdb.Seeded(t)
			var skip []string
			if to < 6 {
				skip = lostBelow6
			}
			before, hits := testdb.Dump(t, db.SQL(), skip...), ftsHits(t, db)
			if hits[0] == "close=0" {
				t.Fatal("the seeded index finds nothing; the check would prove nothing")
			}
			for range vs[i+1:] {
				if _, err := db.MigrateDown(ctx); err != nil {
					t.Fatal(err)
				}
			}
			var statements int
			if err := db.SQL().QueryRow(`SELECT count(*) FROM statements`).Scan(&statements); err != nil || statements == 0 {
				t.Fatalf("at version %d the statements are gone (%d, %v)", to, statements, err)
			}
			if _, err := db.MigrateUp(ctx); err != nil {
				t.Fatal(err)
			}
			if after := testdb.Dump(t, db.SQL(), skip...); after != before {
				t.Error("the rows or the schema differ after down and up")
			}
			if got := ftsHits(t, db); !slices.Equal(got, hits) {
				t.Errorf("search finds %v after down and up, %v before", got, hits)
			}
		})
	}
}

// 00006 rebuilds organizations and events to widen their kinds. On a
// seeded database it keeps every row and reference, leaves foreign keys
// on, and down turns the new kinds into 'other'.
func TestMigration6WidensKindsWithoutLoss(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	exec := func(q string, args ...any) error { _, err := db.SQL().ExecContext(ctx, q, args...); return err }
	var fk int
	if err := db.SQL().QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys after the migrations = %d, %v; want 1", fk, err)
	}
	if err := exec(`INSERT INTO organizations (id, name, kind) VALUES ('acme', 'Acme', 'company')`); err != nil {
		t.Fatalf("kind company refused: %v", err)
	}
	if err := exec(`UPDATE events SET kind = 'press_conference' WHERE id = 'reagan-forum-2025'`); err != nil {
		t.Fatalf("kind press_conference refused: %v", err)
	}
	if err := exec(`INSERT INTO organizations (id, name, kind) VALUES ('x', 'X', 'club')`); err == nil {
		t.Fatal("kind club accepted")
	}
	// a reference into the rebuilt table is still checked
	if err := exec(`INSERT INTO event_participants (event_id, organization_id) VALUES ('no-such-event', 'russia')`); err == nil {
		t.Fatal("a participant of a missing event was accepted: the foreign key is gone")
	}
	downBelow(t, db, 6)
	var orgKind, evKind string
	db.SQL().QueryRow(`SELECT kind FROM organizations WHERE id = 'acme'`).Scan(&orgKind)
	db.SQL().QueryRow(`SELECT kind FROM events WHERE id = 'reagan-forum-2025'`).Scan(&evKind)
	if orgKind != "other" || evKind != "other" {
		t.Fatalf("after down: kinds %q and %q, want other and other", orgKind, evKind)
	}
	var problems int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&problems); err != nil || problems != 0 {
		t.Fatalf("foreign_key_check after down: %d rows, %v", problems, err)
	}
	if err := exec(`INSERT INTO organizations (id, name, kind) VALUES ('acme2', 'Acme', 'company')`); err == nil {
		t.Fatal("after down, kind company is still accepted")
	}
}

// When a statement of 00006 fails, nothing of it stays: it runs in goose's
// transaction, so no half-built table, no transaction left open, foreign
// keys as they were.
func TestMigration6FailingLeavesNothingBehind(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	before := testdb.Dump(t, db.SQL(), lostBelow6...)
	downBelow(t, db, 6)
	// a column in the way, added after the rebuild, makes it fail midway
	if _, err := db.SQL().Exec(`ALTER TABLE positions ADD COLUMN stance_inferred TEXT`); err != nil {
		t.Fatal(err)
	}
	_, err := db.MigrateUp(ctx)
	if err == nil || !strings.Contains(err.Error(), "migration 00006_kinds_and_readings.sql failed, and was rolled back") {
		t.Fatalf("got %v", err)
	}
	var fk int
	if err := db.SQL().QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v after the failure", fk, err)
	}
	if _, err := db.SQL().Exec(`BEGIN; ROLLBACK`); err != nil {
		t.Fatalf("a transaction is still open: %v", err)
	}
	var sql string
	db.SQL().QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'organizations'`).Scan(&sql)
	if strings.Contains(sql, "company") {
		t.Fatalf("organizations was rebuilt by the failed migration:\n%s", sql)
	}
	if _, err := db.SQL().Exec(`ALTER TABLE positions DROP COLUMN stance_inferred`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	if after := testdb.Dump(t, db.SQL(), lostBelow6...); after != before {
		a, b := strings.Split(before, "\n"), strings.Split(after, "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("after the failure and a second try, the database differs at line %d:\n%s\n%s", i, a[i], b[i])
			}
		}
		t.Fatal("after the failure and a second try, the database differs in length")
	}
}

// The stock goose CLI opens the database with foreign keys off (SQLite's
// default): 00006 down and up keep the data that way too.
func TestMigration6WithForeignKeysOff(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	before := testdb.Dump(t, db.SQL(), lostBelow6...)
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	plain, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	p, err := goose.NewProvider(goose.DialectSQLite3, plain, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	if after := testdb.Dump(t, plain, lostBelow6...); after != before {
		t.Fatal("down and up with foreign keys off changed the rows or the schema")
	}
	var problems int
	if err := plain.QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&problems); err != nil || problems != 0 {
		t.Fatalf("foreign_key_check: %d rows, %v", problems, err)
	}
}

// Migration 00007 gives every appearance of an existing database the
// statement's text as its source prints it, where the passage holds it,
// and its down step takes the column away and nothing else.
func TestMigrationWordingFillsExistingRows(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	const count = `SELECT count(*), count(wording), count(CASE WHEN wording = s.text THEN 1 END)
  FROM statement_appearances a JOIN statements s ON s.id = a.statement_id`
	var all, with, same int
	if err := db.SQL().QueryRow(count).Scan(&all, &with, &same); err != nil {
		t.Fatal(err)
	}
	if all == 0 || with == 0 {
		t.Fatalf("the seed has %d appearances, %d with a wording", all, with)
	}
	downBelow(t, db, 7)
	if _, err := db.SQL().Exec(`SELECT wording FROM statement_appearances`); err == nil {
		t.Fatal("the wording column is still there after the down step")
	}
	var after int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM statement_appearances`).Scan(&after); err != nil || after != all {
		t.Fatalf("%d appearances after the down step, %d before (%v)", after, all, err)
	}
	if _, err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	var all2, with2, same2 int
	if err := db.SQL().QueryRow(count).Scan(&all2, &with2, &same2); err != nil {
		t.Fatal(err)
	}
	if all2 != all || with2 != with || same2 != same {
		t.Errorf("after up: %d appearances, %d with a wording, %d equal to the text; before %d, %d, %d", all2, with2, same2, all, with, same)
	}
	t.Logf("%d appearances, %d with a wording, %d of them the statement's exact text", all, with, same)
}

// downBelow migrates db down until its version is below v: the migrations
// after v are undone first.
func downBelow(t *testing.T, db *store.DB, v int64) {
	t.Helper()
	for {
		cur, err := db.SchemaVersion(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if cur < v {
			return
		}
		if _, err := db.MigrateDown(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

// A database taken down from 00006 has the schema, word for word, of one
// that was never taken past the version before it (the kill test of
// internal/reliability compares them too).
func TestMigration6DownGivesTheSchemaBefore(t *testing.T) {
	ctx := context.Background()
	vs := migrationVersions(t)
	prev := vs[slices.Index(vs, 6)-1]
	down := testdb.Empty(t)
	if _, err := down.MigrateDown(ctx); err != nil {
		t.Fatal(err)
	}
	for v, _ := down.SchemaVersion(ctx); v > prev; v, _ = down.SchemaVersion(ctx) {
		if _, err := down.MigrateDown(ctx); err != nil {
			t.Fatal(err)
		}
	}
	fresh, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	p, err := goose.NewProvider(goose.DialectSQLite3, fresh, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, prev); err != nil {
		t.Fatal(err)
	}
	if a, b := testdb.Dump(t, down.SQL()), testdb.Dump(t, fresh); a != b {
		t.Fatalf("after down, the schema differs from a database at version %d:\n%s\nwant:\n%s", prev, a, b)
	}
}
