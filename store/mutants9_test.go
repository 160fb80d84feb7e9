package store_test

import (
	"context"
	"reflect"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
	"kb/store"
)

// Tests for mutants the sampled run at b374adf left alive in store
// (docs/testing.md, "Sampled survivors examined (fifth session, mutate9)").

// The re-report checker compares a later outlet's quote with every wording
// of the statement: a lookup that answers nothing would let it accept only
// the canonical text.
func TestStatementWordingsOfARereport(t *testing.T) {
	ctx := context.Background()
	db := rereportDB(t)
	tests := []struct {
		name string
		ids  []string
		want map[string][]string
	}{
		{"none asked", nil, map[string][]string{}},
		{"one statement reported twice", []string{"varga-rest-fairly-well"}, map[string][]string{
			"varga-rest-fairly-well": {"I think the rest will work out fairly well", "the rest of the things will work out fairly well"},
		}},
		{"an unknown id is left out", []string{"no-such-statement"}, map[string][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.StatementWordings(ctx, tt.ids)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("StatementWordings(%q) = %#v, want %#v", tt.ids, got, tt.want)
			}
		})
	}
}

// `kb schema` lists the tables first, then the views (docs/json.md): a
// reader looks for the data before the conveniences built on it.
func TestSchemaListsTablesBeforeViews(t *testing.T) {
	db := testdb.Empty(t)
	docs, err := db.Schema(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tables, views := 0, 0
	for i, d := range docs {
		switch d.Kind {
		case "table":
			tables++
			if views > 0 {
				t.Fatalf("table %s at %d comes after %d views (first: %s)", d.Name, i, views, docs[0].Name)
			}
		case "view":
			views++
		}
	}
	if tables == 0 || views == 0 {
		t.Fatalf("%d tables and %d views, want some of each", tables, views)
	}
}

// `kb migrate down` says which migration it rolled back.
func TestMigrateDownReportsTheVersionRolledBack(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	got, err := db.MigrateDown(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{store.LatestVersion()}; !reflect.DeepEqual(got, want) {
		t.Errorf("MigrateDown = %v, want %v", got, want)
	}
}

// rereportDB is a new database loaded with cmd/kb's re-report fixture:
// two sources, one statement re-reported with its own wording.
func rereportDB(t *testing.T) *store.DB {
	t.Helper()
	db := testdb.Empty(t)
	files, err := seed.ReadPaths([]string{"../cmd/kb/testdata/rereport"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Load(context.Background(), db, files, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return db
}
