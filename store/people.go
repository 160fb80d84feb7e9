package store

import (
	"context"
	"database/sql"
)

// RoleBrief is the role a list shows beside a name.
type RoleBrief struct {
	Title        string  `json:"title"`
	Organization *Entity `json:"organization"`
	Status       string  `json:"status"` // current or announced_end
	End          *Date   `json:"end"`
}

// PersonSummary is one row of the people list.
type PersonSummary struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Description *string    `json:"description"`
	Role        *RoleBrief `json:"role"`
	Statements  int        `json:"statements"`
}

// The role shown for a person is the one that has not ended: roles in an
// organization first, then the most recent start, as statement_speaker_roles
// chooses.
const (
	selectPeopleColumns = `
SELECT p.id, p.name, p.description,
       r.title, o.id, o.name,
       CASE r.end_kind WHEN 'announced' THEN 'announced_end' ELSE 'current' END,
       r.end_on, r.end_precision, r.end_inferred, r.end_basis,
       (SELECT count(*) FROM statements s WHERE s.speaker_person_id = p.id)`
	peopleJoins = `
  LEFT JOIN roles r ON r.id = (
        SELECT r2.id FROM roles r2
         WHERE r2.person_id = p.id AND r2.end_kind IS NOT 'past'
         ORDER BY r2.organization_id IS NULL, r2.start_on DESC, r2.id
         LIMIT 1)
  LEFT JOIN organizations o ON o.id = r.organization_id
 ORDER BY p.name COLLATE NOCASE, p.id`
	selectPeople = selectPeopleColumns + `
  FROM people p` + peopleJoins
)

// People lists everyone, by name, with the role they hold and how many
// statements they made.
func (db *DB) People(ctx context.Context) ([]PersonSummary, error) {
	var out []PersonSummary
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = findPeople(ctx, tx, selectPeople)
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

func findPeople(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]PersonSummary, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []PersonSummary{}
	for rows.Next() {
		var p PersonSummary
		var desc, title, orgID, orgName, status, eOn, ePrec, eBasis sql.NullString
		var eInf sql.NullInt64
		if err := rows.Scan(&p.ID, &p.Name, &desc, &title, &orgID, &orgName, &status,
			&eOn, &ePrec, &eInf, &eBasis, &p.Statements); err != nil {
			return nil, err
		}
		p.Description = nullString(desc)
		if title.Valid {
			p.Role = &RoleBrief{Title: title.String, Organization: nullEntity(KindOrganization, orgID, orgName),
				Status: status.String, End: nullDate(eOn, ePrec, eInf, eBasis)}
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
