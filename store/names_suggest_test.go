package store_test

import (
	"slices"
	"strings"
	"testing"

	"kb/store"
)

// TestSuggest pins the suggestions for misspelled names: closest first (by
// edit distance on normalized forms, then by name), one word of a
// multi-word name may match, too distant names are left out, and at most
// `most` are given.
func TestSuggest(t *testing.T) {
	names := []string{"Keith Kellogg", "Jared Kushner", "Volodymyr Zelenskiy", "Steve Witkoff", "Kyiv", "Kiev"}
	for _, tc := range []struct {
		query string
		most  int
		want  []string
	}{
		{"kelog", 3, []string{"Keith Kellogg"}},          // a word of the name, two edits
		{"Keith Kelog", 3, []string{"Keith Kellogg"}},    // the whole name, one edit
		{"Kushnir", 3, []string{"Jared Kushner"}},        // one substitution
		{"Zelensky", 3, []string{"Volodymyr Zelenskiy"}}, // one insertion
		{"Witkof", 3, []string{"Steve Witkoff"}},         // one deletion
		{"Kyev", 3, []string{"Kiev", "Kyiv"}},            // equal distance: by name
		{"Kyev", 1, []string{"Kiev"}},                    // at most one
		{"Kyiv", 3, []string{"Kyiv", "Kiev"}},            // exact first
		{"Putin", 3, []string{}},                         // too far from every name
		{"", 3, nil},                                     // nothing to compare
		{"Steve Wzzzzff", 3, []string{"Steve Witkoff"}},  // 4 edits: a 13-letter query allows 13/3 = 4
		{"Steve zzzzzff", 3, []string{}},                 // 5 edits: too far
		{"Kyxz", 3, []string{"Kyiv"}},                    // a short query still allows 2 edits
		{"Kxyz", 3, []string{}},                          // but not 3
	} {
		t.Run(tc.query, func(t *testing.T) {
			got := store.Suggest(tc.query, names, tc.most)
			if !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
				t.Errorf("Suggest(%q, %d) = %q, want %q", tc.query, tc.most, got, tc.want)
			}
		})
	}
}

// TestSuggestLongQuery: a normalized query of up to 200 bytes is compared;
// a longer one is no misspelling of a name and gets nothing.
func TestSuggestLongQuery(t *testing.T) {
	name := strings.Repeat("a", 200)
	if got := store.Suggest(name, []string{name}, 3); !slices.Equal(got, []string{name}) {
		t.Errorf("200 bytes: %q, want the name itself", got)
	}
	if got := store.Suggest(name+"a", []string{name + "a"}, 3); got != nil {
		t.Errorf("201 bytes: %q, want nothing", got)
	}
}

// TestNormalizeApostrophes: every apostrophe form joins the letters around
// it, where other punctuation becomes a space.
func TestNormalizeApostrophes(t *testing.T) {
	for in, want := range map[string]string{
		"O'Brien":      "obrien",
		"O’Brien":      "obrien",
		"Oʼbrien":      "obrien",
		"O‘Brien":      "obrien",
		"ZELENSKIY's":  "zelenskiys",
		"O-Brien":      "o brien",
		"Zelenskýy’s ": "zelenskyys",
	} {
		if got := store.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
