package extract

import "testing"

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
