package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/store"
)

// Another program's SQLite file is refused, and left exactly as it was:
// not switched to WAL mode, no -wal file beside it. Open checks on its own
// read-write connection before it sets the journal mode.
func TestOpenRefusesAndLeavesAForeignFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "notes.db")
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')`); err != nil {
		t.Fatal(err)
	}
	other.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("a foreign SQLite file was opened")
	}
	if store.ErrorCode(err) != store.ESCHEMA || !strings.Contains(err.Error(), "not a kb database") {
		t.Errorf("error %v (code %v); want ESCHEMA, not a kb database", err, store.ErrorCode(err))
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the foreign file changed")
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("%s%s left beside it", filepath.Base(path), suffix)
		}
	}
}
