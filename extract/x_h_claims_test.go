package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// hcExtract drafts an article of testdata/x-h-claims with a publication date.
func hcExtract(t *testing.T, file string) *Draft {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "x-h-claims", file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(string(body), Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// TestHClaims runs the articles of testdata/x-h-claims, written by us to
// imitate the claim kinds of batch H (docs/extract.md, "x-h-claims"):
// each want is a claim (speaker, opening, rule part); each not is an
// opening no drafted claim may have.
func TestHClaims(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][3]string
		not  []string
	}{
		{"participle-that", [][3]string{
			{"Ann Lee", "the vote was \"a great day for the town\"", "speaker-before-cue"}, // the first claim ends before "adding"
			{"Ann Lee", "the new road would open in May", "participle-cue"},                // "“…” adding that": no comma
			{"Jo Kent", "the clinic would stay open", "participle-cue,subject"},            // "before stating that"
			{"Tom Dale", "the budget was tight", ""},                                       // "then adding that"
		}, []string{
			"the road be moved",     // "with Tom Dale still demanding that": the absolute phrase's
			"the road was too loud", // "heard residents saying that": a noun before it
			"to the list",           // "adding that to the list": no clause
			"the vote was \"a great day for the town\" adding", // one claim no more
		}},
		{"unnamed-people", [][3]string{
			{"people familiar with the talks", "Acme is weighing a sale", "according-to/unnamed-people"},
			{"people familiar with the talks", "The board had grown tired", "unnamed-people,again"}, // "the people said"
			{"two people close to the board", "the vote would be held in June", "speaker-before-cue/unnamed-people"},
			{"one person", "The directors argued for weeks", "unnamed-people"},
			{"several people close to the board", "the vote was close", "according-to/unnamed-people"}, // the relative clause left out of the name
			{"a person familiar with the matter", "the chief would stay until May", "unnamed-people"},
			{"people in the room", "the chair nearly walked out", "according-to/unnamed-people"},
		}, []string{"the queue was long", "the plant was too loud"}}, // voters, townsfolk: no source
		{"research-finding", [][3]string{
			{"the study", "dockers who work nights sleep less", "research-finding,document"}, // a long subject: "A recent study conducted by … has found that"
			{"the study", "shift work harms the heart", "document"},                          // "The findings of the study suggest that": the cue found, its subject the document rules' as before
			{"the study", "the data came from one city", "pronoun"},                          // "it acknowledges that": the study spoke last
			{"the research", "short naps help workers", "research-finding"},                  // "New research shows that"
			{"the survey", "most workers want day shifts", "research-finding"},               // "Harvard's survey": Harvard is named nowhere else
			{"Zenko Corp", "most managers want day shifts too", "research-finding,author"},   // the author named before
			{"the research", "older workers nap more often", "research-finding,document"},
		}, []string{"older workers slept least", "nothing new"}}, // "The study was led by X, who found that"; "The report shown to the board found nothing"
		{"other-shapes", [][3]string{
			{"Bo Ray", "hold the airport and two bridges", "speaker-before-cue"},            // "claimed to" + infinitive
			{"the statement", "The company will close two plants", "according-to/document"}, // "…, according to the statement."
			{"Axios", "Fuel prices will rise in June", "according-to/document-author,name"}, // "an Axios report": its author
			{"an earlier report", "Turnout was low", "according-to/document"},               // no author: the article's words
			{"Ida Holm", "she would not run again", "speaker-before-cue"},                   // quoted titles and a parenthesis before "that"
			{"Eva Strand", "she feels stronger than ever", "speaker-before-cue"},            // "shared that"
			{"Tom Dale", "Tom Dale was \"deeply moved\"", "clause-ending-in-quote"},         // a quoted phrase inside the clause before "he said"
			{"Per Lund", "crews are working to \"restore power", "participle-cue"},          // a clause of its own before "to “…”"
			{"Tom Dale", "there is work to be done", "coordinated-cue"},                     // a subject set off by dashes
			{"Zenko", "it is cutting 300 jobs", "speaker-before-cue"},                       // "has just announced"
		}, []string{"the port was rejected", "were loud", "view with her team"}},
		{"according-document", [][3]string{
			{"the statement", "The company will close two plants", "according-to/document"},
			{"Harbour Board", "Lee has agreed to serve for two years", "according-to/document-author,last-organization"}, // "agreed to": an act; the board spoke last
			{"Ann Lee", "the plan was sound", "speaker-before-cue"},
			{"the statement", "Pay will rise in June", "according-to/document"}, // a group spoke last: no author
			{"Axios", "Fuel prices will rise in June", "according-to/document-author,name"},
			{"an earlier report", "Turnout was low", "according-to/document"},
			{"Egypt", "Turnout was high", "according-to/document-author,possessor"},
			{"a survey", "most workers want day shifts", "according-to/document"}, // a participle phrase after the document
		}, []string{"Lee agreed that"}}, // "agreed that": the sentence's own claim, none of the board's
		{"sources", [][3]string{
			{"a source close to the club", "The club is weighing a sale", "according-to/unnamed-people"},
			{"a source close to the player", "he wanted to leave", "speaker-before-cue/unnamed-people"},
			{"sources familiar with the deal", "The fee could reach 50 million", "according-to/unnamed-people"},
			{"one source", "The player has asked to leave", "unnamed-people"},
			{"one source", "The club will say no", "unnamed-people,again"},                                         // "the source": the same head
			{"a person with knowledge of the talks", "The club met on Monday", "inverted-trailing/unnamed-people"}, // "…, said a person …"
			{"officials familiar with the plan", "the stand would cost more", "unnamed-people"},
			{"Sources", "The pay was low", "unnamed-group"},    // "two sources said": the group rule, as before
			{"Officials", "The board was split", "collective"}, // "the officials": no such source before
		}, nil},
		{"people-again", [][3]string{
			{"people familiar with the matter", "the chief would stay until May", "unnamed-people"},     // lower-case when it opens the sentence
			{"a person familiar with the talks", "The board had met in secret", "unnamed-people,again"}, // "the person": the one, not the three, nor Tom Dale
			{"three people close to the chair", "The chair had nearly quit", "unnamed-people,again"},
			{"people familiar with the matter", "the talks went on for weeks", "according-to/unnamed-people"}, // named so before: the same source
		}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			checkClaims(t, hcExtract(t, tc.file), tc.want, tc.not)
		})
	}
}

// hcDoc is an extractor over text, with the tokens of its first sentence.
func hcDoc(text string) (*extractor, []tok) {
	x := &extractor{d: newDoc(text), reg: newRegistry(nil), out: &Draft{}}
	if len(x.d.sents) == 0 {
		return x, nil
	}
	return x, x.d.sents[0].toks
}

// hcIndex is the index of the first token whose text is w.
func hcIndex(toks []tok, w string) int {
	for i, t := range toks {
		if t.text == w {
			return i
		}
	}
	return -1
}

// TestHParticipleThat: which -ing words before "that" are participle cues.
func TestHParticipleThat(t *testing.T) {
	for _, tc := range []struct {
		text, at string
		want     bool
	}{
		{"Ann then adding that he won.", "adding", true},                             // the third token
		{"Then adding that he won.", "adding", false},                                // no main clause before it
		{"Ann then adding that", "adding", false},                                    // nothing after "that"
		{"Ann then adding that he", "adding", true},                                  // one word after "that" is enough
		{"Ann then adding that.", "adding", false},                                   // punctuation after "that"
		{"Ann then adding that to the list.", "adding", false},                       // a demonstrative
		{"Ann then adding that of old.", "adding", false},                            // no clause word
		{"With Ann then adding that he won.", "adding", false},                       // an absolute phrase, "with" first
		{"Talks ended with Kyiv and Oslo later adding that it won.", "adding", true}, // "with" five words back
		{"Talks ended with Kyiv Oslo later adding that it won.", "adding", false},    // four words back
		{"Ann said it was “great” adding that he won.", "adding", true},              // after a quotation
		{"Ann said it was great adding that he won.", "adding", false},               // after a noun
		{"Ann spoke Then adding that he won.", "adding", false},                      // a capitalized word
		{"Ann spoke quietly adding that he won.", "adding", true},                    // an adverb
		{"Ann spoke only adding that he won.", "adding", false},                      // "only" is short: no adverb read
		{"Ann spoke, adding that he won.", "adding", false},                          // a comma is the older rule's
		{"Ann said then eating that he won.", "eating", false},                       // no participle cue
		{"Ann then adding this he won.", "adding", false},                            // no "that"
	} {
		t.Run(tc.text, func(t *testing.T) {
			_, toks := hcDoc(tc.text)
			if got := hcParticipleThat(toks, hcIndex(toks, tc.at)); got != tc.want {
				t.Errorf("hcParticipleThat = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestHPeopleNP: the unnamed-people phrase at a token, with a stop (the
// cue's token) or none (-1).
func TestHPeopleNP(t *testing.T) {
	for _, tc := range []struct {
		text          string
		a, stop       int
		end, name, hd int
		ok            bool
	}{
		{"by people familiar with the talks.", 1, -1, 6, 6, 1, true},
		{"people familiar with the talks said", 0, 5, 5, 5, 0, true},
		{"people familiar with the talks, Ann said", 0, 7, 0, 0, 0, false}, // a comma before the cue
		{"people said", 0, 1, 0, 0, 0, false},                              // no count, no modifier
		{"the people said", 0, 2, 2, 2, 1, true},
		{"one person said", 0, 2, 2, 2, 1, true},
		{"12 people said", 0, 2, 2, 2, 1, true},
		{"by two people", 1, -1, 3, 3, 2, true}, // at the sentence's end
		{"by two people.", 1, -1, 3, 3, 2, true},
		{"the People said", 0, 2, 0, 0, 0, false}, // a name
		{"People familiar with it said", 0, 4, 4, 4, 0, true},
		{"people of the town said", 0, 4, 0, 0, 0, false},
		{"people familiar", 0, -1, 0, 0, 0, false},
		{"people close from here", 0, -1, 0, 0, 0, false},
		{"people in the room said", 0, 4, 4, 4, 0, true},
		{"people in the city said", 0, 4, 0, 0, 0, false},
		{"people in the", 0, -1, 0, 0, 0, false},
		{"people in a room", 0, -1, 0, 0, 0, false},
		{"people who voted said", 0, 3, 0, 0, 0, false},
		{"people who asked not to be named said", 0, 7, 7, 7, 0, true},
		{"two people close to the board who asked not to be named said", 0, 12, 12, 6, 1, true},
		{"people familiar with a b c d e f g h i j k l m said", 0, 16, 16, 16, 0, true},  // 15 words after "familiar"
		{"people familiar with a b c d e f g h i j k l m n said", 0, 17, 0, 0, 0, false}, // 16
		{"by the board", 1, -1, 0, 0, 0, false},
		{"by the", 1, -1, 0, 0, 0, false},
		{"by two", 1, -1, 0, 0, 0, false},
		{"people with “knowledge” said", 0, 5, 0, 0, 0, false}, // a quotation ends it before the cue
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := newDoc(tc.text)
			toks := d.tokenize(span{0, len(d.rs)})
			end, name, hd, ok := hcPeopleNP(toks, tc.a, tc.stop)
			if ok != tc.ok || ok && (end != tc.end || name != tc.name || hd != tc.hd) {
				t.Errorf("hcPeopleNP = %d, %d, %d, %v; want %d, %d, %d, %v", end, name, hd, ok, tc.end, tc.name, tc.hd, tc.ok)
			}
		})
	}
}

// TestHAnonymousClause: which relative clauses ask for anonymity.
func TestHAnonymousClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"who asked not to be named", true},
		{"who spoke on condition of anonymity", true},
		{"who voted", false},
		{"who voted, named", false},
		{"who voted. named", false},
		{"who a b c d e f g named", true}, // the eighth word
		{"who a b c d e f g h named", false},
		{"who", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := newDoc(tc.text)
			if got := hcAnonymousClause(d.tokenize(span{0, len(d.rs)}), 0); got != tc.want {
				t.Errorf("hcAnonymousClause = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestHTokenRules: the token readers of h_claims.go, each on a sentence
// and a token (named by its text; "" for none), against the index or
// truth it should give.
func TestHTokenRules(t *testing.T) {
	type reader func(x *extractor, toks []tok, k int) int
	b2i := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	readers := map[string]reader{
		"claimedTo":     func(x *extractor, toks []tok, k int) int { return b2i(hcClaimedTo(toks, k)) },
		"sharedThat":    func(x *extractor, toks []tok, k int) int { return b2i(hcSharedThat(toks, k)) },
		"documentAfter": func(x *extractor, toks []tok, k int) int { return hcDocumentAfter(toks, k) },
		"frameThat":     func(x *extractor, toks []tok, k int) int { return x.hcFrameThat(toks, k) },
		"dashSubject": func(x *extractor, toks []tok, k int) int {
			a, b := hcDashSubject(toks, k)
			return a*100 + b
		},
		"findingCue": func(x *extractor, toks []tok, k int) int { return b2i(x.hcFindingCue(toks, k)) },
		"researchSubject": func(x *extractor, toks []tok, k int) int {
			a, doc, ok := x.hcResearchSubject(toks, k)
			if !ok {
				return -1
			}
			return a*100 + doc
		},
		"phraseQuote":      func(x *extractor, toks []tok, k int) int { return b2i(x.hcPhraseQuoteAt(toks, k)) },
		"capsEnd":          func(x *extractor, toks []tok, k int) int { return hcCapsEnd(toks, k) },
		"participlePhrase": func(x *extractor, toks []tok, k int) int { return hcParticiplePhrase(toks, k) },
	}
	for _, tc := range []struct {
		reader, text, at string
		nth              int // which token of that text (0: the first)
		want             int
	}{
		{"claimedTo", "Ray claimed to hold it.", "claimed", 0, 1},
		{"claimedTo", "Ray claims to hold it.", "claims", 0, 1},
		{"claimedTo", "Ray claim to hold it.", "claim", 0, 0},
		{"claimedTo", "claimed to hold it.", "claimed", 0, 0}, // no subject
		{"claimedTo", "Ray claimed to", "claimed", 0, 0},
		{"claimedTo", "Ray claimed to be", "claimed", 0, 1},
		{"claimedTo", "Ray claimed the airport.", "claimed", 0, 0},
		{"claimedTo", "Their claims to hold it.", "claims", 0, 0},
		{"claimedTo", "Ray's claims to hold it.", "claims", 0, 0},
		{"claimedTo", "Ray claimed to The Post it was.", "claimed", 0, 0},
		{"claimedTo", "Ray claimed to the crowd.", "claimed", 0, 0},
		{"claimedTo", "Ray claimed to him it was.", "claimed", 0, 0},
		{"claimedTo", "Ray claimed to 2020 it was.", "claimed", 0, 0},
		{"claimedTo", "Ray claimed to, it was.", "claimed", 0, 0},
		{"sharedThat", "Hart shared that he feels fine.", "shared", 0, 1},
		{"sharedThat", "Hart shares that she feels fine.", "shares", 0, 1},
		{"sharedThat", "Hart shared that the club will win.", "shared", 0, 1}, // a clause
		{"sharedThat", "Hart shared that view.", "shared", 0, 0},
		{"sharedThat", "Hart shared that he", "shared", 0, 1},
		{"sharedThat", "Hart shared that", "shared", 0, 0},
		{"sharedThat", "shared that he feels fine.", "shared", 0, 0},
		{"sharedThat", "The shared that he feels fine.", "shared", 0, 0},
		{"sharedThat", "Hart shared the view that he feels fine.", "shared", 0, 0},
		{"sharedThat", "Hart said that he feels fine.", "said", 0, 0},
		{"documentAfter", "according to the statement.", "the", 0, 4},
		{"documentAfter", "according to the statement", "the", 0, 4},
		{"documentAfter", "according to the company's filing.", "the", 0, 6},
		{"documentAfter", "according to a new joint report.", "a", 0, 6},
		{"documentAfter", "according to a very big new joint report.", "a", 0, 2}, // too long
		{"documentAfter", "according to the statement by Acme.", "the", 0, 2},
		{"documentAfter", "according to the board.", "the", 0, 2},
		{"documentAfter", "according to the, statement.", "the", 0, 2},
		{"frameThat", "Lee said in an interview with “Alpha” and “Beta” (Beta), that she would not run.", "in", 0, 18},
		{"frameThat", "Lee said in an interview with the Star that she would not run.", "in", 0, -1}, // no title: the older rule's
		{"frameThat", "Lee said in an interview with “Alpha” that", "in", 0, -1},
		{"frameThat", "Lee said in an interview with “Alpha” that.", "in", 0, -1},
		{"frameThat", "Lee said in an interview with “Alpha” that was long.", "in", 0, -1}, // a relative clause
		{"frameThat", "Lee said in “Alpha”. That she won.", "in", 0, -1},
		{"frameThat", "Lee said in “Alpha” and told them that she won.", "in", 0, -1},
		{"frameThat", "Lee said in “Alpha”: that she won.", "in", 0, -1},
		{"frameThat", "Lee said in “Alpha”; that she won.", "in", 0, -1},
		{"frameThat", "Lee said in “we will win this one today” that she won.", "in", 0, -1}, // a remark, not a title
		{"frameThat", "Lee said in “we will win today” that she won.", "in", 0, 10},          // four words: a title
		{"frameThat", "Lee said “Alpha” that she won.", "“", 0, -1},
		{"frameThat", "Lee said in (Beta) that she won.", "in", 0, 7},
		{"frameThat", "Lee said in “that” she won.", "in", 0, -1},
		{"frameThat", "Lee said", "", 0, -1},
		{"dashSubject", "Dale — envoy — described it.", "—", 1, 1},
		{"dashSubject", "Dale – the first envoy of state – described it.", "–", 1, 1},
		{"dashSubject", "Dale — envoy described it.", "—", 0, -101},
		{"dashSubject", "— envoy — described it.", "—", 1, -101},
		{"dashSubject", "Then Dale — envoy — described it.", "—", 1, -101},
		{"dashSubject", "Dale — who said so — described it.", "—", 1, -101},
		{"dashSubject", "Dale — the U.S. envoy — described it.", "—", 1, 1},
		{"dashSubject", "Dale — an “envoy — described it.", "—", 1, -101},
		{"dashSubject", "Dale said — described it.", "—", 0, -101},
		{"dashSubject", "Dale a envoy b described it.", "envoy", 0, -101},
		{"researchSubject", "A recent study conducted by researchers at Lund has found that it works.", "has", 0, 2},
		{"researchSubject", "The findings of the study suggest that it works.", "suggest", 0, 4},
		{"researchSubject", "The findings of a study suggest that it works.", "suggest", 0, 1},
		{"researchSubject", "New research shows that it works.", "shows", 0, 1},
		{"researchSubject", "Research shows that it works.", "shows", 0, 0},
		{"researchSubject", "Harvard's survey found that it works.", "found", 0, 2},
		{"researchSubject", "Zenko Corp's survey found that it works.", "found", 0, 3},
		{"researchSubject", "Zenko Corp survey found that it works.", "found", 0, -1},
		{"researchSubject", "The latest big government study found that it works.", "found", 0, 4},
		{"researchSubject", "The latest big new government study found that it works.", "found", 0, -1}, // four words before the noun
		{"researchSubject", "The Study found that it works.", "found", 0, -1},
		{"researchSubject", "The study was led by Lee, who found that it works.", "found", 0, -1},
		{"researchSubject", "The study, which Lee found, works.", "works", 0, -1},
		{"researchSubject", "The study said that it works.", "said", 0, 1},
		{"researchSubject", "The study Lee says works.", "works", 0, -1},
		{"researchSubject", "The study has shown that it works.", "shown", 0, 1},
		{"researchSubject", "The study, published “Tuesday”, found that it works.", "found", 0, -1},
		{"researchSubject", "The study; it found that it works.", "found", 0, -1},
		{"researchSubject", "The study that Lee ran found that it works.", "found", 0, -1},
		{"researchSubject", "The study of the survey found that it works.", "found", 0, 4},
		{"researchSubject", "The board found that it works.", "found", 0, -1},
		{"researchSubject", "The study", "study", 0, -1},
		{"researchSubject", "In May, the study found that it works.", "found", 0, -1},
		{"findingCue", "The study found that it works.", "found", 0, 1},
		{"findingCue", "The study found it works.", "found", 0, 0},
		{"findingCue", "The study found", "found", 0, 0},
		{"findingCue", "The study Found that it works.", "Found", 0, 0},
		{"findingCue", "The study ran that it works.", "ran", 0, 0},
		{"findingCue", "The board found that it works.", "found", 0, 0},
		{"findingCue", "The study showing that it works.", "showing", 0, 0}, // no -ing form
		{"findingCue", "The study found that", "found", 0, 1},
		{"phraseQuote", "Hart was “deeply moved” after the jury gave him “a new start,” he said.", "“", 0, 1},
		{"phraseQuote", "“Deeply moved” was Hart after the jury gave him “a new start,” he said.", "“", 0, 0}, // at the sentence's start
		{"phraseQuote", "Hart was “very deeply moved by all of it” after the jury gave him “a new start,” he said.", "“", 0, 0},
		{"phraseQuote", "Hart was “deeply moved by all of it” after the jury gave him “a new start,” he said.", "“", 0, 1}, // six words
		{"phraseQuote", "Hart was “deeply moved” after the jury gave him “a new start,” he said.", "”", 0, 1},
		{"phraseQuote", "Hart “moved” on, he said.", "“", 0, 0}, // the second token
		{"phraseQuote", "Hart was “moved” on, he said.", "was", 0, 0},
		{"participlePhrase", "a study published in the Journal of Ports, it", "published", 0, 8},
		{"participlePhrase", "a study published in a b c d e f g h i j, it", "published", 0, 14}, // the comma twelve tokens on
		{"participlePhrase", "a study published in a b c d e f g h i j k, it", "published", 0, 2},
		{"participlePhrase", "a study published in the Journal of Ports", "published", 0, 2}, // no comma
		{"participlePhrase", "a study published in May was read, it", "published", 0, 2},     // a finite verb
		{"participlePhrase", "a study published as he said, it", "published", 0, 2},          // a cue
		{"participlePhrase", "a study published “Monday”, it", "published", 0, 2},            // a quotation
		{"participlePhrase", "a study had in May, it", "had", 0, 2},
		{"participlePhrase", "a study from May, it", "from", 0, 2},
		{"participlePhrase", "a study", "", 0, 2},
		{"capsEnd", "Zenko Corp's survey", "Zenko", 0, 2},
		{"capsEnd", "Zenko Corp", "Zenko", 0, 2},
		{"capsEnd", "the survey", "the", 0, 0},
	} {
		t.Run(tc.reader+"/"+tc.text, func(t *testing.T) {
			x, toks := hcDoc(tc.text)
			k := len(toks)
			for i, n := 0, 0; i < len(toks); i++ {
				if toks[i].text == tc.at {
					if n == tc.nth {
						k = i
						break
					}
					n++
				}
			}
			if tc.at == "" {
				k = len(toks)
			}
			if got := readers[tc.reader](x, toks, k); got != tc.want {
				t.Errorf("%s at %d = %d, want %d", tc.reader, k, got, tc.want)
			}
		})
	}
}

// TestHClauseBeforeQuote: a subject and a finite verb before a claim's
// final quotation make it a clause of its own.
func TestHClauseBeforeQuote(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"crews are working to “restore power”", true},
		{"it will come to “shared buying”", true},
		{"the crews will come to “restore power”", true},
		{"Lund will come to “restore power”", true},
		{"are working to “restore power”", false},            // no subject before the verb
		{"the crews working to “restore power”", false},      // no finite verb
		{"“Crews” are working to “restore power”", false},    // the subject is quoted
		{"crews working to “restore power” are", false},      // the verb after the quotation
		{"crews , are working to “restore power”", true},     // punctuation skipped
		{"crews work to “restore power that is cut”", false}, // "is" inside the marks
	} {
		t.Run(tc.text, func(t *testing.T) {
			x, toks := hcDoc(tc.text)
			last := -1
			for _, q := range x.d.quotes {
				last = q.outer.End
			}
			if got := x.hcClauseBeforeQuote(toks, [2]int{0, len(toks)}, last); got != tc.want {
				t.Errorf("hcClauseBeforeQuote = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestHActionCue: a that-cue with "to" after it and no claim is an act.
func TestHActionCue(t *testing.T) {
	for _, tc := range []struct {
		text, verb string
		comp       int
		phrase     bool
		want       bool
	}{
		{"Lee agreed to serve.", "agreed", -1, false, true},
		{"Lee agreed that it was.", "agreed", -1, false, false},
		{"Lee agreed to serve.", "agreed", 3, false, false}, // a claim found
		{"Lee agreed to serve.", "agreed", -1, true, false}, // a cue phrase
		{"Lee said to them.", "said", -1, false, false},     // not a that-cue
		{"Lee agreed", "agreed", -1, false, false},          // nothing after it
	} {
		t.Run(tc.text, func(t *testing.T) {
			_, toks := hcDoc(tc.text)
			k := hcIndex(toks, tc.verb)
			c := &cue{i: k, j: k + 1, verb: k, comp: [2]int{tc.comp, tc.comp}, phrase: tc.phrase}
			if got := hcActionCue(toks, c); got != tc.want {
				t.Errorf("hcActionCue = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestHOneDocument: research named twice by its head noun is one speaker.
func TestHOneDocument(t *testing.T) {
	n := 0
	for _, e := range hcExtract(t, "research-finding").Entities {
		if e.Name == "the research" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d entities named “the research”, want 1", n)
	}
}
