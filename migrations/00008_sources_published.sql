-- Sources newest first (kb sources, the sources page of kb serve) read from
-- an index instead of sorting every source: the order of every source list
-- is published_on DESC NULLS LAST, id, which is this index's order (a NULL
-- date sorts last in a descending index). At 100,000 sources the first page
-- of 100 takes 3 ms instead of 314 ms in the sqlite3 shell.

-- +goose Up
CREATE INDEX sources_published ON sources (published_on DESC, id);

-- +goose Down
DROP INDEX sources_published;
