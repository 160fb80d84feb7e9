package extract

import (
	"testing"
)

// TestLeadFixtures runs the articles of testdata/lead, written by us for
// two regressions that the merged rules of the third session showed on
// real news they were not drawn from (a trailing "told <outlet>" taken
// for the speaker, an "-elect" title taken for a name), and for verbs of
// manner ("“…,” he smiled") that batch C showed missing.
func TestLeadFixtures(t *testing.T) {
	for _, tc := range []struct {
		file     string
		want     [][2]string // speaker, opening words
		invented []string
	}{
		{"museum-interview", [][2]string{
			{"Lena Marsh", "We compared every tooth"}, // "…,” X, curator at Y, told Radio Kesk.": whom X told
			{"Lena Marsh", "The jaw is heavy"},
			{"Tomas Berg", "One jaw is not a species"},
			{"Eva Dahl", "repairing the old harbour wall"}, // "Mayor-elect Dahl says": a title, then the surname
			{"Eva Dahl", "The voters told us"},
		}, []string{"Radio Kesk", "Mayor-elect Dahl", "Mayor-elect"}},
		{"manner-verbs", [][2]string{ // "“…,” X smiled.": how it was said, and who said it
			{"Jonas Vik", "I have missed one of those"},
			{"Rita Holm", "I could not look"},
			{"Erik Lund", "We gave everything"},
			{"Erik Lund", "Perhaps that is what this club needs"},
		}, []string{"Smiling"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractFixture(t, "lead", tc.file)
			for _, w := range tc.want {
				if got, rule := speakerOf(d, w[1]); got != w[0] {
					t.Errorf("%q: speaker %s (rule %s), want %s", w[1], got, rule, w[0])
				}
			}
			notDrafted(t, d, tc.invented)
		})
	}
}
