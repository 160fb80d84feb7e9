package store

import (
	"context"
	"database/sql"
)

// SwitchOffLayers switches layers of the read-only guard off, so tests can
// prove that the remaining layers hold on their own.
func (r *ReadOnly) SwitchOffLayers(statementCheck, authorizer bool) {
	r.off = guardLayers{statementCheck: statementCheck, authorizer: authorizer}
}

// TopicPageIDs exposes the ids of a topic page in their order, which Topic
// hides by grouping the page by speaker.
func (db *DB) TopicPageIDs(ctx context.Context, id string, page TopicPage) ([]string, error) {
	var ids []string
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		nodes, err := findTopicNodes(ctx, tx, selectTopicNodes, id)
		if err != nil {
			return err
		}
		ids, err = topicPage(ctx, tx, id, nodes, page)
		return err
	})
	return ids, err
}

// MergeTopicPagesUpTo sets the largest subtree whose pages are merged from
// per-topic reads (0: none, every page from the one query) and how many
// entries a read takes at most, until restore.
func MergeTopicPagesUpTo(n, chunk int) (restore func()) {
	oldN, oldChunk := topicMergeMaxTopics, topicChunk
	topicMergeMaxTopics, topicChunk = n, chunk
	return func() { topicMergeMaxTopics, topicChunk = oldN, oldChunk }
}

// Queries that recompute what the loaders keep, to check it.
const (
	SourcesPageSQL        = selectSourceSummaries + sourcesPageTail
	RefreshTopicCountsSQL = refreshTopicCountsSQL
	StatementSortKeySQL   = statementSortKey
)

// PreparedStatements is how many statements the lookups keep prepared.
func (db *DB) PreparedStatements() int {
	db.prepared.mu.Lock()
	defer db.prepared.mu.Unlock()
	return len(db.prepared.stmts)
}

// TraceQueries calls f with every query a lookup runs, until restore.
func TraceQueries(f func(q string, args []any)) (restore func()) {
	queryTrace = f
	return func() { queryTrace = nil }
}

// The queries of SchemaVersion, which every command runs first.
var SchemaVersionSQL = []string{queryHasGooseTable, querySchemaVersion}

// SearchInOneStep makes Search rank with the one-step query only.
func SearchInOneStep() (restore func()) {
	searchTwoSteps = false
	return func() { searchTwoSteps = true }
}

// CheckFile runs the end-of-load file checks of Bulk (not the foreign-key
// check) on the database at path: quick_check and the index counts, or
// integrity_check when full.
func CheckFile(ctx context.Context, path string, full bool) error {
	sdb, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	defer sdb.Close()
	conn, err := sdb.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return fileChecks(ctx, conn, full)
}
