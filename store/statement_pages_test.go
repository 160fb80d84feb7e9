package store_test

import (
	"slices"
	"testing"

	"kb/store"
)

// TestStatementPages: a page of the statement list is that list cut, for
// every mix of limit and offset (an offset alone runs to the end). Written
// for a mutant of findStatements that lived (an offset without a limit
// gave nothing).
func TestStatementPages(t *testing.T) {
	db := datedDB(t)
	all := statementIDs(t, db, store.StatementFilter{})
	if len(all) != 7 {
		t.Fatalf("%d statements in the fixture, want 7: %q", len(all), all)
	}
	for _, tc := range []struct {
		name          string
		limit, offset int
		want          []string
	}{
		{"all", 0, 0, all},
		{"a limit alone", 2, 0, all[:2]},
		{"an offset alone", 0, 5, all[5:]},
		{"an offset alone, past the end", 0, 7, nil},
		{"a limit and an offset", 2, 1, all[1:3]},
		{"the last page, short", 4, 5, all[5:]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementIDs(t, db, store.StatementFilter{Limit: tc.limit, Offset: tc.offset})
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got, want) {
				t.Errorf("limit %d offset %d\n got %q\nwant %q", tc.limit, tc.offset, got, want)
			}
		})
	}
}
