package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"kb/internal/testdb"
	"kb/store"
)

// The reach of each layer of the read-only guard (readonly.go) run alone,
// over every write form of writeForms. A layer refuses every form except
// those in its except list (each is another layer's job, harmless, or fails
// for another reason on its own); the attach limit refuses only the forms in
// its only list. A layer that refuses less than this, or more, fails
// TestGuardLayersAlone, so a weakened layer cannot hide behind the others.
var (
	// The statement check reads the first word and the `;`s: a write
	// inside WITH or EXPLAIN, a PRAGMA and a function call are not its job.
	statementCheckExcept = []string{
		"explain write", "journal_mode", "load_extension", "optimize",
		"query_only off", "user_version", "wal_checkpoint", "write in cte",
	}
	// The authorizer refuses everything.
	authorizerExcept = []string(nil)
	// The read-only connection stops writes to the file. ATTACH reads
	// another file (the attach limit's job); EXPLAIN, SAVEPOINT,
	// query_only = OFF and a checkpoint write nothing; DETACH main, a
	// journal_mode change and load_extension fail in SQLite itself.
	connectionExcept = []string{
		"attach existing", "attach new rwc", "detach", "explain write",
		"journal_mode", "load_extension", "query_only off", "savepoint",
		"wal_checkpoint",
	}
	// The attach limit stops whatever opens another database file.
	attachLimitOnly = []string{"attach existing", "attach new rwc", "vacuum", "vacuum into"}
	// Alone, the read-only connection refuses VACUUM INTO only after
	// creating its target, empty: keeping the disk unchanged is the attach
	// limit's job (and the authorizer's).
	layerLeftovers = map[string]string{"read-only connection/vacuum into": "copy.db"}
)

// TestStatementCheckAlone runs the first layer, the statement check, by
// itself over every write form.
func TestStatementCheckAlone(t *testing.T) {
	for _, w := range writeForms {
		t.Run(w.name, func(t *testing.T) {
			_, err := store.CheckStatement(w.sql)
			want := !slices.Contains(statementCheckExcept, w.name)
			if got := err != nil; got != want {
				t.Errorf("%s: refused %v, want %v (%v)", w.sql, got, want, err)
			}
			if err != nil && store.ErrorCode(err) != store.EINVALID {
				t.Errorf("code %s, want %s: %v", store.ErrorCode(err), store.EINVALID, err)
			}
		})
	}
}

// TestGuardLayersAlone runs every write form against each connection-level
// layer of the read-only guard with the other three layers switched off: a
// form the layer refuses gets a "refused: ..." message and leaves the
// directory exactly as it was.
func TestGuardLayersAlone(t *testing.T) {
	template := testdb.SeededFile(t)
	layers := []struct {
		name               string
		auth, conn, attach bool
		refuses            func(form string) bool
	}{
		{"authorizer", true, false, false, func(f string) bool { return !slices.Contains(authorizerExcept, f) }},
		{"read-only connection", false, true, false, func(f string) bool { return !slices.Contains(connectionExcept, f) }},
		{"attach limit", false, false, true, func(f string) bool { return slices.Contains(attachLimitOnly, f) }},
	}
	for _, l := range layers {
		for _, w := range writeForms {
			t.Run(l.name+"/"+w.name, func(t *testing.T) {
				path := testdb.Copy(t, template)
				dir := filepath.Dir(path)
				query := strings.ReplaceAll(w.sql, "{dir}", dir)
				before := testdb.DirState(t, dir)
				err := queryWithLayers(t, path, query, l.auth, l.conn, l.attach)
				refused := err != nil && strings.HasPrefix(err.Error(), "refused: ")
				if want := l.refuses(w.name); refused != want {
					t.Fatalf("%s: refused %v, want %v (%v)", query, refused, want, err)
				}
				if !refused {
					return
				}
				if store.ErrorCode(err) != store.EINVALID {
					t.Errorf("code %s, want %s: %v", store.ErrorCode(err), store.EINVALID, err)
				}
				if f, ok := layerLeftovers[l.name+"/"+w.name]; ok {
					fi, err := os.Stat(filepath.Join(dir, f))
					if err != nil || fi.Size() != 0 {
						t.Fatalf("want the empty leftover %s: %v", f, err)
					}
					os.Remove(filepath.Join(dir, f))
				}
				if after := testdb.DirState(t, dir); after != before {
					t.Errorf("directory changed:\nbefore:\n%s\nafter:\n%s", before, after)
				}
			})
		}
	}
}

// queryWithLayers runs query on a read-only connection of the database at
// path with only the named connection-level layers on (the statement check
// off), and closes everything again.
func queryWithLayers(t *testing.T, path, query string, auth, conn, attach bool) error {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ro, err := db.OpenReadOnly(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.KeepGuardLayers(false, auth, conn, attach); err != nil {
		t.Fatal(err)
	}
	_, err = ro.Query(ctx, query, store.QueryOptions{Timeout: 10 * time.Second}, &countSink{})
	return err
}
