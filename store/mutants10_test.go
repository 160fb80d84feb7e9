package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// Tests for mutants a full run of store at 68bb08f left alive
// (docs/testing.md, "mut-store (sixth session)").

// loadFactFile loads one fact file, given as text, into an empty database.
func loadFactFile(t *testing.T, text string) *store.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "facts.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return db
}

// An unknown statement id of exactly maxSuggestedID (200) bytes is still
// looked up: the start of a longer id gets that id offered (mutant
// names_list.go:80:25, `>` made `>=`, refused it as too long).
func TestSuggestStatementIDsAtTheLengthBound(t *testing.T) {
	b, err := os.ReadFile("testdata/overlapping-roles.yaml")
	if err != nil {
		t.Fatal(err)
	}
	long := "undated-" + strings.Repeat("a", 250)
	db := loadFactFile(t, strings.Replace(string(b), "  - id: undated\n", "  - id: "+long+"\n", 1))
	for _, tc := range []struct {
		name string
		n    int
		want []string
	}{
		{"199 bytes", 199, []string{long}},
		{"200 bytes", 200, []string{long}},
		{"201 bytes", 201, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.SuggestStatementIDs(context.Background(), long[:tc.n])
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("SuggestStatementIDs(%d bytes) = %q, want %q", tc.n, got, tc.want)
			}
		})
	}
}
