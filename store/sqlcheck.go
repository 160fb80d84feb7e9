package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// readKeywords are the words an ad-hoc statement may start with. Anything
// else (INSERT, CREATE, VACUUM, ATTACH, BEGIN, ...) is refused before it
// reaches SQLite. This is the friendly first layer of the read-only guard,
// not the boundary: the connection itself refuses writes (see readonly.go).
var readKeywords = map[string]bool{
	"SELECT": true, "WITH": true, "VALUES": true, "PRAGMA": true, "EXPLAIN": true,
}

// writeKeywords start statements that change something, or that only make
// sense around changes (transactions): refused by name, as writes. Any
// other first word is not SQL at all, and is a syntax error.
var writeKeywords = map[string]bool{
	"INSERT": true, "UPDATE": true, "DELETE": true, "REPLACE": true, "CREATE": true, "DROP": true,
	"ALTER": true, "ATTACH": true, "DETACH": true, "VACUUM": true, "REINDEX": true, "ANALYZE": true,
	"BEGIN": true, "COMMIT": true, "END": true, "ROLLBACK": true, "SAVEPOINT": true, "RELEASE": true,
}

// checkStatement checks that query is exactly one statement that starts
// like a read, and returns that statement without a trailing `;`. It lexes
// the way SQLite does: string literals, quoted identifiers and comments may
// hold a `;` without ending the statement.
func checkStatement(query string) (string, error) {
	if !utf8.ValidString(query) {
		return "", Errorf(EINVALID, "the query is not valid UTF-8")
	}
	if strings.IndexByte(query, 0) >= 0 {
		return "", Errorf(EINVALID, "the query contains a NUL byte")
	}
	first, firstAt := "", -1
	end := len(query) // where the first statement ends
	var trailing error
	// token notes a token starting at i: the statement's first word, or
	// text after the statement's end.
	token := func(i int) {
		switch {
		case end < len(query):
			if trailing == nil {
				line, col := lineCol(query, i)
				trailing = Errorf(EINVALID, "refused: there is more after the `;` (at line %d, column %d): ad-hoc SQL runs one statement at a time", line, col)
			}
		case firstAt < 0:
			firstAt = i
			first = leadingWord(query[i:])
		}
	}
	for i := 0; i < len(query) && trailing == nil; {
		c := query[i]
		switch {
		case c == '-' && strings.HasPrefix(query[i:], "--"):
			j := strings.IndexByte(query[i:], '\n')
			if j < 0 {
				i = len(query)
			} else {
				i += j + 1
			}
		case c == '/' && strings.HasPrefix(query[i:], "/*"):
			j := strings.Index(query[i+2:], "*/")
			if j < 0 {
				i = len(query) // SQLite too lets an open comment run to the end
			} else {
				i += j + 4
			}
		case c == '\'' || c == '"' || c == '`':
			token(i)
			i = skipQuoted(query, i, c, c)
		case c == '[':
			token(i)
			i = skipQuoted(query, i, '[', ']')
		case c == ';':
			if end == len(query) {
				end = i
			}
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		default:
			token(i)
			_, size := utf8.DecodeRuneInString(query[i:])
			i += size
		}
	}
	if trailing != nil {
		return "", trailing
	}
	if firstAt < 0 {
		return "", Errorf(EINVALID, "no SQL to run: the query is empty")
	}
	if upper := strings.ToUpper(first); !readKeywords[upper] {
		if writeKeywords[upper] {
			return "", Errorf(EINVALID, "refused: a statement starting with %q: ad-hoc SQL only reads (SELECT, WITH, VALUES, PRAGMA, EXPLAIN); the database was not changed", upper)
		}
		what := first
		if what == "" {
			r, _ := utf8.DecodeRuneInString(query[firstAt:])
			what = string(r)
		}
		line, col := lineCol(query, firstAt)
		e := Errorf(EINVALID, "SQL error: near %q (line %d, column %d): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN", what, line, col)
		if first != "" {
			if s := Suggest(first, []string{"SELECT", "WITH", "VALUES", "PRAGMA", "EXPLAIN"}, 1); len(s) > 0 {
				e.Message += "; did you mean " + s[0] + "?"
			}
		}
		return "", e
	}
	return query[:end], nil
}

// skipQuoted returns the index just past the quoted token that opens at i,
// where a doubled close character stands for itself, as in SQL. An
// unterminated token runs to the end, which SQLite then reports.
func skipQuoted(s string, i int, open, close byte) int {
	for j := i + 1; j < len(s); j++ {
		if s[j] != close {
			continue
		}
		if open == close && j+1 < len(s) && s[j+1] == close {
			j++
			continue
		}
		return j + 1
	}
	return len(s)
}

// leadingWord returns the identifier-like word at the start of s.
func leadingWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	if end < 0 {
		return s
	}
	return s[:end]
}

// lineCol gives the 1-based line and column (in characters) of byte offset i.
func lineCol(s string, i int) (int, int) {
	before := s[:i]
	line := strings.Count(before, "\n") + 1
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		before = before[nl+1:]
	}
	return line, utf8.RuneCountInString(before) + 1
}
