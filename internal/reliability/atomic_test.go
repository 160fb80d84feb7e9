package reliability_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/store"
)

// addTrigger installs a trigger that aborts the insert of one row, a fault
// injected at the very end of a load: the row it stops is the last one the
// loader writes (territory control comes last in a source).
func addTrigger(t *testing.T, db, table, where string) {
	t.Helper()
	sdb, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	q := fmt.Sprintf(`CREATE TRIGGER injected_fault BEFORE INSERT ON %s WHEN %s BEGIN SELECT RAISE(ABORT, 'injected fault'); END`, table, where)
	if _, err := sdb.SQL().Exec(q); err != nil {
		t.Fatal(err)
	}
}

// A load that fails anywhere, down to the last row of the last file, writes
// nothing: the database file's bytes and its content are what they were.
func TestFailedLoadWritesNothing(t *testing.T) {
	const sources, statements = 20, 10
	cases := []struct {
		name string
		// prepare breaks the files in dir or the database db
		prepare func(t *testing.T, dir, db string)
		want    string
	}{
		{"last item of a file is invalid", func(t *testing.T, dir, db string) {
			editFile(t, filepath.Join(dir, "gen-0001.yaml"), "    qualifier: for the most part\n", "    qualifier: for the most part\n    share: 140\n")
		}, "gen-0001.yaml:"},
		{"last item of the last file fails in the database", func(t *testing.T, dir, db string) {
			addTrigger(t, db, "territory_control", fmt.Sprintf("NEW.territory_id = 'gen-d-%04d'", sources))
		}, "injected fault"},
		{"one file of many is invalid", func(t *testing.T, dir, db string) {
			editFile(t, filepath.Join(dir, "gen-0011.yaml"), "speaker: gen-p-0011", "speaker: gen-p-9999")
		}, `gen-0011.yaml:`},
		{"one file of many fails in the database", func(t *testing.T, dir, db string) {
			addTrigger(t, db, "statements", "NEW.id = 'gen-0011-s005'")
		}, "injected fault"},
		{"one file of many is not YAML", func(t *testing.T, dir, db string) {
			if err := os.WriteFile(filepath.Join(dir, "gen-0007.yaml"), []byte("kb: 1\nsource: [\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "gen-0007.yaml:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			genFacts(t, dir, sources, statements)
			db := seededCopy(t)
			tc.prepare(t, dir, db)
			before, bytesBefore := dbState(t, db), fileHash(t, db)
			r := runKB(t, "--db", db, "seed", dir)
			assertCleanFailure(t, r, tc.want)
			if !strings.Contains(r.stderr, "nothing was written") && !strings.Contains(r.stderr, "injected fault") {
				t.Errorf("the message does not say whether anything was written:\n%s", r)
			}
			if got := fileHash(t, db); got != bytesBefore {
				t.Error("the database file's bytes changed")
			}
			if got := dbState(t, db); got != before {
				t.Error("the database's content changed")
			}
			if fileSize(db+"-wal") > 0 {
				t.Errorf("a WAL of %d bytes was left behind", fileSize(db+"-wal"))
			}
		})
	}
}

func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
