-- The topic index of statement_topics also holds statement_id, so that a
-- topic's statements are read from the index alone: counting the distinct
-- statements of a subtree and choosing a page of them (kb topic) no longer
-- looks up each row in the table, which took half the time of kb topic on
-- a topic with 40,000 statements (docs/performance.md).

-- +goose Up
DROP INDEX statement_topics_topic;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, statement_id);

-- +goose Down
DROP INDEX statement_topics_topic;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id);
