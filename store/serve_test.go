package store_test

import (
	"context"
	"reflect"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

func TestOpenReaderCannotWrite(t *testing.T) {
	ctx := context.Background()
	db, err := store.OpenReader(ctx, testdb.SeededFile(t), 2)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SQL().ExecContext(ctx, `DELETE FROM people`); err == nil {
		t.Fatal("a reader deleted rows")
	}
	if err := db.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	c, err := db.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.Counts{Statements: 25, People: 7, Organizations: 13, Topics: 10, Territories: 12, Sources: 1}); c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
}

func TestPagedProfiles(t *testing.T) {
	ctx := context.Background()
	db := testdb.Seeded(t)
	full, err := db.Person(ctx, "zelenskiy")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name          string
		page          store.Page
		first, length int
	}{
		{"all", store.Page{}, 0, 5},
		{"first two", store.Page{Limit: 2}, 0, 2},
		{"middle", store.Page{Limit: 2, Offset: 2}, 2, 2},
		{"last, short", store.Page{Limit: 2, Offset: 4}, 4, 1},
		{"past the end", store.Page{Limit: 2, Offset: 9}, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := db.PersonPaged(ctx, "zelenskiy", tc.page)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != 5 || len(p.Statements) != tc.length {
				t.Fatalf("total %d, %d statements; want 5, %d", p.Total, len(p.Statements), tc.length)
			}
			for i, s := range p.Statements {
				if s.ID != full.Statements[tc.first+i].ID {
					t.Errorf("statement %d is %s, want %s (the unpaged order)", i, s.ID, full.Statements[tc.first+i].ID)
				}
			}
		})
	}
	o, err := db.OrganizationPaged(ctx, "kremlin", store.Page{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	fullOrg, err := db.Organization(ctx, "kremlin")
	if err != nil {
		t.Fatal(err)
	}
	if o.Total != len(fullOrg.Statements) || len(o.Statements) != 1 || o.Statements[0].ID != fullOrg.Statements[0].ID {
		t.Errorf("kremlin page: total %d, %d statements; want %d, 1", o.Total, len(o.Statements), len(fullOrg.Statements))
	}
	if _, err := db.PersonPaged(ctx, "nobody", store.Page{}); store.ErrorCode(err) != store.ENOTFOUND {
		t.Errorf("unknown person: %v", err)
	}
	if _, err := db.PersonPaged(ctx, "zelenskiy", store.Page{Limit: -1}); store.ErrorCode(err) != store.EINVALID {
		t.Errorf("negative limit: %v", err)
	}
	st, err := db.Statement(ctx, "zelenskiy-talks-constructive")
	if err != nil || st.Text != "constructive, although not easy" {
		t.Errorf("Statement: %+v, %v", st, err)
	}
	if _, err := db.Statement(ctx, "nope"); !store.IsNotFound(err) {
		t.Errorf("unknown statement: %v", err)
	}
}

func TestPeoplePagedIsPeopleInPages(t *testing.T) {
	db := testdb.Seeded(t)
	pagesJoinToAll(t, db.People, db.PeoplePaged)
}

func TestOrganizationsPagedIsOrganizationsInPages(t *testing.T) {
	db := testdb.Seeded(t)
	pagesJoinToAll(t, db.Organizations, db.OrganizationsPaged)
}

// pagesJoinToAll checks that pages of 3, joined, are the whole list, and
// that every page counts them all.
func pagesJoinToAll[T any](t *testing.T, list func(context.Context) ([]T, error), paged func(context.Context, store.Page) ([]T, int, error)) {
	t.Helper()
	ctx := context.Background()
	all, err := list(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 4 {
		t.Fatalf("the seed has %d: too few to page", len(all))
	}
	var joined []T
	for off := 0; off < len(all)+3; off += 3 {
		page, total, err := paged(ctx, store.Page{Limit: 3, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if total != len(all) {
			t.Fatalf("total %d, want %d", total, len(all))
		}
		joined = append(joined, page...)
	}
	if !reflect.DeepEqual(joined, all) {
		t.Errorf("pages of 3 joined:\n%+v\nwant the whole list:\n%+v", joined, all)
	}
}

func TestSourcesPagedIsSourcesInPages(t *testing.T) {
	ctx := context.Background()
	path := testdb.SeededFile(t)
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := db.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		page store.Page
		want []store.SourceSummary
	}{
		{"first", store.Page{Limit: 1}, all[:1]},
		{"all", store.Page{}, all},
		{"past the end", store.Page{Limit: 1, Offset: 5}, []store.SourceSummary{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, total, err := db.SourcesPaged(ctx, tc.page)
			if err != nil {
				t.Fatal(err)
			}
			if total != len(all) || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("total %d, page %+v; want %d, %+v", total, got, len(all), tc.want)
			}
		})
	}
}
