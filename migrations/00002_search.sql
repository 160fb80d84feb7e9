-- Full-text search over what was said. statements_fts is an external-content
-- FTS5 index on statements.text: the text is stored once, in statements, and
-- the triggers below keep the index in step with every insert, update and
-- delete. Query it with MATCH and rank with bm25(statements_fts).

-- +goose Up
-- +goose StatementBegin
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    content = 'statements',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
END;

-- Index the statements already there: after a down and up, the table keeps
-- its rows while the index starts empty.
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TRIGGER statements_fts_update;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_insert;
DROP TABLE statements_fts;
-- +goose StatementEnd
