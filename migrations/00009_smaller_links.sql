-- A smaller file (issue 13): the two largest link tables become WITHOUT
-- ROWID, six indexes become partial, and two that no query uses go.
--
-- statement_topics and statement_appearances were rowid tables with a
-- separate index for their primary key, so every row was stored twice
-- (at 1,000,000 statements: 124 MB and 44 MB of primary-key index). As
-- WITHOUT ROWID tables the rows live in the primary-key B-tree itself.
-- They lose their rowid, which two things read:
--   * kb export wrote a statement's topics in the order the fact file gave
--     them (ORDER BY rowid): statement_topics.position now keeps that order
--     (1, 2, ... per statement, as loaded);
--   * kb export wrote a statement's passages in a source in the order the
--     fact file gave them (ORDER BY rowid), which the source's content hash
--     covers: statement_appearances.position keeps that order.
-- The loaders' foreign-key message no longer needs the rowid either.
--
-- Partial: the indexes on references that most rows leave NULL hold only
-- the rows that have one (an organization speaks in 15 % of statements,
-- for someone in 9 %, at an event in 5 %; a mention names a person in one
-- row of four). Every query that uses them compares the column with = or
-- IN, which implies IS NOT NULL, so SQLite still chooses them (the plans
-- are in docs/performance.md); a NULL is never looked up.
--
-- Dropped: statements_said_on (every query filters and sorts on
-- coalesce(said_on, published_on), which it cannot serve) and
-- statement_mentions_territory (no query looks mentions up by territory,
-- and territories are never deleted).
--
-- The tables are rebuilt through temporary copies (as 00006 does), so that
-- the view who_said_what, which reads statement_topics, stays valid.

-- +goose Up
-- +goose StatementBegin
CREATE TEMP TABLE keep_statement_topics AS
SELECT statement_id, topic_id, sort_key,
       row_number() OVER (PARTITION BY statement_id ORDER BY rowid) AS position
  FROM statement_topics;
CREATE TEMP TABLE keep_statement_appearances AS
SELECT statement_id, source_id, evidence_start, evidence_end, wording,
       row_number() OVER (PARTITION BY statement_id, source_id ORDER BY rowid) AS position
  FROM statement_appearances;
DROP TABLE statement_topics;
DROP TABLE statement_appearances;

CREATE TABLE statement_topics (
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    topic_id     TEXT NOT NULL REFERENCES topics (id) DEFERRABLE INITIALLY DEFERRED,
    sort_key     TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL CHECK (position >= 1),  -- order among the statement's topics, as loaded
    PRIMARY KEY (statement_id, topic_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, sort_key, statement_id);

CREATE TABLE statement_appearances (
    statement_id   TEXT NOT NULL REFERENCES statements (id) DEFERRABLE INITIALLY DEFERRED,
    source_id      TEXT NOT NULL REFERENCES sources (id),
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    wording        TEXT CHECK (wording IS NULL OR length(wording) > 0),
    position       INTEGER NOT NULL CHECK (position >= 1),  -- order among the statement's passages in the source, as loaded
    PRIMARY KEY (statement_id, source_id, evidence_start)
) STRICT, WITHOUT ROWID;
CREATE INDEX statement_appearances_source ON statement_appearances (source_id);

INSERT INTO statement_topics (statement_id, topic_id, sort_key, position)
SELECT statement_id, topic_id, sort_key, position FROM keep_statement_topics ORDER BY statement_id, topic_id;
INSERT INTO statement_appearances (statement_id, source_id, evidence_start, evidence_end, wording, position)
SELECT statement_id, source_id, evidence_start, evidence_end, wording, position FROM keep_statement_appearances
 ORDER BY statement_id, source_id, evidence_start;
DROP TABLE keep_statement_topics;
DROP TABLE keep_statement_appearances;

DROP INDEX statements_said_on;
DROP INDEX statement_mentions_territory;

DROP INDEX statements_person;
DROP INDEX statements_org;
DROP INDEX statements_on_behalf;
DROP INDEX statements_event;
DROP INDEX statement_mentions_person;
DROP INDEX statement_mentions_organization;
CREATE INDEX statements_person ON statements (speaker_person_id, said_on) WHERE speaker_person_id IS NOT NULL;
CREATE INDEX statements_org ON statements (speaker_org_id, said_on) WHERE speaker_org_id IS NOT NULL;
CREATE INDEX statements_on_behalf ON statements (on_behalf_of_id) WHERE on_behalf_of_id IS NOT NULL;
CREATE INDEX statements_event ON statements (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX statement_mentions_person ON statement_mentions (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX statement_mentions_organization ON statement_mentions (organization_id) WHERE organization_id IS NOT NULL;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
CREATE TEMP TABLE keep_statement_topics AS SELECT * FROM statement_topics;
CREATE TEMP TABLE keep_statement_appearances AS SELECT * FROM statement_appearances;
DROP TABLE statement_topics;
DROP TABLE statement_appearances;

-- the tables as 00001, 00005 and 00007 left them, word for word
CREATE TABLE statement_appearances (
    statement_id   TEXT NOT NULL REFERENCES statements (id) DEFERRABLE INITIALLY DEFERRED,
    source_id      TEXT NOT NULL REFERENCES sources (id),
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end > evidence_start), wording TEXT CHECK (wording IS NULL OR length(wording) > 0),
    PRIMARY KEY (statement_id, source_id, evidence_start)
) STRICT;
CREATE INDEX statement_appearances_source ON statement_appearances (source_id);

CREATE TABLE statement_topics (
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    topic_id     TEXT NOT NULL REFERENCES topics (id) DEFERRABLE INITIALLY DEFERRED, sort_key TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (statement_id, topic_id)
) STRICT;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, sort_key, statement_id);

-- rowid order: a statement's topics, and its passages in a source, in
-- their position order
INSERT INTO statement_topics (statement_id, topic_id, sort_key)
SELECT statement_id, topic_id, sort_key FROM keep_statement_topics ORDER BY statement_id, position;
INSERT INTO statement_appearances (statement_id, source_id, evidence_start, evidence_end, wording)
SELECT statement_id, source_id, evidence_start, evidence_end, wording FROM keep_statement_appearances
 ORDER BY statement_id, source_id, position;
DROP TABLE keep_statement_topics;
DROP TABLE keep_statement_appearances;

CREATE INDEX statements_said_on ON statements (said_on);
CREATE INDEX statement_mentions_territory ON statement_mentions (territory_id);

DROP INDEX statements_person;
DROP INDEX statements_org;
DROP INDEX statements_on_behalf;
DROP INDEX statements_event;
DROP INDEX statement_mentions_person;
DROP INDEX statement_mentions_organization;
CREATE INDEX statements_person ON statements (speaker_person_id, said_on);
CREATE INDEX statements_org ON statements (speaker_org_id, said_on);
CREATE INDEX statements_on_behalf ON statements (on_behalf_of_id);
CREATE INDEX statements_event ON statements (event_id);
CREATE INDEX statement_mentions_person ON statement_mentions (person_id);
CREATE INDEX statement_mentions_organization ON statement_mentions (organization_id);
-- +goose StatementEnd
