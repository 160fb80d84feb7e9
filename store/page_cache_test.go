package store_test

import (
	"context"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// Every connection gets a page cache big enough for a lookup at a million
// statements (with SQLite's 2 MB default a repeated lookup re-read its
// pages); the command line's pool reads through a memory map, whose pages
// cost a cold process half the page faults, with cell checks that mapped
// pages otherwise skip (docs/performance.md, "Third round").
func TestConnectionsCacheAndMapPages(t *testing.T) {
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
		mmap       int64
		cellChecks int
	}{
		// the command line's pool maps the file, and checks cells
		{"read-write", rw, 0x7fff0000, 1},
		// a long-running reader keeps its pages in its cache
		{"reader", ro, 0, 0},
	} {
		db := tc.db
		t.Run(tc.name, func(t *testing.T) {
			var kib int
			if err := db.SQL().QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil {
				t.Fatal(err)
			}
			if kib != -16384 {
				t.Errorf("cache_size = %d; want -16384 (16 MiB)", kib)
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
