package store

import (
	"context"
	"database/sql"
)

// KnownEntity is an entity already in the database with every spelling of
// its name, for tools that look names up in running text (kb extract).
type KnownEntity struct {
	Kind    Kind     `json:"kind"`
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Sub     string   `json:"sub"` // organization or territory kind; "" for people and topics
	Aliases []string `json:"aliases"`
}

// One query per kind: id, name, sub-kind and one alias per row, in id order.
const (
	knownPeopleSQL = `SELECT p.id, p.name, '', a.alias FROM people p
  LEFT JOIN person_aliases a ON a.person_id = p.id ORDER BY p.id, a.alias`
	knownOrganizationsSQL = `SELECT o.id, o.name, o.kind, a.alias FROM organizations o
  LEFT JOIN organization_aliases a ON a.organization_id = o.id ORDER BY o.id, a.alias`
	knownTerritoriesSQL = `SELECT t.id, t.name, t.kind, a.alias FROM territories t
  LEFT JOIN territory_aliases a ON a.territory_id = t.id ORDER BY t.id, a.alias`
	knownTopicsSQL = `SELECT t.id, t.name, '', a.alias FROM topics t
  LEFT JOIN topic_aliases a ON a.topic_id = t.id ORDER BY t.id, a.alias`
)

// KnownEntities lists every person, organization, territory and topic with
// its aliases.
func (db *DB) KnownEntities(ctx context.Context) ([]KnownEntity, error) {
	var out []KnownEntity
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		for _, q := range []struct {
			kind Kind
			sql  string
		}{{KindPerson, knownPeopleSQL}, {KindOrganization, knownOrganizationsSQL}, {KindTerritory, knownTerritoriesSQL}, {KindTopic, knownTopicsSQL}} {
			es, err := queryKnown(ctx, tx, q.kind, q.sql)
			if err != nil {
				return err
			}
			out = append(out, es...)
		}
		return nil
	})
	return out, wrapSQL(err)
}

func queryKnown(ctx context.Context, tx *sql.Tx, kind Kind, query string) ([]KnownEntity, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []KnownEntity
	for rows.Next() {
		var id, name, sub string
		var alias sql.NullString
		if err := rows.Scan(&id, &name, &sub, &alias); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			out = append(out, KnownEntity{Kind: kind, ID: id, Name: name, Sub: sub, Aliases: []string{}})
		}
		if alias.Valid {
			e := &out[len(out)-1]
			e.Aliases = append(e.Aliases, alias.String)
		}
	}
	return out, rows.Err()
}
