package store_test

import (
	"context"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// Every connection, read-write or read-only, gets a page cache big enough
// for a lookup at a million statements and reads through a memory map
// (docs/performance.md, "Third round"): with SQLite's 2 MB default cache a
// repeated lookup re-read its pages, and the cache's buffers were most of
// a cold lookup's page faults.
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
	for name, db := range map[string]*store.DB{"read-write": rw, "reader": ro} {
		t.Run(name, func(t *testing.T) {
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
			if mmap != 0x7fff0000 {
				t.Errorf("mmap_size = %d; want %d (2 GiB less 64 KiB, the driver's maximum)", mmap, 0x7fff0000)
			}
		})
	}
}
