package store

import (
	"context"
	"math"
)

// A topic page by merging: each topic of the subtree is read in index
// order (statement_topics_topic: topic_id, sort_key, statement_id) a chunk
// at a time, and the lists are merged here, so that a page reads about
// offset+limit index entries in all. selectTopicPage reads offset+limit
// entries of every topic, twice (the bound, then the range), and sorts
// them for DISTINCT: at offset 2,000 on a subtree of five topics that is
// 20,000 entries for a page of 50.
const (
	selectTopicChunkFirst = `
SELECT sort_key, statement_id FROM statement_topics
 WHERE topic_id = ?1
 ORDER BY sort_key, statement_id
 LIMIT ?2`
	selectTopicChunkAfter = `
SELECT sort_key, statement_id FROM statement_topics
 WHERE topic_id = ?1 AND (sort_key, statement_id) > (?2, ?3)
 ORDER BY sort_key, statement_id
 LIMIT ?4`
)

// topicMergeMaxTopics is the largest subtree merged here; a bigger one
// (a root over hundreds of topics) costs a query per topic, and goes to
// selectTopicPage instead. A variable so that tests can run both ways.
var topicMergeMaxTopics = 16

// topicChunk bounds the entries read from one topic at a time (a
// variable for tests).
var topicChunk = 256

// topicPage returns the ids of the page of statements about topic id or
// any topic below it (subtree: the topic's nodes, itself first), in
// statement order.
func topicPage(ctx context.Context, tx execer, id string, subtree []TopicNode, page TopicPage) ([]string, error) {
	if len(subtree) == 0 || len(subtree) > topicMergeMaxTopics {
		return topicPageIDs(ctx, tx, id, page)
	}
	topics := make([]string, len(subtree))
	for i, n := range subtree {
		topics[i] = n.ID
	}
	return mergeTopicPage(ctx, tx, topics, page)
}

type pageEntry struct{ key, id string }

// topicCursor walks one topic's index entries in order.
type topicCursor struct {
	topic string
	buf   []pageEntry
	pos   int
	done  bool // buf holds the topic's last entries
}

// fill reads the cursor's next chunk when it has used up the last one.
func (c *topicCursor) fill(ctx context.Context, tx execer, size int) error {
	if c.pos < len(c.buf) || c.done {
		return nil
	}
	var after *pageEntry
	if len(c.buf) > 0 {
		last := c.buf[len(c.buf)-1]
		after = &last
	}
	c.buf, c.pos = c.buf[:0], 0
	var q string
	var args []any
	if after == nil {
		q, args = selectTopicChunkFirst, []any{c.topic, size}
	} else {
		q, args = selectTopicChunkAfter, []any{c.topic, after.key, after.id, size}
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e pageEntry
		if err := rows.Scan(&e.key, &e.id); err != nil {
			return err
		}
		c.buf = append(c.buf, e)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	c.done = len(c.buf) < size
	return nil
}

// mergeTopicPage returns the ids of the page of the statements about any
// of topics, in statement order, each statement once: what selectTopicPage
// returns for the subtree whose topics these are.
func mergeTopicPage(ctx context.Context, tx execer, topics []string, page TopicPage) ([]string, error) {
	n := math.MaxInt // entries the page needs, duplicates apart
	if page.Limit > 0 {
		n = page.Offset + page.Limit
	}
	size := min(n, topicChunk)
	cursors := make([]*topicCursor, len(topics))
	for i, t := range topics {
		cursors[i] = &topicCursor{topic: t}
	}
	ids := []string{}
	var last *pageEntry
	skipped := 0
	for page.Limit <= 0 || len(ids) < page.Limit {
		var best *topicCursor
		for _, c := range cursors {
			if err := c.fill(ctx, tx, size); err != nil {
				return nil, err
			}
			if c.pos == len(c.buf) {
				continue
			}
			if best == nil || entryBefore(c.buf[c.pos], best.buf[best.pos]) {
				best = c
			}
		}
		if best == nil {
			break
		}
		e := best.buf[best.pos]
		best.pos++
		// a statement about two topics of the subtree has the same key
		// under both: the entries meet here one after the other
		if last != nil && *last == e {
			continue
		}
		last = &e
		if skipped < page.Offset {
			skipped++
			continue
		}
		ids = append(ids, e.id)
	}
	return ids, nil
}

func entryBefore(a, b pageEntry) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return a.id < b.id
}
