package store_test

import (
	"context"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// TestSearchMessageQuotesTheQuery: a refused raw query is quoted in the
// message whole up to 80 characters, cut with "…" beyond. Written for a
// mutant of quoteForMessage that lived.
func TestSearchMessageQuotesTheQuery(t *testing.T) {
	db := testdb.Empty(t)
	for _, tc := range []struct {
		name, query, quoted string
	}{
		{"80 characters, whole", strings.Repeat("a", 79) + `"`, `"` + strings.Repeat("a", 79) + `\""`},
		{"81 characters, cut", strings.Repeat("a", 80) + `"`, `"` + strings.Repeat("a", 80) + `…"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.Search(context.Background(), store.SearchOptions{Query: tc.query, Raw: true})
			if store.ErrorCode(err) != store.EINVALID {
				t.Fatalf("error %v, want EINVALID", err)
			}
			if !strings.Contains(err.Error(), "invalid FTS5 query "+tc.quoted+" (") {
				t.Errorf("message %q does not quote the query as %s", err, tc.quoted)
			}
		})
	}
}
