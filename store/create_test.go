package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kb/store"
)

// A create whose fill fails leaves no file at all, not even the temporary
// one it was built in.
func TestCreateWithFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kb.db")
	boom := errors.New("boom")
	_, err := store.CreateWith(context.Background(), path, func(ctx context.Context, db *store.DB) error {
		if _, err := db.SQL().ExecContext(ctx, `INSERT INTO people (id, name) VALUES ('x', 'X')`); err != nil {
			t.Fatal(err)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want the fill error", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Fatalf("a failed create left %d file(s), the first %s", len(entries), entries[0].Name())
	}
}

// A file that exists is never replaced by a create.
func TestCreateRefusesAnExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.db")
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := store.Create(context.Background(), path)
	if store.ErrorCode(err) != store.ECONFLICT {
		t.Fatalf("got %v, want a conflict", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "mine" {
		t.Fatalf("the existing file was changed to %q", data)
	}
}
