package extract

import (
	"strings"
	"testing"
)

// Tests written for mutants that lived in a gremlins run of extract
// (docs/testing.md, "Survivors"): each case names the edge it holds.

// draftCase is an article and what its draft must and must not state.
type draftCase struct {
	name, body string
	want, not  []stmt
	rules      map[string]string // a statement's text: a part of its rule
	exact      bool              // want is the whole draft
}

func runDraftCases(t *testing.T, cases []draftCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := Extract(tc.body, Options{SourceID: "t", BodyFile: "a.txt"})
			got := statements(d)
			for _, w := range tc.want {
				if !hasStmt(got, w) {
					t.Errorf("missing %+v; got %+v", w, got)
				}
			}
			if tc.exact && len(got) != len(tc.want) {
				t.Errorf("%d statements, want %d: %+v", len(got), len(tc.want), got)
			}
			for _, n := range tc.not {
				if hasStmt(got, n) {
					t.Errorf("drafted %+v; got %+v", n, got)
				}
			}
			for text, rule := range tc.rules {
				found := false
				for _, st := range d.Statements {
					if st.Text == text {
						found = true
						if !strings.Contains(st.Rule, rule) {
							t.Errorf("%q: rule %q, want one with %q", text, st.Rule, rule)
						}
					}
				}
				if !found {
					t.Errorf("%q: not drafted; got %+v", text, got)
				}
			}
		})
	}
}

// TestHeadlineNameEdges: the name next to a headline's quotation
// (cueless.go headlineName), where the marks touch their neighbours.
func TestHeadlineNameEdges(t *testing.T) {
	const story = "\n\nTom Hale scored twice on Saturday. The Reds won 2-0."
	runDraftCases(t, []draftCase{
		{name: "colon right after the closing mark",
			body: "'We did it': Hale joy as Reds win" + story,
			want: []stmt{{"Tom Hale", "direct", "We did it"}}},
		{name: "name right before the opening mark, no space",
			body: "Tom Hale“thrilled to win at last” after final" + story,
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "name with a space before the opening mark",
			body: "Tom Hale “thrilled to win at last” after final" + story,
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "a surname alone opening the headline, the full name told later",
			body: "Hale “thrilled to win at last” after final\n\nThe Reds won 2-0 with two goals from Tom Hale.",
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "a surname alone after the quotation, the full name told later",
			body: "'We did it' - Hale joy as Reds win\n\nThe Reds won 2-0 with two goals from Tom Hale.",
			want: []stmt{{"Tom Hale", "direct", "We did it"}}},
		{name: "a title before the name",
			body: "Coach Tom Hale “thrilled to win at last” after final" + story,
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "a name inside a quotation that opens the headline is not its speaker",
			body: "'Hale must go' after derby loss" + story,
			not:  []stmt{{"Tom Hale", "direct", "Hale must go"}}},
	})
}

// TestLastPersonBesideASubject: a sentence whose subject is a person and
// whose cue has another speaker (speech.go): the person a following
// description ("the 52-year-old") refers to is the subject when an
// organization spoke, and the speaker when a person did.
func TestLastPersonBesideASubject(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "an organization spoke: the subject",
			body: "Karl Holm led the rescue, the coast guard said. “We owe the crews everything,” the 52-year-old said.",
			want: []stmt{{"Karl Holm", "direct", "We owe the crews everything"}}},
		{name: "a person spoke: the speaker",
			body: "Karl Holm led the rescue, Ole Dahl said. “We owe the crews everything,” the 52-year-old said.",
			want: []stmt{{"Ole Dahl", "direct", "We owe the crews everything"}},
			not:  []stmt{{"Karl Holm", "direct", "We owe the crews everything"}}},
	})
}

// TestSentenceSubjectLength: a quotation with no cue near it is given to
// its sentence's subject from five words on (cueless.go sentenceSubject);
// a shorter one is more often a term in marks.
func TestSentenceSubjectLength(t *testing.T) {
	const before = "Ferry operator Anna Holm says she will step down in June.\n\n" +
		"Meanwhile, in a note to her staff, Holm struck a humble tone after months of trouble ... urging them to keep "
	runDraftCases(t, []draftCase{
		{name: "five words",
			body:  before + "\"a steady focus on safety\" at sea.",
			want:  []stmt{{"Anna Holm", "direct", "a steady focus on safety"}},
			rules: map[string]string{"a steady focus on safety": "sentence-subject"}},
		{name: "three words",
			body: before + "\"focus on safety\" at sea.",
			not:  []stmt{{"Anna Holm", "direct", "focus on safety"}}},
	})
}

// TestColonBeforeInTheFirstParagraph: "X said:" closing the article's
// first paragraph gives the quotation that opens the next (cueless.go
// colonBefore), by that rule.
func TestColonBeforeInTheFirstParagraph(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the cue is the first sentence",
			body:  "Speaking to reporters afterwards, Mayor Anna Berg said:\n\n“This bridge will change the town.”",
			want:  []stmt{{"Anna Berg", "direct", "This bridge will change the town"}},
			rules: map[string]string{"This bridge will change the town": "colon-before"}},
		{name: "the colon four tokens after the cue (\"told reporters\" ends at reporters)",
			body:  "The bridge opened on Monday. Anna Berg told reporters in central Oslo:\n\n“This bridge will change the town.”",
			want:  []stmt{{"Anna Berg", "direct", "This bridge will change the town"}},
			rules: map[string]string{"This bridge will change the town": "colon-before"}},
		{name: "the cue is the second sentence",
			body:  "The bridge opened on Monday. Speaking to reporters afterwards, Mayor Anna Berg said:\n\n“This bridge will change the town.”",
			want:  []stmt{{"Anna Berg", "direct", "This bridge will change the town"}},
			rules: map[string]string{"This bridge will change the town": "colon-before"}},
	})
}

// TestCueSpellings: the verbs with a doubled l in British spelling are
// cues in both spellings (cuelex.go inflect).
func TestCueSpellings(t *testing.T) {
	for _, tc := range []struct{ body, cue, kind, text string }{
		{"Anna Berg signaled that the talks would resume in March.", "signaled", "reported", "the talks would resume in March"},
		{"Anna Berg signalled that the talks would resume in March.", "signalled", "reported", "the talks would resume in March"},
		{"Anna Berg labeled the plan “a disaster for the whole town”.", "labeled", "direct", "a disaster for the whole town"},
		{"Anna Berg labelled the plan “a disaster for the whole town”.", "labelled", "direct", "a disaster for the whole town"},
	} {
		t.Run(tc.cue, func(t *testing.T) {
			d := Extract(tc.body, Options{SourceID: "t", BodyFile: "a.txt"})
			if len(d.Statements) != 1 {
				t.Fatalf("%d statements, want 1: %+v", len(d.Statements), statements(d))
			}
			s := d.Statements[0]
			if s.Speaker == nil || s.Speaker.Name != "Anna Berg" || s.Kind != tc.kind || s.Text != tc.text || s.Cue != tc.cue {
				t.Errorf("got %+v, cue %q; want Anna Berg %s %q, cue %q", statements(d)[0], s.Cue, tc.kind, tc.text, tc.cue)
			}
		})
	}
}

// TestPerAfterAQuotation: "per X" right after a quotation, with the comma
// inside or outside the closing mark, attributes that quotation and makes
// no claim of its own (cues.go quoteOnly); after a clause it reports the
// clause.
func TestPerAfterAQuotation(t *testing.T) {
	const said = "He is the third harbour chief to go since 2020"
	runDraftCases(t, []draftCase{
		{name: "comma outside the mark",
			body:  "Mark Tolland left on Monday. “" + said + "”, per the Bay Gazette.",
			want:  []stmt{{"Bay Gazette", "direct", said}},
			exact: true},
		{name: "comma inside the mark",
			body:  "Mark Tolland left on Monday. “" + said + ",” per the Bay Gazette.",
			want:  []stmt{{"Bay Gazette", "direct", said}},
			exact: true},
		{name: "after a clause",
			body:  "Mark Tolland left on Monday, per the Bay Gazette.",
			want:  []stmt{{"Bay Gazette", "reported", "Mark Tolland left on Monday"}},
			exact: true},
		{name: "a text opening with a comma does not panic",
			body: ", per the Bay Gazette, Mark Tolland left on Monday."},
	})
}

// TestCueOpeningTheSentence: a cue verb capitalized at the start of its
// sentence is a cue ("Added Berg: “...”"); capitalized further in, it is
// read as part of a name (cues.go).
func TestCueOpeningTheSentence(t *testing.T) {
	const said = "We will win again next year"
	runDraftCases(t, []draftCase{
		{name: "Said X:",
			body: "Anna Berg spoke in Oslo.\n\nSaid Berg: “" + said + ".”",
			want: []stmt{{"Anna Berg", "direct", said}}},
		{name: "Added X:",
			body: "Anna Berg spoke in Oslo on Monday. Added Berg: “" + said + ".”",
			want: []stmt{{"Anna Berg", "direct", said}}},
		{name: "Warned X:, the article's first word",
			body: "Warned Anna Berg: “The bridge will not hold another winter.”",
			want: []stmt{{"Anna Berg", "direct", "The bridge will not hold another winter"}}},
	})
}

// TestParticipleAfterAClosingMark: “...,” adding that ...: a participle
// cue after a quotation whose comma is inside the mark (cues.go).
func TestParticipleAfterAClosingMark(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "comma inside the mark",
			body: "Anna Berg called the talks “very close,” adding that the last issues were small.",
			want: []stmt{
				{"Anna Berg", "direct", "very close"},
				{"Anna Berg", "reported", "the last issues were small"},
			}},
	})
}

// TestTrailingAttributionWithADate: "claim, X said on <date>, “...”": the
// clause before the cue is X's claim whatever the day or month, the first
// of each list included (cues.go endsAttribution).
func TestTrailingAttributionWithADate(t *testing.T) {
	var cases []draftCase
	for _, when := range []string{"on Sunday", "on Monday", "in January", "in March", "last week"} {
		cases = append(cases, draftCase{name: when,
			body: "The talks will resume, Anna Berg said " + when + ", “and we will be ready.”",
			want: []stmt{
				{"Anna Berg", "reported", "The talks will resume"},
				{"Anna Berg", "direct", "and we will be ready"},
			}})
	}
	cases = append(cases,
		draftCase{name: "told an outlet on Sunday",
			body: "The talks will resume, Anna Berg told The Harbour Post on Sunday.",
			want: []stmt{{"Anna Berg", "reported", "The talks will resume"}}},
		draftCase{name: "told an outlet on January 5",
			body: "The talks will resume, Anna Berg told The Harbour Post on January 5.",
			want: []stmt{{"Anna Berg", "reported", "The talks will resume"}}},
		draftCase{name: "told an outlet yesterday",
			body: "The talks will resume, Anna Berg told The Harbour Post yesterday.",
			want: []stmt{{"Anna Berg", "reported", "The talks will resume"}}},
		draftCase{name: "told an outlet this week",
			body: "The talks will resume, Anna Berg told The Harbour Post this week.",
			want: []stmt{{"Anna Berg", "reported", "The talks will resume"}}},
		draftCase{name: "a text cut after a time word does not panic",
			body: "The talks on the bridge and the new port will resume next spring, Anna Berg told The Harbour Post on"},
		draftCase{name: "a text cut after the cue's comma does not panic",
			body: "The talks will resume, Anna Berg said,"})
	runDraftCases(t, cases)
}

// TestOddSentencesDoNotPanic: sentences that open with a number or a full
// stop before a cue (cues.go isTimeWord looks one token back).
func TestOddSentencesDoNotPanic(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "a number before an inverted cue", body: "12 said Anna Berg."},
		{name: "a full stop before an inverted cue", body: ". said Anna Berg."},
	})
}
