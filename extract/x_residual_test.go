package extract

import (
	"strings"
	"testing"
)

// xrDraft drafts an invented article body with a headline above it.
func xrDraft(body string) *Draft {
	return Extract("Harbour news\n\n"+body+"\n", Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-11-02"})
}

// TestResidualSpeakers runs invented sentences of the kinds branch
// x-residual wrote rules for (docs/extract.md, "x-residual (seventh
// session)"): each want is a statement's opening words and its speaker
// ("(unattributed)" or "(not found)" where none may be given); each not is
// a name no drafted person or organization may have.
func TestResidualSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       [][2]string
		not        []string
	}{
		// rule honorific-lead (affiliation): the title before the name is no word of the sentence before it
		{"honorific before affiliated name", "Dr Anna Lind of the University of Lund said the cells grew fast.",
			[][2]string{{"the cells grew fast", "Anna Lind"}}, []string{"University of Lund"}},
		{"honorific with stop", "The lab opened. Dr. Anna Lind of the University of Lund said the cells grew fast.",
			[][2]string{{"the cells grew fast", "Anna Lind"}}, []string{"University of Lund"}},
		{"capitalised title", "Professor Anna Lind of the University of Lund said the cells grew fast.",
			[][2]string{{"the cells grew fast", "Anna Lind"}}, nil},
		{"lower-case title stays", "Study leader Ines Moreau of Lund University said more work was needed.",
			[][2]string{{"more work was needed", "Ines Moreau"}}, nil},
		{"a capitalised word before the title", "Harbour Dr Anna Lind of the University of Lund said the cells grew fast.",
			[][2]string{{"the cells grew fast", "University of Lund"}}, nil}, // as before: not read as a title
		// rule title-apposition
		{"fronted phrase, capitalised title", "Responding to the news, Ann Lee, President of the Harbour Bank said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Ann Lee"}}, []string{"Harbour Bank"}},
		{"opening name, capitalised title", "Ann Lee, President of the Harbour Bank said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Ann Lee"}}, []string{"Harbour Bank"}},
		{"fronted preposition", "In a statement, Ann Lee, Governor of the Harbour Bank added, “We act now.”",
			[][2]string{{"We act now", "Ann Lee"}}, []string{"Harbour Bank"}},
		// (title-apposition declines the next two; x-h-speakers' rule
		// unclosed-title-apposition, which runs first, reads the name
		// after any comma: the two rules overlap, docs/extract.md)
		{"a list, not a fronted phrase", "Acme, Bo Ray, President of the Harbour Bank said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Bo Ray"}}, nil},
		{"a fronted clause, not a phrase", "The bank moved, Ann Lee, President of the Harbour Bank said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Ann Lee"}}, nil},
		{"no title word", "Responding to the news, Ann Lee, friend of the Harbour Bank said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Harbour Bank"}}, nil},
		{"a comma closes it", "Responding to the news, Ann Lee, President of the Harbour Bank, said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Ann Lee"}}, nil},
		{"an organization's name", "Responding to the news, Acme Bank, President of the Harbour Bank said: “I welcome the swift action.”",
			[][2]string{{"I welcome the swift action", "Harbour Bank"}}, nil},
		// rule subject-before-phrase (residual.go's wider reading)
		{"meeting with another name", "Ann Lee in a meeting with her counterpart Bo Ray said no progress was made on the ceasefire.",
			[][2]string{{"no progress was made", "Ann Lee"}}, []string{"Bo Ray"}},
		{"titled subject", "Foreign Minister Ann Lee in meeting with Russian counterpart Bo Ray said no progress was made.",
			[][2]string{{"no progress was made", "Ann Lee"}}, nil},
		{"a bulleted line", "- Foreign Minister Ann Lee in meeting with counterpart Bo Ray said no progress was made towards a truce\n- She described the talks as hard, accusing him of bringing “old stories” to the table",
			[][2]string{{"no progress was made", "Ann Lee"}, {"old stories", "Ann Lee"}}, nil},
		{"a place after in", "Ann Lee in Paris said no progress was made.",
			[][2]string{{"no progress was made", "Ann Lee"}}, []string{"France"}},
		{"an organization in talks", "Acme Bank in talks with Bo Ray said no progress was made.",
			[][2]string{{"no progress was made", "Acme Bank"}}, nil},
		{"a known surname", "Bo Ray flew in. Ray in talks with Ann Lee said no progress was made.",
			[][2]string{{"no progress was made", "Bo Ray"}}, nil},
		{"one unknown word", "Talks in Geneva said no progress was made.",
			[][2]string{{"no progress was made", "(not found)"}}, []string{"Talks"}},
		{"a relative clause", "Ann Lee at the talks where Bo Ray said no progress was made.",
			[][2]string{{"no progress was made", "Bo Ray"}}, nil},
		{"a verb in the phrase", "Ann Lee in Paris met Bo Ray who said no progress was made.",
			[][2]string{{"no progress was made", "Bo Ray"}}, nil},
		{"a lower-case object", "Ann Lee in talks with the envoy said no progress was made.",
			[][2]string{{"no progress was made", "Ann Lee"}}, nil}, // words-between, as before
		// rule pronoun-after-clause
		{"trailing he added", "Bo Ray said the talks were over. “We spoke,” Ann Lee said. Ann Lee said no progress was made. Bo Ray has a different view of what ministers do, she added.",
			[][2]string{{"Bo Ray has a different view", "Ann Lee"}}, nil},
		{"trailing with a date", "Bo Ray said he would win. Ann Lee spoke on Monday. Bo Ray will lose the vote, she said on Tuesday.",
			[][2]string{{"Bo Ray will lose the vote", "Ann Lee"}}, nil},
		{"pronoun before the name", "Ann Lee spoke on Monday. She said Bo Ray will lose the vote.",
			[][2]string{{"Bo Ray will lose the vote", "Ann Lee"}}, nil},
		{"pronoun mid-sentence", "Ann Lee spoke on Monday. Bo Ray, she said, will lose the vote.",
			[][2]string{{"Bo Ray, she said", "Ann Lee"}}, nil},
		// rule possessive-fragment after a quotation-only paragraph (spokeBefore)
		{"fragment after a carried-over quotation", "With her husband Tom Lee beside her, Ann Lee said: “I came into office at a hard time.\n\n“Farms were worried about their bills.”\n\nBo Ray’s “reckless plan threatens every farm”.\n\nShe said the town had been “held back for too long”.",
			[][2]string{{"reckless plan threatens every farm", "Ann Lee"}, {"held back for too long", "Ann Lee"}}, nil},
		{"fragment after two quotation sentences", "Ann Lee said: “I came into office at a hard time.\n\n“Farms were worried. Shops were too.”\n\nBo Ray’s “reckless plan threatens every farm”.",
			[][2]string{{"reckless plan threatens every farm", "Ann Lee"}}, nil},
		{"fragment after a paragraph nobody spoke in", "Ann Lee said: “I came into office at a hard time.”\n\nThe town was quiet.\n\nBo Ray’s “reckless plan threatens every farm”.",
			[][2]string{{"reckless plan threatens every farm", "(unattributed)"}}, nil},
		{"fragment after a gap", "Ann Lee said: “I came into office at a hard time.\n\n“Farms were worried about their bills.”\n\nHarbour news in brief\n\nBo Ray’s “reckless plan threatens every farm”.",
			[][2]string{{"reckless plan threatens every farm", "(unattributed)"}}, nil},
		// rule group-adjective
		{"adjective after but", "Bo Ray will appeal the ruling, but legal experts say the appeal has little hope of success.",
			[][2]string{{"the appeal has little hope of success", "Legal experts"}}, []string{"Experts"}},
		{"adjective after a comma", "Bo Ray will appeal the verdict, independent analysts said on Monday.",
			[][2]string{{"Bo Ray will appeal the verdict", "Independent analysts"}}, []string{"Analysts"}},
		{"a quantifier is no adjective", "Bo Ray will appeal, and many experts say there is no chance he will win.",
			[][2]string{{"there is no chance he will win", "Experts"}}, nil},
		{"a number is no adjective", "Bo Ray will appeal, and two sources said he will lose.",
			[][2]string{{"he will lose", "Sources"}}, nil},
		{"an adverb is no adjective", "Bo Ray will appeal, but privately experts say he will lose.",
			[][2]string{{"he will lose", "Experts"}}, nil},
		{"an object, not a subject", "Bo Ray told the legal experts he will lose.",
			[][2]string{{"he will lose", "Bo Ray"}}, []string{"Legal experts"}},
		// rule participle-cue,with-subject over an adverb
		{"with a name, an adverb and a participle", "It could lift the party, with Ann Lee swiftly confirming that she will “defeat Bo Ray.”",
			[][2]string{{"defeat Bo Ray", "Ann Lee"}}, nil},
		{"with a name and a short adverb", "It could lift the party, with Ann Lee only saying that she will “defeat Bo Ray.”",
			[][2]string{{"defeat Bo Ray", "(unattributed)"}}, nil},
		// rule name-particles
		{"two particles before the cue", "Ursula von der Leyen said the deal was dead. Von der Leyen added that talks would go on.",
			[][2]string{{"the deal was dead", "Ursula von der Leyen"}, {"talks would go on", "Ursula von der Leyen"}}, []string{"Von der Leyen", "Leyen"}},
		{"two particles after the cue", "“It is dead,” said Ursula von der Leyen.",
			[][2]string{{"It is dead", "Ursula von der Leyen"}}, nil},
		{"one particle", "Mohammed bin Salman said the deal was dead.",
			[][2]string{{"the deal was dead", "Mohammed bin Salman"}}, nil},
		{"four name words", "Luiz Inacio Lula da Silva said the deal was dead.",
			[][2]string{{"the deal was dead", "Luiz Inacio Lula da Silva"}}, nil},
		{"a particle at the end is none", "Ann Lee and Bo de said the deal was dead.",
			[][2]string{{"the deal was dead", "(not found)"}}, nil},
		// rule title-tail (roles.go)
		{"a title without a name", "Chief Operating Officer said the plan was sound.",
			[][2]string{{"the plan was sound", "(not found)"}}, []string{"Operating Officer", "Operating"}},
		{"the title's name after it", "Chief Operating Officer Ida Sand said the plan was sound.",
			[][2]string{{"the plan was sound", "Ida Sand"}}, nil},
		// rule according-to,report-of
		{"a named report opens the sentence", "According to an Axios report, land and security were among the issues.",
			[][2]string{{"land and security were among the issues", "Axios"}}, nil},
		{"a named analysis after the clause", "The talks failed, according to a Harbour Post analysis.",
			[][2]string{{"The talks failed", "Harbour Post"}}, nil},
		{"a known person's study", "Ann Lee spoke. According to an Ann Lee study, 40 people died.",
			[][2]string{{"40 people died", "Ann Lee"}}, []string{"Ann Lee study"}},
		{"no report noun", "The talks failed, according to the Harbour Post.",
			[][2]string{{"The talks failed", "Harbour Post"}}, nil},
		// (no outlet: x-h-claims' according-to-document drafts the
		// document itself, marked for review)
		{"an unnamed report", "The talks failed, according to a new report.",
			[][2]string{{"The talks failed", "a new report"}}, nil},
		// rule long-title: "in the" and an honorific after the office
		{"a title's complement with in the", "Speaking at a briefing, Minister in the Presidency Ann Lee said that the cabinet had decided to appeal.",
			[][2]string{{"the cabinet had decided to appeal", "Ann Lee"}}, []string{"Presidency Ann Lee"}},
		{"a lower-case head with in the", "The minister in the Presidency Ann Lee said that the cabinet would appeal.",
			nil, []string{"Presidency Ann Lee"}},
		{"an honorific after the office", "“We will appeal,” said the Minister of Cooperative Governance and Traditional Affairs Dr Ann Lee.",
			[][2]string{{"We will appeal", "Ann Lee"}}, []string{"Traditional Affairs"}},
		{"an honorific with its stop after the office", "“We will appeal,” said the Minister of Lands and Water Affairs Dr. Ann Lee.",
			[][2]string{{"We will appeal", "Ann Lee"}}, []string{"Water Affairs"}},
		{"an honorific and one name word", "“We will appeal,” said the Minister of Lands and Water Affairs Dr Lee.",
			nil, []string{"Lee"}},
		// rule sentence-opener
		{"a plural noun written in lower case too", "Tensions rose after Bo Ray refused to sign the deal, arguing a truce must come first. The tensions grew.",
			[][2]string{{"a truce must come first", "(not found)"}}, []string{"Tensions"}},
		{"an adjective before the subject noun", "Initial estimates put the turnout at about 47 percent.",
			nil, []string{"Initial"}},
		{"an auxiliary, not a noun", "Acme has said it wants the deal. Acme’s chief left.",
			[][2]string{{"it wants the deal", "Acme"}}, nil},
		{"a surname opening its sentence", "Holt says the plan was fine.",
			[][2]string{{"the plan was fine", "Holt"}}, nil},
		{"a surname before a plural noun and no verb", "Holt wins the race. Holt said the plan was fine.",
			[][2]string{{"the plan was fine", "Holt"}}, nil},
		{"a name written inside a sentence too", "Tensions said the plan was fine. The tensions grew after Bo Ray met Tensions.",
			[][2]string{{"the plan was fine", "Tensions"}}, nil},
		{"a headline is not read", "Talks end as Tensions grow\n\nTensions said the plan was fine. The tensions grew.",
			[][2]string{{"the plan was fine", "(not found)"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := xrDraft(tc.body)
			wantSpeakers(t, d, tc.want, tc.not)
		})
	}
}

// TestResidualAccordingAbbreviation: an initialism closing "according to"
// ends its sentence before a name and its verb (rule
// according-abbreviation), and the organization keeps its last stop.
func TestResidualAccordingAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       [][2]string
		not        []string
	}{
		{"name and verb after", "Almost 7 million people have died, according to the U.N. Ann Lee estimated that the true toll is over 20 million.",
			[][2]string{{"Almost 7 million people have died", "U.N."}, {"the true toll is over 20 million", "Ann Lee"}}, []string{"U.N. Ann Lee", "U.N"}},
		{"one name and a cue", "Almost 7 million people have died, according to U.N. Lee said the toll is higher.",
			[][2]string{{"Almost 7 million people have died", "U.N."}, {"the toll is higher", "Lee"}}, nil},
		{"a name of the body, no verb", "The ship sank, according to the U.S. Navy Secretary Bo Ray.",
			[][2]string{{"The ship sank", "Bo Ray"}}, nil},
		{"no according to", "The ship was built in the U.S. Navy yards said the ship was sound.",
			[][2]string{{"the ship was sound", "(not found)"}}, nil},
		{"a lower-case word after", "The ship sank, according to the U.N. refugee agency.",
			[][2]string{{"The ship sank", "U.N."}}, nil}, // as before: not split
		{"ends the paragraph", "The ship sank, according to the U.N.",
			[][2]string{{"The ship sank", "U.N."}}, nil},
		{"a usual opener", "The ship sank, according to the U.N. The crew was saved.",
			[][2]string{{"The ship sank", "U.N."}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := xrDraft(tc.body)
			wantSpeakers(t, d, tc.want, tc.not)
		})
	}
}

// TestResidualInitialismStop: the stop an initialism lost to its
// sentence's end is given back; other names are left as they are.
func TestResidualInitialismStop(t *testing.T) {
	for in, want := range map[string]string{
		"U.N": "U.N.", "the U.N": "the U.N.", "U.N.": "U.N.", "Acme": "Acme", "": "", "St.Ives": "St.Ives", "Acme Inc": "Acme Inc",
	} {
		if got := initialismStop(in); got != want {
			t.Errorf("initialismStop(%q) = %q, want %q", in, got, want)
		}
	}
}

// xrClaimed says whether a reported claim opening with opens was drafted.
func xrClaimed(d *Draft, opens string) bool {
	for _, s := range d.Statements {
		if s.Kind == "reported" && strings.HasPrefix(s.Text, opens) {
			return true
		}
	}
	return false
}

// TestResidualClaims: claim shapes of branch x-residual; want says whether
// a claim opening with the words is drafted.
func TestResidualClaims(t *testing.T) {
	for _, tc := range []struct {
		name, body, opens string
		want              bool
	}{
		// rule quoted-predicate with an irregular past
		{"irregular past opens the quotation", "Ann Lee said she “came into office at a hard time”.", "she “came into office", true},
		{"and a but-that clause after it", "Ann Lee resigned on Monday. In a statement, she said she “came into office at a hard time,” but that she can no longer stay.", "she “came into office", true},
		{"a noun opens the quotation", "Ann Lee said she “office holder at a hard time”.", "she “office holder", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := xrClaimed(xrDraft(tc.body), tc.opens); got != tc.want {
				t.Errorf("claim %q drafted: %v, want %v", tc.opens, got, tc.want)
			}
		})
	}
}

// TestResidualNameList: every name of a list of three before a cue speaks
// (rule name-list); want lists the speakers of the statement opening with
// opens, in order.
func TestResidualNameList(t *testing.T) {
	for _, tc := range []struct {
		name, body, opens string
		want              []string
	}{
		{"abbreviated plural title", "Sens. Richard Hale, Joan Mercer and Tom Lind said the bill was a mistake.", "the bill was a mistake", []string{"Richard Hale", "Joan Mercer", "Tom Lind"}},
		{"opening the sentence", "Richard Hale, Joan Mercer and Tom Lind said the bill was a mistake.", "the bill was a mistake", []string{"Richard Hale", "Joan Mercer", "Tom Lind"}},
		{"four names", "Ann Lee, Bo Ray, Joan Mercer and Tom Lind said the bill was a mistake.", "the bill was a mistake", []string{"Ann Lee", "Bo Ray", "Joan Mercer", "Tom Lind"}},
		{"two names after a clause", "The bill passed on Monday, Joan Mercer and Tom Lind said.", "The bill passed on Monday", []string{"Joan Mercer", "Tom Lind"}},
		{"a clause, not a list", "Harbour voters backed Richard Hale, Joan Mercer and Tom Lind said the bill was a mistake.", "the bill was a mistake", []string{"Joan Mercer", "Tom Lind"}},
		{"no and: an apposition", "Richard Hale, Joan Mercer said the bill was a mistake.", "the bill was a mistake", []string{"Joan Mercer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range xrDraft(tc.body).Statements {
				if strings.HasPrefix(s.Text, tc.opens) {
					got = append(got, s.Speaker.Name)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("speakers %q, want %q", got, tc.want)
			}
		})
	}
}

// TestResidualParticleName: which token runs are full names with
// particles (rule name-particles).
func TestResidualParticleName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Ursula von der Leyen", true},
		{"Mohammed bin Salman", true},
		{"Ann Lee", false},             // no particle
		{"von der Leyen", false},       // a particle first
		{"Ursula von der", false},      // a particle last
		{"Ursula Von der Leyen", true}, // a capitalised particle is a name word
		{"Ann of the Leyen", false},    // not particles
		{"Acme von der Bank", false},   // an organization's word
		{"Dr von der Leyen", false},    // an honorific
		{"Aa Bb Cc Dd Ee de Ff", false},
		{"Aa Bb Cc Dd de Ff", true},
	} {
		toks := newDoc(tc.text + " said.").sents[0].toks
		n := len(strings.Fields(tc.text))
		if got := particleName(toks, 0, n); got != tc.want {
			t.Errorf("particleName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// xrIndex is the index of the first token of toks whose text is w.
func xrIndex(toks []tok, w string) int {
	for i, t := range toks {
		if t.text == w {
			return i
		}
	}
	return -1
}

// xrExtractor is an extractor over text, as the rules see it.
func xrExtractor(text string) *extractor {
	return &extractor{d: newDoc(text), reg: newRegistry(nil), out: &Draft{}}
}

// TestResidualHelpers pins the bounds of the rules' helpers, each case on
// a sentence of its own (the cue "said" follows the phrase read).
func TestResidualHelpers(t *testing.T) {
	cueBefore := func(text string) ([]tok, int) {
		toks := sentToks(text)
		return toks, xrIndex(toks, "said") - 1
	}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"possessive in the title", "Responding to it, Ann Lee, President of Acme’s board said", true},
		{"initial's stop in the title", "Responding to it, Ann Lee, Director of the Dr. Bo Ray Trust said", true},
		{"ampersand in the title", "Responding to it, Ann Lee, President of Smith & Sons said", true},
		{"a dash in the title", "Responding to it, Ann Lee, President of Smith - Sons said", false},
		{"two name words", "Responding to it, Ann Lee, President of Acme said", true},
		{"one name word", "Responding to it, Lee, President of Acme said", false},
		{"five name words", "Responding to it, Aa Bb Cc Dd Ee, President of Acme said", false},
		{"four name words", "Responding to it, Aa Bb Cc Dd, President of Acme said", true},
	} {
		t.Run("titleApposition/"+tc.name, func(t *testing.T) {
			toks, k := cueBefore(tc.text)
			if _, _, got := xrExtractor(tc.text).titleApposition(toks, k); got != tc.want {
				t.Errorf("titleApposition(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"the frame word before the cue", "Ann Lee at said", false},
		{"a place", "Ann Lee in Paris said", true},
		{"a lower-case phrase", "Ann Lee in talks said", false},
		{"a bullet and one word", "- Talks in Geneva said", false},
		{"a possessive in the phrase", "Ann Lee at the Harbour’s hall with Bo Ray said", true},
		{"an initial's stop in the phrase", "Ann Lee in talks with Dr. Bo Ray said", true},
		{"a comma in the phrase", "Ann Lee in talks, with Bo Ray said", false},
	} {
		t.Run("subjectBeforeMeeting/"+tc.name, func(t *testing.T) {
			toks, k := cueBefore(tc.text)
			if _, _, got := xrExtractor(tc.text).subjectBeforeMeeting(toks, k); got != tc.want {
				t.Errorf("subjectBeforeMeeting(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Bo Ray, he added.", true},
		{"Bo Ray is here, he added", true},
		{"Bo Ray said, he", false},
		{"Bo Ray is here he added.", false},
		{"Bo Ray is here, he went.", false},
	} {
		t.Run("trailingPronoun/"+tc.text, func(t *testing.T) {
			toks := sentToks(tc.text)
			if got := trailingPronoun(toks, xrIndex(toks, "he")); got != tc.want {
				t.Errorf("trailingPronoun(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	t.Run("groupAdjective at the third token", func(t *testing.T) {
		if got := groupAdjective(sentToks("But legal experts say so."), 2, 3); got != 1 {
			t.Errorf("groupAdjective = %d, want 1", got)
		}
	})
	t.Run("modifiedNoun", func(t *testing.T) {
		if modifiedNoun(sentToks("Initial estimates"), 1) {
			t.Error("a last token has no verb after it")
		}
		if !modifiedNoun(sentToks("“estimates put the figure at 40."), 1) {
			t.Error("“estimates put”: a plural noun and its verb")
		}
	})
	t.Run("sentenceOpening", func(t *testing.T) {
		if got := sentenceOpening([]tok{{text: "-"}}); got != 1 {
			t.Errorf("no word: %d, want 1", got)
		}
		if got := sentenceOpening(sentToks("“Ann Lee said so.")); got != 1 {
			t.Errorf("after a mark: %d, want 1", got)
		}
	})
	t.Run("adverbStart at the third token", func(t *testing.T) {
		if got := adverbStart(sentToks("Lee quickly saying so."), 2); got != 1 {
			t.Errorf("adverbStart = %d, want 1", got)
		}
	})
	t.Run("nameListStart over a long item", func(t *testing.T) {
		toks := sentToks("Sens. Aa Bb Cc Dd, Ann Lee and Bo Ray said it.")
		a := xrIndex(toks, "Ann")
		if got := nameListStart(toks, a, xrIndex(toks, "said")); got != a {
			t.Errorf("nameListStart = %d, want %d (an item of four words is no name)", got, a)
		}
	})
	for _, tc := range []struct {
		text string
		i    int
		want bool
	}{
		{"Ann von Lee", 1, true},
		{"Ann von the Lee", 1, false},
		{"the said von Lee", 2, false},
		{"Ursula von der Leyen", 1, true},
		{"Ann von der", 1, false},
	} {
		t.Run("particleBetween/"+tc.text, func(t *testing.T) {
			if got := particleBetween(sentToks(tc.text), tc.i); got != tc.want {
				t.Errorf("particleBetween(%q, %d) = %v, want %v", tc.text, tc.i, got, tc.want)
			}
		})
	}
	t.Run("particleName of three words", func(t *testing.T) {
		if !particleName(sentToks("Ann von Lee said."), 0, 3) {
			t.Error("Ann von Lee is a name")
		}
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"according to the Acme report", true},
		{"according to Aa Bb Cc Dd report", true},
		{"according to Aa Bb Cc Dd Ee report", false},
	} {
		t.Run("reportOwner/"+tc.text, func(t *testing.T) {
			_, b := reportOwner(sentToks(tc.text), 2)
			if got := b > 0; got != tc.want {
				t.Errorf("reportOwner(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	t.Run("frontedOpener of four letters", func(t *testing.T) {
		if frontedOpener(sentToks("King")[0]) {
			t.Error("“King” is no participle")
		}
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"U.N. Ann Lee said.", false},
		{"According to U.N. Lee said the toll rose.", true},
		{"It fell, according to the U.N. Aa Bb Cc said so.", true},
		{"It fell, according to the U.N. Aa Bb Cc Dd said so.", false},
		{"It fell, according to the U.N. said so.", false},
	} {
		t.Run("accordingAbbrevEnds/"+tc.text, func(t *testing.T) {
			rs := []rune(tc.text)
			w := strings.Index(tc.text, "U.N.")
			w = len([]rune(tc.text[:w]))
			if got := accordingAbbrevEnds(rs, w, w+4, len(rs)); got != tc.want {
				t.Errorf("accordingAbbrevEnds(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestResidualSpokeBefore: the speaker before a fragment is found over at
// most three quotation-only sentences, down to the article's first.
func TestResidualSpokeBefore(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		si         int
		want       bool
	}{
		{"the first sentence spoke", "Ann Lee spoke at last.\n\nBo Ray’s “plan is bad”.", 1, true},
		{"three quotation sentences between", "Ann Lee said: “One is here.\n\n“Two is here.\n\n“Three is here.\n\n“Four is here.”\n\nBo Ray’s “plan is bad”.", 4, true},
		{"four quotation sentences between", "Ann Lee said: “One is here.\n\n“Two is here.\n\n“Three is here.\n\n“Four is here.\n\n“Five is here.”\n\nBo Ray’s “plan is bad”.", 5, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := xrExtractor(tc.text)
			e := x.reg.person("Ann Lee", Why{Rule: "test"})
			x.spokeIn = map[int]*Entity{0: e}
			if got := x.spokeBefore(tc.si) == e; got != tc.want {
				t.Errorf("spokeBefore(%d) is Ann Lee: %v, want %v (%d sentences)", tc.si, got, tc.want, len(x.d.sents))
			}
		})
	}
}

// TestResidualLongTitleBounds pins the long-title helpers at a sentence's end.
func TestResidualLongTitleBounds(t *testing.T) {
	if !inTheComplement(sentToks("Minister in the Presidency"), 0) {
		t.Error("“Minister in the Presidency”: a complement")
	}
	if inTheComplement(sentToks("Minister in the"), 0) {
		t.Error("“Minister in the” at the end: no complement")
	}
	toks := sentToks("Affairs Dr")
	if a, b := honorificName(toks, len(toks)); b > a {
		t.Error("past the end: no name")
	}
	if a, b := honorificName(toks, 1); b > a {
		t.Error("an honorific at the end: no name")
	}
	if a, b := honorificName(sentToks("Affairs Dr. Ann Lee"), 1); b-a != 2 {
		t.Errorf("“Dr. Ann Lee”: name [%d, %d), want two words", a, b)
	}
}
