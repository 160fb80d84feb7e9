package store

import (
	"context"
	"database/sql"
	"slices"
)

// ColumnDoc is one column of a table or view, with its meaning.
type ColumnDoc struct {
	Name        string `json:"name"`
	Type        string `json:"type"` // declared type; "" for most view columns
	NotNull     bool   `json:"not_null"`
	PrimaryKey  bool   `json:"primary_key"`
	Description string `json:"description"` // "" when undocumented
}

// TableDoc is a table or view that ad-hoc SQL can read.
type TableDoc struct {
	Name        string      `json:"name"`
	Kind        string      `json:"kind"` // table or view
	Description string      `json:"description"`
	Columns     []ColumnDoc `json:"columns"`
}

const (
	// SQLite's own tables and the FTS5 index's shadow tables are internals.
	selectSchemaObjects = `
SELECT name, type FROM sqlite_schema
 WHERE type IN ('table', 'view')
   AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
   AND name NOT LIKE 'statements\_fts\_%' ESCAPE '\'`
	selectSchemaColumns = `SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid`
)

// Schema describes the tables and views of the database as it is, column
// by column, with the meanings kept in schemaDocs: tables first, then views,
// each in the documented order; anything undocumented comes last, by name.
func (db *DB) Schema(ctx context.Context) ([]TableDoc, error) {
	var out []TableDoc
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, selectSchemaObjects)
		if err != nil {
			return err
		}
		for rows.Next() {
			var t TableDoc
			if err := rows.Scan(&t.Name, &t.Kind); err != nil {
				rows.Close()
				return err
			}
			out = append(out, t)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i := range out {
			doc := findTableDoc(out[i].Name)
			out[i].Description = doc.description
			if out[i].Columns, err = schemaColumns(ctx, tx, out[i].Name, doc.columns); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	slices.SortStableFunc(out, func(a, b TableDoc) int {
		ra, rb := schemaRank(a), schemaRank(b)
		if ra != rb {
			return ra - rb
		}
		switch {
		case a.Name < b.Name:
			return -1
		case a.Name > b.Name:
			return 1
		}
		return 0
	})
	return out, nil
}

func schemaColumns(ctx context.Context, tx *sql.Tx, table string, docs cols) ([]ColumnDoc, error) {
	rows, err := tx.QueryContext(ctx, selectSchemaColumns, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ColumnDoc{}
	for rows.Next() {
		var c ColumnDoc
		var pk int
		if err := rows.Scan(&c.Name, &c.Type, &c.NotNull, &pk); err != nil {
			return nil, err
		}
		c.PrimaryKey = pk > 0
		c.Description = docs[c.Name]
		out = append(out, c)
	}
	return out, rows.Err()
}

func findTableDoc(name string) tableDoc {
	for _, d := range schemaDocs {
		if d.name == name {
			return d
		}
	}
	return tableDoc{name: name}
}

// schemaRank orders tables before views, each as documented, and anything
// undocumented after them.
func schemaRank(t TableDoc) int {
	for i, d := range schemaDocs {
		if d.name == t.Name {
			if t.Kind == "view" {
				return len(schemaDocs) + i
			}
			return i
		}
	}
	return 3 * len(schemaDocs)
}
