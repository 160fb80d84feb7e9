package corpus

import (
	"crypto/sha256"
	"encoding/json"
	"strings"
	"testing"

	"kb/store"
)

func digest(t *testing.T, cfg Config) (string, []*store.SourceFacts) {
	t.Helper()
	h := sha256.New()
	var all []*store.SourceFacts
	err := Generate(cfg, func(sf *store.SourceFacts) error {
		all = append(all, sf)
		return json.NewEncoder(h).Encode(sf)
	})
	if err != nil {
		t.Fatal(err)
	}
	return string(h.Sum(nil)), all
}

func TestSameSeedSameCorpus(t *testing.T) {
	a, _ := digest(t, Config{Statements: 3000, Seed: 1})
	b, _ := digest(t, Config{Statements: 3000, Seed: 1})
	c, _ := digest(t, Config{Statements: 3000, Seed: 2})
	if a != b {
		t.Error("the same config gave two different corpora")
	}
	if a == c {
		t.Error("two seeds gave the same corpus")
	}
}

func TestPassagesAreInTheirBodiesCountedInCharacters(t *testing.T) {
	_, all := digest(t, Config{Statements: 3000, Seed: 3})
	statements, direct, nonASCII := 0, 0, 0
	for _, sf := range all {
		body := []rune(sf.Source.Body)
		if len(body) != len(sf.Source.Body) {
			nonASCII++
		}
		at := func(sp store.Span) string {
			if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End {
				t.Fatalf("%s: span %v outside a body of %d characters", sf.Source.ID, sp, len(body))
			}
			return string(body[sp.Start:sp.End])
		}
		for _, s := range sf.Statements {
			if s.RefOnly {
				continue
			}
			statements++
			if len(s.Evidence) != 1 || !strings.Contains(at(s.Evidence[0]), s.Text) {
				t.Fatalf("%s: the evidence %q does not hold the text %q", s.ID, at(s.Evidence[0]), s.Text)
			}
			if s.Kind == "direct" {
				direct++
				if !strings.Contains(at(s.Evidence[0]), "“"+s.Text+",”") {
					t.Errorf("%s: a direct statement's text is not inside quotation marks: %q", s.ID, at(s.Evidence[0]))
				}
			}
			if len(s.Topics) == 0 {
				t.Errorf("%s has no topic", s.ID)
			}
		}
		for _, r := range sf.Roles {
			if ev := at(r.Evidence); !strings.Contains(ev, r.Title) {
				t.Errorf("%s: role evidence %q lacks the title %q", sf.Source.ID, ev, r.Title)
			}
		}
	}
	if statements != 3000 || direct < 1500 || direct > 2500 {
		t.Errorf("%d statements, %d direct", statements, direct)
	}
	if nonASCII < len(all)/2 {
		t.Errorf("only %d of %d bodies have characters beyond ASCII: offsets in bytes would go unnoticed", nonASCII, len(all))
	}
}
