// Package devset scores kb extract on the real-news development set
// (issue 10): real articles kept outside the repository, and their gold
// facts, written by hand, in devset.yaml. See README.md in this folder.
package devset

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

//go:embed devset.yaml
var embedded []byte

//go:embed heldout.yaml
var embeddedHeldOut []byte

//go:embed fresh.yaml
var embeddedFresh []byte

// Gold is the development set: every article's metadata and gold facts.
type Gold struct {
	Articles []Article `yaml:"articles"`
}

// Article is one article of the set. Its text is not here: it is read
// from <dir>/<ID>.txt.
type Article struct {
	ID        string   `yaml:"id"`
	URL       string   `yaml:"url"`
	Outlet    string   `yaml:"outlet"`
	Published string   `yaml:"published"`
	DateBasis string   `yaml:"date_basis"`
	Subject   string   `yaml:"subject"`
	Event     string   `yaml:"event"`
	SHA256    string   `yaml:"sha256"`
	Entities  []string `yaml:"entities"`
	Quotes    []Item   `yaml:"quotes"`
	Reported  []Item   `yaml:"reported"`
}

// Item is a gold quote or reported claim: its speaker (a full name, or an
// organization) and the first words of its text.
type Item struct {
	Speaker  string `yaml:"speaker"`
	Opens    string `yaml:"opens"`
	SameAs   string `yaml:"same_as"`
	Optional bool   `yaml:"optional"`
}

// Labels are the item's same_as labels: one, or several separated by
// spaces when one stretch between quotation marks holds remarks that
// other outlets quote apart (one quotes "A. B." where another quotes "A."
// and "B.").
func (it Item) Labels() []string {
	return strings.Fields(strings.ReplaceAll(it.SameAs, ",", " "))
}

// Subjects are the subject areas an article may have.
var Subjects = []string{"politics", "war and diplomacy", "business", "sport", "courts", "science"}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Embedded returns the set shipped in the repository.
func Embedded() (*Gold, error) { return Parse("devset.yaml", embedded) }

// HeldOut returns the held-out articles (heldout.yaml): a check that a
// change to the extractor generalizes, not a set to tune on.
func HeldOut() (*Gold, error) { return Parse("heldout.yaml", embeddedHeldOut) }

// Fresh returns the articles gathered after the rules were written
// (fresh.yaml): the honest measure of how the extractor does on news it
// was not tuned on.
func Fresh() (*Gold, error) { return Parse("fresh.yaml", embeddedFresh) }

// Load reads a gold file.
func Load(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse decodes and validates a gold file; unknown fields are errors, so a
// typo cannot silently drop a fact.
func Parse(name string, data []byte) (*Gold, error) {
	var g Gold
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if errs := g.validate(); len(errs) > 0 {
		return nil, fmt.Errorf("%s:\n  %s", name, strings.Join(errs, "\n  "))
	}
	return &g, nil
}

func (g *Gold) validate() []string {
	var errs []string
	seen := map[string]bool{}
	sameAs := map[string][]string{}
	for _, a := range g.Articles {
		bad := func(f string, args ...any) { errs = append(errs, a.ID+": "+fmt.Sprintf(f, args...)) }
		if !idRE.MatchString(a.ID) {
			bad("the id is not a slug")
		}
		if seen[a.ID] {
			bad("the id is used twice")
		}
		seen[a.ID] = true
		if !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
			bad("url %q is not a web address", a.URL)
		}
		if a.Outlet == "" {
			bad("no outlet")
		}
		if _, err := time.Parse("2006-01-02", a.Published); err != nil {
			bad("published %q is not YYYY-MM-DD", a.Published)
		}
		if !contains(Subjects, a.Subject) {
			bad("subject %q is not one of %s", a.Subject, strings.Join(Subjects, ", "))
		}
		ents := a.entityNames()
		for kind, items := range map[string][]Item{"quote": a.Quotes, "reported claim": a.Reported} {
			for _, it := range items {
				if len(words(it.Opens)) == 0 {
					bad("a %s of %s has no opening words", kind, it.Speaker)
				}
				if len(words(it.Opens)) > 8 {
					bad("the %s %q opens with more than 8 words: keep gold openings short", kind, it.Opens)
				}
				if it.Speaker == "" {
					bad("the %s %q has no speaker", kind, it.Opens)
				}
				for _, l := range it.Labels() {
					sameAs[l] = append(sameAs[l], a.ID)
				}
			}
		}
		for _, it := range append(append([]Item{}, a.Quotes...), a.Reported...) {
			if !anyNameMatches(ents, it.Speaker) {
				bad("the speaker %q of %q is not among the entities", it.Speaker, it.Opens)
			}
		}
	}
	for label, ids := range sameAs {
		if len(uniq(ids)) < 2 {
			errs = append(errs, fmt.Sprintf("same_as %q links no other article (only %s)", label, ids[0]))
		}
	}
	return errs
}

// entityNames lists every entity's names (the " | " alternatives).
func (a *Article) entityNames() [][]string {
	var out [][]string
	for _, e := range a.Entities {
		var alts []string
		for _, n := range strings.Split(e, "|") {
			if n = strings.TrimSpace(n); n != "" {
				alts = append(alts, n)
			}
		}
		out = append(out, alts)
	}
	return out
}

// speakerNames is the gold speaker's names: those of the entity that has
// it as one of its names, else the name alone.
func (a *Article) speakerNames(speaker string) []string {
	for _, alts := range a.entityNames() {
		for _, n := range alts {
			if normalize(n) == normalize(speaker) {
				return alts
			}
		}
	}
	return []string{speaker}
}

func anyNameMatches(ents [][]string, name string) bool {
	for _, alts := range ents {
		for _, n := range alts {
			if normalize(n) == normalize(name) {
				return true
			}
		}
	}
	return false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func uniq(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// Rereport is a gold quote that renders a remark an earlier article of the
// set already reported (same same_as label): a draft of Article made
// against a database holding the earlier articles should match it to the
// statement of First.
type Rereport struct {
	Label   string   // the quote's same_as, as written
	Labels  []string // its labels: a re-report of a statement of any of their groups is right
	Article string   // the re-reporting article's id
	Quote   Item
	First   string // the id of the first article of the group
}

// Rereports lists, for every same_as group, each quote after the group's
// first report. Articles are taken in publication order (file order
// within a day), the order they would be loaded in.
func (g *Gold) Rereports() []Rereport {
	order := make([]*Article, len(g.Articles))
	for i := range g.Articles {
		order[i] = &g.Articles[i]
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].Published < order[j].Published })
	first := map[string]string{}
	var out []Rereport
	for _, a := range order {
		for _, q := range a.Quotes {
			// a re-report when one of its labels was reported by an
			// earlier article (the earliest is named); labels new here
			// make this article their first report
			f := ""
			for _, l := range q.Labels() {
				g, seen := first[l]
				switch {
				case !seen:
					first[l] = a.ID
				case g != a.ID && f == "":
					f = g // the same remark twice in one article is not a re-report
				}
			}
			if f != "" {
				out = append(out, Rereport{Label: q.SameAs, Labels: q.Labels(), Article: a.ID, Quote: q, First: f})
			}
		}
	}
	return out
}
