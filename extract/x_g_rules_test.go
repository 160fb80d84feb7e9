package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractG drafts an article of testdata/g-rules with a publication date.
func extractG(t *testing.T, file string) *Draft {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "g-rules", file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(string(body), Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// TestGRules runs the articles of testdata/g-rules, written by us to
// imitate failure kinds of batch G (docs/extract.md, section "x-g-rules"):
// each want is a statement's opening words and its speaker
// ("(unattributed)" or "(not found)" where none may be given); each not is
// a name no drafted person or organization may have.
func TestGRules(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][2]string
		not  []string
	}{
		{"guillemets", [][2]string{
			{"The price is fair to every holder", "Ann Lee"}, // «…,» X said
			{"The deal is the best path", "Ann Lee"},         // a second «…» in the paragraph
			{"We will run the fleet", "Bo Ray"},              // «…,» he told
			{"It is too early to say", "Tom Dale"},           // «…,» said X
			{"Nous restons ici", "(not found)"},              // spaces inside: not a wire guillemet
		}, nil},
		{"possessive-fragment", [][2]string{
			{"reckless plan threatens every farm", "Ann Lee"}, // "Bo Ray’s “…”." after Ann Lee spoke: her words about him
			{"the valley had been", "Ann Lee"},                // "She said": the one who spoke before, not the possessor
			{"left behind for years", "Ann Lee"},              //
			{"I met the council chief", "Ann Lee"},            // "Speaking …, she said:" goes on with her
			{"I will stay on until", "Ann Lee"},               // and its next paragraph
			{"This town gave me everything", "Ann Lee"},       // "her husband Tom Lee" says nothing of Ann Lee's gender
			{"new plan will save every farm", "Jo Kent"},      // after a sentence nobody spoke in: the sentence's subject, as before
			{"We will build the new road", "Jo Kent"},
			{"road will be paid for", "Jo Kent"}, // the possessor is the one who spoke before: her own words
			{"toll plan will ruin", "Jo Kent"},   // "Ray’s “…”": a surname alone
			{"budget is the best", "Jo Kent"},    // "Kent’s “…”" after Jo Kent spoke: her own (rule checked below)
			{"new tax will hurt", "Ann Lee"},     // "But Bo Ray’s “…”"
		}, nil},
		{"spaced-age", [][2]string{
			{"I will go at the end of the season", "Tom Dale"}, // "said the 48 year-old Dane"
			{"I love this club and the city", "Tom Dale"},      // its next paragraph goes on
			{"He built this team from nothing", "Ida Holm"},    // "said the 31 year old midfielder"
			{"We will find the right man", "Per Lund"},         // "said the 66-year old, who …"
			{"The club's 120 year old stand", "Per Lund"},      // an age of a thing: no one new
		}, []string{"Dane", "Rovers"}},
		{"unclosed-apposition", [][2]string{
			{"Our joined firm will grow", "Ann Lee"},        // "Ann Lee, chairman and CEO at Zenko commented, “…”"
			{"This is a big deal for both", "Bo Ray"},       // "…, chairman and chief executive officer at Acme added: “…”"
			{"Our buyers will see no change", "Jo Kent"},    // closed apposition: unchanged
			{"We will vote against the deal", "Tom Dale"},   // a list of names, not an apposition: joint speakers, all three (name-list, residual.go)
			{"We are proud of our roots", "(unattributed)"}, // "Acme, the biggest firm …": no title word opens it
			{"We are ready for the vote", "Ida Holm"},       // "Ida Holm, chairman added, “…”": a one-word title
		}, nil},
		{"fronted-gerund", [][2]string{
			{"mender, not a wrecker", "Ann Lee"},              // the fronted clause's quotation is hers, not her MPs'
			{"reckless plan threatens every farm", "Ann Lee"}, // so the fragment after it goes on with her
			{"left behind for years", "Ann Lee"},
		}, nil},
		{"quantifier-opener", [][2]string{
			{"she could not keep her promises", "Ann Lee"}, // "Another Labour … contest … after Ann Lee announced …, saying"
			{"within a month", "Ann Lee"},                  // the "she said" after it
			{"they would back the motion", "Green councillors"},
			{"Each Labour branch will hold", "Bo Ray"},
		}, []string{"Another Labour", "Each Labour", "Several Green", "Every Harbour", "Several Green councillors"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractG(t, tc.file)
			wantSpeakers(t, d, tc.want, tc.not)
		})
	}
}

// TestGGenderOwnName: a gendered word before a name tells that name's
// gender, not that of a person named after it (rule gender-own-name).
func TestGGenderOwnName(t *testing.T) {
	for _, tc := range []struct {
		name, body, person string
		want               byte
	}{
		{"husband of the subject", "Standing beside her husband Tom Lee, Mayor Ann Lee said it was over.", "Ann Lee", 0},
		{"the husband himself", "Standing beside her husband Tom Lee, Mayor Ann Lee said it was over.", "Tom Lee", 'm'},
		{"honorific before given name", "Ms Ann Lee said it was over.", "Ann Lee", 'f'},
		{"honorific with full stop", "Mrs. Ann Lee said it was over.", "Ann Lee", 'f'},
		{"gendered title word", "Spokeswoman Ann Lee said it was over.", "Ann Lee", 'f'},
		{"wife of another", "His wife Jo and Bo Ray said it was over.", "Bo Ray", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := &extractor{d: newDoc(tc.body), reg: newRegistry(nil), out: &Draft{}}
			e := x.reg.person(tc.person, Why{Rule: "test"})
			if got := x.genderOf(e); got != tc.want {
				t.Errorf("gender of %s = %q, want %q", tc.person, got, tc.want)
			}
		})
	}
}

// TestGJoinAges: the tokens of an age written with spaces are one, read
// as the hyphenated form, its span the words as printed; other numbers
// before "year" are left apart.
func TestGJoinAges(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the tokens' texts, joined by |
		printed    string // the body's text under the age token, "" when none
	}{
		{"hyphenated", "the 48-year-old Dane", "the|48-year-old|Dane", "48-year-old"},
		{"space then hyphen", "the 48 year-old Dane", "the|48-year-old|Dane", "48 year-old"},
		{"spaces", "the 48 year old Dane", "the|48-year-old|Dane", "48 year old"},
		{"hyphen then space", "the 48-year old Dane", "the|48-year-old|Dane", "48-year old"},
		{"plural", "two 18 year-olds", "two|18-year-olds", "18 year-olds"},
		{"plural with spaces", "two 18 year olds", "two|18-year-olds", "18 year olds"},
		{"capitalised", "a 48 Year Old", "a|48-year-old", "48 Year Old"},
		{"a year, no age", "in 2019 year after year", "in|2019|year|after|year", ""},
		{"old, no year", "the 48 old cars", "the|48|old|cars", ""},
		{"word before year", "one year old", "one|year|old", ""},
		{"at the end", "aged 48 year", "aged|48|year", ""},
		{"hyphen-year at the end", "a 48-year", "a|48-year", ""},
		{"word-year", "a two-year old", "a|two-year|old", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text)
			toks := joinAges(d.tokenize(span{0, len(d.rs)}))
			var got []string
			printed := ""
			for _, k := range toks {
				got = append(got, k.text)
				if strings.Contains(k.text, "year-old") {
					printed = d.text(k.span)
				}
			}
			if strings.Join(got, "|") != tc.want || printed != tc.printed {
				t.Errorf("tokens %q (age printed %q), want %s (%q)", got, printed, tc.want, tc.printed)
			}
		})
	}
}

// TestGClaims runs the claim rules of testdata/g-rules: each want is a
// claim (speaker, opening, rule part); each not is an opening no drafted
// claim may have.
func TestGClaims(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][3]string
		not  []string
	}{
		{"place-after-cue", [][3]string{
			{"Bo Ray", "the judge had been unfair to him", "speaker-before-cue"},          // "said outside the court that …": after the phrase
			{"Tom Dale", "he was satisfied", "apposition"},                                // "said through a spokesman that …"
			{"Ann Lee", "near the steps the appeal would be filed", "speaker-before-cue"}, // no "that", no clause found: unchanged
			{"Tom Dale", "over 100 people had written", "speaker-before-cue"},             // a number: no phrase of manner
		}, []string{"outside the courtroom", "over the phone", "outside the court", "through a spokesman"}},
		{"by-gerund", [][3]string{
			{"Bo Ray", "the deal would not change the site", "by-gerund,subject"},   // "…, but Bo Ray tried to calm them by saying …"
			{"Ann Lee", "she is to quit the club", "by-gerund,subject/titled-name"}, // "Rovers coach Ann Lee has stunned fans by insisting that …"
		}, []string{"nothing", "letters sent"}}, // "By saying nothing, …"; "set up by warning letters": a noun after it
		{"fronted-gerund", [][3]string{
			{"Ann Lee", "she is a \"mender, not a wrecker\"", "fronted-gerund"}, // "After insisting on Monday she is a “…”, her MPs had said": cut at the clause's comma
			{"Tom Dale", "he would quit over it", "fronted-gerund"},             // "Despite warning he would quit …, Dale stayed on"
			{"MEPs", "the vote had been rushed", "collective"},                  // a plural acronym: a group, not a person
			{"Her MPs", "she should quit", "collective,possessed"},              // "her MPs had said": members of a body, a group that keeps its words
		}, []string{"goodbye"}}, // no pronoun after "After saying"
	} {
		t.Run(tc.file, func(t *testing.T) {
			checkClaims(t, extractG(t, tc.file), tc.want, tc.not)
		})
	}
}

// TestGFramePhrase: what after a cue is only a phrase of place or manner.
func TestGFramePhrase(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		at         int // the token after the cue
		want       int // the claim's first token, -1 to drop
	}{
		{"phrase ends the sentence", "Ray said outside the courtroom.", 2, -1},
		{"no full stop", "Ray said outside the courtroom", 2, -1},
		{"phrase then that", "Ray said outside the court that he lost.", 2, 6},
		{"phrase then pronoun clause", "Ray said near the steps he would appeal.", 2, 2},
		{"phrase then a noun's clause", "Ray said near the steps the appeal was lost.", 2, 2},
		{"number after over", "Ray said over 100 people came.", 2, 2},
		{"long phrase", "Ray said outside the old red brick town hall of the city.", 2, 2},
		{"a comma after the phrase", "Ray said outside the court, smiling.", 2, 2},
		{"not a frame word", "Ray said the court lied.", 2, 2},
		{"nothing after the preposition", "Ray said outside.", 2, 2},
		{"at the end", "Ray said", 2, 2},
		{"six words", "Ray said outside the old red brick town hall.", 2, -1},
		{"seven words", "Ray said outside the old red brick town hall gates.", 2, 2},
		{"that as the eighth word", "Ray said over the phone to his old friend Tom that he lost.", 2, 11},
		{"comma before the phrase", "Ray said, outside the court that he lost.", 3, 7},
		{"that beyond eight words", "Ray said over the phone to his old friend in the city that he lost.", 2, 2},
		{"quotation before that", "Ray said outside “the court” that he lost.", 2, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text)
			toks := d.tokenize(span{0, len(d.rs)})
			got, drop := frameThenClaim(toks, tc.at)
			if drop {
				got = -1
			}
			if got != tc.want {
				t.Errorf("frameThenClaim = %d (drop %v), want %d", got, drop, tc.want)
			}
		})
	}
}

// TestGByGerund: which participles after "by" are cues.
func TestGByGerund(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int // the participle
		want bool
	}{
		{"Ray calmed them by saying the deal held.", 4, true},
		{"Ray calmed them by saying that it held.", 4, true},
		{"Ray calmed them by saying he would stay.", 4, true},
		{"It was set up by warning letters.", 5, false},
		{"Ray calmed them by saying.", 4, false},
		{"By saying the deal held, Ray calmed them.", 1, false},
		{"Ray calmed them with saying the deal held.", 4, false},
		{"Ray calmed them, by saying the deal held.", 5, false},
		{"Ray by saying the deal held won.", 2, true},
		{"Ray calmed them by saying", 4, false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := newDoc(tc.text)
			toks := d.tokenize(span{0, len(d.rs)})
			if got := byGerund(toks, tc.k); got != tc.want {
				t.Errorf("byGerund(%q) = %v, want %v", toks[tc.k].text, got, tc.want)
			}
		})
	}
}

// TestGPossessedQuote: the name right before "’s" and a quotation mark.
func TestGPossessedQuote(t *testing.T) {
	for _, tc := range []struct {
		text string
		a, b int
	}{
		{"Bo Ray's “plan is bad”.", 0, 1},
		{"But Bo Ray's “plan is bad”.", 1, 2},
		{"Ray's “plan is bad”.", 0, 0},
		{"The mayor's “plan is bad”.", -1, -1}, // not a name
		{"Bo Ray's plan is “bad”.", -1, -1},    // no quotation right after
		{"It is Bo Ray's", -1, -1},             // the possessive ends the text
		{"“Bad,” Ray said.", -1, -1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := newDoc(tc.text)
			a, b := possessedQuote(d.tokenize(span{0, len(d.rs)}))
			if a != tc.a || b != tc.b {
				t.Errorf("possessedQuote = %d, %d; want %d, %d", a, b, tc.a, tc.b)
			}
		})
	}
}

// TestGFragmentRules: which rule gives the quoted fragments of the
// possessive-fragment article their speaker (the speaker alone does not
// tell "the running speaker's words about X" from "her own").
func TestGFragmentRules(t *testing.T) {
	d := extractG(t, "possessive-fragment")
	for _, tc := range []struct{ opens, rule string }{
		{"reckless plan threatens every farm", "possessive-fragment"},
		{"toll plan will ruin", "possessive-fragment"},
		{"new tax will hurt", "possessive-fragment"},
		{"budget is the best", "sentence-subject"},    // the possessor spoke before
		{"road will be paid for", "sentence-subject"}, //
		{"new plan will save every farm", "sentence-subject"},
	} {
		t.Run(tc.opens, func(t *testing.T) {
			if _, rule := speakerOf(d, tc.opens); rule != tc.rule {
				t.Errorf("rule %q, want %q", rule, tc.rule)
			}
		})
	}
}

// TestGPluralAcronym: the plural of an acronym is no name.
func TestGPluralAcronym(t *testing.T) {
	for w, want := range map[string]bool{"MPs": true, "CEOs": true, "MEPs": true, "NGOs": true, "Ms": false, "MP": false, "Mps": false, "ABS": false, "As": false, "mps": false, "Ann": false, "US": false, "UKs": true} {
		if got := pluralAcronym(w); got != want {
			t.Errorf("pluralAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestGFrontedGerund: which fronted participles are cues of a pronoun.
func TestGFrontedGerund(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int // the pronoun's index, -1 when none
	}{
		{"After insisting she is right, they left.", 2},
		{"After insisting on Monday she is right, they left.", 4},
		{"Despite warning that he would quit, Dale stayed.", 3},
		{"After insisting on a new vote on Monday she left.", -1}, // the pronoun past five words
		{"After insisting on it, she left.", -1},                  // a comma first
		{"After saying goodbye, Lee left.", -1},
		{"Then insisting she is right, they left.", -1},
		{"after insisting she is right", 2},
		{"After insisting he", 2},
		{"After insisting", -1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := newDoc(tc.text)
			if got := frontedGerund(d.tokenize(span{0, len(d.rs)}), 1); got != tc.want {
				t.Errorf("frontedGerund = %d, want %d", got, tc.want)
			}
		})
	}
}
