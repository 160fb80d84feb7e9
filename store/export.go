package store

import (
	"context"
	"database/sql"
	"slices"
	"sort"
)

// Export reads back the facts of the given sources (every source when ids
// is empty), in the form Load takes them, so that they can be written out
// as fact files and loaded again into an identical database. Each source
// carries the definitions of every shared entity it refers to, with their
// parents, so that its file stands alone. When every source is exported,
// entities no source refers to go with the first one, so nothing is lost.
func (db *DB) Export(ctx context.Context, ids []string) ([]SourceFacts, error) {
	return db.ExportProgress(ctx, ids, nil)
}

// ExportProgress is Export calling progress, when set, after each source
// with the number done and the number to do.
func (db *DB) ExportProgress(ctx context.Context, ids []string, progress func(done, total int)) ([]SourceFacts, error) {
	var out []SourceFacts
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		all, err := queryStrings(ctx, tx, selectSourceIDs)
		if err != nil {
			return err
		}
		whole := len(ids) == 0
		if whole {
			ids = all
		}
		for _, id := range ids {
			if !slices.Contains(all, id) {
				e := Errorf(ENOTFOUND, "no source %q", id)
				e.suggest(id, all)
				return e
			}
		}
		used := entitySet{}
		for _, id := range ids {
			sf, err := exportSource(ctx, tx, id)
			if err != nil {
				return err
			}
			refs := entitySet{}
			refs.addFacts(sf)
			if err := refs.closeParents(ctx, tx); err != nil {
				return err
			}
			if err := refs.fill(ctx, tx, sf); err != nil {
				return err
			}
			used.merge(refs)
			out = append(out, *sf)
			if progress != nil {
				progress(len(out), len(ids))
			}
		}
		if whole && len(out) > 0 {
			orphans := entitySet{}
			for _, k := range []Kind{KindPerson, KindOrganization, KindTopic, KindTerritory} {
				every, err := queryStrings(ctx, tx, exportEntityQueries[k].ids)
				if err != nil {
					return err
				}
				for _, id := range every {
					if !used[k][id] {
						orphans.add(k, id)
					}
				}
			}
			if err := orphans.fill(ctx, tx, &out[0]); err != nil {
				return err
			}
		}
		return nil
	})
	return out, wrapSQL(err)
}

const (
	selectSourceIDs     = `SELECT id FROM sources ORDER BY id`
	exportSourceSQL     = `SELECT title, outlet, url, published_on, published_precision, published_inferred, published_basis, body, content_hash FROM sources WHERE id = ?`
	exportLinksSQL      = `SELECT kind, title, url, evidence_start, evidence_end FROM source_links WHERE source_id = ? ORDER BY position`
	exportEventsSQL     = `SELECT id, name, kind, held_on, held_precision, held_inferred, held_basis, place, description, evidence_start, evidence_end FROM events WHERE source_id = ? ORDER BY rowid`
	exportParticipants  = `SELECT person_id, organization_id FROM event_participants WHERE event_id = ? ORDER BY rowid`
	exportRolesSQL      = `SELECT person_id, title, organization_id, start_on, start_precision, start_inferred, end_on, end_precision, end_inferred, end_basis, end_kind, evidence_start, evidence_end FROM roles WHERE source_id = ? ORDER BY id`
	exportStatementsSQL = `
SELECT id, speaker_person_id, speaker_org_id, on_behalf_of_id, kind, text, cue, said_on, said_precision, said_inferred,
       said_basis, setting, setting_inferred, setting_basis, paraphrase, event_id, position
  FROM statements WHERE source_id = ? ORDER BY position, id`
	exportStatementTopics   = `SELECT topic_id FROM statement_topics WHERE statement_id = ? ORDER BY position`
	exportStatementMentions = `SELECT person_id, organization_id, territory_id FROM statement_mentions WHERE statement_id = ? ORDER BY rowid`
	exportOwnEvidence       = `SELECT evidence_start, evidence_end, wording FROM statement_appearances WHERE statement_id = ? AND source_id = ? ORDER BY position`
	exportRefEvidence       = `
SELECT a.statement_id, a.evidence_start, a.evidence_end, a.wording, s.text
  FROM statement_appearances a
  JOIN statements s ON s.id = a.statement_id
 WHERE a.source_id = ?1
   AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.id = a.statement_id AND s.source_id = ?1)
 ORDER BY a.statement_id, a.evidence_start`
	exportPositionsSQL = `
SELECT id, holder_person_id, holder_org_id, topic_id, stance, polarity, as_of, as_of_precision, as_of_inferred, as_of_basis,
       stance_inferred, stance_basis, evidence_start, evidence_end
  FROM positions WHERE source_id = ? ORDER BY id`
	exportPositionStatements = `SELECT statement_id FROM position_statements WHERE position_id = ? ORDER BY rowid`
	exportControlSQL         = `
SELECT territory_id, controller_id, kind, share, share_bound, qualifier, as_of, as_of_precision, as_of_inferred, as_of_basis,
       note, evidence_start, evidence_end
  FROM territory_control WHERE source_id = ? ORDER BY id`
)

// exportEntityQueries read one kind of shared entity: every id, one row by
// id, its aliases in the order they were added, and its parent.
var exportEntityQueries = map[Kind]struct{ ids, row, aliases, parent string }{
	KindPerson: {
		`SELECT id FROM people ORDER BY id`,
		`SELECT name, description, NULL, NULL FROM people WHERE id = ?`,
		`SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY rowid`, ""},
	KindOrganization: {
		`SELECT id FROM organizations ORDER BY id`,
		`SELECT name, description, kind, parent_id FROM organizations WHERE id = ?`,
		`SELECT alias FROM organization_aliases WHERE organization_id = ? ORDER BY rowid`,
		`SELECT parent_id FROM organizations WHERE id = ? AND parent_id IS NOT NULL`},
	KindTopic: {
		`SELECT id FROM topics ORDER BY id`,
		`SELECT name, description, NULL, parent_id FROM topics WHERE id = ?`,
		`SELECT alias FROM topic_aliases WHERE topic_id = ? ORDER BY rowid`,
		`SELECT parent_id FROM topics WHERE id = ? AND parent_id IS NOT NULL`},
	KindTerritory: {
		`SELECT id FROM territories ORDER BY id`,
		`SELECT name, NULL, kind, parent_id FROM territories WHERE id = ?`,
		`SELECT alias FROM territory_aliases WHERE territory_id = ? ORDER BY rowid`,
		`SELECT parent_id FROM territories WHERE id = ? AND parent_id IS NOT NULL`},
}

func exportSource(ctx context.Context, tx *sql.Tx, id string) (*SourceFacts, error) {
	sf := &SourceFacts{Source: SourceDef{ID: id}}
	s := &sf.Source
	var title, outlet, url, on, prec, basis sql.NullString
	var inf sql.NullInt64
	if err := tx.QueryRowContext(ctx, exportSourceSQL, id).Scan(&title, &outlet, &url, &on, &prec, &inf, &basis, &s.Body, &s.ContentHash); err != nil {
		return nil, err
	}
	s.Title, s.Outlet, s.URL = title.String, outlet.String, url.String
	s.Published = nullDate(on, prec, inf, basis)

	err := eachRow(ctx, tx, exportLinksSQL, []any{id}, func(rows *sql.Rows) error {
		var l LinkDef
		var url sql.NullString
		if err := rows.Scan(&l.Kind, &l.Title, &url, &l.Evidence.Start, &l.Evidence.End); err != nil {
			return err
		}
		l.URL = url.String
		s.Links = append(s.Links, l)
		return nil
	})
	if err != nil {
		return nil, err
	}

	err = eachRow(ctx, tx, exportEventsSQL, []any{id}, func(rows *sql.Rows) error {
		var e EventDef
		var on, prec, basis, place, desc sql.NullString
		var inf sql.NullInt64
		if err := rows.Scan(&e.ID, &e.Name, &e.Kind, &on, &prec, &inf, &basis, &place, &desc, &e.Evidence.Start, &e.Evidence.End); err != nil {
			return err
		}
		e.Held = nullDate(on, prec, inf, basis)
		e.Place, e.Description = place.String, desc.String
		sf.Events = append(sf.Events, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range sf.Events {
		e := &sf.Events[i]
		err := eachRow(ctx, tx, exportParticipants, []any{e.ID}, func(rows *sql.Rows) error {
			var p, o sql.NullString
			if err := rows.Scan(&p, &o); err != nil {
				return err
			}
			e.Participants = append(e.Participants, personOrOrg(p, o))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	err = eachRow(ctx, tx, exportRolesSQL, []any{id}, func(rows *sql.Rows) error {
		var r RoleDef
		var org, son, sprec, eon, eprec, ebasis, kind sql.NullString
		var sinf, einf sql.NullInt64
		if err := rows.Scan(&r.Person, &r.Title, &org, &son, &sprec, &sinf, &eon, &eprec, &einf, &ebasis, &kind, &r.Evidence.Start, &r.Evidence.End); err != nil {
			return err
		}
		r.Organization, r.EndKind = org.String, kind.String
		r.Start = nullDate(son, sprec, sinf, sql.NullString{})
		r.End = nullDate(eon, eprec, einf, ebasis)
		sf.Roles = append(sf.Roles, r)
		return nil
	})
	if err != nil {
		return nil, err
	}

	err = eachRow(ctx, tx, exportStatementsSQL, []any{id}, func(rows *sql.Rows) error {
		var st StatementDef
		var person, org, behalf, cue, on, prec, basis, setting, settingBasis, event sql.NullString
		var inf sql.NullInt64
		if err := rows.Scan(&st.ID, &person, &org, &behalf, &st.Kind, &st.Text, &cue, &on, &prec, &inf, &basis, &setting,
			&st.SettingInferred, &settingBasis, &st.Paraphrase, &event, &st.Position); err != nil {
			return err
		}
		st.SettingBasis = settingBasis.String
		st.Speaker = personOrOrg(person, org)
		st.OnBehalfOf, st.Cue, st.Setting, st.Event = behalf.String, cue.String, setting.String, event.String
		st.Said = nullDate(on, prec, inf, basis)
		sf.Statements = append(sf.Statements, st)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range sf.Statements {
		st := &sf.Statements[i]
		st.Topics, err = queryStrings(ctx, tx, exportStatementTopics, st.ID)
		if err != nil {
			return nil, err
		}
		err = eachRow(ctx, tx, exportStatementMentions, []any{st.ID}, func(rows *sql.Rows) error {
			var p, o, t sql.NullString
			if err := rows.Scan(&p, &o, &t); err != nil {
				return err
			}
			if t.Valid {
				st.Mentions = append(st.Mentions, Ref{Kind: KindTerritory, ID: t.String})
			} else {
				st.Mentions = append(st.Mentions, personOrOrg(p, o))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		err = eachRow(ctx, tx, exportOwnEvidence, []any{st.ID, id}, func(rows *sql.Rows) error {
			var sp Span
			var wording sql.NullString
			if err := rows.Scan(&sp.Start, &sp.End, &wording); err != nil {
				return err
			}
			st.Evidence = append(st.Evidence, sp)
			st.Wording = append(st.Wording, wording.String)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = eachRow(ctx, tx, exportRefEvidence, []any{id}, func(rows *sql.Rows) error {
		var sid, text string
		var sp Span
		var wording sql.NullString
		if err := rows.Scan(&sid, &sp.Start, &sp.End, &wording, &text); err != nil {
			return err
		}
		// A wording is written out only where it is not the statement's
		// own text: the checker finds that one again by itself.
		given := ""
		if wording.Valid && MatchForm(wording.String) != MatchForm(text) {
			given = wording.String
		}
		if n := len(sf.Statements); n > 0 && sf.Statements[n-1].RefOnly && sf.Statements[n-1].ID == sid {
			last := &sf.Statements[n-1]
			last.Evidence = append(last.Evidence, sp)
			last.Wording = append(last.Wording, wording.String)
			if last.Text == "" {
				last.Text = given
			}
			return nil
		}
		sf.Statements = append(sf.Statements, StatementDef{ID: sid, RefOnly: true, Text: given, Evidence: []Span{sp}, Wording: []string{wording.String}})
		return nil
	})
	if err != nil {
		return nil, err
	}

	var positionIDs []int64
	err = eachRow(ctx, tx, exportPositionsSQL, []any{id}, func(rows *sql.Rows) error {
		var p PositionDef
		var pid int64
		var person, org, on, prec, basis, stanceBasis sql.NullString
		var inf sql.NullInt64
		if err := rows.Scan(&pid, &person, &org, &p.Topic, &p.Stance, &p.Polarity, &on, &prec, &inf, &basis,
			&p.StanceInferred, &stanceBasis, &p.Evidence.Start, &p.Evidence.End); err != nil {
			return err
		}
		p.StanceBasis = stanceBasis.String
		p.Holder = personOrOrg(person, org)
		p.AsOf = nullDate(on, prec, inf, basis)
		positionIDs = append(positionIDs, pid)
		sf.Positions = append(sf.Positions, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, pid := range positionIDs {
		if sf.Positions[i].Statements, err = queryStrings(ctx, tx, exportPositionStatements, pid); err != nil {
			return nil, err
		}
	}

	err = eachRow(ctx, tx, exportControlSQL, []any{id}, func(rows *sql.Rows) error {
		var c ControlDef
		var share sql.NullFloat64
		var bound, qual, on, prec, basis, note sql.NullString
		var inf sql.NullInt64
		if err := rows.Scan(&c.Territory, &c.Controller, &c.Kind, &share, &bound, &qual, &on, &prec, &inf, &basis, &note, &c.Evidence.Start, &c.Evidence.End); err != nil {
			return err
		}
		if share.Valid {
			v := share.Float64
			c.Share = &v
		}
		c.ShareBound, c.Qualifier, c.Note = bound.String, qual.String, note.String
		c.AsOf = nullDate(on, prec, inf, basis)
		sf.Control = append(sf.Control, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sf, nil
}

func personOrOrg(person, org sql.NullString) Ref {
	if person.Valid {
		return Ref{Kind: KindPerson, ID: person.String}
	}
	return Ref{Kind: KindOrganization, ID: org.String}
}

// eachRow runs query and calls fn for every row, closing the rows and
// checking their error.
func eachRow(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// entitySet is a set of shared-entity ids by kind.
type entitySet map[Kind]map[string]bool

func (s entitySet) add(k Kind, id string) {
	if id == "" || k == KindEvent || k == KindStatement || k == KindSource {
		return
	}
	if s[k] == nil {
		s[k] = map[string]bool{}
	}
	s[k][id] = true
}

func (s entitySet) merge(o entitySet) {
	for k, ids := range o {
		for id := range ids {
			s.add(k, id)
		}
	}
}

// addFacts adds every shared entity a source's facts refer to.
func (s entitySet) addFacts(sf *SourceFacts) {
	for _, e := range sf.Events {
		for _, p := range e.Participants {
			s.add(p.Kind, p.ID)
		}
	}
	for _, r := range sf.Roles {
		s.add(KindPerson, r.Person)
		s.add(KindOrganization, r.Organization)
	}
	for _, st := range sf.Statements {
		s.add(st.Speaker.Kind, st.Speaker.ID)
		s.add(KindOrganization, st.OnBehalfOf)
		for _, t := range st.Topics {
			s.add(KindTopic, t)
		}
		for _, m := range st.Mentions {
			s.add(m.Kind, m.ID)
		}
	}
	for _, p := range sf.Positions {
		s.add(p.Holder.Kind, p.Holder.ID)
		s.add(KindTopic, p.Topic)
	}
	for _, c := range sf.Control {
		s.add(KindTerritory, c.Territory)
		s.add(KindOrganization, c.Controller)
	}
}

// closeParents adds the parent chains of the organizations, topics and
// territories in the set.
func (s entitySet) closeParents(ctx context.Context, tx *sql.Tx) error {
	for _, k := range []Kind{KindOrganization, KindTopic, KindTerritory} {
		todo := make([]string, 0, len(s[k]))
		for id := range s[k] {
			todo = append(todo, id)
		}
		for len(todo) > 0 {
			id := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			parents, err := queryStrings(ctx, tx, exportEntityQueries[k].parent, id)
			if err != nil {
				return err
			}
			for _, p := range parents {
				if !s[k][p] {
					s.add(k, p)
					todo = append(todo, p)
				}
			}
		}
	}
	return nil
}

// fill appends the definitions of the entities in the set to sf, by id.
func (s entitySet) fill(ctx context.Context, tx *sql.Tx, sf *SourceFacts) error {
	for _, k := range []Kind{KindPerson, KindOrganization, KindTopic, KindTerritory} {
		ids := make([]string, 0, len(s[k]))
		for id := range s[k] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		q := exportEntityQueries[k]
		for _, id := range ids {
			var name string
			var desc, kind, parent sql.NullString
			if err := tx.QueryRowContext(ctx, q.row, id).Scan(&name, &desc, &kind, &parent); err != nil {
				return err
			}
			all, err := queryStrings(ctx, tx, q.aliases, id)
			if err != nil {
				return err
			}
			var aliases []string
			for _, a := range all {
				if a != name {
					aliases = append(aliases, a)
				}
			}
			switch k {
			case KindPerson:
				sf.People = append(sf.People, PersonDef{ID: id, Name: name, Description: desc.String, Aliases: aliases})
			case KindOrganization:
				sf.Organizations = append(sf.Organizations, OrganizationDef{ID: id, Name: name, Kind: kind.String, Parent: parent.String, Description: desc.String, Aliases: aliases})
			case KindTopic:
				sf.Topics = append(sf.Topics, TopicDef{ID: id, Name: name, Parent: parent.String, Description: desc.String, Aliases: aliases})
			case KindTerritory:
				sf.Territories = append(sf.Territories, TerritoryDef{ID: id, Name: name, Kind: kind.String, Parent: parent.String, Aliases: aliases})
			}
		}
	}
	return nil
}
