package seed

import (
	"context"
	"path/filepath"
	"testing"

	"kb/store"
)

// newDB creates a migrated, empty database in a temporary directory.
func newDB(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Create(context.Background(), filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestEmbeddedSeedLoads(t *testing.T) {
	db := newDB(t)
	rep, err := Load(context.Background(), db, Embedded(), store.LoadOptions{})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if len(rep.Sources) != 1 || rep.Sources[0].Status != store.LoadAdded {
		t.Fatalf("report: %+v", rep.Sources)
	}
}
