package checked_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"kb/extract"
	"kb/seed"
)

func TestDeterministic(t *testing.T) {
	a := loadArticle(t, "../../seed/ukraine-talks-2025-12-07.yaml", nil)
	first := extract.Extract(a.body, extract.Options{SourceID: "x", Published: "2025-12-07", BodyFile: "a.txt"}).YAML()
	for i := 0; i < 5; i++ {
		if again := extract.Extract(a.body, extract.Options{SourceID: "x", Published: "2025-12-07", BodyFile: "a.txt"}).YAML(); string(again) != string(first) {
			t.Fatal("two extractions of the same article differ")
		}
	}
}

// FuzzExtract holds that any text gives a draft without panicking, and
// that the draft is a fact file the checker accepts.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "“", "\"unbalanced", "“a” “b", "He said.", "'x'\n'y", "Also Read:", "said said said",
		"“One,\n“two,\n“three.”", "Russia controls 120% of Nowhere.", "A, who said, that “”.",
		"Kellogg, a retired US lieutenant general, said “horrific”.", "\u00a0“ ” \u2028",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if strings.TrimSpace(body) == "" || len(body) > 4000 {
			return
		}
		body = strings.ToValidUTF8(strings.ReplaceAll(body, "\r", "\n"), "?")
		done := make(chan *extract.Draft, 1)
		go func() {
			done <- extract.Extract(body, extract.Options{SourceID: "fuzz", Published: "2025-12-07", BodyFile: "a.txt"})
		}()
		var d *extract.Draft
		select {
		case d = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("extraction takes over 5s on %q", body)
		}
		files := []seed.File{{Name: "d.yaml", Data: d.YAML(), ReadSibling: func(string) ([]byte, error) { return []byte(body), nil }}}
		_, probs, err := seed.Check(context.Background(), files, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range probs {
			if strings.Contains(p.Msg, "body") && strings.TrimSpace(body) != "" && strings.Contains(p.Msg, "empty") {
				continue
			}
			t.Errorf("%s\n%s", p, d.YAML())
		}
	})
}
