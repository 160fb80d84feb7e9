-- What a reader must be able to tell apart, and kinds users had to write as
-- 'other':
--   * positions.stance_inferred/stance_basis: the polarity and stance are
--     the curator's reading of what the source says, not its words;
--   * statements.setting_inferred/setting_basis: the setting (and event) of
--     a statement was worked out from the context, not stated with it;
--   * statements.paraphrase: a reported statement's text is the curator's
--     wording, not a passage of the source;
--   * the stances view shows stance_inferred and stance_basis;
--   * organizations.kind gains company, party, team, league, court, agency;
--   * events.kind gains match, vote, hearing, launch, interview,
--     press_conference.
-- SQLite cannot alter a CHECK, so organizations and events are rebuilt, in
-- goose's transaction so that a kill leaves the old version or the new one:
-- their rows are kept aside, the tables dropped (with foreign keys on, the
-- deferred references to them wait for the commit; the rows that cascade,
-- aliases and participants, are kept aside and emptied first, so the same
-- holds with foreign keys off), made again under their names, and given
-- their rows back with their rowids; then the indexes. The views name the
-- tables and see the new ones. Down makes them again word for word as
-- 00001 wrote them, so a database taken down has the schema of one that
-- never went up.

-- +goose Up
CREATE TEMP TABLE keep_organizations AS SELECT rowid AS rid, * FROM organizations;
CREATE TEMP TABLE keep_organization_aliases AS SELECT rowid AS rid, * FROM organization_aliases;
CREATE TEMP TABLE keep_events AS SELECT rowid AS rid, * FROM events;
CREATE TEMP TABLE keep_event_participants AS SELECT rowid AS rid, * FROM event_participants;
DELETE FROM organization_aliases;
DELETE FROM event_participants;
DROP TABLE events;
DROP TABLE organizations;

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('state', 'government', 'institution', 'collective', 'company', 'party',
                                              'team', 'league', 'court', 'agency', 'other')),
    parent_id   TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,  -- the Kremlin is part of Russia
    description TEXT
) STRICT;
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'forum', 'address', 'leak', 'match', 'vote', 'hearing',
                                                 'launch', 'interview', 'press_conference', 'other')),
    held_on        TEXT,
    held_precision TEXT CHECK (held_precision IN ('day', 'week', 'month', 'year')),
    held_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (held_inferred IN (0, 1)),
    held_basis     TEXT,
    place          TEXT,
    description    TEXT,
    source_id      TEXT NOT NULL REFERENCES sources (id),
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    CHECK ((held_on IS NULL) = (held_precision IS NULL))
) STRICT;
CREATE INDEX organizations_parent ON organizations (parent_id);
CREATE INDEX events_source ON events (source_id);

INSERT INTO organizations (rowid, id, name, kind, parent_id, description)
SELECT rid, id, name, kind, parent_id, description FROM keep_organizations ORDER BY rid;
INSERT INTO organization_aliases (rowid, organization_id, alias, norm, fold)
SELECT rid, organization_id, alias, norm, fold FROM keep_organization_aliases ORDER BY rid;
INSERT INTO events (rowid, id, name, kind, held_on, held_precision, held_inferred, held_basis, place, description,
                    source_id, evidence_start, evidence_end)
SELECT rid, id, name, kind, held_on, held_precision, held_inferred, held_basis, place, description,
       source_id, evidence_start, evidence_end FROM keep_events ORDER BY rid;
INSERT INTO event_participants (rowid, event_id, person_id, organization_id)
SELECT rid, event_id, person_id, organization_id FROM keep_event_participants ORDER BY rid;
DROP TABLE keep_organizations;
DROP TABLE keep_organization_aliases;
DROP TABLE keep_events;
DROP TABLE keep_event_participants;

ALTER TABLE positions ADD COLUMN stance_inferred INTEGER NOT NULL DEFAULT 0 CHECK (stance_inferred IN (0, 1));
ALTER TABLE positions ADD COLUMN stance_basis TEXT CHECK (stance_basis IS NULL OR stance_inferred = 1);
ALTER TABLE statements ADD COLUMN setting_inferred INTEGER NOT NULL DEFAULT 0 CHECK (setting_inferred IN (0, 1));
ALTER TABLE statements ADD COLUMN setting_basis TEXT CHECK (setting_basis IS NULL OR setting_inferred = 1);
ALTER TABLE statements ADD COLUMN paraphrase INTEGER NOT NULL DEFAULT 0 CHECK (paraphrase IN (0, 1));

-- The stances view gains the reading flag (its columns are only ever added).
DROP VIEW stances;
CREATE VIEW stances AS
SELECT ps.id AS position_id,
       coalesce(p.name, o.name) AS holder,
       CASE WHEN ps.holder_person_id IS NOT NULL THEN 'person' ELSE 'organization' END AS holder_kind,
       coalesce(ps.holder_person_id, ps.holder_org_id) AS holder_id,
       t.name AS topic,
       ps.topic_id,
       ps.polarity,
       ps.stance,
       ps.as_of,
       ps.as_of_precision,
       ps.as_of_inferred,
       ps.source_id,
       substr(src.body, ps.evidence_start + 1, ps.evidence_end - ps.evidence_start) AS evidence,
       ps.stance_inferred,
       ps.stance_basis
  FROM positions ps
  JOIN topics t ON t.id = ps.topic_id
  JOIN sources src ON src.id = ps.source_id
  LEFT JOIN people p ON p.id = ps.holder_person_id
  LEFT JOIN organizations o ON o.id = ps.holder_org_id;

-- +goose Down
-- The new kinds do not exist before this migration: they become 'other'.
DROP VIEW stances;
CREATE VIEW stances AS
SELECT ps.id AS position_id,
       coalesce(p.name, o.name) AS holder,
       CASE WHEN ps.holder_person_id IS NOT NULL THEN 'person' ELSE 'organization' END AS holder_kind,
       coalesce(ps.holder_person_id, ps.holder_org_id) AS holder_id,
       t.name AS topic,
       ps.topic_id,
       ps.polarity,
       ps.stance,
       ps.as_of,
       ps.as_of_precision,
       ps.as_of_inferred,
       ps.source_id,
       substr(src.body, ps.evidence_start + 1, ps.evidence_end - ps.evidence_start) AS evidence
  FROM positions ps
  JOIN topics t ON t.id = ps.topic_id
  JOIN sources src ON src.id = ps.source_id
  LEFT JOIN people p ON p.id = ps.holder_person_id
  LEFT JOIN organizations o ON o.id = ps.holder_org_id;

ALTER TABLE statements DROP COLUMN paraphrase;
ALTER TABLE statements DROP COLUMN setting_basis;
ALTER TABLE statements DROP COLUMN setting_inferred;
ALTER TABLE positions DROP COLUMN stance_basis;
ALTER TABLE positions DROP COLUMN stance_inferred;

CREATE TEMP TABLE keep_organizations AS SELECT rowid AS rid, * FROM organizations;
CREATE TEMP TABLE keep_organization_aliases AS SELECT rowid AS rid, * FROM organization_aliases;
CREATE TEMP TABLE keep_events AS SELECT rowid AS rid, * FROM events;
CREATE TEMP TABLE keep_event_participants AS SELECT rowid AS rid, * FROM event_participants;
DELETE FROM organization_aliases;
DELETE FROM event_participants;
DROP TABLE events;
DROP TABLE organizations;

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('state', 'government', 'institution', 'collective', 'other')),
    parent_id   TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,  -- the Kremlin is part of Russia
    description TEXT
) STRICT;
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'forum', 'address', 'leak', 'other')),
    held_on        TEXT,
    held_precision TEXT CHECK (held_precision IN ('day', 'week', 'month', 'year')),
    held_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (held_inferred IN (0, 1)),
    held_basis     TEXT,
    place          TEXT,
    description    TEXT,
    source_id      TEXT NOT NULL REFERENCES sources (id),
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    CHECK ((held_on IS NULL) = (held_precision IS NULL))
) STRICT;
CREATE INDEX organizations_parent ON organizations (parent_id);
CREATE INDEX events_source ON events (source_id);

INSERT INTO organizations (rowid, id, name, kind, parent_id, description)
SELECT rid, id, name, CASE WHEN kind IN ('state', 'government', 'institution', 'collective') THEN kind ELSE 'other' END,
       parent_id, description FROM keep_organizations ORDER BY rid;
INSERT INTO organization_aliases (rowid, organization_id, alias, norm, fold)
SELECT rid, organization_id, alias, norm, fold FROM keep_organization_aliases ORDER BY rid;
INSERT INTO events (rowid, id, name, kind, held_on, held_precision, held_inferred, held_basis, place, description,
                    source_id, evidence_start, evidence_end)
SELECT rid, id, name, CASE WHEN kind IN ('call', 'meeting', 'forum', 'address', 'leak') THEN kind ELSE 'other' END,
       held_on, held_precision, held_inferred, held_basis, place, description,
       source_id, evidence_start, evidence_end FROM keep_events ORDER BY rid;
INSERT INTO event_participants (rowid, event_id, person_id, organization_id)
SELECT rid, event_id, person_id, organization_id FROM keep_event_participants ORDER BY rid;
DROP TABLE keep_organizations;
DROP TABLE keep_organization_aliases;
DROP TABLE keep_events;
DROP TABLE keep_event_participants;
