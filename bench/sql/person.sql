-- The SQL `kb person {{PERSON}}` runs (store: SchemaVersion, Resolve, Person),
-- with the values kb binds written in as run.sh's {{...}} placeholders.
-- Generated from the store by TestBenchSQLIsWhatTheStoreRuns (store/benchsql_test.go):
-- go test ./store -run TestBenchSQL -update-bench-sql
SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goose_db_version';
SELECT max(version_id) FROM goose_db_version g
 WHERE is_applied = 1
   AND id = (SELECT max(id) FROM goose_db_version WHERE version_id = g.version_id);
SELECT id, name FROM people WHERE id = '{{PERSON_NORM}}';
SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.norm = '{{PERSON_NORM}}';
SELECT id, name, description FROM people WHERE id = '{{PERSON_ID}}';
SELECT alias FROM person_aliases WHERE person_id = '{{PERSON_ID}}' AND alias <> (SELECT name FROM people WHERE id = '{{PERSON_ID}}') ORDER BY alias;
SELECT r.id, p.id, p.name, r.title, o.id, o.name,
       r.start_on, r.start_precision, r.start_inferred, NULL,
       r.end_on, r.end_precision, r.end_inferred, r.end_basis,
       CASE r.end_kind WHEN 'past' THEN 'former' WHEN 'announced' THEN 'announced_end' ELSE 'current' END,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       substr(src.body, r.evidence_start + 1, r.evidence_end - r.evidence_start)
  FROM roles r
  JOIN people p ON p.id = r.person_id
  JOIN sources src ON src.id = r.source_id
  LEFT JOIN organizations o ON o.id = r.organization_id
 WHERE r.person_id = '{{PERSON_ID}}'
 ORDER BY r.end_kind = 'past', r.start_on DESC NULLS LAST, r.id;
SELECT s.id, s.kind, s.text, s.cue, s.said_on, s.said_precision, s.said_inferred, s.said_basis, s.setting,
       s.setting_inferred, s.setting_basis, s.paraphrase,
       CASE WHEN s.speaker_person_id IS NOT NULL THEN 'person' ELSE 'organization' END,
       coalesce(s.speaker_person_id, s.speaker_org_id), coalesce(p.name, o.name),
       bo.id, bo.name, e.id, e.name, e.kind,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis
  FROM statements s
  JOIN sources src ON src.id = s.source_id
  LEFT JOIN people p ON p.id = s.speaker_person_id
  LEFT JOIN organizations o ON o.id = s.speaker_org_id
  LEFT JOIN organizations bo ON bo.id = s.on_behalf_of_id
  LEFT JOIN events e ON e.id = s.event_id
 WHERE s.speaker_person_id = '{{PERSON_ID}}'
 ORDER BY coalesce(s.said_on, src.published_on) DESC NULLS LAST, src.id, s.position;
SELECT sr.statement_id, r.title, ro.id, ro.name
  FROM statement_speaker_roles sr
  JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id
 WHERE sr.statement_id IN (SELECT value FROM json_each('{{PERSON_STATEMENT_IDS}}'));
SELECT st.statement_id, t.id, t.name
  FROM statement_topics st
  JOIN topics t ON t.id = st.topic_id
 WHERE st.statement_id IN (SELECT value FROM json_each('{{PERSON_STATEMENT_IDS}}'))
 ORDER BY t.name;
SELECT a.statement_id, src.id, src.title, src.published_on, src.published_precision, src.published_inferred,
       src.published_basis, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), a.wording
  FROM statement_appearances a
  JOIN sources src ON src.id = a.source_id
 WHERE a.statement_id IN (SELECT value FROM json_each('{{PERSON_STATEMENT_IDS}}'))
 ORDER BY src.published_on, src.id, a.evidence_start;
SELECT s.id, s.kind, s.text, s.cue, s.said_on, s.said_precision, s.said_inferred, s.said_basis, s.setting,
       s.setting_inferred, s.setting_basis, s.paraphrase,
       CASE WHEN s.speaker_person_id IS NOT NULL THEN 'person' ELSE 'organization' END,
       coalesce(s.speaker_person_id, s.speaker_org_id), coalesce(p.name, o.name),
       bo.id, bo.name, e.id, e.name, e.kind,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis
  FROM statements s
  JOIN sources src ON src.id = s.source_id
  LEFT JOIN people p ON p.id = s.speaker_person_id
  LEFT JOIN organizations o ON o.id = s.speaker_org_id
  LEFT JOIN organizations bo ON bo.id = s.on_behalf_of_id
  LEFT JOIN events e ON e.id = s.event_id
 WHERE s.id IN (SELECT statement_id FROM statement_mentions WHERE person_id = '{{PERSON_ID}}')
 ORDER BY coalesce(s.said_on, src.published_on) DESC NULLS LAST, src.id, s.position;
SELECT sr.statement_id, r.title, ro.id, ro.name
  FROM statement_speaker_roles sr
  JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id
 WHERE sr.statement_id IN (SELECT value FROM json_each('{{PERSON_MENTION_IDS}}'));
SELECT st.statement_id, t.id, t.name
  FROM statement_topics st
  JOIN topics t ON t.id = st.topic_id
 WHERE st.statement_id IN (SELECT value FROM json_each('{{PERSON_MENTION_IDS}}'))
 ORDER BY t.name;
SELECT a.statement_id, src.id, src.title, src.published_on, src.published_precision, src.published_inferred,
       src.published_basis, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), a.wording
  FROM statement_appearances a
  JOIN sources src ON src.id = a.source_id
 WHERE a.statement_id IN (SELECT value FROM json_each('{{PERSON_MENTION_IDS}}'))
 ORDER BY src.published_on, src.id, a.evidence_start;
SELECT ps.id, CASE WHEN ps.holder_person_id IS NOT NULL THEN 'person' ELSE 'organization' END,
       coalesce(ps.holder_person_id, ps.holder_org_id), coalesce(p.name, o.name),
       t.id, t.name, ps.polarity, ps.stance, ps.stance_inferred, ps.stance_basis,
       ps.as_of, ps.as_of_precision, ps.as_of_inferred, ps.as_of_basis,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       substr(src.body, ps.evidence_start + 1, ps.evidence_end - ps.evidence_start),
       (SELECT json_group_array(statement_id) FROM position_statements WHERE position_id = ps.id)
  FROM positions ps
  JOIN topics t ON t.id = ps.topic_id
  JOIN sources src ON src.id = ps.source_id
  LEFT JOIN people p ON p.id = ps.holder_person_id
  LEFT JOIN organizations o ON o.id = ps.holder_org_id
 WHERE ps.holder_person_id = '{{PERSON_ID}}'
 ORDER BY t.name, ps.id;
SELECT e.id, e.name, e.kind, e.held_on, e.held_precision, e.held_inferred, e.held_basis, e.place,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       substr(src.body, e.evidence_start + 1, e.evidence_end - e.evidence_start)
  FROM event_participants ep
  JOIN events e ON e.id = ep.event_id
  JOIN sources src ON src.id = e.source_id
 WHERE ep.person_id = '{{PERSON_ID}}'
 ORDER BY e.held_on NULLS LAST, e.id;
