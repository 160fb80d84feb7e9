package checked_test

import (
	"context"
	"os"
	"testing"

	"kb/extract"
	"kb/seed"
)

// The drafts of extract's TestDraftGolden that refer to nothing outside
// themselves are fact files the checker takes as they stand (the golden
// comparison stays in package extract, which must not link the checker's
// database: docs/testing.md).
func TestDraftsPassCheck(t *testing.T) {
	seedBody, err := os.ReadFile("../../seed/ukraine-talks-2025-12-07.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		body string
		opt  extract.Options
	}{
		{name: "seed-article", body: string(seedBody), opt: extract.Options{SourceID: "talks", Published: "2025-12-07", BodyFile: "talks.txt"}},
		{name: "escapes", body: "Odd \"titles\"\tand\\slashes\n\nAnna Berg said: “Tabs\there, a line\u2028separator, a bell \a and a BOM \ufeff stay text: # not a comment, key: value, - dash.”\n\nAlso Read: A link with \"quotes\" and a colon: yes\n",
			opt: extract.Options{SourceID: "escapes", BodyFile: "a b/c\"d.txt"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extract.Extract(tt.body, tt.opt).YAML()
			files := []seed.File{{Name: "d.yaml", Data: got, ReadSibling: func(string) ([]byte, error) { return []byte(tt.body), nil }}}
			if _, probs, err := seed.Check(context.Background(), files, nil); err != nil || len(probs) > 0 {
				t.Errorf("the draft is not accepted: %v %v", err, probs)
			}
		})
	}
}
