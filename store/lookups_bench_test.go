package store_test

import (
	"context"
	"fmt"
	"testing"

	"kb/internal/testdb"
	"kb/store"
)

// bigTopicDB adds to the seed a topic tree of topics (fan-out 5 under
// russia-ukraine-war) and statements spread over it, each with a topic.
func bigTopicDB(b *testing.B, topics, statements int) *store.DB {
	b.Helper()
	db := testdb.Seeded(b)
	tx, err := db.SQL().Begin()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < topics; i++ {
		parent := "russia-ukraine-war"
		if i >= 5 {
			parent = fmt.Sprintf("t%d", (i-5)/5)
		}
		if _, err := tx.Exec(`INSERT INTO topics (id, name, parent_id) VALUES (?, ?, ?)`, fmt.Sprintf("t%d", i), fmt.Sprintf("Topic %d", i), parent); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < statements; i++ {
		id := fmt.Sprintf("s%d", i)
		if _, err := tx.Exec(`INSERT INTO statements (id, source_id, speaker_person_id, kind, text, position) VALUES (?, 'ukraine-talks-2025-12-07', 'kellogg', 'reported', ?, ?)`, id, "statement "+id, 1000+i); err != nil {
			b.Fatal(err)
		}
		if _, err := tx.Exec(`INSERT INTO statement_appearances (statement_id, source_id, evidence_start, evidence_end, position) VALUES (?, 'ukraine-talks-2025-12-07', 0, 10, 1)`, id); err != nil {
			b.Fatal(err)
		}
		if _, err := tx.Exec(`INSERT INTO statement_topics (statement_id, topic_id, sort_key, position)
SELECT s.id, ?2, `+store.StatementSortKeySQL+`, 1 FROM statements s JOIN sources src ON src.id = s.source_id WHERE s.id = ?1`,
			id, fmt.Sprintf("t%d", i%topics)); err != nil {
			b.Fatal(err)
		}
	}
	// what the loaders keep for topic pages
	if _, err := tx.Exec(store.RefreshTopicCountsSQL, nil); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkTopics measures `kb topics` (the tree with subtree counts) on
// 1,000 topics and 10,000 statements.
func BenchmarkTopics(b *testing.B) {
	db := bigTopicDB(b, 1000, 10000)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		nodes, err := db.Topics(ctx)
		if err != nil || len(nodes) != 1010 {
			b.Fatalf("%d nodes, %v", len(nodes), err)
		}
	}
}

// BenchmarkQuotesByTopicTree measures `kb quotes --topic` on a subtree of
// 156 topics (t0 and everything below it) holding 1,560 statements.
func BenchmarkQuotesByTopicTree(b *testing.B) {
	db := bigTopicDB(b, 1000, 10000)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sts, err := db.Statements(ctx, store.StatementFilter{TopicTree: "t0", Limit: 100})
		if err != nil || len(sts) != 100 {
			b.Fatalf("%d statements, %v", len(sts), err)
		}
	}
}
