package store

import (
	"context"
	"path/filepath"
	"testing"
)

// TestSchemaDocsCoverEveryColumn keeps `kb schema` honest: every column of
// every table and view has a description, and every description names a
// table and column that exist.
func TestSchemaDocsCoverEveryColumn(t *testing.T) {
	ctx := context.Background()
	db, err := Create(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tables, err := db.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	live := map[string]map[string]bool{}
	for _, tb := range tables {
		live[tb.Name] = map[string]bool{}
		if tb.Description == "" {
			t.Errorf("%s %s has no description in store/schema_doc.go", tb.Kind, tb.Name)
		}
		for _, c := range tb.Columns {
			live[tb.Name][c.Name] = true
			if c.Description == "" {
				t.Errorf("column %s.%s has no description in store/schema_doc.go", tb.Name, c.Name)
			}
		}
	}
	seen := map[string]bool{}
	for _, d := range schemaDocs {
		if seen[d.name] {
			t.Errorf("%s is documented twice", d.name)
		}
		seen[d.name] = true
		if live[d.name] == nil {
			t.Errorf("store/schema_doc.go documents %s, which the schema does not have", d.name)
			continue
		}
		for c := range d.columns {
			if !live[d.name][c] {
				t.Errorf("store/schema_doc.go documents %s.%s, which the schema does not have", d.name, c)
			}
		}
	}
	if len(tables) < 25 {
		t.Fatalf("only %d tables and views found", len(tables))
	}
}
