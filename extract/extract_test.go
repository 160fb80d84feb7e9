package extract

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/internal/testdb"
	"kb/seed"
)

var update = flag.Bool("update", false, "rewrite testdata/eval.golden")

// article is a body with its curated fact file.
type article struct {
	name, factFile string
	curated        []byte
	body           string
}

func loadArticle(t *testing.T, factFile string) article {
	t.Helper()
	data, err := os.ReadFile(factFile)
	if err != nil {
		t.Fatal(err)
	}
	bf, err := ParseBodyFile(data)
	if err != nil || bf == "" {
		t.Fatalf("%s: no body_file (%v)", factFile, err)
	}
	body, err := os.ReadFile(filepath.Join(filepath.Dir(factFile), bf))
	if err != nil {
		t.Fatal(err)
	}
	return article{name: strings.TrimSuffix(filepath.Base(factFile), ".yaml"), factFile: factFile, curated: data, body: string(body)}
}

// draftAndCheck extracts a, checks the draft with the fact-file checker
// (with the catalog when given) and evaluates it against the curated file.
func draftAndCheck(t *testing.T, a article, known []Known, cat seed.Catalog) *Evaluation {
	t.Helper()
	d := Extract(a.body, Options{SourceID: "draft-" + a.name, Published: PublishedOf(a.curated), BodyFile: "article.txt", Known: known})
	y := d.YAML()
	files := []seed.File{{Name: "draft.yaml", Data: y, ReadSibling: func(name string) ([]byte, error) {
		if name != "article.txt" {
			return nil, fmt.Errorf("unexpected sibling %q", name)
		}
		return []byte(a.body), nil
	}}}
	_, probs, err := seed.Check(context.Background(), files, cat)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Errorf("the draft is not accepted: %s", p)
	}
	if len(probs) > 0 {
		t.Logf("draft:\n%s", y)
	}
	ev, err := Evaluate(y, a.curated, a.body, known)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// TestSeedArticleTargets holds the extractor to the targets of issue 5 on
// the curated seed article, with and without a database to match names in.
func TestSeedArticleTargets(t *testing.T) {
	a := loadArticle(t, "../seed/ukraine-talks-2025-12-07.yaml")
	db := testdb.Seeded(t)
	ents, err := db.KnownEntities(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		known []Known
		cat   seed.Catalog
	}{
		{"no database", nil, nil},
		{"seeded database", KnownFromStore(ents), db},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := draftAndCheck(t, a, tc.known, tc.cat)
			var b bytes.Buffer
			ev.Write(&b)
			t.Logf("\n%s", b.String())
			if ev.Quotes.Curated != 9 || ev.QuotesRightSpeaker != 9 || ev.Quotes.Drafted != 9 {
				t.Errorf("quotes: %d of %d with the right speaker, %d drafted; want 9 of 9, 9 drafted", ev.QuotesRightSpeaker, ev.Quotes.Curated, ev.Quotes.Drafted)
			}
			if p, r := ev.Reported.Precision(), ev.Reported.Recall(); p < 0.8 || r < 0.8 {
				t.Errorf("reported claims: precision %.2f recall %.2f, want both >= 0.8", p, r)
			}
			if ev.Roles.Recall() < 1 {
				t.Errorf("roles: recall %.2f, want 1", ev.Roles.Recall())
			}
			if ev.Control.Recall() < 1 {
				t.Errorf("territory figures: recall %.2f, want 1", ev.Control.Recall())
			}
		})
	}
}

// TestOwnArticles scores the test articles in testdata/ and compares the
// figures with testdata/eval.golden (rewrite it with -update).
func TestOwnArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/*.yaml")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least three test articles in testdata, found %d (%v)", len(files), err)
	}
	var b bytes.Buffer
	for _, f := range files {
		a := loadArticle(t, f)
		curated, err := seed.ReadPaths([]string{f})
		if err != nil {
			t.Fatal(err)
		}
		if _, probs, err := seed.Check(context.Background(), curated, nil); err != nil || len(probs) > 0 {
			t.Fatalf("the curated file %s is not valid: %v %v", f, err, probs)
		}
		ev := draftAndCheck(t, a, nil, nil)
		fmt.Fprintf(&b, "== %s\n", a.name)
		ev.Write(&b)
	}
	t.Logf("\n%s", b.String())
	golden := "testdata/eval.golden"
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run `go test ./extract -update`)", err)
	}
	if !bytes.Equal(want, b.Bytes()) {
		t.Errorf("the figures changed (rerun with -update if intended):\n--- want\n%s\n--- got\n%s", want, b.String())
	}
}
