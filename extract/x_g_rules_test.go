package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// extractG drafts an article of testdata/g-rules with a publication date.
func extractG(t *testing.T, file string) *Draft {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "g-rules", file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(string(body), Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// TestGRules runs the articles of testdata/g-rules, written by us to
// imitate failure kinds of batch G (docs/extract.md, section "x-g-rules"):
// each want is a statement's opening words and its speaker
// ("(unattributed)" or "(not found)" where none may be given); each not is
// a name no drafted person or organization may have.
func TestGRules(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][2]string
		not  []string
	}{
		{"guillemets", [][2]string{
			{"The price is fair to every holder", "Ann Lee"}, // «…,» X said
			{"The deal is the best path", "Ann Lee"},         // a second «…» in the paragraph
			{"We will run the fleet", "Bo Ray"},              // «…,» he told
			{"It is too early to say", "Tom Dale"},           // «…,» said X
			{"Nous restons ici", "(not found)"},              // spaces inside: not a wire guillemet
		}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractG(t, tc.file)
			for _, w := range tc.want {
				if got, rule := speakerOf(d, w[0]); got != w[1] {
					t.Errorf("%q: speaker %s (%s); want %s", w[0], got, rule, w[1])
				}
			}
			notDrafted(t, d, tc.not)
		})
	}
}
