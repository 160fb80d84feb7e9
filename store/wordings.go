package store

import (
	"context"
	"database/sql"
)

// statementWordingsSQL lists the words each appearance of the statements
// records (its source's wording), distinct, in a stable order.
const statementWordingsSQL = `
SELECT DISTINCT statement_id, wording FROM statement_appearances
 WHERE statement_id IN (SELECT value FROM json_each(?)) AND wording IS NOT NULL
 ORDER BY statement_id, wording`

// StatementWordings maps each of ids that is a statement to the wordings
// its appearances record (the first report's text among them): a later
// outlet's re-report may repeat any of them, so the checker accepts a close
// variant of one as it does of the text.
func (db *DB) StatementWordings(ctx context.Context, ids []string) (map[string][]string, error) {
	out := map[string][]string{}
	if len(ids) == 0 {
		return out, nil
	}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, statementWordingsSQL, []any{jsonArray(ids)}, func(rows *sql.Rows) error {
			var id, w string
			if err := rows.Scan(&id, &w); err != nil {
				return err
			}
			out[id] = append(out[id], w)
			return nil
		})
	})
	return out, wrapSQL(err)
}
