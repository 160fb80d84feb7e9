-- Views for ad-hoc SQL. Their names and columns are a public contract: users'
-- saved queries depend on them, so columns are only ever added.

-- +goose Up
-- +goose StatementBegin

-- The role a speaker held when a statement was made: the role whose span
-- covers the statement's date (or, when that is unknown, the date of the
-- defining source). Dates are compared at the precision of the role's own
-- bounds, so a role ending '2026-01' covers '2026-01-20'. A role known to
-- have ended at an unknown date ('retired') covers nothing. Roles in an
-- organization win over bare titles; then the most recent start.
CREATE VIEW statement_speaker_roles AS
SELECT s.id AS statement_id,
       (SELECT r.id
          FROM roles r
         WHERE r.person_id = s.speaker_person_id
           AND (r.end_kind IS NOT 'past' OR r.end_on IS NOT NULL)
           AND (r.start_on IS NULL
                OR r.start_on <= substr(coalesce(s.said_on, src.published_on), 1, length(r.start_on)))
           AND (r.end_on IS NULL
                OR substr(coalesce(s.said_on, src.published_on), 1, length(r.end_on)) <= r.end_on)
         ORDER BY r.organization_id IS NULL, r.start_on DESC, r.id
         LIMIT 1) AS role_id
  FROM statements s
  JOIN sources src ON src.id = s.source_id;

-- One row per statement appearance: who said what, in what role, when, about
-- what, and the passage of the source where it is written.
CREATE VIEW who_said_what AS
SELECT s.id AS statement_id,
       coalesce(p.name, o.name) AS speaker,
       CASE WHEN s.speaker_person_id IS NOT NULL THEN 'person' ELSE 'organization' END AS speaker_kind,
       coalesce(s.speaker_person_id, s.speaker_org_id) AS speaker_id,
       r.title AS speaker_role,
       ro.name AS speaker_role_organization,
       bo.name AS on_behalf_of,
       s.kind,
       s.text,
       s.cue,
       s.said_on,
       s.said_precision,
       s.said_inferred,
       s.setting,
       (SELECT group_concat(name, ', ')
          FROM (SELECT t.name
                  FROM statement_topics st
                  JOIN topics t ON t.id = st.topic_id
                 WHERE st.statement_id = s.id
                 ORDER BY t.name)) AS topics,
       a.source_id,
       src.title AS source_title,
       src.published_on AS source_published_on,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start) AS evidence,
       a.evidence_start,
       a.evidence_end
  FROM statement_appearances a
  JOIN statements s ON s.id = a.statement_id
  JOIN sources src ON src.id = a.source_id
  LEFT JOIN people p ON p.id = s.speaker_person_id
  LEFT JOIN organizations o ON o.id = s.speaker_org_id
  LEFT JOIN organizations bo ON bo.id = s.on_behalf_of_id
  LEFT JOIN statement_speaker_roles sr ON sr.statement_id = s.id
  LEFT JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id;

-- Roles with a readable status: 'current' (no end known), 'announced_end'
-- (an end is announced), 'former' (ended).
CREATE VIEW person_roles AS
SELECT r.id AS role_id,
       p.id AS person_id,
       p.name AS person,
       r.title,
       o.name AS organization,
       r.start_on,
       r.start_precision,
       r.end_on,
       r.end_precision,
       r.end_inferred,
       CASE r.end_kind WHEN 'past' THEN 'former' WHEN 'announced' THEN 'announced_end' ELSE 'current' END AS status,
       r.source_id,
       substr(src.body, r.evidence_start + 1, r.evidence_end - r.evidence_start) AS evidence
  FROM roles r
  JOIN people p ON p.id = r.person_id
  JOIN sources src ON src.id = r.source_id
  LEFT JOIN organizations o ON o.id = r.organization_id;

-- Territory-control figures with names and their evidence.
CREATE VIEW control_figures AS
SELECT c.id AS control_id,
       t.id AS territory_id,
       t.name AS territory,
       pt.name AS within,
       o.name AS controller,
       c.kind,
       c.share,
       c.share_bound,
       c.qualifier,
       c.as_of,
       c.as_of_precision,
       c.as_of_inferred,
       c.note,
       c.source_id,
       substr(src.body, c.evidence_start + 1, c.evidence_end - c.evidence_start) AS evidence
  FROM territory_control c
  JOIN territories t ON t.id = c.territory_id
  LEFT JOIN territories pt ON pt.id = t.parent_id
  JOIN organizations o ON o.id = c.controller_id
  JOIN sources src ON src.id = c.source_id;

-- Positions with the holder's and topic's names.
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
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP VIEW stances;
DROP VIEW control_figures;
DROP VIEW person_roles;
DROP VIEW who_said_what;
DROP VIEW statement_speaker_roles;
-- +goose StatementEnd
