package devset

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kb/extract"
	"kb/internal/testdb"
	"kb/store"
)

// TestGoldFile keeps the committed gold files valid, and apart: no
// article is in both.
func TestGoldFile(t *testing.T) {
	ids := map[string]string{}
	loaders := map[string]func() (*Gold, error){"devset": Embedded, "heldout": HeldOut, "fresh": Fresh}
	// Later batches (unseen-*.yaml) are scored with -gold and not
	// embedded; they are checked here all the same.
	files, err := filepath.Glob("*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(f, ".yaml")
		if _, ok := loaders[name]; !ok {
			loaders[name] = func() (*Gold, error) { return Load(f) }
		}
	}
	if len(loaders) != len(files) {
		t.Fatalf("%d loaders for %d gold files: an embedded gold file is missing", len(loaders), len(files))
	}
	for name, load := range loaders {
		g, err := load()
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Articles) == 0 {
			t.Fatalf("%s: the gold file has no articles", name)
		}
		for _, a := range g.Articles {
			for _, key := range []string{a.ID, a.URL} {
				if other, ok := ids[key]; ok && other != name {
					t.Errorf("%s is in both %s and %s", key, other, name)
				}
				ids[key] = name
			}
		}
		t.Logf("%s: %s", name, g.Summary())
	}
}

// TestParseRefuses checks that a gold file with mistakes is refused with
// every mistake named.
func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown field", "articles:\n  - id: a\n    speaker: x\n", "field speaker not found"},
		{"bad date", article("published: 2025-13-01"), "published \"2025-13-01\" is not YYYY-MM-DD"},
		{"bad subject", article("subject: cooking"), "subject \"cooking\" is not one of"},
		{"long opening", article("quotes: [{speaker: Ann Berg, opens: \"one two three four five six seven eight nine\"}]"), "more than 8 words"},
		{"unknown speaker", article("quotes: [{speaker: Bo Carr, opens: \"we will win\"}]"), "the speaker \"Bo Carr\" of \"we will win\" is not among the entities"},
		{"lonely same_as", article("quotes: [{speaker: Ann Berg, opens: \"we will win\", same_as: x}]"), "same_as \"x\" links no other article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("gold.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// article is a valid one-article gold file with one line replaced or added.
func article(line string) string {
	fields := map[string]string{"published": "published: 2026-01-05", "subject": "subject: politics"}
	key := strings.SplitN(line, ":", 2)[0]
	fields[key] = line
	s := "articles:\n  - id: a\n    url: https://example.org/a\n    outlet: Example\n    entities: [Ann Berg]\n"
	for _, k := range []string{"published", "subject", "quotes"} {
		if v, ok := fields[k]; ok {
			s += "    " + v + "\n"
		}
	}
	return s
}

func TestMatching(t *testing.T) {
	tests := []struct {
		name          string
		match         func(g, d []string) bool
		gold, drafted string
		want          bool
	}{
		{"quote equal", quoteMatches, "We are nearly done", "We are nearly done, and glad", true},
		{"quote marks and case ignored", quoteMatches, "We’re almost there", "“we're ALMOST there.”", true},
		{"quote with a stray word first", quoteMatches, "the last ten metres", "in the last ten metres", true},
		{"quote starting later is another quote", quoteMatches, "the last ten metres", "we know that we are in the last ten metres", false},
		{"quote cut short, three words", quoteMatches, "We have to change the way", "We have to", true},
		{"quote cut short, two words", quoteMatches, "We have to change the way", "We have", false},
		{"claim after that", claimMatches, "the deal was close", "that the deal was close to done", true},
		{"claim missing the gold's first words", claimMatches, "it expects the mayor to lead", "the mayor to lead the talks", true},
		{"claim about something else", claimMatches, "the deal was close", "the vote was close", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.match(words(tt.gold), words(tt.drafted)); got != tt.want {
				t.Fatalf("gold %q, drafted %q: got %v, want %v", tt.gold, tt.drafted, got, tt.want)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	gold := []string{"Mara Lind", "M. Lind", "Ola Berg-Lund"}
	tests := []struct {
		name string
		e    *extract.Entity
		want bool
	}{
		{"full name", &extract.Entity{Kind: extract.KindPerson, Name: "Mara Lind"}, true},
		{"alias", &extract.Entity{Kind: extract.KindPerson, Name: "the envoy", Aliases: []string{"M. Lind"}}, true},
		{"surname", &extract.Entity{Kind: extract.KindPerson, Name: "Lind"}, true},
		{"hyphenated surname", &extract.Entity{Kind: extract.KindPerson, Name: "Lind-Holm"}, false},
		{"someone else", &extract.Entity{Kind: extract.KindPerson, Name: "Mara Holm"}, false},
		{"hyphenated surname of another name", &extract.Entity{Kind: extract.KindPerson, Name: "Berg-Lund"}, true},
		{"two last words", &extract.Entity{Kind: extract.KindPerson, Name: "M. Lind"}, true},
		{"two words ending a name", &extract.Entity{Kind: extract.KindPerson, Name: "Ola Lind"}, false},
		{"first name", &extract.Entity{Kind: extract.KindPerson, Name: "Mara"}, false},
		{"end of an organization's name", &extract.Entity{Kind: extract.KindOrganization, Name: "Lind"}, false},
		{"title glued on", &extract.Entity{Kind: extract.KindPerson, Name: "Envoy Mara Lind"}, false},
		{"nobody", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameSpeaker(gold, tt.e); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// ownArticle is written for this test, imitating the set's patterns.
const ownArticle = `Harbour talks near a deal

Port envoy Mara Lind said on Monday that a deal was close.
"We are nearly done," Lind said. "Two points remain."
Dockers’ union chief Olle Berg warned that the strike would go on.
`

func TestScoreArticle(t *testing.T) {
	a := &Article{ID: "own", Published: "2026-03-10", Entities: []string{"Mara Lind", "Olle Berg", "Dockers’ union"},
		Quotes: []Item{
			{Speaker: "Mara Lind", Opens: "We are nearly done"},
			{Speaker: "Mara Lind", Opens: "Two points remain"},
			{Speaker: "Olle Berg", Opens: "never drafted words", Optional: true},
		},
		Reported: []Item{
			{Speaker: "Mara Lind", Opens: "a deal was close"},
			{Speaker: "Olle Berg", Opens: "the strike would go on"},
		},
	}
	s := ScoreArticle(a, []byte(ownArticle))
	if s.Quotes != 2 || s.QuotesFound != 2 || s.RightSpeaker != 2 {
		t.Errorf("quotes: %d found, %d right speaker of %d; want 2, 2 of 2 (missed %q)", s.QuotesFound, s.RightSpeaker, s.Quotes, s.Missed)
	}
	if s.Reported != 2 || s.ReportedFound != 2 || s.ReportedRightSpeaker != 2 || s.ReportedMatched != s.DraftedReported {
		t.Errorf("reported: %d found, %d right speaker of %d, %d of %d drafted matched; want all (missed %q, spurious %q)",
			s.ReportedFound, s.ReportedRightSpeaker, s.Reported, s.ReportedMatched, s.DraftedReported, s.Missed, s.Spurious)
	}
	if len(s.NonQuotes) != 0 || len(s.CheckProblems) != 0 {
		t.Errorf("non-quotes %q, check problems %q; want none", s.NonQuotes, s.CheckProblems)
	}
	if s.TextChanged {
		t.Error("no sha256 in the gold: the text cannot have changed")
	}
	a.SHA256 = Hash([]byte("another text"))
	if !ScoreArticle(a, []byte(ownArticle)).TextChanged {
		t.Error("a text with another sha256 is not flagged")
	}
}

// TestNonQuoteAndInvented scores a draft against a gold list that lacks
// a quote and an entity the draft has: the quote counts as a non-quote,
// the entity as invented.
func TestNonQuoteAndInvented(t *testing.T) {
	a := &Article{ID: "own", Published: "2026-03-10", Entities: []string{"Mara Lind"},
		Reported: []Item{{Speaker: "Mara Lind", Opens: "a deal was close"}}}
	s := ScoreArticle(a, []byte(ownArticle))
	if len(s.NonQuotes) != 2 || s.DraftedQuotes != 2 {
		t.Errorf("non-quotes %q of %d drafted; want the 2 quotes the gold lacks", s.NonQuotes, s.DraftedQuotes)
	}
	if len(s.Invented) != 1 || !strings.Contains(s.Invented[0], "Olle Berg") {
		t.Errorf("invented %q; want Olle Berg", s.Invented)
	}
}

// TestDevset scores the whole development set when KB_DEVSET names the
// folder of article texts (`make devset`), without a database and with
// the seeded one; the texts are not in the repository, so it is skipped
// otherwise.
func TestDevset(t *testing.T) {
	dir := os.Getenv("KB_DEVSET")
	if dir == "" {
		t.Skip("KB_DEVSET is not set: the development set's texts live outside the repository (extract/devset/README.md)")
	}
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	db := testdb.Seeded(t)
	ents, err := db.KnownEntities(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"no database", Config{}},
		{"seeded database", Config{Known: knownOf(ents), Catalog: db}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.cfg.Score(g, dir)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			r.Markdown(&b)
			if testing.Verbose() {
				r.Details(&b)
			}
			t.Log("\n" + b.String())
			for _, s := range r.Articles {
				if s.Missing {
					t.Errorf("%s: no text in %s", s.ID, dir)
				}
				if s.TextChanged {
					t.Errorf("%s: the text differs from the one the gold list was written on", s.ID)
				}
			}
		})
	}
	t.Run("re-reports", func(t *testing.T) {
		rs, err := Config{}.Rereports(context.Background(), g, dir)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		RereportMarkdown(&b, rs)
		if testing.Verbose() {
			RereportDetails(&b, rs)
		}
		t.Log("\n" + b.String())
		for _, s := range rs {
			if len(s.NotLoad) > 0 {
				t.Errorf("%s: drafts that do not load unedited: %v", s.Event, s.NotLoad)
			}
		}
	})
}

func TestRereports(t *testing.T) {
	g, err := Parse("gold.yaml", []byte(`articles:
  - {id: late, url: "https://example.org/b", outlet: B, published: 2026-02-02, subject: sport, entities: [Ann Berg],
     quotes: [{speaker: Ann Berg, opens: "we will win", same_as: win}]}
  - {id: early, url: "https://example.org/a", outlet: A, published: 2026-02-01, subject: sport, entities: [Ann Berg],
     quotes: [{speaker: Ann Berg, opens: "we will win", same_as: win}, {speaker: Ann Berg, opens: "we shall win", same_as: win}]}
`))
	if err != nil {
		t.Fatal(err)
	}
	rs := g.Rereports()
	if len(rs) != 1 || rs[0].Article != "late" || rs[0].First != "early" || rs[0].Label != "win" {
		t.Fatalf("got %+v, want one re-report: late's quote of early's remark", rs)
	}
	// one outlet quotes a memo whole, another its two sentences apart: the
	// whole quote carries both labels, and each half is a re-report of it
	g, err = Parse("gold.yaml", []byte(`articles:
  - {id: whole, url: "https://example.org/a", outlet: A, published: 2026-02-01, subject: sport, entities: [Ann Berg],
     quotes: [{speaker: Ann Berg, opens: "We lost. We will be back", same_as: lost back}]}
  - {id: apart, url: "https://example.org/b", outlet: B, published: 2026-02-02, subject: sport, entities: [Ann Berg],
     quotes: [{speaker: Ann Berg, opens: "We lost", same_as: lost}, {speaker: Ann Berg, opens: "We will be back", same_as: back}]}
`))
	if err != nil {
		t.Fatal(err)
	}
	rs = g.Rereports()
	if len(rs) != 2 || rs[0].First != "whole" || rs[1].First != "whole" || strings.Join(rs[1].Labels, ",") != "back" {
		t.Fatalf("got %+v, want both halves as re-reports of the whole quote", rs)
	}
	emb, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(emb.Rereports()); n < 30 {
		t.Errorf("the set has %d re-reported quotes, want at least 30", n)
	}
}

func TestCompare(t *testing.T) {
	a := &Article{ID: "own", Published: "2026-03-10", Entities: []string{"Mara Lind", "Olle Berg", "Dockers’ union"},
		Quotes:   []Item{{Speaker: "Mara Lind", Opens: "We are nearly done"}, {Speaker: "Mara Lind", Opens: "Two points remain"}},
		Reported: []Item{{Speaker: "Mara Lind", Opens: "a deal was close"}}}
	r := &Report{}
	s := ScoreArticle(a, []byte(ownArticle))
	r.Articles = append(r.Articles, s)
	r.Pooled.add(s)
	before := r.Figures()
	before[0].RightSpeaker, before[1].RightSpeaker = 1, 1
	var b bytes.Buffer
	r.Compare(&b, before)
	for _, want := range []string{"| own | 2 of 2 | 1 of 2 → 2 of 2 |", "| **pooled** | 2 of 2 | 1 of 2 → 2 of 2 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the comparison lacks %q:\n%s", want, b.String())
		}
	}
	// a partial run has no pooled row to compare
	b.Reset()
	r.Compare(&b, append(before, Figures{ID: "other"}))
	if strings.Contains(b.String(), "pooled") {
		t.Errorf("a partial run compares pooled figures:\n%s", b.String())
	}
}

// TestMisCut: a drafted quote that holds a gold quote's opening too far in
// is a quote cut elsewhere, not a non-quote.
func TestMisCut(t *testing.T) {
	a := &Article{ID: "own", Published: "2026-03-10", Entities: []string{"Mara Lind", "Olle Berg"},
		Quotes: []Item{{Speaker: "Mara Lind", Opens: "done"}}}
	s := ScoreArticle(a, []byte(ownArticle))
	if s.QuotesFound != 0 || len(s.MisCut) != 1 || len(s.NonQuotes) != 1 {
		t.Errorf("found %d, cut elsewhere %q, non-quotes %q; want 0, the first quote, the second", s.QuotesFound, s.MisCut, s.NonQuotes)
	}
}

// knownOf hands the database's entities to the extractor as cmd/kb does.
func knownOf(ents []store.KnownEntity) []extract.Known {
	out := make([]extract.Known, 0, len(ents))
	for _, e := range ents {
		out = append(out, extract.Known{Kind: string(e.Kind), ID: e.ID, Name: e.Name, Sub: e.Sub, Aliases: e.Aliases})
	}
	return out
}

// TestRequiredMatchFirst: an optional gold item listed before a required
// one that matches the same drafted statement must not take it (the
// required one would count as missed, though the draft is right).
func TestRequiredMatchFirst(t *testing.T) {
	a := &Article{ID: "own", Published: "2026-03-10", Entities: []string{"Mara Lind", "Olle Berg"},
		Quotes: []Item{
			{Speaker: "Olle Berg", Opens: "We are", Optional: true}, // a shorter optional gold item first
			{Speaker: "Mara Lind", Opens: "We are nearly done"},
			{Speaker: "Mara Lind", Opens: "Two points remain"},
		},
		Reported: []Item{
			{Speaker: "Olle Berg", Opens: "a deal", Optional: true},
			{Speaker: "Mara Lind", Opens: "a deal was close"},
			{Speaker: "Olle Berg", Opens: "the strike would go on"},
		},
	}
	s := ScoreArticle(a, []byte(ownArticle))
	if s.Quotes != 2 || s.QuotesFound != 2 || s.RightSpeaker != 2 {
		t.Errorf("quotes: %d found, %d right speaker of %d; want 2, 2 of 2 (missed %q)", s.QuotesFound, s.RightSpeaker, s.Quotes, s.Missed)
	}
	if s.Reported != 2 || s.ReportedFound != 2 || s.ReportedRightSpeaker != 2 {
		t.Errorf("reported: %d found, %d right speaker of %d; want 2, 2 of 2 (missed %q)", s.ReportedFound, s.ReportedRightSpeaker, s.Reported, s.Missed)
	}
	if len(s.Missed) != 0 {
		t.Errorf("missed %q; want none", s.Missed)
	}
}
