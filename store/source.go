package store

import (
	"context"
	"database/sql"
	"slices"
)

// SourceCounts says how many facts a source defines.
type SourceCounts struct {
	Statements     int `json:"statements"` // statements appearing in it
	Roles          int `json:"roles"`
	Positions      int `json:"positions"`
	ControlFigures int `json:"control_figures"`
	Events         int `json:"events"`
	Links          int `json:"links"`
}

// SourceSummary is a source's metadata. Unknown values are nil.
type SourceSummary struct {
	ID          string       `json:"id"`
	Title       *string      `json:"title"`
	Outlet      *string      `json:"outlet"`
	URL         *string      `json:"url"`
	Published   *Date        `json:"published"`
	AddedAt     string       `json:"added_at"`
	ContentHash string       `json:"content_hash"`
	Characters  int          `json:"characters"` // length of the body in Unicode characters
	Counts      SourceCounts `json:"counts"`
}

// SourceLink is a link of a source to another article ("Also Read: ...").
type SourceLink struct {
	Position int     `json:"position"`
	Kind     string  `json:"kind"` // also_read or related
	Title    string  `json:"title"`
	URL      *string `json:"url"`
	Span     Span    `json:"span"`
	Evidence string  `json:"evidence"`
}

// Passage is a statement's appearance in a source: where it is written.
type Passage struct {
	StatementID string `json:"statement_id"`
	Span        Span   `json:"span"`
	Text        string `json:"text"`
}

// Source is a source's metadata, links, the statement passages in it and,
// when asked for, its body.
type Source struct {
	SourceSummary
	Links    []SourceLink `json:"links"`
	Passages []Passage    `json:"passages"` // in body order
	Body     *string      `json:"body"`     // only when asked for
}

const (
	selectSourceSummaries = `
SELECT src.id, src.title, src.outlet, src.url,
       src.published_on, src.published_precision, src.published_inferred, src.published_basis,
       src.added_at, src.content_hash, length(src.body),
       (SELECT count(DISTINCT statement_id) FROM statement_appearances WHERE source_id = src.id),
       (SELECT count(*) FROM roles WHERE source_id = src.id),
       (SELECT count(*) FROM positions WHERE source_id = src.id),
       (SELECT count(*) FROM territory_control WHERE source_id = src.id),
       (SELECT count(*) FROM events WHERE source_id = src.id),
       (SELECT count(*) FROM source_links WHERE source_id = src.id)
  FROM sources src`
	sourcesOrder        = ` ORDER BY src.published_on DESC NULLS LAST, src.id`
	selectSourceBody    = `SELECT body FROM sources WHERE id = ?`
	selectSourceLinks   = `SELECT position, kind, title, url, evidence_start, evidence_end, substr((SELECT body FROM sources WHERE id = ?1), evidence_start + 1, evidence_end - evidence_start) FROM source_links WHERE source_id = ?1 ORDER BY position`
	selectSourcePassage = `
SELECT a.statement_id, a.evidence_start, a.evidence_end,
       substr(src.body, a.evidence_start + 1, a.evidence_end - a.evidence_start)
  FROM statement_appearances a JOIN sources src ON src.id = a.source_id
 WHERE a.source_id = ?
 ORDER BY a.evidence_start, a.evidence_end DESC, a.statement_id`
	selectKnownSourceIDs = `SELECT id FROM sources ORDER BY id`
)

// Sources lists every source, newest first.
func (db *DB) Sources(ctx context.Context) ([]SourceSummary, error) {
	out := []SourceSummary{}
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = findSources(ctx, tx, sourcesOrder)
		return err
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

// Source returns the source with id: metadata, links, the passages of the
// statements that appear in it and, when withBody is set, the body.
func (db *DB) Source(ctx context.Context, id string, withBody bool) (*Source, error) {
	var s Source
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		found, err := findSources(ctx, tx, ` WHERE src.id = ?`, id)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			return Errorf(ENOTFOUND, "no source with id %q", id)
		}
		s.SourceSummary = found[0]
		if s.Links, err = findSourceLinks(ctx, tx, id); err != nil {
			return err
		}
		if s.Passages, err = findSourcePassages(ctx, tx, id); err != nil {
			return err
		}
		if withBody {
			var body string
			if err := tx.QueryRowContext(ctx, selectSourceBody, id).Scan(&body); err != nil {
				return err
			}
			s.Body = &body
		}
		return nil
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return &s, nil
}

// ResolveSource checks that a source with id exists; when none does, the
// error suggests the closest ids.
func (db *DB) ResolveSource(ctx context.Context, id string) (string, error) {
	var ids []string
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		ids, err = queryStrings(ctx, tx, selectKnownSourceIDs)
		return err
	})
	if err != nil {
		return "", wrapSQL(err)
	}
	if slices.Contains(ids, id) {
		return id, nil
	}
	e := Errorf(ENOTFOUND, "no source with id %q", id)
	if !e.suggest(id, ids) {
		e.Message += " (`kb sources` lists them)"
	}
	return "", e
}

func findSources(ctx context.Context, tx *sql.Tx, tail string, args ...any) ([]SourceSummary, error) {
	rows, err := tx.QueryContext(ctx, selectSourceSummaries+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []SourceSummary{}
	for rows.Next() {
		var s SourceSummary
		var title, outlet, url, pubOn, pubPrec, pubBasis sql.NullString
		var pubInf sql.NullInt64
		c := &s.Counts
		if err := rows.Scan(&s.ID, &title, &outlet, &url, &pubOn, &pubPrec, &pubInf, &pubBasis,
			&s.AddedAt, &s.ContentHash, &s.Characters,
			&c.Statements, &c.Roles, &c.Positions, &c.ControlFigures, &c.Events, &c.Links); err != nil {
			return nil, err
		}
		s.Title, s.Outlet, s.URL = nullString(title), nullString(outlet), nullString(url)
		s.Published = nullDate(pubOn, pubPrec, pubInf, pubBasis)
		out = append(out, s)
	}
	return out, rows.Err()
}

func findSourceLinks(ctx context.Context, tx *sql.Tx, id string) ([]SourceLink, error) {
	rows, err := tx.QueryContext(ctx, selectSourceLinks, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []SourceLink{}
	for rows.Next() {
		var l SourceLink
		var url sql.NullString
		if err := rows.Scan(&l.Position, &l.Kind, &l.Title, &url, &l.Span.Start, &l.Span.End, &l.Evidence); err != nil {
			return nil, err
		}
		l.URL = nullString(url)
		out = append(out, l)
	}
	return out, rows.Err()
}

func findSourcePassages(ctx context.Context, tx *sql.Tx, id string) ([]Passage, error) {
	rows, err := tx.QueryContext(ctx, selectSourcePassage, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Passage{}
	for rows.Next() {
		var p Passage
		if err := rows.Scan(&p.StatementID, &p.Span.Start, &p.Span.End, &p.Text); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
