-- kb core schema: who said what, where it is written, and about what.
--
-- Conventions used by every table:
--   * ids of entities (sources, people, organizations, topics, territories,
--     events, statements) are stable lowercase slugs chosen by the author of a
--     fact file, so that later files can refer to them;
--   * a date is TEXT in the form of its precision: 'YYYY-MM-DD' (day, and week,
--     where it names the Monday of the week), 'YYYY-MM' (month), 'YYYY' (year);
--     the *_precision column says which; *_inferred is 1 when the date was
--     worked out (from "Saturday", "last week") rather than stated, and
--     *_basis says from what;
--   * evidence is a passage of a source body: evidence_start is the 0-based
--     offset of its first character, evidence_end the offset just past its
--     last, both counted in Unicode characters, so
--     substr(body, evidence_start + 1, evidence_end - evidence_start)
--     returns the passage;
--   * unknown values are NULL, never guessed.
-- Foreign keys that cross from one source's facts to another source's facts
-- are DEFERRABLE INITIALLY DEFERRED: re-seeding a source deletes and inserts
-- its facts inside one transaction, and the check happens at commit.

-- +goose Up
-- +goose StatementBegin
CREATE TABLE sources (
    id                  TEXT PRIMARY KEY,           -- slug, e.g. 'ukraine-talks-2025-12-07'
    title               TEXT,                       -- headline or a descriptive title
    outlet              TEXT,                       -- publisher; NULL when unknown
    url                 TEXT,                       -- NULL when unknown
    published_on        TEXT,                       -- publication date (see date convention)
    published_precision TEXT CHECK (published_precision IN ('day', 'week', 'month', 'year')),
    published_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (published_inferred IN (0, 1)),
    published_basis     TEXT,                       -- why the date is what it is, when inferred
    body                TEXT NOT NULL,              -- full text, verbatim (BOM and CR removed)
    content_hash        TEXT NOT NULL,              -- sha256 of the facts the source owns, as stored; unchanged sources are skipped
    added_at            TEXT NOT NULL,              -- UTC timestamp of the load that wrote this row
    CHECK ((published_on IS NULL) = (published_precision IS NULL))
) STRICT;

-- Headlines of other articles linked from a source ("Also Read: ..."): not statements.
CREATE TABLE source_links (
    source_id      TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position >= 1),  -- order within the source
    kind           TEXT NOT NULL CHECK (kind IN ('also_read', 'related')),
    title          TEXT NOT NULL,
    url            TEXT,
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    PRIMARY KEY (source_id, position)
) STRICT;

CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,            -- canonical display name
    description TEXT                      -- one line, from the sources; NULL when none
) STRICT;

-- Every spelling of a person's name, the canonical one included.
CREATE TABLE person_aliases (
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,              -- as written
    norm      TEXT NOT NULL,              -- case, diacritics and punctuation folded
    fold      TEXT NOT NULL,              -- norm with transliteration variants folded (y/i/j, doubled letters)
    PRIMARY KEY (person_id, norm)
) STRICT;
CREATE INDEX person_aliases_norm ON person_aliases (norm);
CREATE INDEX person_aliases_fold ON person_aliases (fold);

-- States, governments, institutions, and collective speakers ("European leaders").
CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('state', 'government', 'institution', 'collective', 'other')),
    parent_id   TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,  -- the Kremlin is part of Russia
    description TEXT
) STRICT;
CREATE INDEX organizations_parent ON organizations (parent_id);

CREATE TABLE organization_aliases (
    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    norm            TEXT NOT NULL,
    fold            TEXT NOT NULL,
    PRIMARY KEY (organization_id, norm)
) STRICT;
CREATE INDEX organization_aliases_norm ON organization_aliases (norm);
CREATE INDEX organization_aliases_fold ON organization_aliases (fold);

-- A title a person holds, optionally in an organization, over a span of time.
CREATE TABLE roles (
    id              INTEGER PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    title           TEXT NOT NULL,         -- as the source gives it
    organization_id TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    start_on        TEXT,
    start_precision TEXT CHECK (start_precision IN ('day', 'week', 'month', 'year')),
    start_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (start_inferred IN (0, 1)),
    end_on          TEXT,
    end_precision   TEXT CHECK (end_precision IN ('day', 'week', 'month', 'year')),
    end_inferred    INTEGER NOT NULL DEFAULT 0 CHECK (end_inferred IN (0, 1)),
    end_basis       TEXT,                  -- why the end date is what it is, when inferred
    -- NULL: no end known (current as of the source); 'past': the role has ended
    -- ("retired"); 'announced': an end is announced ("steps down in January").
    end_kind        TEXT CHECK (end_kind IN ('past', 'announced')),
    source_id       TEXT NOT NULL REFERENCES sources (id),
    evidence_start  INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end    INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    CHECK ((start_on IS NULL) = (start_precision IS NULL)),
    CHECK ((end_on IS NULL) = (end_precision IS NULL)),
    CHECK (end_on IS NULL OR end_kind IS NOT NULL),
    CHECK (start_on IS NULL OR end_on IS NULL OR start_on <= end_on)
) STRICT;
CREATE INDEX roles_person ON roles (person_id);
CREATE INDEX roles_organization ON roles (organization_id);
CREATE INDEX roles_source ON roles (source_id);

-- What statements are about; a topic may sit under a broader one.
CREATE TABLE topics (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    parent_id   TEXT REFERENCES topics (id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT,
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX topics_parent ON topics (parent_id);

CREATE TABLE topic_aliases (
    topic_id TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    norm     TEXT NOT NULL,
    fold     TEXT NOT NULL,
    PRIMARY KEY (topic_id, norm)
) STRICT;
CREATE INDEX topic_aliases_norm ON topic_aliases (norm);
CREATE INDEX topic_aliases_fold ON topic_aliases (fold);

-- Places: countries, regions, provinces, and facilities such as a power plant.
CREATE TABLE territories (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('country', 'region', 'province', 'city', 'facility', 'area')),
    parent_id TEXT REFERENCES territories (id) DEFERRABLE INITIALLY DEFERRED,  -- Donetsk is in Donbas
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX territories_parent ON territories (parent_id);

CREATE TABLE territory_aliases (
    territory_id TEXT NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    norm         TEXT NOT NULL,
    fold         TEXT NOT NULL,
    PRIMARY KEY (territory_id, norm)
) STRICT;
CREATE INDEX territory_aliases_norm ON territory_aliases (norm);
CREATE INDEX territory_aliases_fold ON territory_aliases (fold);

-- Who controls (or claims) how much of a territory, as reported.
CREATE TABLE territory_control (
    id                INTEGER PRIMARY KEY,
    territory_id      TEXT NOT NULL REFERENCES territories (id) DEFERRABLE INITIALLY DEFERRED,
    controller_id     TEXT NOT NULL REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    kind              TEXT NOT NULL CHECK (kind IN ('control', 'claim')),
    share             REAL CHECK (share >= 0 AND share <= 100),  -- percent; NULL when not a number ("small parts")
    -- how share relates to the truth: 'exact' (19.2%), 'more_than' (over 80%),
    -- 'about' (about 75%), 'less_than'; NULL when share is NULL
    share_bound       TEXT CHECK (share_bound IN ('exact', 'more_than', 'about', 'less_than')),
    qualifier         TEXT,                -- the words as reported: 'all', 'over 80%', 'small parts'
    as_of             TEXT,
    as_of_precision   TEXT CHECK (as_of_precision IN ('day', 'week', 'month', 'year')),
    as_of_inferred    INTEGER NOT NULL DEFAULT 0 CHECK (as_of_inferred IN (0, 1)),
    as_of_basis       TEXT,
    note              TEXT,                -- e.g. 'annexed in 2014'
    source_id         TEXT NOT NULL REFERENCES sources (id),
    evidence_start    INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end      INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    CHECK ((share IS NULL) = (share_bound IS NULL)),
    CHECK ((as_of IS NULL) = (as_of_precision IS NULL))
) STRICT;
CREATE INDEX territory_control_territory ON territory_control (territory_id);
CREATE INDEX territory_control_controller ON territory_control (controller_id);
CREATE INDEX territory_control_source ON territory_control (source_id);

-- Calls, meetings, forums, leaks: things that happened, with participants.
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
CREATE INDEX events_source ON events (source_id);

CREATE TABLE event_participants (
    event_id        TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id       TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    organization_id TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((person_id IS NULL) <> (organization_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX event_participants_unique ON event_participants (event_id, coalesce(person_id, ''), coalesce(organization_id, ''));
CREATE INDEX event_participants_person ON event_participants (person_id);
CREATE INDEX event_participants_organization ON event_participants (organization_id);

-- The heart: one row per thing said. A statement reported by several sources
-- is one row here with several rows in statement_appearances.
CREATE TABLE statements (
    id                 TEXT PRIMARY KEY,
    source_id          TEXT NOT NULL REFERENCES sources (id),   -- the source whose fact file defines it
    speaker_person_id  TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    speaker_org_id     TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    on_behalf_of_id    TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,  -- a person speaking for an organization
    kind               TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
    -- direct: the exact words inside the quotation marks;
    -- reported: the claim as the source words it
    text               TEXT NOT NULL CHECK (length(text) > 0),
    cue                TEXT,                                     -- said, warned, claims, counters...
    said_on            TEXT,
    said_precision     TEXT CHECK (said_precision IN ('day', 'week', 'month', 'year')),
    said_inferred      INTEGER NOT NULL DEFAULT 0 CHECK (said_inferred IN (0, 1)),
    said_basis         TEXT,
    setting            TEXT,                                     -- 'nightly video address'
    event_id           TEXT REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED,
    position           INTEGER NOT NULL,                         -- order within its fact file
    CHECK ((speaker_person_id IS NULL) <> (speaker_org_id IS NULL)),
    CHECK (on_behalf_of_id IS NULL OR speaker_person_id IS NOT NULL),
    CHECK ((said_on IS NULL) = (said_precision IS NULL))
) STRICT;
CREATE INDEX statements_source ON statements (source_id);
CREATE INDEX statements_person ON statements (speaker_person_id, said_on);
CREATE INDEX statements_org ON statements (speaker_org_id, said_on);
CREATE INDEX statements_on_behalf ON statements (on_behalf_of_id);
CREATE INDEX statements_event ON statements (event_id);
CREATE INDEX statements_said_on ON statements (said_on);

-- Where a statement is written: one row per passage per source.
CREATE TABLE statement_appearances (
    statement_id   TEXT NOT NULL REFERENCES statements (id) DEFERRABLE INITIALLY DEFERRED,
    source_id      TEXT NOT NULL REFERENCES sources (id),
    evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end   INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    PRIMARY KEY (statement_id, source_id, evidence_start)
) STRICT;
CREATE INDEX statement_appearances_source ON statement_appearances (source_id);

CREATE TABLE statement_topics (
    statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    topic_id     TEXT NOT NULL REFERENCES topics (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (statement_id, topic_id)
) STRICT;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id);

-- People, organizations and territories a statement mentions.
CREATE TABLE statement_mentions (
    statement_id    TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    person_id       TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    organization_id TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    territory_id    TEXT REFERENCES territories (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((person_id IS NOT NULL) + (organization_id IS NOT NULL) + (territory_id IS NOT NULL) = 1)
) STRICT;
CREATE UNIQUE INDEX statement_mentions_unique ON statement_mentions (statement_id, coalesce(person_id, ''), coalesce(organization_id, ''), coalesce(territory_id, ''));
CREATE INDEX statement_mentions_person ON statement_mentions (person_id);
CREATE INDEX statement_mentions_organization ON statement_mentions (organization_id);
CREATE INDEX statement_mentions_territory ON statement_mentions (territory_id);

-- The stance an actor holds on a topic as of a date, shown by statements.
CREATE TABLE positions (
    id              INTEGER PRIMARY KEY,
    holder_person_id TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    holder_org_id   TEXT REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
    topic_id        TEXT NOT NULL REFERENCES topics (id) DEFERRABLE INITIALLY DEFERRED,
    stance          TEXT NOT NULL CHECK (length(stance) > 0),   -- short, in the source's terms
    polarity        TEXT NOT NULL CHECK (polarity IN ('supports', 'opposes', 'demands', 'conditional', 'rejects', 'neutral')),
    as_of           TEXT,
    as_of_precision TEXT CHECK (as_of_precision IN ('day', 'week', 'month', 'year')),
    as_of_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (as_of_inferred IN (0, 1)),
    as_of_basis     TEXT,
    source_id       TEXT NOT NULL REFERENCES sources (id),
    evidence_start  INTEGER NOT NULL CHECK (evidence_start >= 0),
    evidence_end    INTEGER NOT NULL CHECK (evidence_end > evidence_start),
    CHECK ((holder_person_id IS NULL) <> (holder_org_id IS NULL)),
    CHECK ((as_of IS NULL) = (as_of_precision IS NULL))
) STRICT;
CREATE INDEX positions_person ON positions (holder_person_id);
CREATE INDEX positions_org ON positions (holder_org_id);
CREATE INDEX positions_topic ON positions (topic_id);
CREATE INDEX positions_source ON positions (source_id);

CREATE TABLE position_statements (
    position_id  INTEGER NOT NULL REFERENCES positions (id) ON DELETE CASCADE,
    statement_id TEXT NOT NULL REFERENCES statements (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (position_id, statement_id)
) STRICT;
CREATE INDEX position_statements_statement ON position_statements (statement_id);
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE position_statements;
DROP TABLE positions;
DROP TABLE statement_mentions;
DROP TABLE statement_topics;
DROP TABLE statement_appearances;
DROP TABLE statements;
DROP TABLE event_participants;
DROP TABLE events;
DROP TABLE territory_control;
DROP TABLE territory_aliases;
DROP TABLE territories;
DROP TABLE topic_aliases;
DROP TABLE topics;
DROP TABLE roles;
DROP TABLE organization_aliases;
DROP TABLE organizations;
DROP TABLE person_aliases;
DROP TABLE people;
DROP TABLE source_links;
DROP TABLE sources;
-- +goose StatementEnd
