package names

import (
	"slices"
	"strings"
	"testing"
)

// The edit distance in runes, against pairs worked out by hand: each kind
// of edit alone, both directions of a length change, and runes that take
// more than one byte (levenshtein's terms, names.go:90, lived in make
// mutate with only TestSuggest).
func TestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"abc", "abc", 0},
		{"ab", "a", 1},      // a deletion
		{"a", "ab", 1},      // an insertion
		{"abc", "axc", 1},   // a substitution
		{"abcdef", "ab", 4}, // deletions only
		{"ab", "abcdef", 4}, // insertions only
		{"kitten", "sitting", 3},
		{"flaw", "lawn", 2},
		{"зеленский", "зеленскии", 1}, // two bytes a rune, one rune apart
		{"日本語", "日本", 1},
	} {
		if got := levenshtein(tc.a, tc.b); got != tc.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// Suggest's rules, each at its edge: a query much longer than a candidate
// is too far (a deletion costs one), at most `most` names come back,
// ties in distance are in name order, and a normalized query of 200 bytes
// is still compared while 201 is not (names.go:90, :103 and :132 lived).
func TestSuggestRules(t *testing.T) {
	long := func(n int) string { return strings.Repeat("a", n) }
	for _, tc := range []struct {
		name       string
		query      string
		candidates []string
		most       int
		want       []string
	}{
		{"longer query too far", "abcdefgh", []string{"ab", "abcdefg"}, 3, []string{"abcdefg"}},
		{"at most three", "kellog", []string{"Kellogg", "Kellogs", "Kelloggs", "Kelogg"}, 3, []string{"Kellogg", "Kellogs", "Kelloggs"}}, // distances 1, 1, 2, 2
		{"at most one", "kellog", []string{"Kellogg", "Kellogs"}, 1, []string{"Kellogg"}},
		{"none asked", "kellog", []string{"Kellogg"}, 0, []string{}},
		{"a query of 200 bytes", long(200), []string{long(199), "b"}, 3, []string{long(199)}},
		{"a query of 201 bytes", long(201), []string{long(200)}, 3, nil},
		{"an empty query", " ' ", []string{"a"}, 3, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Suggest(tc.query, tc.candidates, tc.most)
			if !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
				t.Errorf("Suggest(%.20q, %q, %d) = %#v, want %#v", tc.query, tc.candidates, tc.most, got, tc.want)
			}
		})
	}
}

// Each apostrophe Normalize joins on, alone (names.go:29: the case of the
// switch is "not covered" for gremlins, which cannot place a case
// expression in Go's coverage profile).
func TestNormalizeJoinsEachApostrophe(t *testing.T) {
	for _, a := range []string{"'", "’", "ʼ", "‘"} {
		if got := Normalize("O" + a + "Brien"); got != "obrien" {
			t.Errorf("Normalize(%q) = %q, want %q", "O"+a+"Brien", got, "obrien")
		}
	}
	if got := Normalize("O`Brien"); got != "o brien" {
		t.Errorf("a backtick is not an apostrophe: got %q", got)
	}
}
