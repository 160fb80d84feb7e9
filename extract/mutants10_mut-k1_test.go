package extract

import (
	"strings"
	"testing"
)

// Tests written for mutants of speakers.go, groups.go, unnamed.go and
// namegate.go that the sixth session's schemata runs left alive
// (docs/testing.md, "mut-k1 (sixth session)"): each case names the edge it
// holds.

// docExtractor is an extractor over body with nothing drafted yet.
func docExtractor(body string) *extractor {
	return &extractor{d: newDoc(body), reg: newRegistry(nil)}
}

// TestHyphenLower: a capitalized word joined to a lower-case one; a
// hyphen at either end is no join.
func TestHyphenLower(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Ex-lawyer", true},
		{"A-b", true},
		{"Bankman-Fried", false},
		{"-abc", false}, // the hyphen first
		{"Ab-", false},  // the hyphen last
		{"Holm", false},
	} {
		t.Run(tc.w, func(t *testing.T) {
			if got := hyphenLower(tc.w); got != tc.want {
				t.Errorf("hyphenLower(%q) = %v, want %v", tc.w, got, tc.want)
			}
		})
	}
}

// TestOpenerEndEdges: the introductory phrase before a subject, at the
// sentence's ends and the sixteen-token window.
func TestOpenerEndEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       int
	}{
		{"a participle alone", "Running", 0},
		{"a participle and an intro word", "Running at the harbour, Anna Berg said the plan was dead.", 5},
		{"an opener with no comma", "Earlier the talks ended", 0},
		{"the comma fifteen tokens after the opener", "Earlier one two three four five six seven eight nine ten eleven twelve thirteen fourteen, Anna Berg said it.", 16},
		{"the comma sixteen tokens after the opener", "Earlier one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen, Anna Berg said it.", 0},
		{"a dateline, then an opener", "OSLO: Earlier, Anna Berg said it.", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := docExtractor(tc.body)
			if got := x.openerEnd(x.d.sents[0].toks); got != tc.want {
				t.Errorf("openerEnd = %d, want %d (tokens %q)", got, tc.want, joinToks(x.d.sents[0].toks))
			}
		})
	}
	if got := docExtractor("").openerEnd(nil); got != 0 {
		t.Errorf("openerEnd(nil) = %d, want 0", got)
	}
}

// TestHeadlineNameEndEdges: a name read in a title-case headline is cut
// to the longest beginning the running text writes.
func TestHeadlineNameEndEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		ns, ne     int
		want       int
	}{
		{"the name opens the headline, two words written", "Ann Holt Quits Club\n\nYesterday Ann Holt left the club.", 0, 3, 2},
		{"after a title, two words written", "Judge Ann Holt Quits Club\n\nYesterday Ann Holt left the club.", 1, 4, 3},
		{"one word written: the whole run", "Ann Holt Quits Club\n\nYesterday Ann spoke.", 0, 3, 3},
		{"after a title, one word written: the whole run", "Judge Ann Holt Quits Club\n\nYesterday Ann spoke.", 1, 4, 4},
		{"a longer word is no match", "Ann Holt Quits Club\n\nYesterday Annika Holtz spoke.", 0, 3, -1},
		{"the name opens the running text", "Ann Holt Quits Club\n\nAnn Holt left the club.", 0, 3, 2},
		{"an empty run", "Ann Holt Quits Club\n\nAnn Holt left the club.", 0, 0, 0},
		{"not a headline", "Ann Holt quits the club today.\n\nAnn Holt left.", 0, 3, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := docExtractor(tc.body)
			if got := x.headlineNameEnd(x.d.sents[0].toks, tc.ns, tc.ne); got != tc.want {
				t.Errorf("headlineNameEnd(%d, %d) = %d, want %d", tc.ns, tc.ne, got, tc.want)
			}
		})
	}
}

// sentToks is the tokens of body's first sentence.
func sentToks(body string) []tok {
	return newDoc(body).sents[0].toks
}

// TestIndefiniteAfterEdges: "a senior ministry official" read forward
// from "a": the six-word window, a role head at the text's end, before a
// comma, "who" or a cue.
func TestIndefiniteAfterEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		j, b       int
		ok         bool
	}{
		{"a role head ending the text", "a senior official", 0, 3, true},
		{"before a comma", "according to a senior official, the plan is dead.", 2, 5, true},
		{"before who", "a senior official who spoke", 0, 3, true},
		{"before a cue", "a senior official said it", 0, 3, true},
		{"no role head before the text's end", "a big", 0, 0, false},
		{"the head six words after a", "a tall quiet old grey ministry official said it", 0, 7, true},
		{"the head seven words after a", "a tall quiet old grey senior ministry official said it", 0, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, ok := indefiniteAfter(sentToks(tc.body), tc.j)
			if b != tc.b || ok != tc.ok {
				t.Errorf("indefiniteAfter(%d) = %d, %v, want %d, %v", tc.j, b, ok, tc.b, tc.ok)
			}
		})
	}
}

// TestIndefiniteBeforeEdges: read back from a role head to its "a".
func TestIndefiniteBeforeEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		k, p       int
		ok         bool
	}{
		{"a role head right after a", "a spokesman said it", 1, 0, false},
		{"a word between", "a senior spokesman said it", 2, 0, true},
		{"a six tokens back", "a tall quiet old grey senior spokesman said it", 6, 0, true},
		{"a seven tokens back", "a tall quiet old grey senior foreign spokesman said it", 7, 0, false},
		{"past the end", "a senior spokesman", 3, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := indefiniteBefore(sentToks(tc.body), tc.k)
			if p != tc.p || ok != tc.ok {
				t.Errorf("indefiniteBefore(%d) = %d, %v, want %d, %v", tc.k, p, ok, tc.p, tc.ok)
			}
		})
	}
}

// TestInterviewVerb: the verbs that introduce an interview page.
func TestInterviewVerb(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Ann Holt spoke to the media.", true},
		{"Ann Holt talked with reporters.", true},
		{"Ann Holt spoke after the win.", true},
		{"Ann Holt reflected on the season.", true},
		{"Ann Holt sat down with us.", true},
		{"We asked him about the job.", true},
		{"We asked her about the job.", true},
		{"We asked them about the job.", true},
		{"We asked her", false},
		{"We asked her why.", false},
		{"We asked us about it.", false},
		{"Ann Holt chatted with us.", true},
		{"Ann Holt spoke of the win.", false},
		{"Ann Holt spoke", false},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := interviewVerb(sentToks(tc.body)); got != tc.want {
				t.Errorf("interviewVerb = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestInterviewLayoutEdges: an interview page whose first paragraph
// introduces the speaker; a label line of ten words is still one, of
// eleven no longer.
func TestInterviewLayoutEdges(t *testing.T) {
	const intro = "Coach Ann Holt spoke to the media after the win.\n\n"
	const quote = "\n\n“We were solid at the back and we deserved the points today.”"
	const said = "We were solid at the back and we deserved the points today"
	runDraftCases(t, []draftCase{
		{name: "the introduction is the first paragraph", body: intro + "On the defence…" + quote,
			want: []stmt{{"Ann Holt", "direct", said}}, rules: map[string]string{said: "interview-layout"}},
		{name: "a label line of ten words", body: intro + "On the defence and the way we closed the game:" + quote,
			want: []stmt{{"Ann Holt", "direct", said}}, rules: map[string]string{said: "interview-layout"}},
		{name: "a line of eleven words is no label", body: intro + "On the defence and the way we closed out the game:" + quote,
			exact: true},
	})
}

// TestGroupBeforeCueEdges: a group noun phrase with its modifier up to
// the cue: the windows (twelve tokens back, a preposition six tokens
// before the cue), a cue verb between, a sentence opening with and/but.
func TestGroupBeforeCueEdges(t *testing.T) {
	type want struct {
		a, h    int
		rel, ok bool
	}
	for _, tc := range []struct {
		name, body string
		k          int
		want       want
	}{
		{"who twelve tokens before the cue", "The jurors who sat through the long trial of the old man in the town say it.", 14, want{0, 2, true, true}},
		{"who thirteen tokens before the cue", "The jurors who sat through the long trial of the old man in the old town say it.", 15, want{}},
		{"a preposition six tokens back", "Sources at the big old grey harbour school said it.", 7, want{0, 1, false, true}},
		{"a preposition seven tokens back", "Sources at the big old grey harbour town school said it.", 8, want{}},
		{"another cue verb between", "Sources at the school warned staff said it.", 5, want{}},
		{"after and", "And sources at the school said it.", 4, want{1, 2, false, true}},
		{"after but", "But sources at the school said it.", 4, want{1, 2, false, true}},
		{"after another word", "Yet sources at the school said it.", 4, want{}},
		{"a preposition opening the sentence", "At home officials said it.", 2, want{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, h, rel, ok := groupBeforeCue(sentToks(tc.body), tc.k)
			if got := (want{a, h, rel, ok}); got != tc.want {
				t.Errorf("groupBeforeCue(%d) = %+v, want %+v", tc.k, got, tc.want)
			}
		})
	}
	if !groupModified(sentToks("Critics who say it is dead."), 1) {
		t.Error(`groupModified("Critics who", 1) = false, want true`)
	}
	if groupModified(sentToks("Critics say it is dead."), 0) {
		t.Error(`groupModified(0) = true, want false`)
	}
}

// TestGroupAfterAPossessive: a group right after a comma that follows
// "his" (the group is his, not one the article names) is no speaker.
func TestGroupAfterAPossessive(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the possessive two tokens back", body: "The idea was not his, sources at the school said.",
			not: []stmt{{"Sources at the school", "reported", "The idea was not his"}}},
		{name: "the possessive opening the sentence", body: "His, sources at the school said, was the better plan.",
			not: []stmt{{"Sources at the school", "reported", "His"}}},
	})
}

// TestPartyLabelEdges: a party label before a name of two or three words.
func TestPartyLabelEdges(t *testing.T) {
	for _, tc := range []struct {
		body string
		a, b int
		want bool
	}{
		{"Republican Jon Costas", 0, 3, true},
		{"said Republican Jon Costas", 1, 4, true},
		{"said Republican Costas", 1, 3, false},
		{"Republican Jon Al Costas", 0, 4, true},
		{"Republican Jon Al Bo Costas", 0, 5, false},
		{"Labour Party", 0, 2, false},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := partyLabel(sentToks(tc.body), tc.a, tc.b); got != tc.want {
				t.Errorf("partyLabel(%d, %d) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestPairedHonorificEdges: the two-word Malaysian honorifics, at the
// text's ends.
func TestPairedHonorificEdges(t *testing.T) {
	for _, tc := range []struct {
		body string
		i    int
		want bool
	}{
		{"Tan Sri Ali", 0, true},
		{"Tan Seri Ali", 0, true},
		{"Tan Ali Hassan", 0, false},
		{"Tan", 0, false},
		{"Puan Sri Aisha", 1, true},
		{"Datuk Sri Najib", 1, true},
		{"Dato Sri Najib", 1, true},
		{"Datuk Seri Sri Najib", 2, true},
		{"Toh Puan Aisha", 0, true},
		{"Sri Lanka", 0, false},
		{"Datuk Sri", 1, false}, // the last token
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := pairedHonorific(sentToks(tc.body), tc.i); got != tc.want {
				t.Errorf("pairedHonorific(%d) = %v, want %v", tc.i, got, tc.want)
			}
		})
	}
}

// TestPersonAtEndAfterALowerCaseWord: the drafted name must follow a
// capitalized word of the phrase.
func TestPersonAtEndAfterALowerCaseWord(t *testing.T) {
	x := docExtractor("")
	p := x.reg.person("Ann Rao", Why{Rule: "new-name", Confidence: 0.7})
	toks := sentToks("Leader of the House Ann Rao")
	if got, s := x.personAtEndAt(toks, 0, 6); got != p || s != 4 {
		t.Errorf("personAtEndAt(Leader of the House Ann Rao) = %v, %d, want Ann Rao, 4", got, s)
	}
	if got, s := x.personAtEndAt(sentToks("met the Ann Rao"), 1, 4); got != nil || s != 4 {
		t.Errorf("personAtEndAt(the Ann Rao) = %v, %d, want nil, 4", got, s)
	}
}

// TestAffiliationEdges: "First Last of Organization", the "of" two or
// three words after the name's start.
func TestAffiliationEdges(t *testing.T) {
	for _, tc := range []struct {
		body string
		b    int
		want int
	}{
		{"Kenji Sato of Kyoto University", 5, 2},
		{"Anna Maria Berg of Lund University", 6, 3},
		{"Anna Maria Lise Berg of Lund University", 7, 0},
		{"Kenji Sato of", 3, 0},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := affiliationOf(sentToks(tc.body), 0, tc.b); got != tc.want {
				t.Errorf("affiliationOf(0, %d) = %d, want %d", tc.b, got, tc.want)
			}
		})
	}
	toks := sentToks("Ann Rao of Lund University")
	if !affiliationTail(toks, 2, 5) {
		t.Error("affiliationTail(of Lund University) = false, want true")
	}
	if affiliationTail(toks[:2], 2, 2) {
		t.Error("affiliationTail at the end = true, want false")
	}
}

// TestFullNameOfEdges: the full name a surname stands for, read back over
// at most three words and forward over a middle name.
func TestFullNameOfEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body, surname string
		drafted             []string
		want                string
	}{
		{"three words before the surname at most", "Anna Maria Lise Karin Berg spoke.", "Berg", nil, "Maria Lise Karin Berg"},
		{"an honorific is no first name", "Mr Tom Berg spoke.", "Berg", nil, "Tom Berg"},
		{"a nationality of the lexicon is no first name", "The German Tom Berg spoke.", "Berg", nil, "Tom Berg"},
		{"a nationality noun is no first name", "The Frenchman Tom Berg spoke.", "Berg", nil, "Tom Berg"},
		{"an organization word is no first name", "The Ministry Tom Berg spoke.", "Berg", nil, "Tom Berg"},
		{"a state is no first name", "Germany Keith Kellogg spoke.", "Kellogg", nil, "Keith Kellogg"},
		{"after the, a name after the surname", "I met the Anna Berg Holm trio.", "Berg", nil, ""},
		{"after the, a lower-case word after the surname", "I met the Anna Berg in Oslo.", "Berg", nil, "Anna Berg"},
		{"after the, the surname ends the text", "I met the Anna Berg", "Berg", nil, "Anna Berg"},
		{"the surname ends the text", "I met Anna Berg", "Berg", nil, "Anna Berg"},
		{"the first of two names of one length", "Tom Berg spoke. Ann Berg spoke.", "Berg", nil, "Tom Berg"},
		{"a middle name, the drafted name", "Chaudhry Nisar Ali Khan spoke.", "Nisar", []string{"Chaudhry Nisar Ali Khan"}, "Chaudhry Nisar Ali Khan"},
		{"a middle name, the drafted name ends the text", "I met Chaudhry Nisar Ali Khan", "Nisar", []string{"Chaudhry Nisar Ali Khan"}, "Chaudhry Nisar Ali Khan"},
		{"a middle name, three words after it", "Chaudhry Nisar Ali Khan Baig spoke.", "Nisar", []string{"Chaudhry Nisar Ali Khan Baig"}, "Chaudhry Nisar Ali Khan Baig"},
		{"no name before the surname", "We met Berg Holm there.", "Berg", []string{"Berg Holm"}, ""},
		{"the first of two drafted names of one length", "Tom Berg Holm spoke. Ann Berg Holm spoke.", "Berg", []string{"Tom Berg Holm", "Ann Berg Holm"}, "Tom Berg Holm"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := docExtractor(tc.body)
			for _, n := range tc.drafted {
				x.reg.person(n, Why{Rule: "new-name", Confidence: 0.7})
			}
			if got := x.fullNameOf(tc.surname); got != tc.want {
				t.Errorf("fullNameOf(%q) = %q, want %q", tc.surname, got, tc.want)
			}
		})
	}
}

// TestPlaceSomewhereEdges: a word written as a place: after in/at/from,
// or between commas after a city.
func TestPlaceSomewhereEdges(t *testing.T) {
	for _, tc := range []struct {
		body, word string
		want       bool
	}{
		{"She lives in Flint now.", "Flint", true},
		{"She lives in Flint, Michigan, now.", "Michigan", true},
		{"Flint, Michigan, is cold.", "Michigan", true},
		{"Flint, Michigan is cold.", "Michigan", false},
		{"Flint, Michigan", "Michigan", false},
		{"Flint and Michigan, is cold.", "Michigan", false},
		{"flint, Michigan, is cold.", "Michigan", false},
		{"Michigan is cold.", "Michigan", false},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := docExtractor(tc.body).placeSomewhere(tc.word); got != tc.want {
				t.Errorf("placeSomewhere(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

// TestCorporateSomewhere: a suffix up to three capitalized words after
// the word.
func TestCorporateSomewhere(t *testing.T) {
	for _, tc := range []struct {
		body, word string
		want       bool
	}{
		{"Cisco Big Data Systems said it.", "Cisco", true},
		{"Cisco Big Data Cloud Systems said it.", "Cisco", false},
		{"Boeing CEO Dave Calhoun said it.", "Boeing", true},
		{"Boeing", "Boeing", false},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := docExtractor(tc.body).corporateSomewhere(tc.word); got != tc.want {
				t.Errorf("corporateSomewhere(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

// TestSmallReaders: datelineEnd, isDigits, isDemonym, nickname,
// firstNameOf at their edges.
func TestSmallReaders(t *testing.T) {
	if got := datelineEnd(sentToks("OSLO:")); got != 0 {
		t.Errorf("datelineEnd(OSLO:) = %d, want 0", got)
	}
	if got := datelineEnd(sentToks("OSLO: Talks ended.")); got != 2 {
		t.Errorf("datelineEnd(OSLO: Talks ended.) = %d, want 2", got)
	}
	if !isDigits("1990") || isDigits("19a") || isDigits("") {
		t.Error("isDigits: 1990 is digits, 19a and the empty string not")
	}
	if !isDemonym("Ozish") || isDemonym("Ozis") {
		t.Error("isDemonym: Ozish (five letters, -ish) is shaped like a nationality, Ozis not")
	}
	x := docExtractor("The Big Bad Wolf said it.")
	if toks := x.d.sents[0].toks; !x.nickname(toks, 1, 4) || x.nickname(sentToks("The Big Bad Grey Wolf said it."), 1, 5) {
		t.Error("nickname: three words are a nickname, four not")
	}
	x.reg.person("Anna Maria Berg", Why{Rule: "new-name", Confidence: 0.7})
	if p := x.firstNameOf("Anna"); p == nil || p.Name != "Anna Maria Berg" {
		t.Errorf("firstNameOf(Anna) = %v, want Anna Maria Berg", p)
	}
	x.reg.person("Anna Holm", Why{Rule: "new-name", Confidence: 0.7})
	if p := x.firstNameOf("Anna"); p != nil {
		t.Errorf("firstNameOf(Anna) of two people = %v, want nil", p)
	}
}

// TestJointSpeakersEdges: names joined by "and" or commas, each a person
// or each a state.
func TestJointSpeakersEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		a, b       int
		want       []string // first, then the others; nil: none
	}{
		{"a comma, then and", "Anna Berg, and Tom Reed said it.", 0, 6, []string{"Anna Berg", "Tom Reed"}},
		{"an initial", "Anna K. Berg and Tom Reed said it.", 0, 7, []string{"Anna K. Berg", "Tom Reed"}},
		{"two states", "Germany and France said it.", 0, 3, []string{"Germany", "France"}},
		{"a person and a state", "Anna Berg and France said it.", 0, 4, nil},
		{"the phrase ends at a comma before and", "Anna Berg, Tom Reed, and Ola Dahl said it.", 0, 6, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := docExtractor(tc.body)
			first, rest, ok := x.jointSpeakers(&x.d.sents[0], tc.a, tc.b)
			var got []string
			if ok {
				got = append(got, first.Name)
				for _, e := range rest {
					got = append(got, e.Name)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || ok != (tc.want != nil) {
				t.Errorf("jointSpeakers = %q, %v, want %q", got, ok, tc.want)
			}
		})
	}
}

// TestLastOrganizationBefore: the organization named last before an
// offset, one named at the text's first character included.
func TestLastOrganizationBefore(t *testing.T) {
	x := docExtractor("Harbour Line cut fares. The EU agreed. The company said it was fine.")
	at := strings.Index(string(x.d.rs), "The company")
	hl := x.reg.organization("Harbour Line", "other", Why{Rule: "organization-name", Confidence: 0.5})
	if got := x.lastOrganizationBefore(at); got != hl {
		t.Errorf("lastOrganizationBefore = %v, want Harbour Line", got)
	}
	eu := x.reg.organization("EU", "other", Why{Rule: "organization-name", Confidence: 0.5})
	if got := x.lastOrganizationBefore(at); got != eu {
		t.Errorf("lastOrganizationBefore = %v, want EU (two letters)", got)
	}
	y := docExtractor("Harbour Line cut fares. The company said it was fine.")
	first := y.reg.organization("Harbour", "other", Why{Rule: "organization-name", Confidence: 0.5})
	y.reg.organization("Harbour Line", "other", Why{Rule: "organization-name", Confidence: 0.5})
	if got := y.lastOrganizationBefore(strings.Index(string(y.d.rs), "The company")); got != first {
		t.Errorf("lastOrganizationBefore, two names at one offset = %v, want the first drafted, Harbour", got)
	}
}

// TestLooksLikeFullNameEdges: a full name opening a clause, before a verb
// or an apposition.
func TestLooksLikeFullNameEdges(t *testing.T) {
	for _, tc := range []struct {
		body string
		b    int
		want bool
	}{
		{"Ole Dahl, a local fisherman, was there.", 2, true},
		{"Ole Dahl, an old fisherman, was there.", 2, true},
		{"Ole Dahl, 44, was there.", 2, true},
		{"Ole Dahl, who fished, was there.", 2, false},
		{"Anna Maria Berg went home.", 3, true},
		{"Anna van der Berg Holm went home.", 5, true},
		{"Anna Berg", 2, false},
		{"van Dijk went home.", 2, false},
	} {
		t.Run(tc.body, func(t *testing.T) {
			x := docExtractor(tc.body)
			if got := x.looksLikeFullName(x.d.sents[0].toks, 0, tc.b); got != tc.want {
				t.Errorf("looksLikeFullName(0, %d) = %v, want %v", tc.b, got, tc.want)
			}
		})
	}
}

// TestNameAfterCommaEdges: two to four name words after the comma.
func TestNameAfterCommaEdges(t *testing.T) {
	for _, tc := range []struct {
		body string
		a, b int
	}{
		{"said the chair, Holm.", 0, 0},
		{"said the chair, Anna Berg.", 4, 6},
		{"said the chair, Anna Maria Lise Berg.", 4, 8},
		{"said the chair, Anna Maria Lise Karin Berg.", 0, 0},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if a, b := nameAfterComma(sentToks(tc.body), 3); a != tc.a || b != tc.b {
				t.Errorf("nameAfterComma = %d, %d, want %d, %d", a, b, tc.a, tc.b)
			}
		})
	}
}

// TestOutletSomewhereEdges: "told The Harbinger" at the text's end, and
// an outlet of two words.
func TestOutletSomewhereEdges(t *testing.T) {
	for _, tc := range []struct {
		body, outlet string
		want         bool
	}{
		{"She told The Harbinger", "Harbinger", true},
		{"She told the", "Harbinger", false},
		{"She told The Harbour Post it.", "Harbour Post", true},
		{"She told The Harbour Post", "Harbour Post", true},
		{"She told The Harbour Gazette it.", "Harbour Post", false},
	} {
		t.Run(tc.body, func(t *testing.T) {
			if got := docExtractor(tc.body).outletSomewhere(sentToks(tc.outlet)); got != tc.want {
				t.Errorf("outletSomewhere(%q) = %v, want %v", tc.outlet, got, tc.want)
			}
		})
	}
}

// TestPlaceBeforeCueEdges: the phrase after in/on/at right before a cue.
func TestPlaceBeforeCueEdges(t *testing.T) {
	x := docExtractor("In Lundby officials said it.")
	toks := x.d.sents[0].toks
	if !x.placeBeforeCue(toks, 1, 2) {
		t.Error("placeBeforeCue(In Lundby) = false, want true")
	}
	if x.placeBeforeCue(toks, 1, 1) {
		t.Error("placeBeforeCue of an empty phrase = true, want false")
	}
	if x.placeBeforeCue(toks, 0, 1) {
		t.Error("placeBeforeCue at the sentence's start = true, want false")
	}
}

// TestStatementAuthorEdges: the full name after "statement from", within
// four words, of two or three words.
func TestStatementAuthorEdges(t *testing.T) {
	for _, tc := range []struct {
		body string
		a, b int
	}{
		{"A statement from Ann Holt read:", 3, 5},
		{"A statement from Ann Marie Holt read:", 3, 6},
		{"A statement from Ann Marie Lise Holt read:", 0, 0},
		{"A statement from Holt read:", 0, 0},
		{"A statement from the local bondholders Ann Holt and Bo Lind read:", 6, 8},
		{"A statement from the two local bondholders Ann Holt and Bo Lind read:", 0, 0},
	} {
		t.Run(tc.body, func(t *testing.T) {
			toks := sentToks(tc.body)
			i := len(toks) - 2 // the cue "read"
			if a, b := statementAuthor(toks, i); a != tc.a || b != tc.b {
				t.Errorf("statementAuthor = %d, %d, want %d, %d", a, b, tc.a, tc.b)
			}
		})
	}
}

// TestUnnamedWithComplementEdges: "a senior spokeswoman for the talks"
// read back from the last word before the cue.
func TestUnnamedWithComplementEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		k, a       int
		ok         bool
	}{
		{"a modifier", "a senior spokeswoman for the talks said it.", 5, 0, true},
		{"a word that is no modifier", "a cheerful spokeswoman for the talks said it.", 5, 0, true},
		{"a capitalized modifier", "a Senior spokeswoman for the talks said it.", 5, 0, true},
		{"a capitalized word", "a Harbour spokeswoman for the talks said it.", 5, 0, false},
		{"three modifiers", "a very tall senior spokeswoman for the talks said it.", 7, 0, true},
		{"four modifiers", "a very tall senior foreign spokeswoman for the talks said it.", 8, 0, false},
		{"the complement five words back", "an official at the big old harbour school said it.", 7, 0, true},
		{"the complement six words back", "an official at the big old grey harbour school said it.", 8, 0, false},
		{"the phrase ends the text", "a spokeswoman for the talks", 4, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := unnamedWithComplement(sentToks(tc.body), tc.k)
			if a != tc.a || ok != tc.ok {
				t.Errorf("unnamedWithComplement(%d) = %d, %v, want %d, %v", tc.k, a, ok, tc.a, tc.ok)
			}
		})
	}
}

// TestAppositionReaders: appositiveName (title words up to three, then a
// comma and a name), appositionSubject (the name before an apposition
// holding commas) and describedName (adjectives before a full name).
func TestAppositionReaders(t *testing.T) {
	for _, tc := range []struct {
		body string
		e    int
		a, b int
	}{
		{"said the deputy chief executive, Karl Holm.", 2, 6, 8},
		{"said the deputy chief executive officer, Karl Holm.", 2, 0, 0},
	} {
		t.Run("appositiveName/"+tc.body, func(t *testing.T) {
			if a, b := appositiveName(sentToks(tc.body), tc.e); a != tc.a || b != tc.b {
				t.Errorf("appositiveName(%d) = %d, %d, want %d, %d", tc.e, a, b, tc.a, tc.b)
			}
		})
	}
	for _, tc := range []struct {
		body string
		a, e int
		ok   bool
	}{
		{"Anna Berg, 92, from Lundby, said it.", 0, 2, true},
		{"Anna Berg, 101, from Lundby, said it.", 0, 2, true},
		{"Anna Berg, 1010, from Lundby, said it.", 0, 0, false},
		{"But Kellogg, a retired general who served in Oslo, Bergen and Lund, said it.", 1, 2, true},
	} {
		t.Run("appositionSubject/"+tc.body, func(t *testing.T) {
			toks := sentToks(tc.body)
			k := len(toks) - 4 // the comma before "said it."
			a, e, ok := appositionSubject(toks, k)
			if a != tc.a || e != tc.e || ok != tc.ok {
				t.Errorf("appositionSubject(%d) = %d, %d, %v, want %d, %d, %v", k, a, e, ok, tc.a, tc.e, tc.ok)
			}
		})
	}
	if _, _, ok := appositionSubject(nil, 0); ok {
		t.Error("appositionSubject(nil) found a subject")
	}
	for _, tc := range []struct {
		body string
		want int
	}{
		{"A tearful Anna Berg thanked them.", 2},
		{"An emotional Tom Reed said it.", 2},
		{"A very tearful old Anna Berg thanked them.", 4},
		{"A very tearful old grey Anna Berg thanked them.", 0},
		{"A Tom Reed said it.", 0},
		{"A tearful Anna", 0},
		{"Tearful Anna Berg thanked them.", 0},
	} {
		t.Run("describedName/"+tc.body, func(t *testing.T) {
			if got := describedName(sentToks(tc.body), 0); got != tc.want {
				t.Errorf("describedName = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestCompanyReaders: describedCompanyBefore (a name of one to three
// words after a company noun), employerSomewhere (a name before a company
// title) and titledSomewhere.
func TestCompanyReaders(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"The biotech Path Gene Works was riding high. The company said it was fine.", "Path Gene Works"},
		{"The biotech Path Gene was riding high. The company said it was fine.", "Path Gene"},
		{"The biotech Path Gene Bio Works was riding high. The company said it was fine.", ""},
	} {
		t.Run("describedCompanyBefore/"+tc.body, func(t *testing.T) {
			x := docExtractor(tc.body)
			got := ""
			if e := x.describedCompanyBefore(strings.Index(string(x.d.rs), "The company")); e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("describedCompanyBefore = %q, want %q", got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		body, name string
		want       bool
	}{
		{"Harbour Line CEO Mark Toll said it.", "Harbour Line", true},
		{"Harbour Line’s board said it.", "Harbour Line", true},
		{"We like Harbour Line’s", "Harbour Line", false},
		{"We like the company.", "the company", false},
	} {
		t.Run("employerSomewhere/"+tc.body, func(t *testing.T) {
			if got := docExtractor(tc.body).employerSomewhere(sentToks(tc.name)); got != tc.want {
				t.Errorf("employerSomewhere(%q) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
	if x := docExtractor("We met Mr. Holm there."); !x.titledSomewhere("Holm") || x.titledSomewhere("Berg") {
		t.Error("titledSomewhere: Holm after Mr. is titled, Berg is not written")
	}
}

// TestNounPhraseEdges: npLeft (the phrase ending before a cue) and
// npRight (the phrase after one) at the phrase's ends, with initials,
// particles and plural possessives.
func TestNounPhraseEdges(t *testing.T) {
	for _, tc := range []struct {
		body     string
		end, got int
	}{
		{"Mary K.", 3, 3}, // a full stop ending the phrase is no initial's
		{"al-Jubeir said it.", 1, 1},
		{"Adel al-Jubeir said it.", 2, 0},
		{"the plaintiffs’ lawyers said it.", 4, 0},
		{"the plaintiffs' lawyers said it.", 4, 0},
		{"the lawyers", 2, 0},
		{"the plaintiffs’", 2, 0},
		{"the talks ended", 3, 3},
	} {
		t.Run("npLeft/"+tc.body, func(t *testing.T) {
			if got := npLeft(sentToks(tc.body), tc.end); got != tc.got {
				t.Errorf("npLeft(%d) = %d, want %d", tc.end, got, tc.got)
			}
		})
	}
	for _, tc := range []struct {
		body       string
		start, got int
	}{
		{"said political scientist Karin Aas.", 1, 5},
		{"said young political scientist Karin Aas.", 1, 6},
		{"said very young political scientist Karin Aas.", 1, 1},
		{"said the Norland central bank.", 1, 3},
		{"said of Norland.", 1, 1},
		{"said the.", 1, 1},
		{"said Parents’ groups.", 1, 4},
	} {
		t.Run("npRight/"+tc.body, func(t *testing.T) {
			if got := npRight(sentToks(tc.body), tc.start); got != tc.got {
				t.Errorf("npRight(%d) = %d, want %d", tc.start, got, tc.got)
			}
		})
	}
}

// TestSubjectPersonEdges: the subject of a sentence after a kicker in
// capitals, a long introduction, a possessor, and a company's name.
func TestSubjectPersonEdges(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		drafted    []string
		want       string
	}{
		{"a kicker of three capitals", "BIG Anna Berg was happy.", nil, "Anna Berg"},
		{"the first comma fifteen tokens in", "and so one two three four five six seven eight nine ten eleven twelve thirteen, Anna Berg was there.", []string{"Anna Berg"}, ""},
		{"the first comma fourteen tokens in", "and so one two three four five six seven eight nine ten eleven twelve, Anna Berg was there.", []string{"Anna Berg"}, "Anna Berg"},
		{"a place’s person", "Antwerp’s Van den Bergh, 26, banked the money.", []string{"Van den Bergh"}, "Van den Bergh"},
		{"a person’s coach named in commas", "Holt’s coach, Tom Berg, was in tears.", []string{"Tom Berg"}, "Tom Berg"},
		{"a company's name as the subject", "Nordhavn Shipping rose sharply.", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := docExtractor(tc.body)
			for _, n := range tc.drafted {
				x.reg.person(n, Why{Rule: "new-name", Confidence: 0.7})
			}
			got := ""
			if e := x.subjectPerson(&x.d.sents[0]); e != nil {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("subjectPerson = %q, want %q", got, tc.want)
			}
		})
	}
	if x := docExtractor("Harbour Line CEO Mark Toll said it."); !x.employerSomewhere(sentToks("the Harbour Line")) {
		t.Error(`employerSomewhere("the Harbour Line") = false, want true: the words from the first capitalized one`)
	}
}

// TestCutTextsDoNotPanicK1: texts cut at their start (a paste that lost
// the subject) draft without a panic.
func TestCutTextsDoNotPanicK1(t *testing.T) {
	for _, body := range []string{
		"(R-Ariz.) said the plan was dead.",
		"thanked the crowd and said the plan was dead.",
		"“We won,” said the Frenchman",
	} {
		t.Run(body, func(t *testing.T) { extractSafely(t, body) })
	}
}

// TestUnnamedSourceAndSameClaim: one unnamed source quoted twice is one
// person; one claim read by two cues of a sentence is drafted once.
func TestUnnamedSourceAndSameClaim(t *testing.T) {
	d := Extract("According to a senior official, the plan is dead. According to a senior official, the talks are over.", Options{SourceID: "t", BodyFile: "a.txt"})
	n := 0
	for _, e := range d.Entities {
		if e.Name == "a senior official" {
			n++
		}
	}
	if n != 1 || len(d.Statements) != 2 {
		t.Errorf("%d people named “a senior official” and %d statements, want 1 and 2: %+v", n, len(d.Statements), statements(d))
	}
	d = Extract("Ferry crews to be swapped\n\n\"This is slow work,\" port spokesperson Ivo Lemmink told journalists in Bergen on Thursday, saying that the crews were being chosen by name.", Options{SourceID: "t", BodyFile: "a.txt"})
	n = 0
	for _, st := range d.Statements {
		if strings.HasPrefix(st.Text, "the crews were being chosen") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the claim drafted %d times, want once: %+v", n, statements(d))
	}
}
