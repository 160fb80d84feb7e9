package store_test

import (
	"context"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// A long-running reader's connections get a page cache big enough for a
// lookup at a million statements (with SQLite's 2 MB default a repeated
// lookup re-read its pages); the command line's pool keeps the default,
// and no memory map: mapped pages skip a check that finds damaged pages,
// and the check that restores it doubled a cold common-word search
// (docs/performance.md, "Third round").
func TestConnectionsPageCacheAndNoMap(t *testing.T) {
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
	for _, tc := range []struct {
		name       string
		db         *store.DB
		cache      int
		mmap       int64
		cellChecks int
	}{
		// the command line's pool: SQLite's defaults (a cold process
		// reads a page once; a mapped file skipped cell checks)
		{"read-write", rw, -2000, 0, 0},
		// a long-running reader keeps its pages in a bigger cache
		{"reader", ro, -16384, 0, 0},
	} {
		db := tc.db
		t.Run(tc.name, func(t *testing.T) {
			var kib int
			if err := db.SQL().QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil {
				t.Fatal(err)
			}
			if kib != tc.cache {
				t.Errorf("cache_size = %d; want %d", kib, tc.cache)
			}
			var mmap int64
			if err := db.SQL().QueryRowContext(ctx, `PRAGMA mmap_size`).Scan(&mmap); err != nil {
				t.Fatal(err)
			}
			if mmap != tc.mmap {
				t.Errorf("mmap_size = %d; want %d", mmap, tc.mmap)
			}
			var checks int
			if err := db.SQL().QueryRowContext(ctx, `PRAGMA cell_size_check`).Scan(&checks); err != nil {
				t.Fatal(err)
			}
			if checks != tc.cellChecks {
				t.Errorf("cell_size_check = %d; want %d", checks, tc.cellChecks)
			}
		})
	}
}

// The command line's lookups run with a small page cache (fewer pages a
// cold process touches) and give the connection back with SQLite's
// default, which loads and migrations then use.
func TestLookupsGiveTheConnectionBackWithTheDefaultCache(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, testdb.SeededFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SQL().SetMaxOpenConns(1)
	if _, err := db.Person(ctx, "kellogg"); err != nil {
		t.Fatal(err)
	}
	var kib int
	if err := db.SQL().QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil {
		t.Fatal(err)
	}
	if kib != -2000 {
		t.Errorf("cache_size after a lookup = %d; want -2000", kib)
	}
}
