package store

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// maxSearchTerms bounds a translated query; FTS5 limits how deep an
// expression may nest, and no real search needs more words.
const maxSearchTerms = 64

// FTSQuery translates what a person types into an FTS5 query that is always
// valid syntax. Each bare word becomes a quoted token, text in double quotes
// stays a phrase, a trailing * makes the last token a prefix, and the terms
// are ANDed. FTS5 operators (AND, OR, NOT, NEAR, column:, ^, -, +,
// parentheses) are searched for as words; use raw FTS5 syntax for them. Words
// with nothing searchable in them (only punctuation) are dropped; input with
// no searchable word at all is an EINVALID error.
func FTSQuery(input string) (string, error) {
	var terms []string
	add := func(text string, prefix bool) {
		if !searchable(text) {
			return
		}
		t := `"` + strings.ReplaceAll(plainText(text), `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	s := strings.ToValidUTF8(input, " ")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"':
			// A phrase runs to the closing quote, or to the end when the
			// quote is left open.
			rest := s[i+1:]
			end := strings.IndexByte(rest, '"')
			if end < 0 {
				end = len(rest)
				i = len(s)
			} else {
				i += end + 2
			}
			prefix := i < len(s) && s[i] == '*'
			if prefix {
				i++
			}
			add(rest[:end], prefix)
		case unicode.IsSpace(r) || unicode.IsControl(r):
			i += size
		default:
			end := strings.IndexFunc(s[i:], func(r rune) bool {
				return r == '"' || unicode.IsSpace(r) || unicode.IsControl(r)
			})
			if end < 0 {
				end = len(s) - i
			}
			word := s[i : i+end]
			i += end
			trimmed := strings.TrimRight(word, "*")
			add(trimmed, len(trimmed) < len(word))
		}
	}
	switch {
	case len(terms) == 0:
		return "", Errorf(EINVALID, "nothing to search for in %q: give a word or a \"quoted phrase\"", input)
	case len(terms) > maxSearchTerms:
		return "", Errorf(EINVALID, "too many words to search for (%d, at most %d)", len(terms), maxSearchTerms)
	}
	return strings.Join(terms, " AND "), nil
}

// searchable reports whether text holds a character that FTS5's unicode61
// tokenizer keeps in a token: a letter, a number or a private-use character.
func searchable(text string) bool {
	return strings.IndexFunc(text, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
	}) >= 0
}

// plainText turns control characters (NUL among them) into spaces: they
// separate tokens anyway, and a NUL would cut the query short.
func plainText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// SearchOptions is a full-text search over statements.
type SearchOptions struct {
	Query string
	Raw   bool      // Query is FTS5 syntax, passed through as it is
	Limit int       // at most this many hits; 0 for all
	Mark  [2]string // put around each matched word in the snippet; "[" and "]" when empty
}

// SearchHit is one statement that matched, best first.
type SearchHit struct {
	Rank      int       `json:"rank"`  // 1 for the best match
	Score     float64   `json:"score"` // bm25; lower is a better match
	Snippet   string    `json:"snippet"`
	Statement Statement `json:"statement"`
}

const searchStatements = `
SELECT s.id, snippet(statements_fts, 0, ?, ?, '…', 24), bm25(statements_fts)
  FROM statements_fts
  JOIN statements s ON s.rowid = statements_fts.rowid
 WHERE statements_fts MATCH ?
 ORDER BY bm25(statements_fts), s.id
 LIMIT ?`

// Search finds the statements whose text matches opts.Query, ranked by
// bm25, each with a snippet and everything Statements gives (speaker, role
// at the time, topics, sources). No hits is an empty slice, not an error.
// A query that is not valid FTS5 syntax can only come with Raw, and is an
// EINVALID error that says so.
func (db *DB) Search(ctx context.Context, opts SearchOptions) ([]SearchHit, error) {
	match := opts.Query
	if !opts.Raw {
		var err error
		if match, err = FTSQuery(opts.Query); err != nil {
			return nil, err
		}
	} else if strings.TrimSpace(match) == "" {
		return nil, Errorf(EINVALID, "nothing to search for: the query is empty")
	}
	mark := opts.Mark
	if mark == [2]string{} {
		mark = [2]string{"[", "]"}
	}
	limit := opts.Limit
	if limit <= 0 {
		limit = -1
	}
	var hits []SearchHit
	err := db.lookupTx(ctx, func(tx execer) error {
		var err error
		hits, err = searchHits(ctx, tx, match, mark, limit)
		if err != nil {
			return searchError(opts, err)
		}
		if len(hits) == 0 {
			return nil
		}
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.Statement.ID
		}
		sts, err := findStatements(ctx, tx, StatementFilter{IDs: ids})
		if err != nil {
			return err
		}
		byID := make(map[string]Statement, len(sts))
		for _, s := range sts {
			byID[s.ID] = s
		}
		for i := range hits {
			hits[i].Statement = byID[hits[i].Statement.ID]
		}
		return nil
	})
	return hits, wrapSQL(err)
}

func searchHits(ctx context.Context, tx execer, match string, mark [2]string, limit int) ([]SearchHit, error) {
	if limit > 0 && searchTwoSteps {
		hits, exact, err := searchTop(ctx, tx, match, mark, limit)
		if err != nil || exact {
			return hits, err
		}
	}
	rows, err := tx.QueryContext(ctx, searchStatements, mark[0], mark[1], match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := []SearchHit{}
	for rows.Next() {
		h := SearchHit{Rank: len(hits) + 1}
		if err := rows.Scan(&h.Statement.ID, &h.Snippet, &h.Score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// searchTwoSteps switches searchTop on; tests switch it off to compare.
var searchTwoSteps = true

const (
	// searchRanked ranks inside the full-text index alone: no row of
	// statements is read and no snippet made for the thousands of matches
	// of common words, which halves the time of such a search.
	searchRanked = `
SELECT rowid, bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH ? ORDER BY 2, 1 LIMIT ?`
	// searchChosen makes the snippets of the chosen rows only (a JSON array
	// of rowids): one pass over the matches, without scoring them. The +
	// keeps the rowid list from FTS5, which would run the MATCH again for
	// each rowid: 4.1 against 1.0 ms in the sqlite3 shell for two words in
	// 1 % of a million statements.
	searchChosen = `
SELECT s.id, snippet(statements_fts, 0, ?, ?, '…', 24), s.rowid
  FROM statements_fts
  JOIN statements s ON s.rowid = statements_fts.rowid
 WHERE statements_fts MATCH ? AND +statements_fts.rowid IN (SELECT value FROM json_each(?))`
)

// searchTop is searchStatements in two steps: the best 2*limit rowids by
// score, then ids and snippets for those within the limit's score. It
// gives the same hits in the same order (score, then statement id) unless
// the scores tie across the 2*limit-th row, when exact is false and the
// caller runs the one-step query.
func searchTop(ctx context.Context, tx execer, match string, mark [2]string, limit int) (hits []SearchHit, exact bool, err error) {
	k := 2 * limit
	rows, err := tx.QueryContext(ctx, searchRanked, match, k)
	if err != nil {
		return nil, false, err
	}
	type ranked struct {
		rowid int64
		score float64
	}
	var top []ranked
	for rows.Next() {
		var r ranked
		if err := rows.Scan(&r.rowid, &r.score); err != nil {
			rows.Close()
			return nil, false, err
		}
		top = append(top, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if len(top) == 0 {
		return []SearchHit{}, true, nil
	}
	if len(top) > limit {
		cut := top[limit-1].score
		if len(top) == k && top[k-1].score <= cut {
			return nil, false, nil // ties beyond what was read
		}
		n := limit
		for n < len(top) && top[n].score <= cut {
			n++
		}
		top = top[:n]
	}
	chosen := make([]int64, len(top))
	for i, r := range top {
		chosen[i] = r.rowid
	}
	list, _ := json.Marshal(chosen)
	rows, err = tx.QueryContext(ctx, searchChosen, mark[0], mark[1], match, string(list))
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	score := make(map[int64]float64, len(top))
	for _, r := range top {
		score[r.rowid] = r.score
	}
	for rows.Next() {
		var h SearchHit
		var rowid int64
		if err := rows.Scan(&h.Statement.ID, &h.Snippet, &rowid); err != nil {
			return nil, false, err
		}
		h.Score = score[rowid] // the very value ranked on
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		if c := cmp.Compare(a.Score, b.Score); c != 0 {
			return c
		}
		return strings.Compare(a.Statement.ID, b.Statement.ID)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	for i := range hits {
		hits[i].Rank = i + 1
	}
	return hits, true, nil
}

// searchError explains a failed MATCH. With Raw it is the user's syntax;
// without, the translation let something through, which is a bug.
func searchError(opts SearchOptions, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_ERROR {
		return err
	}
	detail := strings.TrimPrefix(sqliteCodeSuffix.ReplaceAllString(se.Error(), ""), "SQL logic error: ")
	// SQLite names the end of the query as an empty token
	detail = strings.Replace(detail, `syntax error near ""`, "syntax error at the end of the query", 1)
	if opts.Raw {
		return &Error{Code: EINVALID, Message: "invalid FTS5 query " + quoteForMessage(opts.Query) + " (" + detail + "); without --raw, words and \"quoted phrases\" are searched for as typed", Err: err}
	}
	return &Error{Code: EINTERNAL, Message: "search for " + quoteForMessage(opts.Query) + " failed (" + detail + "); this is a bug in kb", Err: err}
}

// quoteForMessage quotes user input for an error message, shortened.
func quoteForMessage(s string) string {
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:80]) + "…"
	}
	return strconv.Quote(s)
}
