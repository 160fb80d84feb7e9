package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// OpenReader opens the database at path for reading only, for a
// long-running reader such as `kb serve`: every connection is mode=ro and
// query_only, so nothing it runs can change the file. Each lookup is its
// own read transaction, so facts another process loads meanwhile are seen
// by the next lookup.
func OpenReader(ctx context.Context, path string, conns int) (*DB, error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	if err := refuseForeign(ctx, path); err != nil {
		return nil, err
	}
	sdb, err := sql.Open("sqlite", readerDSN(path))
	if err != nil {
		return nil, &Error{Code: EINTERNAL, Message: fmt.Sprintf("open %s: %v", path, err), Err: err}
	}
	if conns > 0 {
		sdb.SetMaxOpenConns(conns)
		sdb.SetMaxIdleConns(conns)
	}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, describeOpenError(path, err)
	}
	return &DB{db: sdb, path: path}, nil
}

// Page selects a page of a list: Limit items (0 for all) after skipping
// Offset.
type Page struct {
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func (p Page) check() error {
	if p.Limit < 0 || p.Offset < 0 {
		return Errorf(EINVALID, "limit and offset must not be negative")
	}
	return nil
}

// PersonPage is a person's profile with one page of their statements
// (newest first) and how many there are in all.
type PersonPage struct {
	Person
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// OrganizationPage is an organization's profile with one page of its
// statements and how many there are in all.
type OrganizationPage struct {
	Organization
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

const (
	countPersonStatements = `SELECT count(*) FROM statements WHERE speaker_person_id = ?`
	countOrgStatements    = `SELECT count(*) FROM statements WHERE speaker_org_id = ?1 OR on_behalf_of_id = ?1`
)

// PersonPaged is Person with only one page of statements, for readers
// that must bound what they show.
func (db *DB) PersonPaged(ctx context.Context, id string, page Page) (*PersonPage, error) {
	if err := page.check(); err != nil {
		return nil, err
	}
	out := PersonPage{Limit: page.Limit, Offset: page.Offset}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		p, err := findPerson(ctx, tx, id, page)
		if err != nil {
			return err
		}
		out.Person = *p
		return tx.QueryRowContext(ctx, countPersonStatements, id).Scan(&out.Total)
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return &out, nil
}

// OrganizationPaged is Organization with only one page of statements.
func (db *DB) OrganizationPaged(ctx context.Context, id string, page Page) (*OrganizationPage, error) {
	if err := page.check(); err != nil {
		return nil, err
	}
	out := OrganizationPage{Limit: page.Limit, Offset: page.Offset}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		o, err := findOrganization(ctx, tx, id, page)
		if err != nil {
			return err
		}
		out.Organization = *o
		return tx.QueryRowContext(ctx, countOrgStatements, id).Scan(&out.Total)
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return &out, nil
}

// Statement returns the statement with id, with everything Statements
// gives for it.
func (db *DB) Statement(ctx context.Context, id string) (*Statement, error) {
	sts, err := db.Statements(ctx, StatementFilter{IDs: []string{id}})
	if err != nil {
		return nil, err
	}
	if len(sts) == 0 {
		e := Errorf(ENOTFOUND, "no statement with id %q", id)
		if ids, err := db.SuggestStatementIDs(ctx, id); err == nil {
			e.offer(ids)
		}
		return nil, e
	}
	return &sts[0], nil
}

const selectRecentStatementIDs = `SELECT id FROM statements ORDER BY rowid DESC LIMIT ?`

// RecentStatements returns the n statements loaded last, newest first by
// date as Statements orders them. It reads the rowid order, so it costs
// the same on a million statements as on ten.
func (db *DB) RecentStatements(ctx context.Context, n int) ([]Statement, error) {
	var out []Statement
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		ids, err := queryStrings(ctx, tx, selectRecentStatementIDs, n)
		if err != nil {
			return err
		}
		out, err = findStatements(ctx, tx, StatementFilter{IDs: ids})
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

// Counts says how many of each thing the database holds.
type Counts struct {
	Statements    int `json:"statements"`
	People        int `json:"people"`
	Organizations int `json:"organizations"`
	Topics        int `json:"topics"`
	Territories   int `json:"territories"`
	Sources       int `json:"sources"`
}

const selectCounts = `SELECT
  (SELECT count(*) FROM statements), (SELECT count(*) FROM people), (SELECT count(*) FROM organizations),
  (SELECT count(*) FROM topics), (SELECT count(*) FROM territories), (SELECT count(*) FROM sources)`

// Count counts the statements, people, organizations, topics, territories
// and sources.
func (db *DB) Count(ctx context.Context) (Counts, error) {
	var c Counts
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, selectCounts).Scan(&c.Statements, &c.People, &c.Organizations, &c.Topics, &c.Territories, &c.Sources)
	})
	return c, wrapSQL(err)
}

// IsNotFound reports whether err says that what was asked for does not
// exist.
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == ENOTFOUND
}

// Watcher tells whether the database changed: its Version differs after
// any commit by another connection, in this process or another one. It
// holds one read-only connection of its own for the life of the watcher.
type Watcher struct {
	mu   sync.Mutex
	conn *sql.Conn
}

const queryDataVersion = `PRAGMA data_version`

// Watch opens a Watcher on db.
func (db *DB) Watch(ctx context.Context) (*Watcher, error) {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return nil, db.wrapSQL(err)
	}
	return &Watcher{conn: conn}, nil
}

// Version is SQLite's data_version of the watcher's connection.
func (w *Watcher) Version(ctx context.Context) (int64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var v int64
	if err := w.conn.QueryRowContext(ctx, queryDataVersion).Scan(&v); err != nil {
		return 0, wrapSQL(err)
	}
	return v, nil
}

// Close returns the watcher's connection.
func (w *Watcher) Close() error { return w.conn.Close() }

// The page's people first, sorting only names; their roles and counts
// only for the page.
const (
	selectPeoplePage = selectPeopleColumns + `
  FROM (SELECT id FROM people ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?) pg
  JOIN people p ON p.id = pg.id` + peopleJoins
	countPeople = `SELECT count(*) FROM people`
)

// PeoplePaged is one page of People and how many people there are.
func (db *DB) PeoplePaged(ctx context.Context, page Page) ([]PersonSummary, int, error) {
	if err := page.check(); err != nil {
		return nil, 0, err
	}
	limit := page.Limit
	if limit == 0 {
		limit = -1
	}
	var out []PersonSummary
	var total int
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		if out, err = findPeople(ctx, tx, selectPeoplePage, limit, page.Offset); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, countPeople).Scan(&total)
	})
	if err != nil {
		return nil, 0, wrapSQL(err)
	}
	return out, total, nil
}

// The page's organizations first, sorting only names; their members and
// statements are counted for the page only.
const (
	selectOrganizationsPage = selectOrganizationsColumns + `
  FROM (SELECT id FROM organizations ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?) pg
  JOIN organizations o ON o.id = pg.id` + organizationsTail
	countOrganizations = `SELECT count(*) FROM organizations`
)

// OrganizationsPaged is one page of Organizations and how many
// organizations there are.
func (db *DB) OrganizationsPaged(ctx context.Context, page Page) ([]OrganizationSummary, int, error) {
	if err := page.check(); err != nil {
		return nil, 0, err
	}
	limit := page.Limit
	if limit == 0 {
		limit = -1
	}
	var out []OrganizationSummary
	var total int
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		if out, err = findOrganizations(ctx, tx, selectOrganizationsPage, limit, page.Offset); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, countOrganizations).Scan(&total)
	})
	if err != nil {
		return nil, 0, wrapSQL(err)
	}
	return out, total, nil
}

const (
	sourcesPageTail = ` WHERE src.id IN (SELECT id FROM sources ORDER BY published_on DESC NULLS LAST, id LIMIT ? OFFSET ?)` + sourcesOrder
	countSources    = `SELECT count(*) FROM sources`
)

// SourcesPaged is one page of Sources (newest first) and how many sources
// there are; the counts of facts are worked out for the page only.
func (db *DB) SourcesPaged(ctx context.Context, page Page) ([]SourceSummary, int, error) {
	if err := page.check(); err != nil {
		return nil, 0, err
	}
	limit := page.Limit
	if limit == 0 {
		limit = -1
	}
	var out []SourceSummary
	var total int
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		if out, err = findSources(ctx, tx, sourcesPageTail, limit, page.Offset); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, countSources).Scan(&total)
	})
	if err != nil {
		return nil, 0, wrapSQL(err)
	}
	return out, total, nil
}
