package store_test

import (
	"strings"
	"testing"

	"kb/store"
)

// TestCheckStatementLexing pins what the statement check returns for the
// lexical corners: comments, quoted tokens holding a `;`, what follows the
// statement, and where its messages point.
func TestCheckStatementLexing(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		want        string // the statement returned, or
		err         string // a part of the error
	}{
		{"plain", "SELECT 1", "SELECT 1", ""},
		{"trailing semicolon", "SELECT 1;", "SELECT 1", ""},
		{"two semicolons", "SELECT 1;;", "SELECT 1", ""},
		{"space after the semicolon", "SELECT 1 ;\n\t\r\f ", "SELECT 1 ", ""},
		{"comment after the semicolon", "SELECT 1; -- done", "SELECT 1", ""},
		{"block comment after the semicolon", "SELECT 1; /* done */", "SELECT 1", ""},
		{"empty block comment first", "/**/SELECT 1", "/**/SELECT 1", ""},
		{"block comment first", "/* ; */ SELECT 1", "/* ; */ SELECT 1", ""},
		{"line comment first", "-- ;\nSELECT 1", "-- ;\nSELECT 1", ""},
		{"semicolon in a string", "SELECT 'a;b'", "SELECT 'a;b'", ""},
		{"doubled quote in a string", "SELECT 'it''s;' ; ", "SELECT 'it''s;' ", ""},
		{"string at the very end", "SELECT 'x'", "SELECT 'x'", ""},
		{"doubled quote at the very end", "SELECT 'x'''", "SELECT 'x'''", ""},
		{"semicolon in a quoted name", `SELECT "a;b"`, `SELECT "a;b"`, ""},
		{"semicolon in brackets", "SELECT [a;b]", "SELECT [a;b]", ""},
		{"semicolon in backquotes", "SELECT `a;b`", "SELECT `a;b`", ""},
		{"lower case", "with x as (select 1) select * from x", "with x as (select 1) select * from x", ""},
		{"keyword after a comment", "/* x */ EXPLAIN SELECT 1", "/* x */ EXPLAIN SELECT 1", ""},

		{"empty", "", "", "the query is empty"},
		{"spaces", " \n\t", "", "the query is empty"},
		{"only a line comment", "-- SELECT 1", "", "the query is empty"},
		{"open block comment", "/* SELECT 1", "", "the query is empty"},
		{"NUL first", "\x00SELECT 1", "", "NUL byte"},
		{"NUL later", "SELECT 1\x00", "", "NUL byte"},
		{"invalid UTF-8", "SELECT '\xff'", "", "not valid UTF-8"},
		{"word glued to a digit", "select1", "", `near "select1" (line 1, column 1): syntax error`},
		{"underscore in the word", "with_x", "", `near "with_x" (line 1, column 1): syntax error`},
		{"accented word", "sélect 1", "", `near "sélect" (line 1, column 1): syntax error`},
		{"punctuation first", "(SELECT 1)", "", `near "(" (line 1, column 1): syntax error`},
		{"quote first", `"SELECT"`, "", `near "\"" (line 1, column 1): syntax error`},
		{"more after the statement", "SELECT 1; SELECT 2", "", "(at line 1, column 11)"},
		{"more on the next line", "SELECT 1;\n  x", "", "(at line 2, column 3)"},
		{"a newline first", "\nSELECT 1; x", "", "(at line 2, column 11)"},
		{"columns count characters", "SELECT 'é';é", "", "(at line 1, column 12)"},
		{"a string after the statement", "SELECT 1;'x'", "", "(at line 1, column 10)"},
		{"after a doubled-quote string", "SELECT 'a''b';x", "", "(at line 1, column 15)"},
		{"after a comment and newline", "SELECT 1; -- c\nDROP TABLE x", "", "(at line 2, column 1)"},
		{"after a block comment", "SELECT 1; /* c */x", "", "(at line 1, column 18)"},
		{"after a string", "SELECT 'a';x", "", "(at line 1, column 12)"},
		{"after an empty string", "SELECT '';x", "", "(at line 1, column 11)"},
		{"after a quoted name", `SELECT "a";x`, "", "(at line 1, column 12)"},
		{"a doubled ] ends the brackets", "SELECT [a]]; x", "", "(at line 1, column 14)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := store.CheckStatement(tc.query)
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("%q: %v", tc.query, err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("%q: got %q, %v; want an error containing %q", tc.query, got, err, tc.err)
			case tc.err != "" && store.ErrorCode(err) != store.EINVALID:
				t.Errorf("%q: code %s, want %s", tc.query, store.ErrorCode(err), store.EINVALID)
			case got != tc.want:
				t.Errorf("%q: statement %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

// TestCheckStatementSuggestsOnlyANearKeyword: a first word near a read
// keyword gets "did you mean"; one near none gets the message alone (a
// mutant that offered the first of no suggestions lived).
func TestCheckStatementSuggestsOnlyANearKeyword(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"selct 1", `SQL error: near "selct" (line 1, column 1): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN; did you mean SELECT?`},
		{"frobnicate 1", `SQL error: near "frobnicate" (line 1, column 1): syntax error; a query starts with SELECT, WITH, VALUES, PRAGMA or EXPLAIN`},
	} {
		t.Run(tc.query, func(t *testing.T) {
			_, err := store.CheckStatement(tc.query)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}
