package checked_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"kb/extract"
	"kb/seed"
)

// TestGRulesChecked holds that the drafts of the g-rules fixtures pass the
// checker: the guillemet quotes' evidence is the body's own text, marks as
// printed (rule guillemet-quotes reads them as curly marks only inside
// the extractor).
func TestGRulesChecked(t *testing.T) {
	for _, name := range []string{"guillemets"} { // (the only fixture with marks read otherwise)
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile("../testdata/g-rules/" + name + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			d := extract.Extract(string(body), extract.Options{SourceID: "g", Published: "2026-05-04", BodyFile: "a.txt"})
			y := string(d.YAML())
			if !strings.Contains(y, "«The price is fair") || strings.Contains(y, "“The price is fair") {
				t.Errorf("the draft does not quote the body's guillemets as printed:\n%s", y)
			}
			files := []seed.File{{Name: "d.yaml", Data: d.YAML(), ReadSibling: func(string) ([]byte, error) { return body, nil }}}
			_, probs, err := seed.Check(context.Background(), files, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range probs {
				t.Error(p)
			}
		})
	}
}
