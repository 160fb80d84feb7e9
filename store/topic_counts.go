package store

import "context"

// statementSortKey is the text whose ascending order is the order of every
// statement list (statementWhen DESC NULLS LAST, source id, position), for
// the statement s defined by source src. Migration 00005 documents it and
// computes it for existing rows with the same expression.
const statementSortKey = `coalesce(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
           coalesce(s.said_on, src.published_on),
           '0', 'j'), '1', 'i'), '2', 'h'), '3', 'g'), '4', 'f'), '5', 'e'), '6', 'd'), '7', 'c'), '8', 'b'), '9', 'a') || '~', '~')
         || src.id || char(1) || char(48 + length(s.position)) || s.position`

const (
	// refreshTopicCountsSQL recomputes topic_counts for the topics in the
	// JSON array ?1, or for every topic when ?1 is NULL.
	refreshTopicCountsSQL = `
WITH RECURSIVE
  pick(id) AS (
    SELECT id FROM topics WHERE ?1 IS NULL
    UNION
    SELECT t.id FROM json_each(?1) j JOIN topics t ON t.id = j.value),
  below(ancestor, id) AS (
    SELECT id, id FROM pick
    UNION
    SELECT below.ancestor, t.id FROM topics t JOIN below ON t.parent_id = below.id),
  said(id, n) AS (
    SELECT b.ancestor, count(DISTINCT st.statement_id)
      FROM below b CROSS JOIN statement_topics st ON st.topic_id = b.id GROUP BY b.ancestor),
  own(id, n) AS (
    SELECT st.topic_id, count(*) FROM pick CROSS JOIN statement_topics st ON st.topic_id = pick.id GROUP BY st.topic_id)
INSERT OR REPLACE INTO topic_counts (topic_id, statements, own_statements)
SELECT pick.id, coalesce(said.n, 0), coalesce(own.n, 0)
  FROM pick LEFT JOIN said ON said.id = pick.id LEFT JOIN own ON own.id = pick.id`

	// selectCountedTopics lists the topics whose counts a load may change:
	// those linked to statements of the sources ?1, the topics ?2 that the
	// batch defines (their parent may change), and all their ancestors.
	// Run before and after a load, it covers links removed and added and
	// ancestors old and new.
	selectCountedTopics = `
WITH RECURSIVE up(id) AS (
    SELECT st.topic_id FROM statements s JOIN statement_topics st ON st.statement_id = s.id
     WHERE s.source_id IN (SELECT value FROM json_each(?1))
    UNION
    SELECT value FROM json_each(?2)
    UNION
    SELECT t.parent_id FROM topics t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)
SELECT id FROM up`
)

// countedTopics adds to set the topics whose counts a load of the sources
// and topics given may change.
func countedTopics(ctx context.Context, tx execer, sources, topics string, set map[string]bool) error {
	rows, err := tx.QueryContext(ctx, selectCountedTopics, sources, topics)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		set[id] = true
	}
	return rows.Err()
}

// refreshTopicCounts recomputes the counts of the topics in set, or of
// every topic when set is nil.
func refreshTopicCounts(ctx context.Context, tx execer, set map[string]bool) error {
	var arg any
	if set != nil {
		if len(set) == 0 {
			return nil
		}
		ids := make([]string, 0, len(set))
		for id := range set {
			ids = append(ids, id)
		}
		arg = jsonArray(ids)
	}
	_, err := tx.ExecContext(ctx, refreshTopicCountsSQL, arg)
	return err
}

// loadTopicScope is what countedTopics needs of a batch: the ids of the
// sources whose facts it replaces and of the topics it defines.
func loadTopicScope(batch []SourceFacts, pending []*SourceFacts) (sources, topics string) {
	var src, tops []string
	for _, sf := range pending {
		src = append(src, sf.Source.ID)
	}
	for i := range batch {
		for _, t := range batch[i].Topics {
			tops = append(tops, t.ID)
		}
	}
	return jsonArray(src), jsonArray(tops)
}
