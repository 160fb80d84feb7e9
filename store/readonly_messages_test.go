package store_test

import (
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/testdb"
)

// TestGuardNamesWhatItRefused pins the authorizer's words for what it
// refused (the statement check off, the other layers on).
func TestGuardNamesWhatItRefused(t *testing.T) {
	template := testdb.SeededFile(t)
	const tail = ": ad-hoc SQL only reads; the database was not changed"
	for _, tc := range []struct{ sql, want string }{
		{`PRAGMA user_version = 7`, "refused: PRAGMA user_version = 7" + tail},
		{`PRAGMA optimize`, "refused: PRAGMA optimize" + tail},
		{`VACUUM`, "refused: attaching a temporary database (as VACUUM does)" + tail},
		{`ATTACH '{dir}/kb.db' AS other`, "refused: ATTACH {dir}/kb.db" + tail},
		{`CREATE TABLE t (x)`, "refused: changing the schema" + tail},
		{`DELETE FROM statements`, "refused: DELETE from statements" + tail},
		{`INSERT INTO people (id, name) VALUES ('x', 'X')`, "refused: INSERT into people" + tail},
		{`SELECT load_extension('x')`, "refused: the function load_extension()" + tail},
	} {
		t.Run(tc.sql, func(t *testing.T) {
			path := testdb.Copy(t, template)
			dir := filepath.Dir(path)
			err := queryWithLayers(t, path, strings.ReplaceAll(tc.sql, "{dir}", dir), true, true, true)
			if want := strings.ReplaceAll(tc.want, "{dir}", dir); err == nil || err.Error() != want {
				t.Errorf("got %v\nwant %s", err, want)
			}
		})
	}
}

// TestReadOnlyErrorAfterRows: an error SQLite meets after some rows have
// streamed is reported, not taken for the end of the result.
func TestReadOnlyErrorAfterRows(t *testing.T) {
	path := testdb.SeededFile(t)
	q := `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5)
SELECT CASE WHEN x < 3 THEN x ELSE abs(-9223372036854775807 - 1) END FROM c`
	err := queryWithLayers(t, path, q, true, true, true)
	if err == nil || !strings.Contains(err.Error(), "integer overflow") {
		t.Errorf("got %v, want the integer overflow", err)
	}
}
