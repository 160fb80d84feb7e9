-- The SQL `kb quotes --by {{QUOTES_BY}} --since {{QUOTES_SINCE}}` runs (store: SchemaVersion, Resolve, Statements),
-- with the values kb binds written in as run.sh's {{...}} placeholders.
-- Generated from the store by TestBenchSQLIsWhatTheStoreRuns (store/benchsql_test.go):
-- go test ./store -run TestBenchSQL -update-bench-sql
SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goose_db_version';
SELECT max(version_id) FROM goose_db_version g
 WHERE is_applied = 1
   AND id = (SELECT max(id) FROM goose_db_version WHERE version_id = g.version_id);
SELECT id, name FROM people WHERE id = '{{QUOTES_BY_NORM}}';
SELECT id, name FROM organizations WHERE id = '{{QUOTES_BY_NORM}}';
SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.norm = '{{QUOTES_BY_NORM}}';
SELECT DISTINCT o.id, o.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE a.norm = '{{QUOTES_BY_NORM}}';
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
 WHERE s.speaker_person_id = '{{QUOTES_BY_ID}}'
   AND substr('{{QUOTES_SINCE}}', 1, length(CASE WHEN coalesce(s.said_precision, src.published_precision) = 'week'
       THEN date(coalesce(s.said_on, src.published_on), '+6 days') ELSE coalesce(s.said_on, src.published_on) END)) <= substr(CASE WHEN coalesce(s.said_precision, src.published_precision) = 'week'
       THEN date(coalesce(s.said_on, src.published_on), '+6 days') ELSE coalesce(s.said_on, src.published_on) END, 1, length('{{QUOTES_SINCE}}'))
 ORDER BY coalesce(s.said_on, src.published_on) DESC NULLS LAST, src.id, s.position;
SELECT sr.statement_id, r.title, ro.id, ro.name
  FROM statement_speaker_roles sr
  JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id
 WHERE sr.statement_id IN (SELECT value FROM json_each('{{QUOTES_IDS}}'));
SELECT st.statement_id, t.id, t.name
  FROM statement_topics st
  JOIN topics t ON t.id = st.topic_id
 WHERE st.statement_id IN (SELECT value FROM json_each('{{QUOTES_IDS}}'))
 ORDER BY t.name;
SELECT a.statement_id, src.id, src.title, src.published_on, src.published_precision, src.published_inferred,
       src.published_basis, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), a.wording
  FROM statement_appearances a
  JOIN sources src ON src.id = a.source_id
 WHERE a.statement_id IN (SELECT value FROM json_each('{{QUOTES_IDS}}'))
 ORDER BY src.published_on, src.id, a.evidence_start;
