package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
)

const (
	selectPerson        = `SELECT id, name, description FROM people WHERE id = ?`
	selectPersonAliases = `SELECT alias FROM person_aliases WHERE person_id = ? AND alias <> (SELECT name FROM people WHERE id = ?) ORDER BY alias`
	// Roles with a readable status; RoleFilter adds WHERE and ORDER BY.
	selectRoles = `
SELECT r.id, p.id, p.name, r.title, o.id, o.name,
       r.start_on, r.start_precision, r.start_inferred, NULL,
       r.end_on, r.end_precision, r.end_inferred, r.end_basis,
       CASE r.end_kind WHEN 'past' THEN 'former' WHEN 'announced' THEN 'announced_end' ELSE 'current' END,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       substr(src.body, r.evidence_start + 1, r.evidence_end - r.evidence_start)
  FROM roles r
  JOIN people p ON p.id = r.person_id
  JOIN sources src ON src.id = r.source_id
  LEFT JOIN organizations o ON o.id = r.organization_id`
	selectPositions = `
SELECT ps.id, CASE WHEN ps.holder_person_id IS NOT NULL THEN 'person' ELSE 'organization' END,
       coalesce(ps.holder_person_id, ps.holder_org_id), coalesce(p.name, o.name),
       t.id, t.name, ps.polarity, ps.stance, ps.stance_inferred, ps.stance_basis,
       ps.as_of, ps.as_of_precision, ps.as_of_inferred, ps.as_of_basis,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       substr(src.body, ps.evidence_start + 1, ps.evidence_end - ps.evidence_start),
       (SELECT json_group_array(statement_id) FROM position_statements WHERE position_id = ps.id)
  FROM positions ps
  JOIN topics t ON t.id = ps.topic_id
  JOIN sources src ON src.id = ps.source_id
  LEFT JOIN people p ON p.id = ps.holder_person_id
  LEFT JOIN organizations o ON o.id = ps.holder_org_id`
	// selectPositionKeys has what PositionFilter orders positions by, for
	// choosing the first few before their full rows are read.
	selectPositionKeys = `
SELECT ps.id
  FROM positions ps
  JOIN topics t ON t.id = ps.topic_id
  LEFT JOIN people p ON p.id = ps.holder_person_id
  LEFT JOIN organizations o ON o.id = ps.holder_org_id`
	// Events someone took part in; EventFilter adds the participant.
	selectEvents = `
SELECT e.id, e.name, e.kind, e.held_on, e.held_precision, e.held_inferred, e.held_basis, e.place,
       src.id, src.title, src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       substr(src.body, e.evidence_start + 1, e.evidence_end - e.evidence_start)
  FROM event_participants ep
  JOIN events e ON e.id = ep.event_id
  JOIN sources src ON src.id = e.source_id`
)

// Person returns the full profile of the person with id: aliases, roles
// over time, statements (newest first), the statements of others that
// mention them, positions and events.
func (db *DB) Person(ctx context.Context, id string) (*Person, error) {
	var p *Person
	err := db.lookupTx(ctx, func(tx execer) error {
		var err error
		p, err = findPerson(ctx, tx, id, Page{})
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return p, nil
}

// findPerson reads a person's profile with one page of statements.
func findPerson(ctx context.Context, tx execer, id string, page Page) (*Person, error) {
	var p Person
	var desc sql.NullString
	err := tx.QueryRowContext(ctx, selectPerson, id).Scan(&p.ID, &p.Name, &desc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, Errorf(ENOTFOUND, "no person with id %q", id)
	}
	if err != nil {
		return nil, err
	}
	p.Description = nullString(desc)
	if p.Aliases, err = queryStrings(ctx, tx, selectPersonAliases, id, id); err != nil {
		return nil, err
	}
	if p.Roles, err = findRoles(ctx, tx, RoleFilter{PersonID: id}); err != nil {
		return nil, err
	}
	if p.Statements, err = findStatements(ctx, tx, StatementFilter{PersonID: id, Limit: page.Limit, Offset: page.Offset}); err != nil {
		return nil, err
	}
	if p.MentionedIn, err = findStatements(ctx, tx, StatementFilter{MentionsPerson: id}); err != nil {
		return nil, err
	}
	p.MentionedIn = withoutStatements(p.MentionedIn, p.Statements)
	if p.Positions, err = findPositions(ctx, tx, PositionFilter{PersonID: id}); err != nil {
		return nil, err
	}
	if p.Events, err = findEvents(ctx, tx, EventFilter{PersonID: id}); err != nil {
		return nil, err
	}
	return &p, nil
}

// withoutStatements drops from sts those listed in any of shown, so that a
// statement appears once on a profile.
func withoutStatements(sts []Statement, shown ...[]Statement) []Statement {
	seen := map[string]bool{}
	for _, list := range shown {
		for _, s := range list {
			seen[s.ID] = true
		}
	}
	return slices.DeleteFunc(sts, func(s Statement) bool { return seen[s.ID] })
}

// findRoles lists the roles that f selects.
func findRoles(ctx context.Context, tx execer, f RoleFilter) ([]Role, error) {
	q, args := f.query()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Role{}
	for rows.Next() {
		var r Role
		var orgID, orgName, sOn, sPrec, sBasis, eOn, ePrec, eBasis sql.NullString
		var sInf, eInf sql.NullInt64
		var srcTitle, pubOn, pubPrec, pubBasis sql.NullString
		var pubInf sql.NullInt64
		r.Person.Kind = KindPerson
		if err := rows.Scan(&r.ID, &r.Person.ID, &r.Person.Name, &r.Title, &orgID, &orgName,
			&sOn, &sPrec, &sInf, &sBasis, &eOn, &ePrec, &eInf, &eBasis, &r.Status,
			&r.Source.ID, &srcTitle, &pubOn, &pubPrec, &pubInf, &pubBasis, &r.Evidence); err != nil {
			return nil, err
		}
		r.Organization = nullEntity(KindOrganization, orgID, orgName)
		r.Start = nullDate(sOn, sPrec, sInf, sBasis)
		r.End = nullDate(eOn, ePrec, eInf, eBasis)
		r.Source.Title = srcTitle.String
		r.Source.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		out = append(out, r)
	}
	return out, rows.Err()
}

// findPositions lists the positions that f selects.
func findPositions(ctx context.Context, tx execer, f PositionFilter) ([]Position, error) {
	q, args := f.query()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Position{}
	for rows.Next() {
		var p Position
		var holderKind, stmts string
		var asOn, asPrec, asBasis, srcTitle, pubOn, pubPrec, pubBasis, stanceBasis sql.NullString
		var asInf, pubInf sql.NullInt64
		p.Topic.Kind = KindTopic
		if err := rows.Scan(&p.ID, &holderKind, &p.Holder.ID, &p.Holder.Name, &p.Topic.ID, &p.Topic.Name,
			&p.Polarity, &p.Stance, &p.StanceInferred, &stanceBasis, &asOn, &asPrec, &asInf, &asBasis,
			&p.Source.ID, &srcTitle, &pubOn, &pubPrec, &pubInf, &pubBasis, &p.Evidence, &stmts); err != nil {
			return nil, err
		}
		p.Holder.Kind = Kind(holderKind)
		p.StanceBasis = nullString(stanceBasis)
		p.AsOf = nullDate(asOn, asPrec, asInf, asBasis)
		p.Source.Title = srcTitle.String
		p.Source.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		p.Statements = []string{}
		if err := jsonUnmarshal(stmts, &p.Statements); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// findEvents lists the events that f selects.
func findEvents(ctx context.Context, tx execer, f EventFilter) ([]EventRef, error) {
	q, args := f.query()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []EventRef{}
	for rows.Next() {
		var e EventRef
		var on, prec, basis, place, srcTitle, pubOn, pubPrec, pubBasis sql.NullString
		var inf, pubInf sql.NullInt64
		if err := rows.Scan(&e.ID, &e.Name, &e.Kind, &on, &prec, &inf, &basis, &place,
			&e.Source.ID, &srcTitle, &pubOn, &pubPrec, &pubInf, &pubBasis, &e.Evidence); err != nil {
			return nil, err
		}
		e.Held = nullDate(on, prec, inf, basis)
		e.Place = nullString(place)
		e.Source.Title = srcTitle.String
		e.Source.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		out = append(out, e)
	}
	return out, rows.Err()
}
