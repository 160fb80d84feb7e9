package extract

import (
	"strings"
	"testing"
)

// Tests written for mutants that lived in the fourth session's gremlins
// run of extract (docs/testing.md, "Runs of the fourth session"): each
// case names the edge it holds.

// TestOddOpeningsDoNotPanic: texts that end or begin where a rule looks
// beyond them (bad input never panics).
func TestOddOpeningsDoNotPanic(t *testing.T) {
	runDraftCases(t, []draftCase{
		// npLeft with nothing to its left (speakers.go)
		{name: "a text opening with a comma and who", body: ", who said the plan was dead."},
		// npLeft's organization-noun rule at the last token
		{name: "a text ending with the cue, no full stop", body: "“We will win,” the Ministry said"},
		// npLeft's name particle and plural possessive at the first token
		{name: "a particle first", body: "van Dijk said the deal was dead."},
		{name: "a closing mark first", body: "’ officials said the deal was dead."},
		// npRight with nothing, or only an article or a title, after the cue
		{name: "a text ending with an inverted cue", body: "“We will win,” said"},
		{name: "a text ending with the article after the cue", body: "“We will win,” said the"},
		{name: "a text ending with a title after the cue", body: "“We will win,” said Dr"},
		{name: "a text ending with a title and its full stop after the cue", body: "“We will win,” said Dr."},
		// reported.go: the comma after "told X" ends the text
		{name: "a text ending with a comma after told", body: "Anna Berg told reporters,"},
		// npRight's plural possessive at the text's end; a pronoun in the first sentence
		{name: "a text ending with a plural possessive after the cue", body: "“We will win,” said Doctors'"},
		{name: "a pronoun speaker in the first sentence", body: "“We agreed,” he said."},
	})
}

// TestAcronymSpelledLikeAPronoun: "IT" ends a name; it is not "it".
func TestAcronymSpelledLikeAPronoun(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "before the cue", body: "“The outage is fixed,” Harbour IT said.",
			want: []stmt{{"Harbour IT", "direct", "The outage is fixed"}}},
	})
}

// TestPronounGender: he and she go to the person of that gender, read
// from a role's title or from an honorific before the surname.
func TestPronounGender(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "he, by the titles", body: "Spokeswoman Anna Berg met Chairman Tom Reed on Monday. “We agreed,” he said.",
			want: []stmt{{"Tom Reed", "direct", "We agreed"}}},
		{name: "she, by the titles", body: "Chairman Tom Reed met Spokeswoman Anna Berg on Monday. “We agreed,” she said.",
			want: []stmt{{"Anna Berg", "direct", "We agreed"}}},
		{name: "he, by the honorifics", body: "Anna Berg and Tom Reed met on Monday. “It went well,” Berg said. “It did,” Reed said. Ms. Berg then left with Mr. Reed. “We agreed,” he said.",
			want: []stmt{{"Tom Reed", "direct", "We agreed"}}},
		{name: "she, by the honorifics", body: "Tom Reed and Anna Berg met on Monday. “It went well,” Reed said. “It did,” Berg said. Mr. Reed then left with Ms. Berg. “We agreed,” she said.",
			want: []stmt{{"Anna Berg", "direct", "We agreed"}}},
	})
}

// TestOrganizationNounPhrases: the subject of a cue that ends in an
// organization noun ("ministry", "association"), left of the cue (npLeft).
func TestOrganizationNounPhrases(t *testing.T) {
	said := func(who string) []stmt { return []stmt{{who, "reported", "the deal was dead"}} }
	runDraftCases(t, []draftCase{
		{name: "a country’s ministry", body: "China’s foreign ministry said the deal was dead.", want: said("China’s foreign ministry")},
		{name: "a person’s party", body: "Anna Berg’s party said the deal was dead.", want: said("Anna Berg’s party")},
		{name: "the country’s ministry", body: "The country’s foreign ministry said the deal was dead.", want: said("Country’s foreign ministry")},
		{name: "a name between the article and the noun", body: "The Norland foreign ministry said the deal was dead.", want: said("Norland foreign ministry")},
		{name: "four words between the article and the noun", body: "The Norland state export credit agency said the deal was dead.", want: said("Norland state export credit agency")},
		{name: "a plural possessive, straight apostrophe", body: "The employers' association said the deal was dead.", want: said("Employers' association")},
		{name: "a plural possessive, curly apostrophe", body: "The employers’ association said the deal was dead.", want: said("Employers’ association")},
	})
}

// TestGroupNounPhrases: a group of people as the subject of a cue, with
// a plural possessive before it ("the tenants’ lawyers") or after a
// closing quotation mark, which is no possessive.
func TestGroupNounPhrases(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "an owner in the plural, curly apostrophe", body: "The tenants’ lawyers said the deal was dead.",
			want: []stmt{{"Tenants’ lawyers", "reported", "the deal was dead"}}},
		{name: "an owner in the plural, straight apostrophe", body: "The tenants' lawyers said the deal was dead.",
			want: []stmt{{"Tenants' lawyers", "reported", "the deal was dead"}}},
		{name: "an owner that is a group noun itself, straight apostrophe", body: "The plaintiffs' lawyers said the deal was dead.",
			want: []stmt{{"Plaintiffs' lawyers", "reported", "the deal was dead"}}},
		{name: "a closing quotation mark before the group", body: "Under the ‘new deal’ lawyers said the plan was dead.",
			want: []stmt{{"Lawyers", "reported", "the plan was dead"}}},
	})
}

// TestSubjectAfterAConjunction: "and" before the subject of a cue is not
// part of its name.
func TestSubjectAfterAConjunction(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "and before a name", body: "The talks ended and Anna Berg said the deal was dead.",
			want: []stmt{{"Anna Berg", "reported", "the deal was dead"}}},
		{name: "and before a group", body: "Talks ended and officials said the deal was dead.",
			want: []stmt{{"Officials", "reported", "the deal was dead"}}},
	})
}

// TestNameParticles: a name with particles ("von der") is not cut to its
// last word. (Today the name is not drafted at all: a gap, docs/testing.md.)
func TestNameParticles(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "von der", body: "Ursula von der Leyen said the deal was dead.",
			not: []stmt{{"Leyen", "reported", "the deal was dead"}}},
		{name: "van der, after the quotation", body: "“We will win,” Anna van der Berg said.",
			not: []stmt{{"Berg", "direct", "We will win"}}},
	})
}

// TestSpeakerAfterTheCue: the noun phrase after an inverted cue (npRight).
func TestSpeakerAfterTheCue(t *testing.T) {
	q := func(who string) []stmt { return []stmt{{who, "direct", "We will win"}} }
	runDraftCases(t, []draftCase{
		{name: "a pronoun", body: "Anna Berg spoke. “We will win,” said she.", want: q("Anna Berg")},
		{name: "the, a plural possessive, an organization noun (straight)", body: "“We will win,” said the employers' association.", want: q("Employers' association")},
		{name: "the, a plural possessive, an organization noun (curly)", body: "“We will win,” said the employers’ association.", want: q("Employers’ association")},
		{name: "the, three words, an organization noun", body: "“We will win,” said the national farmers’ association.", want: q("National farmers’ association"),
			not: q("National farmers")},
		{name: "an adjective before a group noun", body: "“We will win,” said independent analysts.", want: q("Independent analysts")},
		{name: "two words before a group noun", body: "“We will win,” said some independent analysts.", want: q("Some independent analysts")},
		{name: "two names joined by and", body: "“We will win,” said Smith and Jones.", want: []stmt{{"Smith", "direct", "We will win"}, {"Jones", "direct", "We will win"}}},
		{name: "a plural possessive before a group noun (straight)", body: "“We will win,” said Doctors' groups.", want: q("Doctors' groups")},
		{name: "a plural possessive before a group noun (curly)", body: "“We will win,” said doctors’ groups.", want: q("Doctors’ groups")},
		{name: "a generational suffix and its full stop", body: "“We will win,” said Ole Lind Jr.", want: q("Ole Lind Jr.")},
		{name: "a country’s organization noun", body: "“We will win,” said Japan’s coast guard.", want: q("Japan’s coast guard")},
	})
}

// TestPronounGenderFromTheText: a person's gender read from he/his or
// she/her in a sentence that names only that person, and not from one
// that names two.
func TestPronounGenderFromTheText(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "she, by her", body: "“It went well,” Anna Berg said. “It did,” Tom Reed said. Berg said she was tired. Reed said his team was ready. Both left. “We agreed,” she said.",
			want: []stmt{{"Anna Berg", "direct", "We agreed"}}, rules: map[string]string{"We agreed": "pronoun-gender"}},
		{name: "he, by his", body: "“It went well,” Tom Reed said. “It did,” Anna Berg said. Reed said his team was ready. Berg said she was tired. Both left. “We agreed,” he said.",
			want: []stmt{{"Tom Reed", "direct", "We agreed"}}, rules: map[string]string{"We agreed": "pronoun-gender"}},
		{name: "she, the subject of the sentence before", body: "Anna Berg spoke on Monday. “We agreed,” she said.",
			want: []stmt{{"Anna Berg", "direct", "We agreed"}}, rules: map[string]string{"We agreed": "pronoun-previous-sentence"}},
		{name: "he, by the honorific four words before", body: "Anna Berg and Tom Reed met on Monday. “It went well,” Berg said. “It did,” Reed said. Ms. A. Berg then left with Mr. T. Reed. “We agreed,” he said.",
			want: []stmt{{"Tom Reed", "direct", "We agreed"}}},
	})
	// "he" in a sentence that names two people tells neither's gender
	d := Extract("“It went well,” Tom Reed said. “It did,” Anna Berg said. Reed and Berg said he was tired. Both were tired. “We agreed,” he said.", Options{SourceID: "t", BodyFile: "a.txt"})
	for _, s := range d.Statements {
		if s.Text == "We agreed" && strings.Contains(s.Why.Note, "of that gender") {
			t.Errorf("%s: %q, want a gender left unknown", s.Speaker.Name, s.Why.Note)
		}
	}
}

// TestClaimAfterAFramingPhrase: "said in a statement that ...": the claim
// after "that", up to eight words after the phrase's start (reported.go).
func TestClaimAfterAFramingPhrase(t *testing.T) {
	claim := []stmt{{"Anna Berg", "reported", "the deal was dead"}}
	runDraftCases(t, []draftCase{
		{name: "in a statement that", body: "Anna Berg said in a statement that the deal was dead.", want: claim},
		{name: "that as the eighth word after in", body: "Anna Berg said in a long written statement on Monday night that the deal was dead.", want: claim},
	})
}
