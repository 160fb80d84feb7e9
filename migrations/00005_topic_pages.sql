-- Topic pages from an index (kb topic, kb topics, kb serve).
--
-- statement_topics.sort_key orders a topic's statements the way every
-- statement list is ordered (newest first by the date said, or else
-- published; then source id; then position in the source), as one text
-- that sorts ascending in that order:
--   * the date with each digit d written as the letter 'j' - d, then '~',
--     so that later dates sort first and a day before its month ('~' sorts
--     after '-'); '~' alone for no date, which sorts after every date;
--   * the defining source's id, then char(1) (below every id character, so
--     that an id sorts before the ids it is a prefix of);
--   * the position, prefixed by its number of digits, so that 9 < 10.
-- The index (topic_id, sort_key, statement_id) gives any page of a topic by
-- reading only that page's entries. The key never goes stale: a statement
-- changes only by being deleted and inserted again with its source.
--
-- topic_counts holds what a topic page and kb topics show: the statements
-- about a topic or any topic below it (each once), and those tagged with the
-- topic itself. The loaders recompute the rows of the topics a load touches
-- and of their ancestors.

-- +goose Up
-- +goose StatementBegin
ALTER TABLE statement_topics ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';

UPDATE statement_topics SET sort_key = coalesce((
  SELECT coalesce(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
           coalesce(s.said_on, src.published_on),
           '0', 'j'), '1', 'i'), '2', 'h'), '3', 'g'), '4', 'f'), '5', 'e'), '6', 'd'), '7', 'c'), '8', 'b'), '9', 'a') || '~', '~')
         || src.id || char(1) || char(48 + length(s.position)) || s.position
    FROM statements s JOIN sources src ON src.id = s.source_id
   WHERE s.id = statement_topics.statement_id), '');

DROP INDEX statement_topics_topic;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, sort_key, statement_id);

CREATE TABLE topic_counts (
    topic_id       TEXT PRIMARY KEY REFERENCES topics (id) ON DELETE CASCADE,
    statements     INTEGER NOT NULL,  -- about the topic or any topic below it, each once
    own_statements INTEGER NOT NULL   -- tagged with the topic itself
) STRICT, WITHOUT ROWID;

WITH RECURSIVE
  below(ancestor, id) AS (
    SELECT id, id FROM topics
    UNION
    SELECT below.ancestor, t.id FROM topics t JOIN below ON t.parent_id = below.id),
  said(id, n) AS (
    SELECT b.ancestor, count(DISTINCT st.statement_id)
      FROM below b CROSS JOIN statement_topics st ON st.topic_id = b.id GROUP BY b.ancestor),
  own(id, n) AS (
    SELECT topic_id, count(*) FROM statement_topics GROUP BY topic_id)
INSERT INTO topic_counts (topic_id, statements, own_statements)
SELECT t.id, coalesce(said.n, 0), coalesce(own.n, 0)
  FROM topics t LEFT JOIN said ON said.id = t.id LEFT JOIN own ON own.id = t.id;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE topic_counts;
DROP INDEX statement_topics_topic;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, statement_id);
ALTER TABLE statement_topics DROP COLUMN sort_key;
-- +goose StatementEnd
