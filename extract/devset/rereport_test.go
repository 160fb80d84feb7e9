package devset

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScoreRereports drafts and loads three articles of one event, written
// for this test, and checks how each gold re-report is counted.
func TestScoreRereports(t *testing.T) {
	texts := map[string]string{
		"wire":    "Ostfeld bridge to open before winter\n\nOSTFELD, March 2 (Example Wire) - Mayor Ann Berg said on Monday: “We will finish the new bridge over the Lahn before the winter comes.”\n\n“The money for the bridge is safe, whatever the council decides,” Berg said. “Nobody at the yard will lose their job,” she added.\n",
		"courier": "Berg: bridge on time\n\n“We will finish the new bridge over the Lahn before the winter,” Mayor Ann Berg told the Courier on Tuesday.\n\n“Nobody at the yard will lose their job,” Berg said.\n",
		"post":    "Mayor Berg sticks to her bridge\n\n“By the first snow, people will drive across it, I promise you that,” Mayor Ann Berg said on Wednesday of the new bridge.\n\nBerg, who has led Ostfeld since 2019, said the money for the bridge was safe.\n",
	}
	dir := t.TempDir()
	for id, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	art := func(id, published string, quotes ...Item) Article {
		return Article{ID: id, Published: published, Event: "ostfeld-bridge", Quotes: quotes}
	}
	g := &Gold{Articles: []Article{
		// file order is not publication order: the scorer sorts
		art("post", "2026-03-04",
			Item{Speaker: "Ann Berg", Opens: "By the first snow, people", SameAs: "bridge"}),
		art("wire", "2026-03-02",
			Item{Speaker: "Ann Berg", Opens: "We will finish the new bridge", SameAs: "bridge"},
			Item{Speaker: "Ann Berg", Opens: "The money for the bridge", SameAs: "money"}),
		art("courier", "2026-03-03",
			Item{Speaker: "Ann Berg", Opens: "We will finish the new bridge", SameAs: "bridge"},
			Item{Speaker: "Ann Berg", Opens: "Nobody at the yard will"},
			Item{Speaker: "Ann Berg", Opens: "He never said this", SameAs: "money"}),
	}}
	rs, err := Config{}.Rereports(context.Background(), g, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("got %d events, want 1", len(rs))
	}
	s := rs[0]
	var b strings.Builder
	RereportDetails(&b, rs)
	tests := []struct {
		name      string
		got, want int
	}{
		{"articles", s.Articles, 3},
		{"loaded unedited", s.Loaded, 3},
		{"gold re-reports", s.Pairs, 3},
		{"matched (courier's trimmed bridge quote)", s.Matched, 1},
		// the gold links courier's job quote to no earlier quote, so its
		// re-report of wire's counts as a false match
		{"false matches", s.False, 1},
		{"false matches outside the gold pairs", len(s.FalseOther), 1},
		{"near misses and silent duplicates (post's reworded promise)", s.Near + s.Duplicate, 1},
		{"not drafted (courier's money quote is not in its text)", s.NotDrafted, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %d, want %d; details:\n%s", tt.got, tt.want, b.String())
			}
		})
	}
	var md strings.Builder
	RereportMarkdown(&md, rs)
	if !strings.Contains(md.String(), "| ostfeld-bridge | 3 of 3 | 3 | 1 of 3 (33%) | 1 |") {
		t.Errorf("markdown:\n%s", md.String())
	}
}
