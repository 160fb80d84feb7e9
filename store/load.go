package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// LoadOptions tunes Load.
type LoadOptions struct {
	// Force reloads sources whose content hash is unchanged.
	Force bool
	// DryRun does all the work, reports it, and rolls it back.
	DryRun bool
	// Progress, when set, is called after each changed source is written,
	// with the number written and the number to write.
	Progress func(done, total int)
}

// Load statuses of a source.
const (
	LoadAdded     = "added"
	LoadReplaced  = "replaced"
	LoadUnchanged = "unchanged"
)

// SourceResult says what Load did with one source.
type SourceResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// TableChange is what a load does to one table: its row count before and
// after, and the rows it adds, changes and removes.
type TableChange struct {
	Table  string `json:"table"`
	Before int64  `json:"before"`
	After  int64  `json:"after"`
	// Rows added, changed (same natural key, other content) and removed.
	Added   int `json:"added"`
	Changed int `json:"changed"`
	Removed int `json:"removed"`
}

// LoadReport is what Load did, or with DryRun what it would do.
type LoadReport struct {
	Sources []SourceResult `json:"sources"`
	Tables  []TableChange  `json:"tables"`
	DryRun  bool           `json:"dry_run"`
}

// loadTables are counted for the report, in dependency order.
var loadTables = []string{
	"sources", "source_links", "people", "person_aliases", "organizations", "organization_aliases",
	"topics", "topic_aliases", "territories", "territory_aliases", "events", "event_participants",
	"roles", "statements", "statement_appearances", "statement_topics", "statement_mentions",
	"positions", "position_statements", "territory_control",
}

var errDryRun = errors.New("dry run")

// Load writes the facts of every given source in one transaction: either all
// of them land or none does. A source whose content hash (FactsHash)
// matches the stored one keeps its facts (so loading twice changes
// nothing); a changed source has its facts replaced. The entities a file
// defines (people, organizations, topics, territories) are upserted either
// way, and never deleted. The report counts rows added, changed and removed
// per table, within the batch's scope.
func (db *DB) Load(ctx context.Context, batch []SourceFacts, opt LoadOptions) (*LoadReport, error) {
	rep := &LoadReport{Sources: []SourceResult{}, Tables: []TableChange{}, DryRun: opt.DryRun}
	err := db.withTx(ctx, func(tx *sql.Tx) error {
		before, err := countTables(ctx, tx)
		if err != nil {
			return err
		}
		scope := diffScope(batch)
		rowsBefore, err := snapshot(ctx, tx, scope)
		if err != nil {
			return err
		}
		var pending []*SourceFacts
		for i := range batch {
			sf := &batch[i]
			status, err := sourceStatus(ctx, tx, sf.Source)
			if err != nil {
				return err
			}
			if status == LoadUnchanged && opt.Force {
				status = LoadReplaced
			}
			rep.Sources = append(rep.Sources, SourceResult{ID: sf.Source.ID, Status: status})
			if status != LoadUnchanged {
				pending = append(pending, sf)
			}
		}
		// the topics whose counts the load may change, as they are before
		counted := map[string]bool{}
		scopeSources, scopeTopics := loadTopicScope(batch, pending)
		if err := countedTopics(ctx, tx, scopeSources, scopeTopics, counted); err != nil {
			return err
		}
		now := time.Now().UTC().Format("2006-01-02T15:04:05Z")
		for _, sf := range pending {
			if err := upsertSource(ctx, tx, sf.Source, now); err != nil {
				return err
			}
			if err := deleteSourceFacts(ctx, tx, sf.Source.ID); err != nil {
				return err
			}
		}
		// Shared entities are upserted from every file, changed or not:
		// the content hash covers only what a source owns.
		for i := range batch {
			if err := upsertEntities(ctx, tx, &batch[i]); err != nil {
				return err
			}
		}
		for _, sf := range pending {
			if err := insertEvents(ctx, tx, sf); err != nil {
				return err
			}
		}
		for i, sf := range pending {
			if err := insertFacts(ctx, tx, sf); err != nil {
				return fmt.Errorf("source %s: %w", sf.Source.ID, err)
			}
			if opt.Progress != nil {
				opt.Progress(i+1, len(pending))
			}
		}
		if err := countedTopics(ctx, tx, scopeSources, scopeTopics, counted); err != nil {
			return err
		}
		if err := refreshTopicCounts(ctx, tx, counted); err != nil {
			return err
		}
		if err := checkForeignKeys(ctx, tx); err != nil {
			return err
		}
		after, err := countTables(ctx, tx)
		if err != nil {
			return err
		}
		rowsAfter, err := snapshot(ctx, tx, scope)
		if err != nil {
			return err
		}
		for i, t := range loadTables {
			c := TableChange{Table: t, Before: before[i], After: after[i]}
			c.Added, c.Changed, c.Removed = diffRows(rowsBefore[i], rowsAfter[i])
			rep.Tables = append(rep.Tables, c)
		}
		if opt.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		// The load is one transaction: say so, since a user who sees an
		// error half-way through a large load will wonder.
		err = db.wrapSQL(err)
		msg := err.Error()
		if !strings.Contains(msg, "nothing was written") {
			msg += "; nothing was written"
		}
		return nil, &Error{Code: ErrorCode(err), Message: msg, Err: err}
	}
	return rep, nil
}

func countTables(ctx context.Context, tx *sql.Tx) ([]int64, error) {
	out := make([]int64, len(loadTables))
	for i, t := range loadTables {
		// Table names come from the fixed list above, never from input.
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+t).Scan(&out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

const querySourceHash = `SELECT content_hash FROM sources WHERE id = ?`

func sourceStatus(ctx context.Context, tx *sql.Tx, s SourceDef) (string, error) {
	var hash string
	err := tx.QueryRowContext(ctx, querySourceHash, s.ID).Scan(&hash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return LoadAdded, nil
	case err != nil:
		return "", err
	case hash == s.ContentHash:
		return LoadUnchanged, nil
	}
	return LoadReplaced, nil
}

const upsertSourceSQL = `
INSERT INTO sources (id, title, outlet, url, published_on, published_precision, published_inferred,
                     published_basis, body, content_hash, added_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    title = excluded.title, outlet = excluded.outlet, url = excluded.url,
    published_on = excluded.published_on, published_precision = excluded.published_precision,
    published_inferred = excluded.published_inferred, published_basis = excluded.published_basis,
    body = excluded.body, content_hash = excluded.content_hash, added_at = excluded.added_at`

func upsertSource(ctx context.Context, tx *sql.Tx, s SourceDef, now string) error {
	on, prec, inf, basis := dateArgs(s.Published)
	_, err := tx.ExecContext(ctx, upsertSourceSQL, s.ID, null(s.Title), null(s.Outlet), null(s.URL),
		on, prec, inf, basis, s.Body, s.ContentHash, now)
	return err
}

// Facts of a source, deleted before the source's new facts are inserted.
// Statements defined by the source go last: the cascade removes their topics
// and mentions, and the deferred foreign keys catch any other source that
// still points at one that does not come back.
var deleteSourceFactsSQL = []string{
	`DELETE FROM source_links WHERE source_id = ?`,
	`DELETE FROM positions WHERE source_id = ?`,
	`DELETE FROM territory_control WHERE source_id = ?`,
	`DELETE FROM roles WHERE source_id = ?`,
	`DELETE FROM statement_appearances WHERE source_id = ?`,
	`DELETE FROM statements WHERE source_id = ?`,
	`DELETE FROM events WHERE source_id = ?`,
}

func deleteSourceFacts(ctx context.Context, tx *sql.Tx, sourceID string) error {
	for _, q := range deleteSourceFactsSQL {
		if _, err := tx.ExecContext(ctx, q, sourceID); err != nil {
			return err
		}
	}
	return nil
}

const (
	upsertPersonSQL = `
INSERT INTO people (id, name, description) VALUES (?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = coalesce(excluded.description, description)`
	upsertOrganizationSQL = `
INSERT INTO organizations (id, name, kind, parent_id, description) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
    parent_id = coalesce(excluded.parent_id, parent_id), description = coalesce(excluded.description, description)`
	upsertTopicSQL = `
INSERT INTO topics (id, name, parent_id, description) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name,
    parent_id = coalesce(excluded.parent_id, parent_id), description = coalesce(excluded.description, description)`
	upsertTerritorySQL = `
INSERT INTO territories (id, name, kind, parent_id) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_id = coalesce(excluded.parent_id, parent_id)`
	insertPersonAliasSQL       = `INSERT INTO person_aliases (person_id, alias, norm, fold) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`
	insertOrganizationAliasSQL = `INSERT INTO organization_aliases (organization_id, alias, norm, fold) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`
	insertTopicAliasSQL        = `INSERT INTO topic_aliases (topic_id, alias, norm, fold) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`
	insertTerritoryAliasSQL    = `INSERT INTO territory_aliases (territory_id, alias, norm, fold) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`
	insertEventSQL             = `
INSERT INTO events (id, name, kind, held_on, held_precision, held_inferred, held_basis, place, description,
                    source_id, evidence_start, evidence_end)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertEventParticipantSQL = `INSERT INTO event_participants (event_id, person_id, organization_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
)

func upsertEntities(ctx context.Context, tx execer, sf *SourceFacts) error {
	for _, p := range sf.People {
		if _, err := tx.ExecContext(ctx, upsertPersonSQL, p.ID, p.Name, null(p.Description)); err != nil {
			return err
		}
		if err := insertAliases(ctx, tx, insertPersonAliasSQL, p.ID, p.Name, p.Aliases); err != nil {
			return err
		}
	}
	for _, o := range sf.Organizations {
		if _, err := tx.ExecContext(ctx, upsertOrganizationSQL, o.ID, o.Name, o.Kind, null(o.Parent), null(o.Description)); err != nil {
			return err
		}
		if err := insertAliases(ctx, tx, insertOrganizationAliasSQL, o.ID, o.Name, o.Aliases); err != nil {
			return err
		}
	}
	for _, t := range sf.Topics {
		if _, err := tx.ExecContext(ctx, upsertTopicSQL, t.ID, t.Name, null(t.Parent), null(t.Description)); err != nil {
			return err
		}
		if err := insertAliases(ctx, tx, insertTopicAliasSQL, t.ID, t.Name, t.Aliases); err != nil {
			return err
		}
	}
	for _, t := range sf.Territories {
		if _, err := tx.ExecContext(ctx, upsertTerritorySQL, t.ID, t.Name, t.Kind, null(t.Parent)); err != nil {
			return err
		}
		if err := insertAliases(ctx, tx, insertTerritoryAliasSQL, t.ID, t.Name, t.Aliases); err != nil {
			return err
		}
	}
	return nil
}

func insertEvents(ctx context.Context, tx execer, sf *SourceFacts) error {
	for _, e := range sf.Events {
		on, prec, inf, basis := dateArgs(e.Held)
		if _, err := tx.ExecContext(ctx, insertEventSQL, e.ID, e.Name, e.Kind, on, prec, inf, basis,
			null(e.Place), null(e.Description), sf.Source.ID, e.Evidence.Start, e.Evidence.End); err != nil {
			return describeConflict(err, "event", e.ID)
		}
		for _, p := range e.Participants {
			person, org := splitRef(p)
			if _, err := tx.ExecContext(ctx, insertEventParticipantSQL, e.ID, person, org); err != nil {
				return err
			}
		}
	}
	return nil
}

// insertAliases stores the name and every alias with its lookup forms.
func insertAliases(ctx context.Context, tx execer, q, id, name string, aliases []string) error {
	for _, a := range append([]string{name}, aliases...) {
		n := Normalize(a)
		if n == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, q, id, a, n, Fold(n)); err != nil {
			return err
		}
	}
	return nil
}

const (
	insertLinkSQL = `
INSERT INTO source_links (source_id, position, kind, title, url, evidence_start, evidence_end)
VALUES (?, ?, ?, ?, ?, ?, ?)`
	insertRoleSQL = `
INSERT INTO roles (person_id, title, organization_id, start_on, start_precision, start_inferred,
                   end_on, end_precision, end_inferred, end_basis, end_kind, source_id, evidence_start, evidence_end)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	statementOwnerSQL  = `SELECT source_id FROM statements WHERE id = ?`
	insertStatementSQL = `
INSERT INTO statements (id, source_id, speaker_person_id, speaker_org_id, on_behalf_of_id, kind, text, cue,
                        said_on, said_precision, said_inferred, said_basis, setting, setting_inferred, setting_basis,
                        paraphrase, event_id, position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertAppearanceSQL = `
INSERT INTO statement_appearances (statement_id, source_id, evidence_start, evidence_end, wording, position)
VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`
	// insertStatementTopicSQL stores the link with its sort key (migration
	// 00005), made by sortKeyOf from the values just inserted: the
	// statement's date, its source's date and id, its position.
	insertStatementTopicSQL = `
INSERT INTO statement_topics (statement_id, topic_id, sort_key, position) VALUES (?, ?, ?, ?)
ON CONFLICT DO NOTHING`
	insertStatementMentionSQL = `
INSERT INTO statement_mentions (statement_id, person_id, organization_id, territory_id)
VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`
	insertPositionSQL = `
INSERT INTO positions (holder_person_id, holder_org_id, topic_id, stance, polarity, as_of, as_of_precision,
                       as_of_inferred, as_of_basis, stance_inferred, stance_basis, source_id, evidence_start, evidence_end)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertPositionStatementSQL = `INSERT INTO position_statements (position_id, statement_id) VALUES (?, ?) ON CONFLICT DO NOTHING`
	insertControlSQL           = `
INSERT INTO territory_control (territory_id, controller_id, kind, share, share_bound, qualifier, as_of,
                               as_of_precision, as_of_inferred, as_of_basis, note, source_id, evidence_start, evidence_end)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

func insertFacts(ctx context.Context, tx execer, sf *SourceFacts) error {
	src := sf.Source.ID
	for i, l := range sf.Source.Links {
		if _, err := tx.ExecContext(ctx, insertLinkSQL, src, i+1, l.Kind, l.Title, null(l.URL), l.Evidence.Start, l.Evidence.End); err != nil {
			return err
		}
	}
	for _, r := range sf.Roles {
		son, sprec, sinf, _ := dateArgs(r.Start)
		eon, eprec, einf, ebasis := dateArgs(r.End)
		if _, err := tx.ExecContext(ctx, insertRoleSQL, r.Person, r.Title, null(r.Organization), son, sprec, sinf,
			eon, eprec, einf, ebasis, null(r.EndKind), src, r.Evidence.Start, r.Evidence.End); err != nil {
			return err
		}
	}
	for i, s := range sf.Statements {
		position := s.Position
		if position == 0 {
			position = i + 1
		}
		if err := insertStatement(ctx, tx, src, sf.Source.Published, position, s); err != nil {
			return err
		}
	}
	for _, p := range sf.Positions {
		person, org := splitRef(p.Holder)
		on, prec, inf, basis := dateArgs(p.AsOf)
		res, err := tx.ExecContext(ctx, insertPositionSQL, person, org, p.Topic, p.Stance, p.Polarity, on, prec, inf, basis,
			p.StanceInferred, null(p.StanceBasis), src, p.Evidence.Start, p.Evidence.End)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for _, st := range p.Statements {
			if _, err := tx.ExecContext(ctx, insertPositionStatementSQL, id, st); err != nil {
				return err
			}
		}
	}
	for _, c := range sf.Control {
		on, prec, inf, basis := dateArgs(c.AsOf)
		var share any
		if c.Share != nil {
			share = *c.Share
		}
		if _, err := tx.ExecContext(ctx, insertControlSQL, c.Territory, c.Controller, c.Kind, share, null(c.ShareBound),
			null(c.Qualifier), on, prec, inf, basis, null(c.Note), src, c.Evidence.Start, c.Evidence.End); err != nil {
			return err
		}
	}
	return nil
}

func insertStatement(ctx context.Context, tx execer, src string, published *Date, position int, s StatementDef) error {
	if !s.RefOnly {
		person, org := splitRef(s.Speaker)
		on, prec, inf, basis := dateArgs(s.Said)
		// The insert itself refuses an id defined before (its primary
		// key); only then is the owner looked up, for the message. A
		// lookup before every insert cost a tenth of a bulk load's rows.
		if _, err := tx.ExecContext(ctx, insertStatementSQL, s.ID, src, person, org, null(s.OnBehalfOf), s.Kind, s.Text,
			null(s.Cue), on, prec, inf, basis, null(s.Setting), s.SettingInferred, null(s.SettingBasis), s.Paraphrase,
			null(s.Event), position); err != nil {
			var owner string
			if strings.Contains(err.Error(), "UNIQUE constraint failed: statements.id") &&
				tx.QueryRowContext(ctx, statementOwnerSQL, s.ID).Scan(&owner) == nil {
				return Errorf(ECONFLICT, "statement %q is already defined by source %q: to report it again, give only its id and evidence", s.ID, owner)
			}
			return err
		}
		key := sortKeyOf(s.Said, published, src, position)
		for i, t := range s.Topics {
			// position keeps the fact file's order for kb export (00009)
			if _, err := tx.ExecContext(ctx, insertStatementTopicSQL, s.ID, t, key, i+1); err != nil {
				return err
			}
		}
		for _, m := range s.Mentions {
			var p, o, t any
			switch m.Kind {
			case KindPerson:
				p = m.ID
			case KindOrganization:
				o = m.ID
			case KindTerritory:
				t = m.ID
			default:
				return Errorf(EINVALID, "statement %q mentions %q, which is a %s: only people, organizations and territories can be mentioned", s.ID, m.ID, m.Kind)
			}
			if _, err := tx.ExecContext(ctx, insertStatementMentionSQL, s.ID, p, o, t); err != nil {
				return err
			}
		}
	}
	for i, ev := range s.Evidence {
		var wording string
		if i < len(s.Wording) {
			wording = s.Wording[i]
		}
		// position keeps the fact file's order for kb export (00009)
		if _, err := tx.ExecContext(ctx, insertAppearanceSQL, s.ID, src, ev.Start, ev.End, null(wording), i+1); err != nil {
			return err
		}
	}
	return nil
}

// checkForeignKeys runs the deferred foreign-key check before commit so that
// a violation can be described in words rather than as "FOREIGN KEY
// constraint failed".
func checkForeignKeys(ctx context.Context, tx execer) error {
	rows, err := tx.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return err
	}
	type violation struct {
		table, parent string
		rowid         sql.NullInt64
		fkid          int
	}
	var vs []violation
	for rows.Next() {
		var v violation
		if err := rows.Scan(&v.table, &v.rowid, &v.parent, &v.fkid); err != nil {
			rows.Close()
			return err
		}
		vs = append(vs, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(vs) == 0 {
		return nil
	}
	var msgs []string
	// a WITHOUT ROWID table (00009) reports no rowid: its n-th violation
	// of a key is found again as the n-th row without a parent
	nth := map[string]int{}
	for i, v := range vs {
		if i == 5 {
			msgs = append(msgs, fmt.Sprintf("and %d more", len(vs)-5))
			break
		}
		k := fmt.Sprint(v.table, "\x00", v.fkid)
		msgs = append(msgs, describeViolation(ctx, tx, v.table, v.parent, v.rowid, v.fkid, nth[k]))
		nth[k]++
	}
	return Errorf(ECONFLICT, "the load would leave dangling references, so nothing was written:\n  %s", strings.Join(msgs, "\n  "))
}

// describeViolation names the value of a dangling reference: through the
// rowid foreign_key_check gives, or, for a WITHOUT ROWID table, as the
// nth (from 0) row of table whose reference fkid finds no parent.
func describeViolation(ctx context.Context, tx execer, table, parent string, rowid sql.NullInt64, fkid, nth int) string {
	var column, to string
	rows, err := tx.QueryContext(ctx, `SELECT id, "from", coalesce("to", '') FROM pragma_foreign_key_list(?)`, table)
	if err == nil {
		for rows.Next() {
			var id int
			var from, t string
			if rows.Scan(&id, &from, &t) == nil && id == fkid {
				column, to = from, t
			}
		}
		rows.Close()
	}
	if column == "" || (!rowid.Valid && to == "") {
		return fmt.Sprintf("a row of %s refers to a missing row of %s", table, parent)
	}
	srcCol := "NULL"
	if hasSourceColumn(table) {
		srcCol = "c.source_id"
	}
	var value, src sql.NullString
	// table, columns and parent come from SQLite's own catalogue, not from input.
	if rowid.Valid {
		tx.QueryRowContext(ctx, fmt.Sprintf(`SELECT c.%q, %s FROM %q c WHERE c.rowid = ?`, column, srcCol, table), rowid.Int64).Scan(&value, &src)
	} else {
		tx.QueryRowContext(ctx, fmt.Sprintf(`SELECT c.%q, %s FROM %q c WHERE c.%q IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM %q p WHERE p.%q = c.%q) LIMIT 1 OFFSET ?`,
			column, srcCol, table, column, parent, to, column), nth).Scan(&value, &src)
	}
	if !value.Valid {
		return fmt.Sprintf("a row of %s refers to a missing row of %s", table, parent)
	}
	msg := fmt.Sprintf("%s.%s = %q refers to %s that does not exist", table, column, value.String, parent)
	if src.Valid {
		msg += fmt.Sprintf(" (in source %q)", src.String)
	}
	return msg
}

func hasSourceColumn(table string) bool {
	switch table {
	case "roles", "statements", "statement_appearances", "positions", "territory_control", "events", "source_links":
		return true
	}
	return false
}

func describeConflict(err error, kind, id string) error {
	if strings.Contains(err.Error(), "UNIQUE constraint failed") {
		return Errorf(ECONFLICT, "%s %q is already defined by another source", kind, id)
	}
	return err
}

func splitRef(r Ref) (person, org any) {
	if r.Kind == KindOrganization {
		return nil, r.ID
	}
	return r.ID, nil
}

// sortKeyOf is statementSortKey (the SQL that migration 00005 and the
// tests use) computed from the values a loader inserts: the date said, or
// else the source's date, with each digit d written as 'j' - d and ended
// by '~' ('~' alone for no date), then the source id, char(1), and the
// position prefixed by its number of digits. TestLoadKeepsTopicIndexRight
// compares the two.
func sortKeyOf(said, published *Date, src string, position int) string {
	d := said
	if d == nil {
		d = published
	}
	pos := strconv.Itoa(position)
	b := make([]byte, 0, 16+len(src)+len(pos))
	if d != nil {
		for i := 0; i < len(d.On); i++ {
			c := d.On[i]
			if c >= '0' && c <= '9' {
				c = 'j' - (c - '0')
			}
			b = append(b, c)
		}
	}
	b = append(b, '~')
	b = append(b, src...)
	b = append(b, 1, byte('0'+len(pos)))
	return string(append(b, pos...))
}

// null maps the empty string to SQL NULL.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func dateArgs(d *Date) (on, precision, inferred, basis any) {
	if d == nil {
		return nil, nil, 0, nil
	}
	inf := 0
	if d.Inferred {
		inf = 1
	}
	return d.On, d.Precision, inf, null(d.Basis)
}

// The rows a load can touch, per table, as (key, content) pairs: a row whose
// key is only after the load was added, only before it removed, and on both
// sides with other content changed. The scope is the batch: ?1 holds its
// source ids, ?2..?5 the ids of the people, organizations, topics and
// territories it defines, so the comparison costs what the batch is, not
// what the database is. Order follows loadTables.
var diffQueries = []struct{ table, query string }{
	{"sources", `SELECT id, json_array(title, outlet, url, published_on, published_precision, published_inferred, published_basis, body, content_hash)
  FROM sources WHERE id IN (SELECT value FROM json_each(?1))`},
	{"source_links", `SELECT json_array(source_id, position), json_array(kind, title, url, evidence_start, evidence_end)
  FROM source_links WHERE source_id IN (SELECT value FROM json_each(?1))`},
	{"people", `SELECT id, json_array(name, description) FROM people WHERE id IN (SELECT value FROM json_each(?2))`},
	{"person_aliases", `SELECT json_array(person_id, norm), json_array(alias, fold)
  FROM person_aliases WHERE person_id IN (SELECT value FROM json_each(?2))`},
	{"organizations", `SELECT id, json_array(name, kind, parent_id, description) FROM organizations WHERE id IN (SELECT value FROM json_each(?3))`},
	{"organization_aliases", `SELECT json_array(organization_id, norm), json_array(alias, fold)
  FROM organization_aliases WHERE organization_id IN (SELECT value FROM json_each(?3))`},
	{"topics", `SELECT id, json_array(name, parent_id, description) FROM topics WHERE id IN (SELECT value FROM json_each(?4))`},
	{"topic_aliases", `SELECT json_array(topic_id, norm), json_array(alias, fold)
  FROM topic_aliases WHERE topic_id IN (SELECT value FROM json_each(?4))`},
	{"territories", `SELECT id, json_array(name, kind, parent_id) FROM territories WHERE id IN (SELECT value FROM json_each(?5))`},
	{"territory_aliases", `SELECT json_array(territory_id, norm), json_array(alias, fold)
  FROM territory_aliases WHERE territory_id IN (SELECT value FROM json_each(?5))`},
	{"events", `SELECT id, json_array(name, kind, held_on, held_precision, held_inferred, held_basis, place, description, source_id, evidence_start, evidence_end)
  FROM events WHERE source_id IN (SELECT value FROM json_each(?1))`},
	{"event_participants", `SELECT json_array(ep.event_id, ep.person_id, ep.organization_id), ''
  FROM event_participants ep JOIN events e ON e.id = ep.event_id WHERE e.source_id IN (SELECT value FROM json_each(?1))`},
	{"roles", `SELECT json_array(source_id, person_id, title), json_array(organization_id, start_on, start_precision, start_inferred,
       end_on, end_precision, end_inferred, end_basis, end_kind, evidence_start, evidence_end)
  FROM roles WHERE source_id IN (SELECT value FROM json_each(?1))`},
	{"statements", `SELECT id, json_array(source_id, speaker_person_id, speaker_org_id, on_behalf_of_id, kind, text, cue, said_on,
       said_precision, said_inferred, said_basis, setting, setting_inferred, setting_basis, paraphrase, event_id, position)
  FROM statements WHERE source_id IN (SELECT value FROM json_each(?1))`},
	{"statement_appearances", `SELECT json_array(statement_id, source_id, evidence_start), json_array(evidence_end, wording)
  FROM statement_appearances WHERE source_id IN (SELECT value FROM json_each(?1))`},
	{"statement_topics", `SELECT json_array(st.statement_id, st.topic_id), ''
  FROM statement_topics st JOIN statements s ON s.id = st.statement_id WHERE s.source_id IN (SELECT value FROM json_each(?1))`},
	{"statement_mentions", `SELECT json_array(m.statement_id, m.person_id, m.organization_id, m.territory_id), ''
  FROM statement_mentions m JOIN statements s ON s.id = m.statement_id WHERE s.source_id IN (SELECT value FROM json_each(?1))`},
	{"positions", `SELECT json_array(source_id, coalesce(holder_person_id, holder_org_id), topic_id),
       json_array(stance, polarity, as_of, as_of_precision, as_of_inferred, as_of_basis, stance_inferred, stance_basis,
                  evidence_start, evidence_end)
  FROM positions WHERE source_id IN (SELECT value FROM json_each(?1))`},
	{"position_statements", `SELECT json_array(p.source_id, coalesce(p.holder_person_id, p.holder_org_id), p.topic_id, p.stance, ps.statement_id), ''
  FROM position_statements ps JOIN positions p ON p.id = ps.position_id WHERE p.source_id IN (SELECT value FROM json_each(?1))`},
	{"territory_control", `SELECT json_array(source_id, territory_id, controller_id, kind),
       json_array(share, share_bound, qualifier, as_of, as_of_precision, as_of_inferred, as_of_basis, note, evidence_start, evidence_end)
  FROM territory_control WHERE source_id IN (SELECT value FROM json_each(?1))`},
}

// rowSet maps a row key to the contents of the rows with that key (a key
// may repeat, e.g. two roles with the same title in one source).
type rowSet map[string][]string

// diffScope is the JSON arrays bound to ?1..?5 of diffQueries.
func diffScope(batch []SourceFacts) []any {
	var sources, people, orgs, topics, territories []string
	for _, sf := range batch {
		sources = append(sources, sf.Source.ID)
		for _, x := range sf.People {
			people = append(people, x.ID)
		}
		for _, x := range sf.Organizations {
			orgs = append(orgs, x.ID)
		}
		for _, x := range sf.Topics {
			topics = append(topics, x.ID)
		}
		for _, x := range sf.Territories {
			territories = append(territories, x.ID)
		}
	}
	return []any{jsonArray(sources), jsonArray(people), jsonArray(orgs), jsonArray(topics), jsonArray(territories)}
}

func snapshot(ctx context.Context, tx *sql.Tx, scope []any) ([]rowSet, error) {
	out := make([]rowSet, len(diffQueries))
	for i, q := range diffQueries {
		rows, err := tx.QueryContext(ctx, q.query, scope...)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q.table, err)
		}
		set := rowSet{}
		for rows.Next() {
			var key, content sql.NullString
			if err := rows.Scan(&key, &content); err != nil {
				rows.Close()
				return nil, err
			}
			set[key.String] = append(set[key.String], content.String)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		out[i] = set
	}
	return out, nil
}

// diffRows counts rows added, changed and removed between two snapshots of
// one table. Rows with equal key and content are unchanged; of the rest,
// pairs under one key are changes and the remainder added or removed.
func diffRows(before, after rowSet) (added, changed, removed int) {
	for key, b := range before {
		a := after[key]
		left := map[string]int{}
		for _, c := range b {
			left[c]++
		}
		var extra int
		for _, c := range a {
			if left[c] > 0 {
				left[c]--
			} else {
				extra++
			}
		}
		var missing int
		for _, n := range left {
			missing += n
		}
		ch := min(extra, missing)
		changed += ch
		added += extra - ch
		removed += missing - ch
	}
	for key, a := range after {
		if _, ok := before[key]; !ok {
			added += len(a)
		}
	}
	return added, changed, removed
}
