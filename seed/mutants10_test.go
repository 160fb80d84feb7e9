package seed

import (
	"slices"
	"strings"
	"testing"
)

// Tests for mutants a full run of seed at 68bb08f left alive
// (docs/testing.md, "mut-store (sixth session)").

// find gives the rune offset of every occurrence, overlapping ones too,
// counted in characters of the body, not bytes (mutant passage.go:80:14,
// `runesBefore++` made `--`, put every occurrence after the first two
// characters too early).
func TestFindEveryOccurrence(t *testing.T) {
	for _, tc := range []struct {
		name, body, needle string
		want               []int
	}{
		{"none", "Anna said no.", "yes", nil},
		{"once", "Anna said no.", "no", []int{10}},
		{"twice", "no and no", "no", []int{0, 7}},
		{"after accents", "Zoë: née, née", "née", []int{5, 10}},
		{"overlapping", "aaaa", "aa", []int{0, 1, 2}},
		{"curly against straight", "‘no’ and 'no'", "'no'", []int{0, 9}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := newBody(tc.body).find(tc.needle); !slices.Equal(got, tc.want) {
				t.Errorf("find(%q) in %q = %v, want %v", tc.needle, tc.body, got, tc.want)
			}
		})
	}
}

// yamlHint looks for a tab or an unclosed bracket on the line the parser
// names and the one after it; named the last line, it looks no further
// and gives the parser's words (mutants files.go:258:24 and 270:24,
// `i < len(lines)` made `<=`, read past the last line and panicked).
func TestYAMLHintOnTheLastLine(t *testing.T) {
	const tab = "found a tab character that violates indentation"
	const list = "did not find expected ',' or ']'"
	for _, tc := range []struct {
		name, data string
		line       int
		msg        string
		want       pos
		wantMsg    string
	}{
		{"tab on the line after", "a:\n  b: 1\n\tc: 2", 2, tab, pos{3, 1}, "YAML syntax error: a tab in the indentation; indent with spaces"},
		{"tab on the named line", "a:\n\tb: 1", 2, tab, pos{2, 1}, "YAML syntax error: a tab in the indentation; indent with spaces"},
		{"no tab, last line", "a:\n  b: 1", 2, tab, pos{2, 1}, "YAML syntax error: " + tab},
		{"bracket on the line after", "a: 1\nb: [x,\n", 1, list, pos{2, 4}, `YAML syntax error: this list opened with '[' is never closed; close it with ']', or quote the text ("...") if the bracket is part of it`},
		{"no bracket, last line", "a: 1\nb: x", 2, list, pos{2, 1}, "YAML syntax error: " + list},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, msg := yamlHint([]byte(tc.data), tc.line, tc.msg)
			if got != tc.want || msg != tc.wantMsg {
				t.Errorf("yamlHint(line %d, %q) = %v %q, want %v %q", tc.line, tc.msg, got, msg, tc.want, tc.wantMsg)
			}
		})
	}
}

// Problems at one position keep the order they were found in: the check
// reports the cause before its consequences (mutant problem.go:48:16,
// `a.Col < b.Col` made `<=`, swapped them: a sort that calls equal
// positions "less" is no longer stable).
func TestProblemsAtOnePositionKeepTheirOrder(t *testing.T) {
	ps := Problems{
		{File: "a.yaml", Line: 3, Col: 5, Msg: "first"},
		{File: "a.yaml", Line: 3, Col: 5, Msg: "second"},
		{File: "a.yaml", Line: 3, Col: 5, Msg: "third"},
		{File: "a.yaml", Line: 1, Col: 1, Msg: "before"},
	}.Sorted()
	var got []string
	for _, p := range ps {
		got = append(got, p.Msg)
	}
	if want := []string{"before", "first", "second", "third"}; !slices.Equal(got, want) {
		t.Errorf("sorted: %q, want %q", got, want)
	}
}

// A passage quoted in a message is cut after 117 characters, with "...",
// only when it is longer than 120 (mutant passage.go:291:13, `>` made
// `>=`, cut one of exactly 120). Characters, not bytes.
func TestClipAt120Characters(t *testing.T) {
	for _, tc := range []struct {
		name, s, want string
	}{
		{"short", "no", "no"},
		{"120", strings.Repeat("é", 120), strings.Repeat("é", 120)},
		{"121", strings.Repeat("é", 121), strings.Repeat("é", 117) + "..."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clip(tc.s); got != tc.want {
				t.Errorf("clip(%d characters) = %q, want %q", len([]rune(tc.s)), got, tc.want)
			}
		})
	}
}

// A text of nothing but a pair of marks is a quotation pasted with its
// marks and no words, refused as such; one mark alone is not (mutant
// text.go:61:34, `< 2` made `<= 2`, let the empty pair through).
func TestWrappedInQuotesAtTwoCharacters(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"“”", true},
		{`""`, true},
		{"«»", true},
		{`"`, false},
		{"“a”", true},
	} {
		if got := wrappedInQuotes(tc.text); got != tc.want {
			t.Errorf("wrappedInQuotes(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
