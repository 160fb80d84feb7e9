package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hsExtract drafts a body with a publication date.
func hsExtract(body string) *Draft {
	return Extract(body, Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// hsRuleOf is the rule of the statement (direct first) opening with opens.
func hsRuleOf(d *Draft, opens string) string {
	for _, s := range append(append([]Statement{}, d.Statements...), d.Unattributed...) {
		if strings.HasPrefix(s.Text, opens) {
			return s.Why.Rule
		}
	}
	return ""
}

// TestHSpeakersFixtures runs the articles of testdata/h-speakers, written
// by us to imitate the quote-speaker kinds of batch H (docs/extract.md,
// "x-h-speakers (seventh session)"): each want is a statement's opening
// words and its speaker; each not a name no drafted entity may have.
func TestHSpeakersFixtures(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][2]string
		not  []string
	}{
		{"document-reads", [][2]string{
			{"I have let this town down", "Tom Hart"},       // "“…,” Hart's statement reads."
			{"The people of Kesk deserve", "Tom Hart"},      // its second quotation
			{"We owe the families an answer", "Ann Lee"},    // "“…,” a statement by council leader Ann Lee read."
			{"The inquiry will have every paper", "Bo Ray"}, // "a post by her deputy Bo Ray that read: “…”"
		}, nil},
		{"letter-began", [][2]string{
			{"Today I am sharing some of the hardest news", "Ann Lee"}, // "“…,” chief executive Ann Lee began in a letter"
			{"We grew too fast", "Ann Lee"},                            // the letter's next paragraphs
			{"Every person who leaves", "Ann Lee"},
			{"We will come back stronger", "Ann Lee"}, // "“…,” offered Ann Lee at the end of the letter."
			{"Will there be more cuts", "Bo Ray"},     // "“…?” began union official Bo Ray, before …"
		}, nil},
		{"attribution-after", [][2]string{
			{"A dark day for all of us", "Ann Lee"},             // "“…” This is how Ann Lee, …, defined the flood"
			{"a wound that will take years to heal", "Ann Lee"}, // ", speaking of “…”"
			{"will answer for every house lost", "Ann Lee"},     // "and assuring that those at fault “…”"
		}, nil},
		{"with-posting", [][2]string{
			{"Praying for everyone who was there", "Mara Vell"}, // "with Hot & Cold singer Mara Vell posting: “…”"
			{"This stage is home", "Mara Vell"},                 // "Mara Vell's post from March that read: “…”"
		}, []string{"Drummer Jon Sand", "Cold"}},
		{"possessive-group", [][2]string{
			{"ruined his career and his name", "His lawyers"},        // "His lawyers said … that Lee's essay “…”"
			{"clear and repeated intent to harm", "Penny Cole"},      // "Yet she set …, noting … Lee's “…”"
			{"Miss Lee is not punished for her views", "Penny Cole"}, // "she said": the judge, not the woman of the possessive
			{"Miss Lee is punished for what she wrote", "Penny Cole"},
		}, nil},
		{"dashes", [][2]string{
			{"open and useful", "Tom Dale"},                                  // "Tom Dale — the first envoy … — described … as “…”"
			{"the strike will go on", "Unions in France"},                    // "Unions in France warned that “…”": the group, not France
			{"the vote was a turning point", "Opposition parties in the UK"}, // "said": a lexicon cue after the group
		}, []string{"France", "UK"}},
		{"statement-run", [][2]string{
			{"I came into office", "Ann Lee"},
			{"Families were worried", "Ann Lee"},                    // the quote's next paragraph
			{"reckless toll plan", "Ann Lee"},                       // "Bo Ray's “…”" after her quote-only paragraph: her words about him
			{"held back for too long", "Ann Lee"},                   // "She said": not the possessor
			{"Miss Moe is punished for what she did", "Penny Cole"}, // "she said" after "Kari Moe's “…”": the judge
		}, []string{"Bo Ray"}},
		{"took-to", [][2]string{
			{"We have decided to part ways", "Ann Lee"},   // "took to Instagram … to share the news: “…”"
			{"I wish her nothing but the best", "Bo Ray"}, // "Her former partner Bo Ray took to X to write: “…”"
		}, nil},
		{"subheading", [][2]string{
			{"turning point for the country", "Jan de Vries"}, // after the subheading "Urged Dutchmen to unite"
			{"We are one people", "Jan de Vries"},
			{"a new page for all Russians", "Jan de Vries"},
		}, []string{"Urged Dutchmen", "Dutchmen", "Warned Russians", "Russians"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "h-speakers", tc.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			d := hsExtract(string(body))
			wantSpeakers(t, d, tc.want, tc.not)
		})
	}
}

// hsX is an extractor over body, and the tokens of the sentence holding
// the n-th token (from 1) whose text is word, and its index (-1 when
// none: the first sentence's tokens).
func hsX(body, word string, n int) (*extractor, []tok, int) {
	x := &extractor{d: newDoc(body), reg: newRegistry(nil), out: &Draft{}}
	for _, s := range x.d.sents {
		for k, t := range s.toks {
			if t.text == word {
				if n--; n == 0 {
					return x, s.toks, k
				}
			}
		}
	}
	return x, x.d.sents[0].toks, -1
}

// TestHSFinite: the words read as finite verbs by the trigram rules.
func TestHSFinite(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"began", true}, {"reads", true}, {"captioned", true}, {"shared", true},
		{"Began", false}, {"Captioned", false}, {"is", false}, {"need", false}, {"fed", false},
		{"agreed", false}, {"titled", false}, {"directed", false}, {"reading", false}, {"shares", false},
	} {
		d := newDoc(tc.w)
		if got := hsFinite(d.sents[0].toks[0]); got != tc.want {
			t.Errorf("hsFinite(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	if hsFinite(tok{text: ",", word: false}) {
		t.Error("a comma read as a verb")
	}
}

// TestHSTrigram: rule quote-mention-verb and its safeguards.
func TestHSTrigram(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb string
		want             bool
	}{
		{"document reads", `"We will not give up," Hart's statement reads.`, "reads", true},
		{"title before name", `"We will not give up," chief executive Ann Lee began in a letter.`, "began", true},
		{"comma after the mark", `“We will not give up”, Ann Lee captioned the photo.`, "captioned", true},
		{"question", `"Who will pay for all this?" Ann Lee pondered.`, "pondered", true},
		{"exclamation", `"We will never give up!" Ann Lee hollered.`, "hollered", true},
		{"pronoun", `"We will not give up," she captioned.`, "captioned", true},
		{"long phrase", `"We will not give up," a statement by council leader Ann Lee read.`, "read", true},
		{"too long", `"We will not give up," the very old and very tired man from the far north began.`, "began", false},
		{"full stop inside", `"We will not give up." Ann Lee captioned it.`, "captioned", false},
		{"no mark, no comma", `"We will not give up" Ann Lee captioned.`, "captioned", false},
		{"passive", `"We will not give up," the song penned by Ann Lee.`, "penned", false},
		{"two words", `"Blue Harbour," Ann Lee captioned.`, "captioned", false},
		{"a clause", `"We will not give up," Lee says as the message begins.`, "begins", false},
		{"relative", `"We will not give up," the man who shouted.`, "shouted", false},
		{"lower-case start", `"We will not give up," for Ann Lee mattered.`, "mattered", false},
		{"comma before verb", `"We will not give up," Ann Lee, captioned.`, "captioned", false},
		{"no quote", `Ann Lee posted a photo and captioned it.`, "captioned", false},
		{"copula", `"We will not give up," Ann Lee was.`, "was", false},
		{"verb first", `"We will not give up," captioned Ann Lee.`, "captioned", false},
		{"eight tokens", `"We will not give up," a memo by the council leader Ann Lee read.`, "read", true},
		{"nine tokens", `"We will not give up," a memo by the old council leader Ann Lee read.`, "read", false},
		{"possessive before the verb", `"We will not give up," Ann Lee's captioned.`, "captioned", false},
		{"a lexicon verb", `"We will not give up," Ann Lee explained.`, "explained", true},
		{"comma opening", `, Ann Lee captioned the photo.`, "captioned", false},
		{"two-word question", `"Why not?" Ann Lee pondered.`, "pondered", false},
		{"three-word question", `"Why not now?" Ann Lee pondered.`, "pondered", true},
		{"question, then lower case", `"Who will pay for this?" the man pondered.`, "pondered", true},
		{"question, then a pronoun", `"Who will pay for this?" She pondered.`, "pondered", true},
		{"comma after a mark, no quote", `Ann Lee read "Kesk", Bo Ray captioned.`, "captioned", false},
		{"three words", `"We give up," Ann Lee captioned.`, "captioned", true},
		{"a question before", `Did Ann Lee say "we will go" when she shouted?`, "shouted", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, toks, k := hsX(tc.body, tc.verb, 1)
			if k < 0 {
				t.Fatalf("no %q", tc.verb)
			}
			if got := x.hsTrigram(toks, k); got != tc.want {
				t.Errorf("hsTrigram = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestHSInverted: rule quote-verb-mention.
func TestHSInverted(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"end", `"We will not give up," offered Ann Lee.`, true},
		{"then a phrase", `"We will not give up," offered Ann Lee at the end.`, true},
		{"then a time", `"We will not give up!" offered Ann Lee on Monday.`, true},
		{"then a subordinate", `"We will not give up?" offered Ann Lee before she left.`, true},
		{"apposition", `"We will not give up," offered the chief executive, Ann Lee.`, true},
		{"title", `"We will not give up," offered union official Bo Ray.`, true},
		{"object", `"We will not give up," offered Ann Lee a chance.`, false},
		{"two words", `"Hi there," offered Ann Lee.`, false},
		{"no comma", `"We will not give up" offered Ann Lee.`, false},
		{"thing", `"We will not give up," offered tea to all.`, false},
		{"no phrase", `"We will not give up," offered.`, false},
		{"lexicon form", `"We will not give up," Offered Ann Lee.`, false},
		{"three words", `"We give up," offered Ann Lee.`, true},
		{"then yesterday", `"We will not give up!" offered Ann Lee yesterday.`, true},
		{"no full stop", `"We will not give up!" offered Ann Lee`, true},
		{"all lower case to the end", `"We will not give up," offered tea here`, false},
		{"full stop inside", `"We will not give up." offered Ann Lee.`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			word := "offered"
			if strings.Contains(tc.body, "Offered") {
				word = "Offered"
			}
			x, toks, k := hsX(tc.body, word, 1)
			if got := x.hsInverted(toks, k); got != tc.want {
				t.Errorf("hsInverted = %v, want %v", got, tc.want)
			}
		})
	}
	x, toks, _ := hsX(`offered Ann Lee.`, "offered", 1)
	if x.hsInverted(toks, 0) {
		t.Error("a verb at the sentence's start")
	}
	x, toks, k := hsX(`"We will not give up," offered`, "offered", 1)
	if x.hsInverted(toks, k) {
		t.Error("a verb at the sentence's end")
	}
}

// TestHSThisIsHow: rule this-is-how.
func TestHSThisIsHow(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb string
		want             int
	}{
		{"plain", `This is how Ann Lee defined the flood.`, "defined", 3},
		{"what", `That was what Ann Lee called it.`, "called", 3},
		{"aside", `This is how Ann Lee, in a televised address, defined the flood.`, "defined", 3},
		{"the way", `This is the way Ann Lee defined it.`, "defined", 0},
		{"here", `Here is how Ann Lee defined it.`, "defined", 0},
		{"seems", `This seems how Ann Lee defined it.`, "defined", 0},
		{"second verb", `This is how Ann Lee felt and defined the flood.`, "defined", 0},
		{"cue between", `This is how Ann Lee said Bo Ray defined it.`, "defined", 0},
		{"no verb", `This is how Ann Lee and Bo Ray.`, "Ray", 0},
		{"too short", `This is how defined`, "defined", 0},
		{"one-word phrase", `This is how Lee defined it.`, "defined", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, toks, k := hsX(tc.body, tc.verb, 1)
			if got := hsThisIsHow(toks, k); got != tc.want {
				t.Errorf("hsThisIsHow = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestHSColonVerb: rule verb-colon.
func TestHSColonVerb(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb string
		want             int
	}{
		{"finite", `Ann Lee captioned: "We did it."`, "captioned", 1},
		{"with clause", `Fans wept, with singer Ann Lee posting: "We did it."`, "posting", 2},
		{"after comma", `Fans wept, posting: "We did it."`, "posting", 2},
		{"no comma", `Fans were posting: "We did it."`, "posting", 0},
		{"capital", `Ann Lee Captioned: "We did it."`, "Captioned", 0},
		{"no colon", `Ann Lee captioned "We did it."`, "captioned", 0},
		{"no quote", `Ann Lee captioned: the photo.`, "captioned", 0},
		{"determiner", `Ann Lee read the reads: "We did it."`, "reads", 0},
		{"comma before", `Ann Lee, captioned: "We did it."`, "captioned", 0},
		{"short -ing", `Ann Lee, sing: "We did it."`, "sing", 0},
		{"not a verb", `Ann Lee wrote the letter: "We did it."`, "letter", 0},
		{"second word", `Lee captioned: "We did it."`, "captioned", 1},
		{"six letters", `Ann Lee sat, typing: "We did it."`, "typing", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, toks, k := hsX(tc.body, tc.verb, 1)
			if got := hsColonVerb(toks, k); got != tc.want {
				t.Errorf("hsColonVerb = %d, want %d", got, tc.want)
			}
		})
	}
	_, toks, _ := hsX(`captioned: "We did it."`, "captioned", 1)
	if hsColonVerb(toks, 0) != 0 {
		t.Error("a verb opening the sentence")
	}
}

// TestHSParticiples: rules speaking-of and coordinated-participle.
func TestHSParticiples(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb string
		speaking, and    bool
	}{
		{"speaking of", `She toured, speaking of "a deep wound".`, "speaking", true, false},
		{"talking about the", `She toured, talking about the "deep wound".`, "talking", true, false},
		{"writing of", `She wrote, writing of "a deep wound".`, "writing", true, false},
		{"no comma", `She toured speaking of "a deep wound".`, "speaking", false, false},
		{"speaking to", `She toured, speaking to "a deep wound".`, "speaking", false, false},
		{"running of", `She toured, running of "a deep wound".`, "running", false, false},
		{"no quote", `She toured, speaking of the deep wound.`, "speaking", false, false},
		{"and assuring", `She toured, speaking of "a deep wound" and assuring that all is well.`, "assuring", false, true},
		{"and warning", `She toured, noting the loss, and warning that it would rise.`, "warning", false, true},
		{"and talking", `She toured, speaking of "a deep wound" and talking about "hope".`, "talking", false, true},
		{"no participle before", `She toured and assuring that all is well.`, "assuring", false, false},
		{"but", `She toured, speaking of "a deep wound" but assuring that all is well.`, "assuring", false, false},
		{"not a cue before", `She toured, running fast and assuring that all is well.`, "assuring", false, false},
		{"not a cue", `She toured, speaking of "a deep wound" and running home.`, "running", false, false},
		{"third word", `She, speaking of "a deep wound".`, "speaking", true, false},
		{"at the end", `She toured, speaking of`, "speaking", false, false},
		{"the at the end", `She toured, speaking about the`, "speaking", false, false},
		{"fourth word", `, noting and warning that it rose.`, "warning", false, true},
		{"a participle after", `She toured and assuring all, noting that it rose.`, "assuring", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, toks, k := hsX(tc.body, tc.verb, 1)
			if got := hsSpeakingOf(toks, k); got != tc.speaking {
				t.Errorf("hsSpeakingOf = %v, want %v", got, tc.speaking)
			}
			if got := hsAndParticiple(toks, k); got != tc.and {
				t.Errorf("hsAndParticiple = %v, want %v", got, tc.and)
			}
		})
	}
	_, toks, _ := hsX(`speaking of "it"`, "speaking", 1)
	if hsSpeakingOf(toks, 0) || hsAndParticiple(toks, 0) {
		t.Error("a participle opening the sentence")
	}
}

// TestHSDashAside: rule dash-aside.
func TestHSDashAside(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		n          int // which dash closes
		want       string
	}{
		{"name", `Tom Dale — the first envoy in six years — described it.`, 2, "Dale"},
		{"lower-case", `the envoy — the first in six years — described it.`, 2, "envoy"},
		{"comma inside", `Tom Dale — the first envoy, in six years — described it.`, 2, "—"},
		{"quote inside", `Tom Dale — the "first" envoy — described it.`, 2, "—"},
		{"one dash", `Tom Dale, the first envoy in six years — described it.`, 1, "—"},
		{"after a mark", `Tom Dale ( — the first envoy — described it.`, 2, "—"},
		{"lower-case, then a capital", `the envoy — The first in six years — described it.`, 2, "envoy"},
		{"first dash opening", `— the first envoy — described it.`, 2, "—"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, toks, k := hsX(tc.body, "—", tc.n)
			if got := toks[hsDashAside(toks, k)].text; got != tc.want {
				t.Errorf("hsDashAside reads back to %q, want %q", got, tc.want)
			}
		})
	}
	_, toks, k := hsX(`Tom Dale described it.`, "described", 1)
	if hsDashAside(toks, k-1) != k-1 {
		t.Error("no dash moved")
	}
	_, toks, _ = hsX(`— it`, "—", 1)
	if hsDashAside(toks, 0) != 0 {
		t.Error("a dash at the start moved")
	}
	edge := `Tom Dale — one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen — described it.`
	_, toks, k = hsX(edge, "—", 2)
	if toks[hsDashAside(toks, k)].text != "Dale" {
		t.Error("a dash sixteen back not read as the aside's")
	}
	long := `Tom Dale — one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen — described it.`
	_, toks, k = hsX(long, "—", 2)
	if hsDashAside(toks, k) != k {
		t.Error("a dash too far back read as the aside's")
	}
}

// TestHSNotNameWord: past forms of cues and plural nationalities are no
// names (rule not-a-name).
func TestHSNotNameWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Urged", true}, {"Warned", true}, {"Stated", true}, {"Russians", true}, {"Dutchmen", true},
		{"Frenchmen", true}, {"Englishmen", true}, {"Said", false}, {"Ted", false}, {"Reed", false},
		{"Carmen", false}, {"Rus", false}, {"s", false}, {"men", false}, {"Mens", false}, {"Agreed", true}, {"Objected", false}, {"Urges", false},
	} {
		if got := hsNotNameWord(tok{text: tc.w, word: true}); got != tc.want {
			t.Errorf("hsNotNameWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, w := range []string{"urged", "russians", "dutchmen"} {
		if !notNames[w] {
			t.Errorf("%q not among notNames", w)
		}
	}
}

// TestHSWithStart: a "with" clause whose subject has "&" in a name.
func TestHSWithStart(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"band", `Fans wept, with Hot & Cold singer Mara Vell posting: "Yes."`, "Mara"},
		{"title only", `Fans wept, with singer Mara Vell posting: "Yes."`, "Mara"},
		{"name only", `Fans wept, with Mara Vell posting: "Yes."`, ""},
		{"no with", `Fans wept, Hot & Cold singer Mara Vell posting: "Yes."`, ""},
		{"cue inside", `Fans wept, with Hot & Cold said singer Mara Vell posting: "Yes."`, ""},
		{"lower-case", `Fans wept, with hot & cold singer Mara Vell posting: "Yes."`, "Mara"},
		{"preposition", `Fans wept, with help from Mara Vell posting: "Yes."`, ""},
		{"lower-case end", `Fans wept, with Hot & Cold singer posting: "Yes."`, ""},
		{"determiner", `Fans wept, with Hot & Cold singer her Mara posting: "Yes."`, ""},
		{"comma", `Fans wept, with Hot & Cold, singer Mara Vell posting: "Yes."`, ""},
		{"too far", `Fans wept, with Hot & Cold one two three four five six Vell posting: "Yes."`, ""},
		{"no with, opening", `Hot & Cold singer Mara Vell posting: "Yes."`, ""},
		{"eight back", `Fans wept, with Hot & Cold one two three four Ann Vell posting: "Yes."`, "Ann"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, toks, k := hsX(tc.body, "posting", 1)
			got := ""
			if a := hsWithStart(toks, k); a >= 0 {
				got = toks[a].text
			}
			if got != tc.want {
				t.Errorf("hsWithStart reads %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHSDocumentOwner: rule document-of.
func TestHSDocumentOwner(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb, want string
	}{
		{"possessor", `Bo Ray shared Ann Lee's post from March that read: "Yes."`, "read", "Ann Lee"},
		{"by", `Bo Ray shared a post by her deputy Ann Lee that read: "Yes."`, "read", "Ann Lee"},
		{"which", `Bo Ray shared a letter from Ann Lee, which said: "Yes."`, "said", "Ann Lee"},
		{"no document", `Bo Ray shared a photo that read: "Yes."`, "read", ""},
		{"no owner", `Bo Ray shared the post that read: "Yes."`, "read", ""},
		{"by a thing", `Bo Ray shared the post by the door that read: "Yes."`, "read", ""},
		{"a mark between", `Bo Ray shared Ann Lee's post "Hope" that read: "Yes."`, "read", ""},
		{"comma between", `Bo Ray shared Ann Lee's post, then a note that read: "Yes."`, "read", ""},
		{"name", `Bo Ray shared Ann Lee's Post that read: "Yes."`, "read", ""},
		{"no that", `Bo Ray shared Ann Lee's post and read: "Yes."`, "read", ""},
		{"too far", `Ann Lee's post one two three four five six that read: "Yes."`, "read", ""},
		{"six back", `Ann Lee's post one two three four five that read: "Yes."`, "read", "Ann Lee"},
		{"curly possessor", `Bo Ray shared Ann Lee’s post that read: "Yes."`, "read", "Ann Lee"},
		{"opening the sentence", `A post by Ann Lee that read: "Yes."`, "read", "Ann Lee"},
		{"by, then nothing", `Bo Ray shared a post by that read: "Yes."`, "read", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, toks, k := hsX(tc.body, tc.verb, 1)
			got := ""
			if a, b, ok := x.hsDocumentOwner(toks, k); ok {
				got = joinToks(toks[a:b]) + "(empty)"[min(b-a, 1)*7:]
			}
			if got != tc.want {
				t.Errorf("hsDocumentOwner = %q, want %q", got, tc.want)
			}
		})
	}
	x, toks, _ := hsX(`that read: "Yes."`, "read", 1)
	if _, _, ok := x.hsDocumentOwner(toks, 1); ok {
		t.Error("no room for a document")
	}
}

// TestHSSpeakers: the rules in whole articles, with the draft's rule name.
func TestHSSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, body, opens, speaker, rule string
	}{
		{"statement reads", "Mayor Tom Hart quit on Friday.\n\n\"We will not give up on this town,\" Hart's statement reads.", "We will not give up", "Tom Hart", "quote/quote-mention-verb,speaker-before-cue/document-author"},
		{"began in a letter", "\"I am proud of all we built together,\" chief executive Ann Lee began in a letter to staff.", "I am proud", "Ann Lee", "quote/quote-mention-verb,speaker-before-cue/titled-name"},
		{"inverted", "\"I am proud of all we built together,\" offered chief executive Ann Lee.", "I am proud", "Ann Lee", "quote/quote-verb-mention,speaker-after-cue"},
		{"this is how", "The river rose in the night.\n\n\"A dark day for the town.\" This is how Mayor Ann Lee, in a radio address, defined the flood.", "A dark day", "Ann Lee", "quote/same-paragraph/this-is-how/"},
		{"this is how, no name", "The river rose in the night.\n\n\"A dark day for the town.\" This is how it defined the flood.", "A dark day", "(unattributed)", ""},
		{"post of", "Mayor Ann Lee spoke on Monday. Singer Bo Ray later shared Ann Lee's post from March that read: \"This stage is our home.\"", "This stage", "Ann Lee", "quote/document-of,"},
		{"post of a nobody", "Singer Bo Ray later shared the town's post from March that read: \"This stage is our home.\"", "This stage", "(unattributed)", ""},
		{"verb-colon", "Fans wept on Saturday, with Hot & Cold singer Mara Vell posting: \"Praying for all of you tonight.\"", "Praying", "Mara Vell", "quote/verb-colon,participle-cue,with-subject/"},
		{"verb-colon finite", "Mara Vell captioned: \"Praying for all of you tonight.\"", "Praying", "Mara Vell", "quote/verb-colon,"},
		{"group in a country", "Unions in France warned that \"the strike will go on\".", "the strike", "Unions in France", "quote/speaker-before-cue/collective,group-in-place"},
		{"group in a city", "Unions in Kesk warned that \"the strike will go on\".", "the strike", "Unions in Kesk", "quote/speaker-before-cue/collective,modified"}, // (not this rule's)
		{"group in the country", "Trade unions in the UK warned that \"the strike will go on\".", "the strike", "Trade unions in the UK", "quote/speaker-before-cue/collective,group-in-place"},
		{"his lawyers", "Tom Hart lost the case.\n\nHis lawyers said the essay \"ruined his good name\".", "ruined", "His lawyers", "quote/speaker-before-cue/collective,possessed"},
		{"his fellow senators", "Tom Hart lost the vote.\n\nHis fellow senators said the bill \"ruined his good name\".", "ruined", "(unattributed)", ""},
		{"dash aside", "Tom Dale — the first envoy in six years — described the talks as \"open and useful\".", "open and useful", "Tom Dale", "quote/speaker-before-cue/"},
		{"titled apposition", "Responding to the news, Ann Lee, President of the Harbour Bank said: \"We welcome the swift action.\"", "We welcome", "Ann Lee", "quote/speaker-before-cue,unclosed-title-apposition/"},
		{"and assuring", "Mayor Ann Lee toured the town, speaking of \"a deep wound\" and assuring that those at fault \"will answer for it\".", "will answer", "Ann Lee", "quote/participle-cue"},
		{"subheading", "Prime Minister Jan de Vries spoke on Sunday.\n\nUrged Dutchmen to unite\n\nHe described the vote as a \"turning point for the country\".", "turning point", "Jan de Vries", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := hsExtract(tc.body)
			got, _ := speakerOf(d, tc.opens)
			rule := hsRuleOf(d, tc.opens)
			if got != tc.speaker || !strings.HasPrefix(rule, tc.rule) {
				t.Errorf("speaker %s (%s); want %s (%s…)", got, rule, tc.speaker, tc.rule)
			}
		})
	}
}

// TestHSTitledApposition: rule unclosed-title-apposition.
func TestHSTitledApposition(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb, want string
	}{
		{"after an opening", `Responding to the news, Ann Lee, President of the Harbour Bank said: "Yes."`, "said", "Ann Lee"},
		{"opening the sentence", `Ann Lee, Chief Executive of Acme told reporters: "Yes."`, "told", "Ann Lee"},
		{"for", `Ann Lee, Minister for Energy said: "Yes."`, "said", "Ann Lee"},
		{"and", `Ann Lee, Minister of Trade and Industry said: "Yes."`, "said", "Ann Lee"},
		{"three names", `Ann Mary Lee, President of the Harbour Bank said: "Yes."`, "said", "Ann Mary Lee"},
		{"titled name", `Per Lind, CEO Anna Berg said: "Yes."`, "said", ""},
		{"not a title", `Ann Lee, Friend of the Harbour Bank said: "Yes."`, "said", ""},
		{"lower-case title", `Ann Lee, president of the Harbour Bank said: "Yes."`, "said", ""},
		{"one name", `Yesterday, Lee, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"long name", `Ann Mary Jo Lee, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"after a word", `Then Ann Lee, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"a state", `In Asia, United States, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"a place", `Fans in Kesk Town cheered. Then, Kesk Town, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"a company", `Acme Holdings, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"a demonym", `Ann Norwegian, President of the Harbour Bank said: "Yes."`, "said", ""},
		{"a quote between", `Ann Lee, President of "the Bank" said: "Yes."`, "said", ""},
		{"too long", `Ann Lee, President of the One Two Three Four Five Six Seven Eight said: "Yes."`, "said", ""},
		{"no comma", `President of the Harbour Bank said: "Yes."`, "said", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, toks, k := hsX(tc.body, tc.verb, 1)
			got := ""
			if a, b, ok := x.hsTitledApposition(toks, k-1); ok {
				got = joinToks(toks[a:b])
			}
			if got != tc.want {
				t.Errorf("hsTitledApposition = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHSRelationWord: "her husband, Ann Lee" says nothing of Ann Lee's
// gender; "her husband Tom Lee" says Tom Lee's.
func TestHSRelationWord(t *testing.T) {
	for _, tc := range []struct {
		name, body, person string
		want               byte
	}{
		{"relation before a comma", "Standing beside her husband, Ann Lee said she was done.", "Ann Lee", 'f'},
		{"relation of the name", "Standing beside her husband Tom Lee, Ann Moe said it was over.", "Tom Lee", 'm'},
		{"no possessive", "Standing beside the husband, Ann Lee said she was done.", "Ann Lee", 'm'},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := &extractor{d: newDoc(tc.body), reg: newRegistry(nil), out: &Draft{}}
			e := x.reg.person(tc.person, Why{Rule: "test"})
			if got := x.genderOf(e); got != tc.want {
				t.Errorf("gender of %s = %q, want %q", tc.person, got, tc.want)
			}
		})
	}
	if hsRelationWord(newDoc("her husband").sents[0].toks, 1) {
		t.Error("a relation word at the end of the sentence")
	}
}

// TestHSOccupations: job words of arts and media news before a name are
// its title, and a verb before such a word is no part of the title.
func TestHSOccupations(t *testing.T) {
	for _, tc := range []struct {
		name, body, person, title string
	}{
		{"opening the sentence", "Actress Ann Lee said she was done.", "Ann Lee", "Actress"},
		{"lower-case", "The band's drummer Jon Sand said he was done.", "Jon Sand", "drummer"},
		{"after a verb", "A jury found that Ann Lee defamed actor Tom Hart. Hart said he was glad.", "Tom Hart", "actor"},
		{"after a verb, an older head", "A jury found that Ann Lee defamed minister Tom Hart. Hart said he was glad.", "Tom Hart", "minister"},
		{"a domain word", "Health minister Tom Hart said he was glad.", "Tom Hart", "Health minister"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := hsExtract(tc.body)
			found := false
			for _, r := range d.Roles {
				if r.Person != nil && r.Person.Name == tc.person {
					found = true
					if r.Title != tc.title {
						t.Errorf("title %q, want %q", r.Title, tc.title)
					}
				}
			}
			if !found {
				t.Errorf("no role of %s", tc.person)
			}
		})
	}
}

// TestHSPresent: the trigram's verb in the present ("“…,” Ann Lee
// tweets") after a name or "he"/"she" only.
func TestHSPresent(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb string
		want             bool
	}{
		{"after a name", `"We will not give up," Ann Lee tweets.`, "tweets", true},
		{"after she", `"We will not give up," she captions the photo.`, "captions", true},
		{"after he", `"We will not give up," he captions the photo.`, "captions", true},
		{"a plural noun", `"We will not give up," the big fans.`, "fans", false},
		{"after they", `"We will not give up," they captions.`, "captions", false},
		{"short", `"We will not give up," Ann Lee hits.`, "hits", false},
		{"-ss", `"We will not give up," Ann Lee harass.`, "harass", false},
		{"-us", `"We will not give up," Ann Lee campus.`, "campus", false},
		{"-is", `"We will not give up," Ann Lee thesis.`, "thesis", false},
		{"capital", `"We will not give up," Ann Lee Tweets.`, "Tweets", false},
		{"no -s", `"We will not give up," Ann Lee tweet.`, "tweet", false},
		{"not finite", `"We will not give up," Ann Lee series.`, "series", false},
		{"five letters", `"We will not give up," Ann Lee posts.`, "posts", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, toks, k := hsX(tc.body, tc.verb, 1)
			if got := hsPresent(toks, k); got != tc.want {
				t.Errorf("hsPresent = %v, want %v", got, tc.want)
			}
			if tc.want && !x.hsTrigram(toks, k) {
				t.Error("hsTrigram = false, want true")
			}
		})
	}
	if hsPresent(newDoc("tweets").sents[0].toks, 0) {
		t.Error("a verb opening the sentence")
	}
	if !hsPresent(newDoc("Lee tweets").sents[0].toks, 1) {
		t.Error("a verb after a name opening the sentence")
	}
}

// TestHSLowerTitle: lower-case words of a title, then a name.
func TestHSLowerTitle(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"chief executive Ann Lee", true},
		{"Ann Lee", false},
		{"for Ann Lee", false},
		{"the chief Ann Lee", false},
		{"chief , Ann Lee", false},
		{"chief executive", false},
		{"and Ann Lee", false},
	} {
		toks := newDoc(tc.body).sents[0].toks
		if got := hsLowerTitle(toks, 0, len(toks)); got != tc.want {
			t.Errorf("hsLowerTitle(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestHSQuoteEndingAt: the quotation whose closing mark ends at an offset.
func TestHSQuoteEndingAt(t *testing.T) {
	x, toks, k := hsX(`"We will not give up," Ann Lee captioned.`, "Ann", 1)
	if q := x.hsQuoteEndingAt(toks[k-1].End); q == nil || x.d.text(q.inner) != "We will not give up," {
		t.Errorf("no quotation ending before %q", toks[k].text)
	}
	if x.hsQuoteEndingAt(toks[k].End) != nil {
		t.Error("a quotation ending at a name")
	}
}

// TestHSGroupIn: rule group-in-place, the group's words as drafted.
func TestHSGroupIn(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"opening", "Unions in France warned that it was over.", "Unions in France"},
		{"determiner", "Then the trade unions in France warned that it was over.", "Trade unions in France"},
		{"preposition", "Then after unions in France warned that it was over.", "Unions in France"},
		{"a cue before", "Ann Lee said activists in France warned that it was over.", "Activists in France"},
		{"two words before", "Then big trade unions in France warned that it was over.", "Big trade unions in France"},
		{"three words before", "Then very big trade unions in France warned that it was over.", "Very big trade unions in France"},
		{"four words before", "Then so very big trade unions in France warned that it was over.", "Very big trade unions in France"},
		{"an adverb", "Then, quickly trade unions in France warned that it was over.", "Trade unions in France"},
		{"an opener", "Meanwhile unions in France warned that it was over.", "Unions in France"},
		{"a name before", "Then Kesk unions in France warned that it was over.", "Unions in France"},
		{"the country", "Unions in the UK warned that it was over.", "Unions in the UK"},
		{"a city", "Unions in Kesk warned that it was over.", ""},
		{"not a group", "Ann Lee in France warned that it was over.", ""},
		{"not in", "Unions of France warned that it was over.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, toks, k := hsX(tc.body, "warned", 1)
			a := npLeft(toks, k)
			got := ""
			if e, _, _, ok := x.hsGroupIn(toks, a, k); ok {
				got = e.Name
			}
			if got != tc.want {
				t.Errorf("hsGroupIn = %q, want %q", got, tc.want)
			}
		})
	}
	x, toks, _ := hsX("France warned.", "warned", 1)
	if _, _, _, ok := x.hsGroupIn(toks, 0, 1); ok {
		t.Error("a place opening the sentence")
	}
	if _, _, _, ok := x.hsGroupIn(toks, 1, 1); ok {
		t.Error("an empty phrase")
	}
}

// TestHSQuotePossessor: a name that possesses a quotation.
func TestHSQuotePossessor(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Ann Lee’s “plan” failed.", true},
		{`Ann Lee's "plan" failed.`, true},
		{"Ann Lee’s plan failed.", false},
		{"Ann Lee said “no”.", false},
		{"Ann Lee’s", false},
	} {
		toks := newDoc(tc.body).sents[0].toks
		if got := hsQuotePossessor(toks, 0); got != tc.want {
			t.Errorf("hsQuotePossessor(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestHSRunBefore: the last speaker over quotation-only sentences, six at most.
func TestHSRunBefore(t *testing.T) {
	body := "Ann Lee spoke.\n\n\"One two three.\"\n\n\"Four five six.\"\n\n\"Seven eight nine.\"\n\n\"Ten and eleven.\"\n\n\"Twelve and more.\"\n\n\"Last of all.\"\n\nBo Ray left.\n\n\"The end of it.\" Bo Ray went home."
	x := &extractor{d: newDoc(body), reg: newRegistry(nil), out: &Draft{}}
	e := x.reg.person("Ann Lee", Why{Rule: "test"})
	x.spokeIn = map[int]*Entity{0: e}
	for si, want := range []*Entity{nil, e, e, e, e, e, e, nil, nil, nil} {
		if si >= len(x.d.sents) {
			break
		}
		if got := x.hsRunBefore(si); got != want {
			t.Errorf("sentence %d (%q): %v, want %v", si, x.d.text(span{x.d.sents[si].Start, x.d.sents[si].End}), got, want)
		}
	}
}

// TestHSInfinitiveColon: rule to-verb-colon's shape.
func TestHSInfinitiveColon(t *testing.T) {
	for _, tc := range []struct {
		name, body, verb string
		want             bool
	}{
		{"verb", `Ann Lee took to X to write: "Yes."`, "write", true},
		{"with object", `Ann Lee took to X to share the big news: "Yes."`, "share", true},
		{"object too long", `Ann Lee took to X to share all the big news: "Yes."`, "share", false},
		{"a name in the object", `Ann Lee took to X to thank Bo: "Yes."`, "thank", false},
		{"no quote", `Ann Lee took to X to write: yes.`, "write", false},
		{"no to", `Ann Lee took to X and wrote: "Yes."`, "wrote", false},
		{"capital", `Ann Lee took to X to Write: "Yes."`, "Write", false},
		{"a comma", `Ann Lee took to X to write, then: "Yes."`, "write", false},
		{"no colon", `Ann Lee took to X to write`, "write", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, toks, k := hsX(tc.body, tc.verb, 1)
			if got := hsInfinitiveColon(toks, k); got != tc.want {
				t.Errorf("hsInfinitiveColon = %v, want %v", got, tc.want)
			}
		})
	}
	if hsInfinitiveColon(newDoc(`to write: "Yes."`).sents[0].toks, 1) {
		t.Error("an infinitive opening the sentence")
	}
}

// TestHSRelationName: "Her former partner Bo Ray" is Bo Ray.
func TestHSRelationName(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Her former partner Bo Ray left.", "Bo Ray"},
		{"Her Bo Ray left.", ""},
		{"The former partner Bo Ray left.", ""},
		{"Her former partner left.", ""},
		{"", ""},
	} {
		got := ""
		if tc.body != "" {
			toks := newDoc(tc.body).sents[0].toks
			if a, b := hsRelationName(toks); b > a {
				got = joinToks(toks[a:b])
			}
		} else if a, b := hsRelationName(nil); b > a {
			got = "?"
		}
		if got != tc.want {
			t.Errorf("hsRelationName(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
}
