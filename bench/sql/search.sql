-- The SQL `kb search "{{WORDS}}"` runs (store: SchemaVersion, Search with the default --limit 20),
-- with the values kb binds written in as run.sh's {{...}} placeholders.
-- Generated from the store by TestBenchSQLIsWhatTheStoreRuns (store/benchsql_test.go):
-- go test ./store -run TestBenchSQL -update-bench-sql
SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goose_db_version';
SELECT max(version_id) FROM goose_db_version g
 WHERE is_applied = 1
   AND id = (SELECT max(id) FROM goose_db_version WHERE version_id = g.version_id);
SELECT rowid, bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH '{{WORDS_MATCH}}' ORDER BY 2, 1 LIMIT 40;
SELECT s.id, snippet(statements_fts, 0, '[', ']', '…', 24), s.rowid
  FROM statements_fts
  JOIN statements s ON s.rowid = statements_fts.rowid
 WHERE statements_fts MATCH '{{WORDS_MATCH}}' AND +statements_fts.rowid IN (SELECT value FROM json_each('[9,8,2,11,6,17,22,18,3,12,19,24]'));
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
 WHERE s.id IN (SELECT value FROM json_each('{{WORDS_IDS}}'))
 ORDER BY coalesce(s.said_on, src.published_on) DESC NULLS LAST, src.id, s.position;
SELECT sr.statement_id, r.title, ro.id, ro.name
  FROM statement_speaker_roles sr
  JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id
 WHERE sr.statement_id IN (SELECT value FROM json_each('{{WORDS_IDS}}'));
SELECT st.statement_id, t.id, t.name
  FROM statement_topics st
  JOIN topics t ON t.id = st.topic_id
 WHERE st.statement_id IN (SELECT value FROM json_each('{{WORDS_IDS}}'))
 ORDER BY t.name;
SELECT a.statement_id, src.id, src.title, src.published_on, src.published_precision, src.published_inferred,
       src.published_basis, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), a.wording
  FROM statement_appearances a
  JOIN sources src ON src.id = a.source_id
 WHERE a.statement_id IN (SELECT value FROM json_each('{{WORDS_IDS}}'))
 ORDER BY src.published_on, src.id, a.evidence_start;
