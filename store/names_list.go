package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// nameQueries list the names of each kind whose normalized form starts
// with a prefix, for shell completion. Sources have no aliases: their ids
// are their names.
var nameQueries = map[Kind]string{
	KindPerson: `SELECT DISTINCT alias FROM person_aliases WHERE norm LIKE ? ESCAPE '\' ORDER BY alias LIMIT ?`,
	// surnames: the last word of an alias, since a unique surname resolves
	kindSurname:      `SELECT DISTINCT alias FROM person_aliases WHERE norm LIKE '% ' || ? ESCAPE '\' ORDER BY alias LIMIT ?`,
	KindOrganization: `SELECT DISTINCT alias FROM organization_aliases WHERE norm LIKE ? ESCAPE '\' ORDER BY alias LIMIT ?`,
	KindTopic:        `SELECT DISTINCT alias FROM topic_aliases WHERE norm LIKE ? ESCAPE '\' ORDER BY alias LIMIT ?`,
	KindTerritory:    `SELECT DISTINCT alias FROM territory_aliases WHERE norm LIKE ? ESCAPE '\' ORDER BY alias LIMIT ?`,
	KindSource:       `SELECT id FROM sources WHERE id LIKE ? ESCAPE '\' ORDER BY id LIMIT ?`,
	KindStatement:    `SELECT id FROM statements WHERE id LIKE ? ESCAPE '\' ORDER BY id LIMIT ?`,
}

// kindSurname is not a table: it keys the query for people's surnames.
const kindSurname Kind = "surname"

// Names lists up to limit names (every alias) of the given kinds that
// start with prefix, compared case- and diacritic-insensitively. For
// people it adds surnames that start with prefix ("Kel" offers Kellogg),
// since a surname alone finds a person when it is unique.
func (db *DB) Names(ctx context.Context, prefix string, limit int, kinds ...Kind) ([]string, error) {
	out := []string{}
	pattern := escapeLike(Normalize(prefix)) + "%"
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		for _, k := range kinds {
			q, ok := nameQueries[k]
			if !ok {
				return Errorf(EINTERNAL, "no names for kind %s", k)
			}
			p := pattern
			if k == KindSource || k == KindStatement { // ids: as typed
				p = escapeLike(prefix) + "%"
			}
			names, err := queryStrings(ctx, tx, q, p, limit)
			if err != nil {
				return fmt.Errorf("names of %s: %w", k, err)
			}
			out = append(out, names...)
			if k != KindPerson {
				continue
			}
			full, err := queryStrings(ctx, tx, nameQueries[kindSurname], p, limit)
			if err != nil {
				return fmt.Errorf("surnames: %w", err)
			}
			for _, alias := range full {
				words := strings.Fields(alias)
				if s := words[len(words)-1]; !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, wrapSQL(err)
	}
	return out, nil
}

// maxSuggestedID bounds what SuggestStatementIDs looks for: ids are
// slugs of a few words, and SQLite refuses a LIKE pattern over 50,000 bytes.
const maxSuggestedID = 200

// SuggestStatementIDs offers up to three statement ids for an id that is
// not found: those it is the start of ("zelenskiy-talks"), or else the
// nearest among the ids sharing its first word (a typo further on).
func (db *DB) SuggestStatementIDs(ctx context.Context, id string) ([]string, error) {
	if id == "" || len(id) > maxSuggestedID {
		return nil, nil // nothing to start from; or no id, and too long a LIKE pattern
	}
	ids, err := db.Names(ctx, id, 3, KindStatement)
	if err != nil || len(ids) > 0 {
		return ids, err
	}
	first, _, _ := strings.Cut(id, "-")
	same, err := db.Names(ctx, first, 1000, KindStatement)
	if err != nil {
		return nil, err
	}
	return Suggest(id, same, 3), nil
}
