package checked_test

import (
	"context"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"kb/extract"
	"kb/seed"
)

func TestStressRandom(t *testing.T) {
	words := []string{"“", "”", "\"", "'", "’", "said", "Kellogg", "Anna", "Berg", ",", ".", "\n", "controls", "of", "%", "19.2", "all", "and", "the", "who", "he", "according", "to", "Russia", "told", "that", "a", "retired", "general", "President", "envoy", "Also Read:", "--", ";", ":", "adding", "Monday", "last", "week", "in", "January", "One", "observer", "Dr", "WHO", "’s"}
	seedN, _ := strconv.ParseInt(os.Getenv("KB_STRESS_SEED"), 10, 64)
	r := rand.New(rand.NewSource(seedN + 1))
	for n := 0; n < 400; n++ {
		var b strings.Builder
		l := r.Intn(300)
		for i := 0; i < l; i++ {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		body := b.String()
		if strings.TrimSpace(body) == "" {
			continue
		}
		done := make(chan []byte, 1)
		go func() {
			d := extract.Extract(body, extract.Options{SourceID: "f", Published: "2025-12-07", BodyFile: "a"})
			done <- d.YAML()
		}()
		select {
		case y := <-done:
			files := []seed.File{{Name: "d.yaml", Data: y, ReadSibling: func(string) ([]byte, error) { return []byte(body), nil }}}
			start := time.Now()
			_, probs, err := seed.Check(context.Background(), files, nil)
			if err != nil || len(probs) > 0 {
				t.Fatalf("%v %v\nbody %q\n%s", err, probs, body, y)
			}
			if time.Since(start) > 2*time.Second {
				t.Fatalf("check slow on %q", body)
			}
		case <-time.After(3 * time.Second):
			t.Fatalf("extract slow on %q", body)
		}
	}
}
