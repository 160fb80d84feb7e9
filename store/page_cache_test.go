package store_test

import (
	"context"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// Every connection, read-write or read-only, gets a page cache big enough
// for a lookup at a million statements (docs/performance.md, "Third
// round"): SQLite's 2 MB default made a repeated lookup re-read its pages.
func TestConnectionsHaveTheLookupPageCache(t *testing.T) {
	ctx := context.Background()
	path := testdb.SeededFile(t)
	rw, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	ro, err := store.OpenReader(ctx, path, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for name, db := range map[string]*store.DB{"read-write": rw, "reader": ro} {
		t.Run(name, func(t *testing.T) {
			var kib int
			if err := db.SQL().QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil {
				t.Fatal(err)
			}
			if kib != -16384 {
				t.Errorf("cache_size = %d; want -16384 (16 MiB)", kib)
			}
		})
	}
}
