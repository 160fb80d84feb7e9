package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every article under testdata is drafted and the draft compared with
// testdata/drafts/fixtures/<dir>/<name>.golden (refresh with go test
// ./extract -run TestFixtureDrafts -update). The rule tests assert the one
// edge each fixture was written for; this holds the rest of each draft
// (every speaker, role, rule name, confidence, claim and comment), so a
// change anywhere in the rules shows as a diff to review, not only where
// a test looks. A branch that changes a rule on purpose refreshes the
// goldens and reviews the diff.
func TestFixtureDrafts(t *testing.T) {
	var articles []string
	err := filepath.WalkDir("testdata", func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".txt") {
			articles = append(articles, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) < 100 {
		t.Fatalf("found %d articles under testdata, want at least 100", len(articles))
	}
	for _, p := range articles {
		rel, _ := filepath.Rel("testdata", p)
		name := strings.TrimSuffix(filepath.ToSlash(rel), ".txt")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d := Extract(string(body), Options{SourceID: filepath.Base(name), Published: "2026-01-15", BodyFile: filepath.Base(p)})
			got := d.YAML()
			golden := filepath.Join("testdata", "drafts", "fixtures", filepath.FromSlash(name)+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestFixtureDrafts -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("the draft of %s differs from %s:\n%s", p, golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines of want missing from got (-) and of got
// missing from want (+), in order: enough to see what a rule changed
// without printing a whole draft.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	count := func(lines []string) map[string]int {
		m := map[string]int{}
		for _, l := range lines {
			m[l]++
		}
		return m
	}
	inW, inG := count(w), count(g)
	var b strings.Builder
	for _, l := range w {
		if inG[l] > 0 {
			inG[l]--
			continue
		}
		b.WriteString("- " + l + "\n")
	}
	for _, l := range g {
		if inW[l] > 0 {
			inW[l]--
			continue
		}
		b.WriteString("+ " + l + "\n")
	}
	return b.String()
}
