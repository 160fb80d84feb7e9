-- The SQL `kb search "{{WORDS}}"` runs (store: SchemaVersion, Search with the default --limit 20),
-- with the values kb binds written in as run.sh's {{...}} placeholders.
-- Generated from the store by TestBenchSQLIsWhatTheStoreRuns (store/benchsql_test.go):
-- go test ./store -run TestBenchSQL -update-bench-sql
SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'goose_db_version';
SELECT max(version_id) FROM goose_db_version g
 WHERE is_applied = 1
   AND id = (SELECT max(id) FROM goose_db_version WHERE version_id = g.version_id);
SELECT s.id, snippet(statements_fts, 0, '[', ']', '…', 24), bm25(statements_fts)
  FROM statements_fts
  JOIN statements s ON s.rowid = statements_fts.rowid
 WHERE statements_fts MATCH '{{WORDS_MATCH}}'
 ORDER BY bm25(statements_fts), s.id
 LIMIT 20;
