package extract

import "testing"

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
