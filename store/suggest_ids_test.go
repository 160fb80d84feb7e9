package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSuggestStatementIDs: an unknown statement id gets the ids it starts,
// else the nearest ids sharing its first word; an empty or over-long id
// gets nothing (sampled mutant store/names_list.go:80:8, which turned the
// empty-id guard into "every id", lived without it).
func TestSuggestStatementIDs(t *testing.T) {
	db := datedDB(t)
	for _, tc := range []struct {
		name, id string
		want     []string
	}{
		{"a prefix", "day-2024", []string{"day-2024-06-01", "day-2024-06-01-later"}},
		{"a typo after the first word", "yaer-2024", nil},
		{"a typo further on", "year-2042", []string{"year-2024"}},
		{"empty", "", nil},
		{"too long", strings.Repeat("x", 201), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.SuggestStatementIDs(context.Background(), tc.id)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("SuggestStatementIDs(%q) = %q, want %q", tc.id, got, tc.want)
			}
		})
	}
}
