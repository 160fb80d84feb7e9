package store_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"kb/internal/corpus"
	"kb/internal/testdb"
	"kb/store"
)

// Ranking in the full-text index first, then making snippets for the
// chosen rows, gives exactly the hits of the one-step query: same ids,
// scores, snippets and order, ties broken by id, for common and rare words
// and limits that cut through groups of equal scores.
func TestSearchInTwoStepsEqualsOneStep(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, bulkLoad(t, corpus.Config{Statements: 3000, Seed: 5}))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"the", "the we", "refugees", "refugees coast", "we", "no-such-word-here"} {
		for _, limit := range []int{1, 3, 7, 20, 50} {
			t.Run(fmt.Sprintf("%s/limit=%d", q, limit), func(t *testing.T) {
				opts := store.SearchOptions{Query: q, Limit: limit}
				got, err := db.Search(ctx, opts)
				if err != nil {
					t.Fatal(err)
				}
				restore := store.SearchInOneStep()
				want, err := db.Search(ctx, opts)
				restore()
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("two steps:\n%v\none step:\n%v", ids(got), ids(want))
				}
			})
		}
	}
}

// Statements with equal scores, inserted in the reverse order of their ids,
// so that a cut through a tie broken by rowid instead of id shows, and
// ties that run past the rows read first need the one-step query.
func TestSearchInTwoStepsBreaksTiesByID(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	var sts []store.StatementDef
	var body strings.Builder
	for i := 59; i >= 0; i-- {
		text := "we the people"
		if i%3 == 0 {
			text = "we the people of here"
		}
		start := utf8.RuneCountInString(body.String()) + 1
		body.WriteString(`"` + text + `" `)
		sts = append(sts, store.StatementDef{ID: fmt.Sprintf("s%02d", i), Speaker: store.Ref{Kind: store.KindPerson, ID: "alpha"},
			Kind: "direct", Text: text, Evidence: []store.Span{{Start: start, End: start + len(text)}}})
	}
	batch := []store.SourceFacts{{
		Source:     store.SourceDef{ID: "src", Body: body.String(), ContentHash: "h"},
		People:     []store.PersonDef{{ID: "alpha", Name: "Alpha"}},
		Statements: sts,
	}}
	if _, err := db.Load(ctx, batch, store.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1, 5, 20, 30, 39, 40, 41, 70} {
		t.Run(fmt.Sprintf("limit=%d", limit), func(t *testing.T) {
			opts := store.SearchOptions{Query: "we the", Limit: limit}
			got, err := db.Search(ctx, opts)
			if err != nil {
				t.Fatal(err)
			}
			restore := store.SearchInOneStep()
			want, err := db.Search(ctx, opts)
			restore()
			if err != nil {
				t.Fatal(err)
			}
			if len(want) != min(limit, 60) {
				t.Fatalf("%d hits", len(want))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("two steps:\n%v\none step:\n%v", ids(got), ids(want))
			}
		})
	}
}

func ids(hits []store.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%d:%s:%.6f", h.Rank, h.Statement.ID, h.Score))
	}
	return out
}
