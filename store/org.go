package store

import (
	"context"
	"database/sql"
	"errors"
)

// Organization is everything kb knows about one organization or collective
// speaker.
type Organization struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Kind        string      `json:"kind"` // state, government, institution, collective or other
	Description *string     `json:"description"`
	Parent      *Entity     `json:"parent"`
	Aliases     []string    `json:"aliases"`
	Children    []Entity    `json:"children"`   // organizations that are part of it
	Members     []Role      `json:"members"`    // roles held in it
	Statements  []Statement `json:"statements"` // its own, and those made on its behalf
	// PartStatements are those of the organizations below it and of the
	// people speaking for them (the Kremlin's and Ushakov's, for Russia).
	PartStatements []Statement     `json:"part_statements"`
	MentionedIn    []Statement     `json:"mentioned_in"` // statements naming it, not listed above
	Positions      []Position      `json:"positions"`
	Events         []EventRef      `json:"events"`
	Control        []ControlFigure `json:"control"` // figures where it is the controller
}

// OrganizationSummary is one row of the organizations list.
type OrganizationSummary struct {
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Kind        string  `json:"kind"`
	Description *string `json:"description"`
	Parent      *Entity `json:"parent"`
	Members     int     `json:"members"`    // people with a role in it
	Statements  int     `json:"statements"` // its own and those made on its behalf
}

const (
	selectOrganization = `
SELECT o.id, o.name, o.kind, o.description, par.id, par.name
  FROM organizations o LEFT JOIN organizations par ON par.id = o.parent_id
 WHERE o.id = ?`
	selectOrganizationAliases  = `SELECT alias FROM organization_aliases WHERE organization_id = ? AND alias <> (SELECT name FROM organizations WHERE id = ?) ORDER BY alias`
	selectOrganizationChildren = `SELECT id, name FROM organizations WHERE parent_id = ? ORDER BY name COLLATE NOCASE, id`
	selectOrganizationsColumns = `
SELECT o.id, o.name, o.kind, o.description, par.id, par.name,
       (SELECT count(DISTINCT person_id) FROM roles WHERE organization_id = o.id),
       (SELECT count(*) FROM statements s WHERE s.speaker_org_id = o.id OR s.on_behalf_of_id = o.id)`
	organizationsTail = `
  LEFT JOIN organizations par ON par.id = o.parent_id
 ORDER BY o.name COLLATE NOCASE, o.id`
	selectOrganizations = selectOrganizationsColumns + `
  FROM organizations o` + organizationsTail
)

// Organization returns the full profile of the organization with id: its
// own statements and those made for it, then those of its parts and the
// ones that mention it, each statement in the first of these lists only.
func (db *DB) Organization(ctx context.Context, id string) (*Organization, error) {
	var o *Organization
	err := db.lookupTx(ctx, func(tx execer) error {
		var err error
		o, err = findOrganization(ctx, tx, id, Page{})
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return o, nil
}

// findOrganization reads an organization's profile with one page of
// statements.
func findOrganization(ctx context.Context, tx execer, id string, page Page) (*Organization, error) {
	var o Organization
	var desc, pID, pName sql.NullString
	err := tx.QueryRowContext(ctx, selectOrganization, id).Scan(&o.ID, &o.Name, &o.Kind, &desc, &pID, &pName)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, Errorf(ENOTFOUND, "no organization with id %q", id)
	}
	if err != nil {
		return nil, err
	}
	o.Description = nullString(desc)
	o.Parent = nullEntity(KindOrganization, pID, pName)
	if o.Aliases, err = queryStrings(ctx, tx, selectOrganizationAliases, id, id); err != nil {
		return nil, err
	}
	if o.Children, err = queryEntities(ctx, tx, KindOrganization, selectOrganizationChildren, id); err != nil {
		return nil, err
	}
	if o.Members, err = findRoles(ctx, tx, RoleFilter{OrganizationID: id}); err != nil {
		return nil, err
	}
	if o.Statements, err = findStatements(ctx, tx, StatementFilter{OrganizationID: id, Limit: page.Limit, Offset: page.Offset}); err != nil {
		return nil, err
	}
	if o.PartStatements, err = findStatements(ctx, tx, StatementFilter{PartsOf: id}); err != nil {
		return nil, err
	}
	o.PartStatements = withoutStatements(o.PartStatements, o.Statements)
	if o.MentionedIn, err = findStatements(ctx, tx, StatementFilter{MentionsOrg: id}); err != nil {
		return nil, err
	}
	o.MentionedIn = withoutStatements(o.MentionedIn, o.Statements, o.PartStatements)
	if o.Positions, err = findPositions(ctx, tx, PositionFilter{OrganizationID: id}); err != nil {
		return nil, err
	}
	if o.Events, err = findEvents(ctx, tx, EventFilter{OrganizationID: id}); err != nil {
		return nil, err
	}
	if o.Control, err = findControl(ctx, tx, selectControlByController, id); err != nil {
		return nil, err
	}
	return &o, nil
}

// Organizations lists every organization by name.
func (db *DB) Organizations(ctx context.Context) ([]OrganizationSummary, error) {
	var out []OrganizationSummary
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = findOrganizations(ctx, tx, selectOrganizations)
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

func findOrganizations(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]OrganizationSummary, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []OrganizationSummary{}
	for rows.Next() {
		var o OrganizationSummary
		var desc, pID, pName sql.NullString
		if err := rows.Scan(&o.ID, &o.Name, &o.Kind, &desc, &pID, &pName, &o.Members, &o.Statements); err != nil {
			return nil, err
		}
		o.Description = nullString(desc)
		o.Parent = nullEntity(KindOrganization, pID, pName)
		out = append(out, o)
	}
	return out, rows.Err()
}

// queryEntities runs a query of id and name columns.
func queryEntities(ctx context.Context, tx execer, kind Kind, query string, args ...any) ([]Entity, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Entity{}
	for rows.Next() {
		e := Entity{Kind: kind}
		if err := rows.Scan(&e.ID, &e.Name); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
