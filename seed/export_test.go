package seed_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// exportTo renders every source of db into dir, as `kb export` does.
func exportTo(t *testing.T, db *store.DB, dir string) {
	t.Helper()
	facts, err := db.Export(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, sf := range facts {
		if got := store.FactsHash(sf); got != sf.Source.ContentHash {
			t.Errorf("source %s: the facts read back hash to %s, but %s was stored: export loses or adds something", sf.Source.ID, got, sf.Source.ContentHash)
		}
		r, err := seed.Render(sf)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, r.Name), r.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, r.BodyName), r.Body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// roundTrip exports db, seeds the export into an empty database, and
// requires the two to be identical but for the time of loading.
func roundTrip(t *testing.T, db *store.DB) {
	t.Helper()
	dir := t.TempDir()
	exportTo(t, db, dir)
	files, err := seed.ReadPaths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	fresh := testdb.Empty(t)
	if _, err := seed.Load(context.Background(), fresh, files, store.LoadOptions{}); err != nil {
		t.Fatalf("seeding the export: %v", err)
	}
	want := testdb.Dump(t, db.SQL(), "sources.added_at")
	got := testdb.Dump(t, fresh.SQL(), "sources.added_at")
	if got != want {
		t.Fatalf("export then seed is not the same database:\n%s", firstDiff(want, got))
	}
	// Seeding the export again into the original changes nothing.
	rep, err := seed.Load(context.Background(), db, files, store.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Sources {
		if s.Status != store.LoadUnchanged {
			t.Errorf("source %s: %s after seeding its own export", s.ID, s.Status)
		}
	}
}

func firstDiff(a, b string) string {
	la, lb := splitLines(a), splitLines(b)
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ":\n want " + x + "\n  got " + y
		}
	}
	return ""
}

func TestExportRoundTripsTheSeed(t *testing.T) {
	roundTrip(t, testdb.Seeded(t))
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func itoa(i int) string { return fmt.Sprint(i) }
