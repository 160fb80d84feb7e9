package store

import (
	"context"
	"database/sql"
	"errors"
	"math"
)

// SpeakerStatements is one speaker's statements on a topic.
type SpeakerStatements struct {
	Speaker    Entity      `json:"speaker"`
	Statements []Statement `json:"statements"`
}

// TopicNode is a topic in the tree, with its depth and counts.
type TopicNode struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	ParentID *string `json:"parent_id"`
	Depth    int     `json:"depth"` // 0 for a root, or for the topic asked for
	// Statements counts those about the topic or any topic below it; Own
	// those tagged with the topic itself.
	Statements    int `json:"statements"`
	OwnStatements int `json:"own_statements"`
	Positions     int `json:"positions"` // held on the topic or any topic below it
}

// TopicPage selects which of a topic's statements Topic returns, newest
// first: Limit of them (0 for all) after skipping Offset; and how many of
// its positions: the first Positions of them in their order (0 for all).
type TopicPage struct {
	Limit     int
	Offset    int
	Positions int
}

// Topic is a topic with its subtopics, a page of the statements about any
// of them grouped by speaker, and the positions held on them (the first
// PositionsLimit, or all when it is 0; PositionsTotal counts them all).
type Topic struct {
	ID          string              `json:"id"`
	Name        string              `json:"name"`
	Description *string             `json:"description"`
	Parent      *Entity             `json:"parent"`
	Aliases     []string            `json:"aliases"`
	Subtopics   []TopicNode         `json:"subtopics"` // every topic below it, depth first
	Speakers    []SpeakerStatements `json:"speakers"`  // the page's statements, most first
	Positions   []Position          `json:"positions"` // by topic, then polarity; the first PositionsLimit
	Total       int                 `json:"total"`     // statements about it or any subtopic
	Limit       int                 `json:"limit"`     // the page asked for; 0 for all
	Offset      int                 `json:"offset"`
	// PositionsTotal counts the positions held on it or any subtopic;
	// PositionsLimit is how many were asked for, 0 for all.
	PositionsTotal int `json:"positions_total"`
	PositionsLimit int `json:"positions_limit"`
}

const (
	selectTopic = `
SELECT t.id, t.name, t.description, pt.id, pt.name
  FROM topics t LEFT JOIN topics pt ON pt.id = t.parent_id
 WHERE t.id = ?`
	selectTopicAliases = `SELECT alias FROM topic_aliases WHERE topic_id = ? AND alias <> (SELECT name FROM topics WHERE id = ?) ORDER BY alias`

	// topicNodesTree walks the tree down from a topic, or from every root
	// when ?1 is NULL; below pairs each node with every topic under it, so
	// that counts include the whole subtree. The depth bound ends the walk
	// should a cycle get in.
	topicNodesTree = `
WITH RECURSIVE
  tree(id, depth, path) AS (
    SELECT id, 0, name FROM topics WHERE (?1 IS NULL AND parent_id IS NULL) OR id = ?1
    UNION
    SELECT t.id, tree.depth + 1, tree.path || char(31) || t.name
      FROM topics t JOIN tree ON t.parent_id = tree.id
     WHERE tree.depth < 100),
  below(ancestor, id) AS (
    SELECT id, id FROM tree
    UNION
    SELECT below.ancestor, t.id FROM topics t JOIN below ON t.parent_id = below.id),`
	// The counts come from topic_counts (migration 00005), which the
	// loaders keep: no query-time count of a topic's links.
	topicNodesTail = `
  held(id, n) AS (
    SELECT b.ancestor, count(*) FROM below b JOIN positions ps ON ps.topic_id = b.id GROUP BY b.ancestor)
SELECT t.id, t.name, t.parent_id, tree.depth, coalesce(c.statements, 0), coalesce(c.own_statements, 0), coalesce(held.n, 0)
  FROM tree
  JOIN topics t ON t.id = tree.id
  LEFT JOIN topic_counts c ON c.topic_id = t.id
  LEFT JOIN held ON held.id = t.id
 ORDER BY tree.path`

	// selectTopicNodes is the whole tree (?1 NULL) or one topic's subtree,
	// with counts.
	selectTopicNodes = topicNodesTree + topicNodesTail

	// selectTopicPage is the ids of a page of the statements about a topic
	// or any topic below it, in statement order, read from the index
	// statement_topics_topic (topic_id, sort_key, statement_id): for each
	// topic of the subtree, its first ?2 entries (?2 = offset + limit),
	// found by the key of its ?2-th entry (or every entry when it has
	// fewer); the page is then cut from at most ?2 entries per topic. A
	// statement about two topics of the subtree has the same key under
	// both, so DISTINCT counts it once.
	selectTopicPage = `
WITH RECURSIVE tree(id) AS (
    SELECT id FROM topics WHERE id = ?1
    UNION
    SELECT t.id FROM topics t JOIN tree ON t.parent_id = tree.id)
SELECT DISTINCT st.sort_key, st.statement_id
  FROM tree CROSS JOIN statement_topics st
 WHERE st.topic_id = tree.id
   AND st.sort_key <= coalesce((SELECT sort_key FROM statement_topics WHERE topic_id = tree.id
                                ORDER BY sort_key LIMIT 1 OFFSET ?2 - 1), char(1114111))
 ORDER BY st.sort_key, st.statement_id
 LIMIT ?3 OFFSET ?4`
)

// Topic returns the topic with id, its subtopics, a page of the statements
// about it or any subtopic (newest first) grouped by speaker, how many
// there are in all, and the positions held on them.
func (db *DB) Topic(ctx context.Context, id string, page TopicPage) (*Topic, error) {
	if page.Limit < 0 || page.Offset < 0 || page.Positions < 0 {
		return nil, Errorf(EINVALID, "limit, offset and positions must not be negative")
	}
	t := Topic{Limit: page.Limit, Offset: page.Offset, PositionsLimit: page.Positions}
	err := db.lookupTx(ctx, func(tx execer) error {
		var desc, pID, pName sql.NullString
		err := tx.QueryRowContext(ctx, selectTopic, id).Scan(&t.ID, &t.Name, &desc, &pID, &pName)
		if errors.Is(err, sql.ErrNoRows) {
			return Errorf(ENOTFOUND, "no topic with id %q", id)
		}
		if err != nil {
			return err
		}
		t.Description = nullString(desc)
		t.Parent = nullEntity(KindTopic, pID, pName)
		if t.Aliases, err = queryStrings(ctx, tx, selectTopicAliases, id, id); err != nil {
			return err
		}
		nodes, err := findTopicNodes(ctx, tx, selectTopicNodes, id)
		if err != nil {
			return err
		}
		t.Subtopics = []TopicNode{}
		if len(nodes) > 0 {
			t.Total = nodes[0].Statements
			t.PositionsTotal = nodes[0].Positions
			t.Subtopics = nodes[1:]
		}
		ids, err := topicPage(ctx, tx, id, nodes, page)
		if err != nil {
			return err
		}
		sts, err := findStatements(ctx, tx, StatementFilter{IDs: ids})
		if err != nil {
			return err
		}
		t.Speakers = groupBySpeaker(sts)
		t.Positions, err = findPositions(ctx, tx, PositionFilter{TopicTree: id, Limit: page.Positions})
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return &t, nil
}

// Topics returns the whole topic tree, depth first by name, with counts.
func (db *DB) Topics(ctx context.Context) ([]TopicNode, error) {
	var out []TopicNode
	err := db.lookupTx(ctx, func(tx execer) error {
		var err error
		out, err = findTopicNodes(ctx, tx, selectTopicNodes, nil)
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

// topicPageIDs returns the ids of the page of statements about topic id or
// any topic below it, in statement order.
func topicPageIDs(ctx context.Context, tx execer, id string, page TopicPage) ([]string, error) {
	n, limit := int64(math.MaxInt64), int64(-1) // SQLite's "no limit"
	if page.Limit > 0 {
		n, limit = int64(page.Offset)+int64(page.Limit), int64(page.Limit)
	}
	rows, err := tx.QueryContext(ctx, selectTopicPage, id, n, limit, page.Offset)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var key, sid string
		if err := rows.Scan(&key, &sid); err != nil {
			return nil, err
		}
		ids = append(ids, sid)
	}
	return ids, rows.Err()
}

func findTopicNodes(ctx context.Context, tx execer, query string, root any) ([]TopicNode, error) {
	rows, err := tx.QueryContext(ctx, query, root)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []TopicNode{}
	for rows.Next() {
		var n TopicNode
		var parent sql.NullString
		if err := rows.Scan(&n.ID, &n.Name, &parent, &n.Depth, &n.Statements, &n.OwnStatements, &n.Positions); err != nil {
			return nil, err
		}
		n.ParentID = nullString(parent)
		out = append(out, n)
	}
	return out, rows.Err()
}

// groupBySpeaker groups statements by speaker, keeping their order within a
// group; the speaker with most statements comes first, ties by name.
func groupBySpeaker(sts []Statement) []SpeakerStatements {
	out := []SpeakerStatements{}
	index := map[Entity]int{}
	for _, s := range sts {
		i, ok := index[s.Speaker]
		if !ok {
			i = len(out)
			index[s.Speaker] = i
			out = append(out, SpeakerStatements{Speaker: s.Speaker, Statements: []Statement{}})
		}
		out[i].Statements = append(out[i].Statements, s)
	}
	// insertion sort: stable, and the lists are short
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && speakerBefore(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func speakerBefore(a, b SpeakerStatements) bool {
	if len(a.Statements) != len(b.Statements) {
		return len(a.Statements) > len(b.Statements)
	}
	return a.Speaker.Name < b.Speaker.Name
}
