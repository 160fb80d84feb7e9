package store

import (
	"context"
	"database/sql"
	"encoding/json"
)

// entityTables maps each kind that fact files refer to by id to its table.
var entityTables = []struct {
	kind  Kind
	ids   string // ids among a JSON array
	all   string // every id, for suggestions
	links string // id -> parent, for cycle checks ("" when none)
}{
	{KindPerson, `SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?))`, `SELECT id FROM people ORDER BY id LIMIT 100000`, ""},
	{KindOrganization, `SELECT id FROM organizations WHERE id IN (SELECT value FROM json_each(?))`, `SELECT id FROM organizations ORDER BY id LIMIT 100000`, `SELECT id, parent_id FROM organizations WHERE parent_id IS NOT NULL`},
	{KindTopic, `SELECT id FROM topics WHERE id IN (SELECT value FROM json_each(?))`, `SELECT id FROM topics ORDER BY id LIMIT 100000`, `SELECT id, parent_id FROM topics WHERE parent_id IS NOT NULL`},
	{KindTerritory, `SELECT id FROM territories WHERE id IN (SELECT value FROM json_each(?))`, `SELECT id FROM territories ORDER BY id LIMIT 100000`, `SELECT id, parent_id FROM territories WHERE parent_id IS NOT NULL`},
	{KindEvent, `SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))`, `SELECT id FROM events ORDER BY id LIMIT 100000`, ""},
	{KindStatement, `SELECT id FROM statements WHERE id IN (SELECT value FROM json_each(?))`, `SELECT id FROM statements ORDER BY id LIMIT 100000`, ""},
}

// EntityKinds reports which kinds of entity each id names in the database.
func (db *DB) EntityKinds(ctx context.Context, ids []string) (map[string][]Kind, error) {
	out := map[string][]Kind{}
	if len(ids) == 0 {
		return out, nil
	}
	arr, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	err = db.readTx(ctx, func(tx *sql.Tx) error {
		for _, t := range entityTables {
			found, err := queryStrings(ctx, tx, t.ids, string(arr))
			if err != nil {
				return err
			}
			for _, id := range found {
				out[id] = append(out[id], t.kind)
			}
		}
		return nil
	})
	return out, wrapSQL(err)
}

// EntityIDs lists the ids of one kind (at most 100,000, for suggestions).
func (db *DB) EntityIDs(ctx context.Context, kind Kind) ([]string, error) {
	for _, t := range entityTables {
		if t.kind == kind {
			var out []string
			err := db.readTx(ctx, func(tx *sql.Tx) error {
				var err error
				out, err = queryStrings(ctx, tx, t.all)
				return err
			})
			return out, wrapSQL(err)
		}
	}
	return nil, nil
}

// Parents maps each entity of kind that has a parent to it.
func (db *DB) Parents(ctx context.Context, kind Kind) (map[string]string, error) {
	out := map[string]string{}
	for _, t := range entityTables {
		if t.kind != kind || t.links == "" {
			continue
		}
		err := db.readTx(ctx, func(tx *sql.Tx) error {
			rows, err := tx.QueryContext(ctx, t.links)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id, parent string
				if err := rows.Scan(&id, &parent); err != nil {
					return err
				}
				out[id] = parent
			}
			return rows.Err()
		})
		return out, wrapSQL(err)
	}
	return out, nil
}

// ownerQueries find the source that defines a statement or an event.
var ownerQueries = map[Kind]string{
	KindStatement: `SELECT id, source_id FROM statements WHERE id IN (SELECT value FROM json_each(?))`,
	KindEvent:     `SELECT id, source_id FROM events WHERE id IN (SELECT value FROM json_each(?))`,
}

// Owners maps each of ids that names a statement or an event (kind) in the
// database to the source that defines it.
func (db *DB) Owners(ctx context.Context, kind Kind, ids []string) (map[string]string, error) {
	out := map[string]string{}
	q, ok := ownerQueries[kind]
	if !ok || len(ids) == 0 {
		return out, nil
	}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, q, []any{jsonArray(ids)}, func(rows *sql.Rows) error {
			var id, src string
			if err := rows.Scan(&id, &src); err != nil {
				return err
			}
			out[id] = src
			return nil
		})
	})
	return out, wrapSQL(err)
}

// referencedElsewhereSQL finds the statements and events that the given
// sources define and that other sources' facts refer to: the ids a reload
// of those sources must define again.
const referencedElsewhereSQL = `
SELECT 'statement', a.statement_id, s.source_id, a.source_id
  FROM statement_appearances a JOIN statements s ON s.id = a.statement_id
 WHERE s.source_id IN (SELECT value FROM json_each(?1)) AND a.source_id NOT IN (SELECT value FROM json_each(?1))
UNION
SELECT 'statement', ps.statement_id, s.source_id, p.source_id
  FROM position_statements ps JOIN positions p ON p.id = ps.position_id JOIN statements s ON s.id = ps.statement_id
 WHERE s.source_id IN (SELECT value FROM json_each(?1)) AND p.source_id NOT IN (SELECT value FROM json_each(?1))
UNION
SELECT 'event', s.event_id, e.source_id, s.source_id
  FROM statements s JOIN events e ON e.id = s.event_id
 WHERE e.source_id IN (SELECT value FROM json_each(?1)) AND s.source_id NOT IN (SELECT value FROM json_each(?1))
ORDER BY 1, 2, 4`

// Reference is a statement or an event that one source defines and
// another refers to.
type Reference struct {
	Owner string // the source that defines it
	By    string // a source that refers to it
}

// ReferencedElsewhere maps, by kind, each statement and event that one of
// sources defines and that a source not among them refers to.
func (db *DB) ReferencedElsewhere(ctx context.Context, sources []string) (map[Kind]map[string]Reference, error) {
	out := map[Kind]map[string]Reference{KindStatement: {}, KindEvent: {}}
	if len(sources) == 0 {
		return out, nil
	}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, referencedElsewhereSQL, []any{jsonArray(sources)}, func(rows *sql.Rows) error {
			var kind, id string
			var ref Reference
			if err := rows.Scan(&kind, &id, &ref.Owner, &ref.By); err != nil {
				return err
			}
			if _, ok := out[Kind(kind)][id]; !ok {
				out[Kind(kind)][id] = ref
			}
			return nil
		})
	})
	return out, wrapSQL(err)
}

// queryStrings runs a query of one text column and collects it.
func queryStrings(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// sourceWithBodySQL finds another source with exactly this body; the
// length comparison skips most bodies without reading them whole.
const sourceWithBodySQL = `SELECT id FROM sources WHERE length(body) = length(?1) AND body = ?1 AND id <> ?2 ORDER BY id LIMIT 1`

// SourceWithBody returns the id of a source other than except whose body
// is body, or "" when there is none: one article is one source.
func (db *DB) SourceWithBody(ctx context.Context, body, except string) (string, error) {
	var id string
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, sourceWithBodySQL, body, except).Scan(&id)
		if err == sql.ErrNoRows {
			return nil
		}
		return err
	})
	return id, wrapSQL(err)
}

const statementTextsSQL = `SELECT id, text FROM statements WHERE id IN (SELECT value FROM json_each(?))`

// StatementTexts maps each of ids that is a statement to its text, so that
// the checker can verify a re-report against the words it repeats.
func (db *DB) StatementTexts(ctx context.Context, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		return eachRow(ctx, tx, statementTextsSQL, []any{jsonArray(ids)}, func(rows *sql.Rows) error {
			var id, text string
			if err := rows.Scan(&id, &text); err != nil {
				return err
			}
			out[id] = text
			return nil
		})
	})
	return out, wrapSQL(err)
}
