package seed

import (
	"slices"
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
