package store

import (
	"context"
	"database/sql"
	"strings"
)

// topicTally counts, while a bulk load writes the rows, the statements of
// each set of topics, so that topic_counts can be written at the end from
// a few thousand distinct sets instead of counting the distinct statements
// of every subtree in SQL (refreshTopicCountsSQL, which Load uses and the
// tests compare with).
type topicTally struct {
	sets map[string]int // topic ids joined by "\x00", each once -> statements
}

func newTopicTally() *topicTally { return &topicTally{sets: map[string]int{}} }

// add counts one statement about topics (duplicates are stored once, as
// the link table's primary key keeps them).
func (t *topicTally) add(topics []string) {
	if len(topics) == 0 {
		return
	}
	if len(topics) == 1 {
		t.sets[topics[0]]++
		return
	}
	seen := make([]string, 0, len(topics))
	for _, id := range topics {
		dup := false
		for _, s := range seen {
			dup = dup || s == id
		}
		if !dup {
			seen = append(seen, id)
		}
	}
	t.sets[strings.Join(seen, "\x00")]++
}

const (
	selectTopicParents = `SELECT id, parent_id FROM topics`
	upsertTopicCount   = `INSERT OR REPLACE INTO topic_counts (topic_id, statements, own_statements) VALUES (?, ?, ?)`
)

// write stores the counts of every topic: own, the statements tagged with
// it; statements, those tagged with it or any topic below it, each once.
func (t *topicTally) write(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, selectTopicParents)
	if err != nil {
		return err
	}
	parent := map[string]string{}
	var order []string
	for rows.Next() {
		var id string
		var p sql.NullString
		if err := rows.Scan(&id, &p); err != nil {
			rows.Close()
			return err
		}
		parent[id] = p.String
		order = append(order, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	own, below := map[string]int{}, map[string]int{}
	for set, n := range t.sets {
		ids := strings.Split(set, "\x00")
		reached := map[string]bool{}
		for _, id := range ids {
			if _, ok := parent[id]; !ok {
				continue // a dangling link: the foreign-key check refuses the load
			}
			own[id] += n
			// up to the root; reached also stops a cycle of parents
			for a := id; a != "" && !reached[a]; a = parent[a] {
				reached[a] = true
			}
		}
		for a := range reached {
			below[a] += n
		}
	}
	st, err := conn.PrepareContext(ctx, upsertTopicCount)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, id := range order {
		if _, err := st.ExecContext(ctx, id, below[id], own[id]); err != nil {
			return err
		}
	}
	return nil
}
