package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"kb/internal/testdb"
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

// Migrations whose down step keeps the data (views, the full-text index)
// are rolled back and applied again on a seeded database: the rows, the
// schema and what a search finds are exactly as before. 00001's down drops
// the tables themselves, so it is checked by the schema test only.
func TestMigrateDownAndUpKeepsData(t *testing.T) {
	ctx := context.Background()
	for to := store.LatestVersion() - 1; to >= 1; to-- {
		t.Run(fmt.Sprintf("down to %d and up", to), func(t *testing.T) {
			db := testdb.Seeded(t)
			before, hits := testdb.Dump(t, db.SQL()), ftsHits(t, db)
			if hits[0] == "close=0" {
				t.Fatal("the seeded index finds nothing; the check would prove nothing")
			}
			for v := store.LatestVersion(); v > to; v-- {
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
			if after := testdb.Dump(t, db.SQL()); after != before {
				t.Error("the rows or the schema differ after down and up")
			}
			if got := ftsHits(t, db); !slices.Equal(got, hits) {
				t.Errorf("search finds %v after down and up, %v before", got, hits)
			}
		})
	}
}
