-- The SQL `kb topic {{TOPIC}}` runs (store: SchemaVersion, Resolve, Topic with the default --limit 50 and --positions 50),
-- with the values kb binds written in as run.sh's {{...}} placeholders.
-- Generated from the store by TestBenchSQLIsWhatTheStoreRuns (store/benchsql_test.go):
-- go test ./store -run TestBenchSQL -update-bench-sql
SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goose_db_version';
SELECT max(version_id) FROM goose_db_version g
 WHERE is_applied = 1
   AND id = (SELECT max(id) FROM goose_db_version WHERE version_id = g.version_id);
SELECT id, name FROM topics WHERE id = '{{TOPIC_NORM}}';
SELECT DISTINCT t.id, t.name FROM topic_aliases a JOIN topics t ON t.id = a.topic_id WHERE a.norm = '{{TOPIC_NORM}}';
SELECT t.id, t.name, t.description, pt.id, pt.name
  FROM topics t LEFT JOIN topics pt ON pt.id = t.parent_id
 WHERE t.id = '{{TOPIC_ID}}';
SELECT alias FROM topic_aliases WHERE topic_id = '{{TOPIC_ID}}' AND alias <> (SELECT name FROM topics WHERE id = '{{TOPIC_ID}}') ORDER BY alias;
WITH RECURSIVE
  tree(id, depth, path) AS (
    SELECT id, 0, name FROM topics WHERE ('{{TOPIC_ID}}' IS NULL AND parent_id IS NULL) OR id = '{{TOPIC_ID}}'
    UNION
    SELECT t.id, tree.depth + 1, tree.path || char(31) || t.name
      FROM topics t JOIN tree ON t.parent_id = tree.id
     WHERE tree.depth < 100),
  below(ancestor, id) AS (
    SELECT id, id FROM tree
    UNION
    SELECT below.ancestor, t.id FROM topics t JOIN below ON t.parent_id = below.id),
  held(id, n) AS (
    SELECT b.ancestor, count(*) FROM below b JOIN positions ps ON ps.topic_id = b.id GROUP BY b.ancestor)
SELECT t.id, t.name, t.parent_id, tree.depth, coalesce(c.statements, 0), coalesce(c.own_statements, 0), coalesce(held.n, 0)
  FROM tree
  JOIN topics t ON t.id = tree.id
  LEFT JOIN topic_counts c ON c.topic_id = t.id
  LEFT JOIN held ON held.id = t.id
 ORDER BY tree.path;
SELECT sort_key, statement_id FROM statement_topics
 WHERE topic_id = '{{TOPIC_ID}}'
 ORDER BY sort_key, statement_id
 LIMIT 50;
SELECT sort_key, statement_id FROM statement_topics
 WHERE topic_id = '{{SUBTOPIC_ID}}'
 ORDER BY sort_key, statement_id
 LIMIT 50;
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
 WHERE s.id IN (SELECT value FROM json_each('{{TOPIC_PAGE_IDS}}'))
 ORDER BY coalesce(s.said_on, src.published_on) DESC NULLS LAST, src.id, s.position;
SELECT sr.statement_id, r.title, ro.id, ro.name
  FROM statement_speaker_roles sr
  JOIN roles r ON r.id = sr.role_id
  LEFT JOIN organizations ro ON ro.id = r.organization_id
 WHERE sr.statement_id IN (SELECT value FROM json_each('{{TOPIC_PAGE_IDS}}'));
SELECT st.statement_id, t.id, t.name
  FROM statement_topics st
  JOIN topics t ON t.id = st.topic_id
 WHERE st.statement_id IN (SELECT value FROM json_each('{{TOPIC_PAGE_IDS}}'))
 ORDER BY t.name;
SELECT a.statement_id, src.id, src.title, src.published_on, src.published_precision, src.published_inferred,
       src.published_basis, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start), a.wording
  FROM statement_appearances a
  JOIN sources src ON src.id = a.source_id
 WHERE a.statement_id IN (SELECT value FROM json_each('{{TOPIC_PAGE_IDS}}'))
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
 WHERE ps.id IN (
SELECT ps.id
  FROM positions ps
  JOIN topics t ON t.id = ps.topic_id
  LEFT JOIN people p ON p.id = ps.holder_person_id
  LEFT JOIN organizations o ON o.id = ps.holder_org_id
 WHERE ps.topic_id IN (WITH RECURSIVE tree(id) AS (
    SELECT id FROM topics WHERE id = '{{TOPIC_ID}}'
    UNION
    SELECT t.id FROM topics t JOIN tree ON t.parent_id = tree.id)
  SELECT id FROM tree)
 ORDER BY ps.topic_id IS NOT '{{TOPIC_ID}}', t.name, CASE ps.polarity WHEN 'supports' THEN 1 WHEN 'conditional' THEN 2 WHEN 'neutral' THEN 3
          WHEN 'demands' THEN 4 WHEN 'opposes' THEN 5 WHEN 'rejects' THEN 6 END, coalesce(p.name, o.name) COLLATE NOCASE, ps.id
 LIMIT 50)
 ORDER BY ps.topic_id IS NOT '{{TOPIC_ID}}', t.name, CASE ps.polarity WHEN 'supports' THEN 1 WHEN 'conditional' THEN 2 WHEN 'neutral' THEN 3
          WHEN 'demands' THEN 4 WHEN 'opposes' THEN 5 WHEN 'rejects' THEN 6 END, coalesce(p.name, o.name) COLLATE NOCASE, ps.id;
