-- Every outlet's wording: an appearance records the statement's text as
-- that source prints it (a re-report may trim or reword a quote: "the rest
-- of the things will work out fairly well" for "I think the rest will work
-- out fairly well"). NULL when it is not known: the fact file gave no
-- wording and the statement's own text is not in the passage.
--
-- Existing rows get the statement's text where their passage holds it,
-- compared in the match form of the loader (curly and straight quotes and
-- apostrophes, non-breaking and thin spaces alike, rune for rune), and
-- stored as the body prints it. The view who_said_what gains the column
-- (its columns are only ever added). The down step restores the view and
-- drops the column, and nothing else; up again fills it the same way.

-- +goose Up
ALTER TABLE statement_appearances ADD COLUMN wording TEXT CHECK (wording IS NULL OR length(wording) > 0);

-- +goose StatementBegin
UPDATE statement_appearances AS a
   SET wording = (
       SELECT substr(substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start),
                     instr(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' '), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s.text, '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' ')),
                     length(s.text))
         FROM statements s JOIN sources src ON src.id = a.source_id
        WHERE s.id = a.statement_id
          AND instr(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' '), replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(s.text, '‘', ''''), '’', ''''), '‛', ''''), '′', ''''), 'ʼ', ''''), '`', ''''), '“', '"'), '”', '"'), '„', '"'), '‟', '"'), '″', '"'), char(160), ' '), char(8201), ' '), char(8239), ' ')) > 0);
-- +goose StatementEnd

-- +goose StatementBegin
DROP VIEW who_said_what;
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
       a.evidence_end,
       a.wording
  FROM statement_appearances a
  JOIN statements s ON s.id = a.statement_id
  JOIN sources src ON src.id = a.source_id
  LEFT JOIN people p ON p.id = s.speaker_person_id
  LEFT JOIN organizations o ON o.id = s.speaker_org_id
  LEFT JOIN organizations bo ON bo.id = s.on_behalf_of_id
  LEFT JOIN statement_speaker_roles sr ON sr.statement_id = s.id
  LEFT JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP VIEW who_said_what;
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
-- +goose StatementEnd
ALTER TABLE statement_appearances DROP COLUMN wording;
