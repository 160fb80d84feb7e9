package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"

	"kb/internal/corpus"
	"kb/internal/testdb"
	"kb/store"
)

// Every page of every topic, read from the topic index, is the matching
// slice of the topic's statements in statement order: on the seed, and on a
// generated corpus, whose dates, sources and positions vary far more.
func TestTopicPagesFollowStatementOrder(t *testing.T) {
	t.Parallel() // its own databases; runs beside the tests that wait
	ctx := context.Background()
	gen, err := store.Open(ctx, bulkLoad(t, corpus.Config{Statements: 2000, Seed: 3}))
	if err != nil {
		t.Fatal(err)
	}
	defer gen.Close()
	seed := testdb.Seeded(t)
	for _, tc := range []struct {
		name  string
		db    *store.DB
		merge int // largest subtree merged from per-topic reads
		chunk int // entries per read when merged: small, to cross chunks
	}{
		{"seed/merged", seed, 1 << 20, 2}, {"seed/one query", seed, 0, 256},
		{"corpus/merged", gen, 1 << 20, 7}, {"corpus/one query", gen, 0, 256},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer store.MergeTopicPagesUpTo(tc.merge, tc.chunk)()
			if kept, fresh := indexState(t, tc.db.SQL()); kept != fresh {
				t.Errorf("kept:\n%s\nrecomputed:\n%s", kept, fresh)
			}
			nodes, err := tc.db.Topics(ctx)
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			// Every topic is paged with no limit at every offset, and with
			// one of the limits (in turn), at every offset: each limit meets
			// every offset on a quarter of the topics, of every depth, for
			// 40% of the queries of all pairs on all topics (each mutant of
			// make mutate runs this test).
			limits := []int{1, 3, 7, 50}
			for i, n := range nodes {
				sts, err := tc.db.Statements(ctx, store.StatementFilter{TopicTree: n.ID})
				if err != nil {
					t.Fatal(err)
				}
				if n.Statements != len(sts) {
					t.Errorf("%s: counted %d statements, %d listed", n.ID, n.Statements, len(sts))
				}
				var all []string
				for _, s := range sts {
					all = append(all, s.ID)
				}
				offsets := []int{0, 1, 2, 3, 7, 50, len(all) - 3, len(all) - 1, len(all), len(all) + 1}
				for _, limit := range []int{0, limits[i%len(limits)]} {
					for _, offset := range offsets {
						if offset < 0 {
							continue
						}
						got, err := tc.db.TopicPageIDs(ctx, n.ID, store.TopicPage{Limit: limit, Offset: offset})
						if err != nil {
							t.Fatal(err)
						}
						want := []string{}
						if offset < len(all) {
							want = all[offset:]
						}
						if limit > 0 && len(want) > limit {
							want = want[:limit]
						}
						if !slices.Equal(got, want) {
							t.Errorf("%s limit %d offset %d: page %v, want %v", n.ID, limit, offset, got, want)
						}
						checked++
					}
				}
			}
			if checked < 100 {
				t.Fatalf("only %d pages checked", checked)
			}
		})
	}
}

// indexState is what the loaders keep for topic pages, beside the same
// recomputed from scratch: the two must be equal.
func indexState(t *testing.T, db *sql.DB) (kept, fresh string) {
	t.Helper()
	dump := func() string {
		var out string
		rows, err := db.Query(`SELECT topic_id, statements, own_statements FROM topic_counts ORDER BY topic_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var n, own int
			if err := rows.Scan(&id, &n, &own); err != nil {
				t.Fatal(err)
			}
			out += fmt.Sprintf("%s %d %d\n", id, n, own)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		var stale int
		if err := db.QueryRow(`SELECT count(*) FROM statement_topics st JOIN statements s ON s.id = st.statement_id
  JOIN sources src ON src.id = s.source_id WHERE st.sort_key IS NOT ` + store.StatementSortKeySQL).Scan(&stale); err != nil {
			t.Fatal(err)
		}
		return out + fmt.Sprintf("stale sort keys: %d\n", stale)
	}
	kept = dump()
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`DELETE FROM topic_counts`); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(store.RefreshTopicCountsSQL, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query(`SELECT topic_id, statements, own_statements FROM topic_counts ORDER BY topic_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n, own int
		if err := rows.Scan(&id, &n, &own); err != nil {
			t.Fatal(err)
		}
		fresh += fmt.Sprintf("%s %d %d\n", id, n, own)
	}
	return kept, fresh + "stale sort keys: 0\n"
}

// Loads that move a topic to another parent, change a statement's date and
// topics, and add a topic keep the counts and sort keys exactly as a
// recomputation from scratch gives them.
func TestLoadKeepsTopicIndexRight(t *testing.T) {
	ctx := context.Background()
	db := testdb.Empty(t)
	body := `Alpha said "one". Beta said "two".`
	statement := func(id string, pos int, said string, topics ...string) store.StatementDef {
		s := store.StatementDef{ID: id, Position: pos, Speaker: store.Ref{Kind: store.KindPerson, ID: "alpha"},
			Kind: "direct", Text: "one", Topics: topics, Evidence: []store.Span{{Start: 13, End: 16}}}
		if said != "" {
			s.Said = &store.Date{On: said, Precision: "day"}
		}
		return s
	}
	source := func(id, hash, published string, topics []store.TopicDef, sts ...store.StatementDef) store.SourceFacts {
		sf := store.SourceFacts{
			Source:     store.SourceDef{ID: id, Body: body, ContentHash: hash},
			People:     []store.PersonDef{{ID: "alpha", Name: "Alpha"}},
			Topics:     topics,
			Statements: sts,
		}
		if published != "" {
			sf.Source.Published = &store.Date{On: published, Precision: "day"}
		}
		return sf
	}
	steps := []struct {
		name  string
		batch []store.SourceFacts
	}{
		{"first load", []store.SourceFacts{
			source("s1", "h1", "2025-01-02", []store.TopicDef{{ID: "a", Name: "A"}, {ID: "b", Name: "B", Parent: "a"}, {ID: "c", Name: "C"}},
				statement("x", 1, "", "b"), statement("y", 2, "2025-01-01", "a", "b")),
			source("s2", "h2", "2025-03-04", nil, statement("z", 1, "2024-12-31", "b", "c")),
		}},
		{"topic b moves under c, y changes date and topics, d is new", []store.SourceFacts{
			source("s1", "h1b", "2025-01-05", []store.TopicDef{{ID: "b", Name: "B", Parent: "c"}, {ID: "d", Name: "D", Parent: "b"}},
				statement("x", 1, "", "b"), statement("y", 2, "2026-02-02", "d")),
		}},
		{"an undated source", []store.SourceFacts{
			source("s0", "h0", "", nil, statement("w", 1, "", "c")),
		}},
		{"an unchanged source is skipped", []store.SourceFacts{
			source("s2", "h2", "2025-03-04", nil, statement("z", 1, "2024-12-31", "b", "c")),
		}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if _, err := db.Load(ctx, st.batch, store.LoadOptions{}); err != nil {
				t.Fatal(err)
			}
			kept, fresh := indexState(t, db.SQL())
			if kept != fresh {
				t.Errorf("kept:\n%s\nrecomputed:\n%s", kept, fresh)
			}
		})
	}
	tp, err := db.Topic(ctx, "c", store.TopicPage{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if tp.Total != 4 {
		t.Errorf("topic c has %d statements below it, want 4 (x, y through b and d, z, w)", tp.Total)
	}
	// newest first, the undated last
	for _, limit := range []int{0, 1, 2} {
		got, err := db.TopicPageIDs(ctx, "c", store.TopicPage{Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"y", "x", "z", "w"}
		if limit > 0 {
			want = want[:limit]
		}
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: page %v, want %v", limit, got, want)
		}
	}
}
