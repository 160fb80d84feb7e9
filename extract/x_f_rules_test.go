package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractPublished is extractFixture with a publication date, so that
// relative dates are resolved.
func extractPublished(t *testing.T, file, published string) *Draft {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "x-f-rules", file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(string(body), Options{SourceID: "t", BodyFile: "a.txt", Published: published})
}

// TestFRules runs the articles of testdata/x-f-rules, written by us to
// imitate failure kinds of batch F (docs/extract.md, section "x-f-rules"):
// each want is a statement's opening words and its speaker; each not is a
// name no drafted person or organization may have.
func TestFRules(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][2]string
		not  []string
	}{
		{"month-surname", [][2]string{
			{"The town needs a clear answer", "Ingrid May"},       // "Ingrid May said": given name + month
			{"she had not taken the decision", "Ingrid May"},      // "Mrs May said": honorific + month, tied to the full name
			{"I have thought about it over Easter", "Ingrid May"}, // "she added" after Mrs May
			{"the vote was a stunt", "Tom Friday"},                // "Councillor Tom Friday": title + given name + weekday
			{"She promised in early May", "Tom Friday"},           // "Mr Friday said": honorific + weekday
			{"the council had agreed", "Ingrid May"},              // "Mayor May told reporters on May 5": title + month; "May 5" a date
			{"the quay would open in July", "Lena Holt"},          // "On Easter Monday": a holiday, no surname
			{"the cranes were ready", "March"},                    // "Dr March": honorific + month
		}, []string{"Ingrid", "Tom", "Since May", "Easter Monday", "Easter", "Monday May", "Since", "Monday"}},
		{"age-description", [][2]string{
			{"The wind turned twice", "Nora Skog"},               // "said the 29-year-old, now top of …"
			{"Ida sailed brilliantly", "Nora Skog"},              // the quote's next paragraphs go on with her
			{"I will rest for a week", "Nora Skog"},              //
			{"The young crews are getting better", "Per Lund"},   // "said the 61-year-old former champion", after "according to Per Lund"
			{"Skog would sail in the autumn series", "Eva Dahl"}, // unchanged: a titled name
		}, nil},
		{"adjective-rank", [][2]string{
			{"a General Strike would start", "Ola Vik"},
			{"her General Field theory", "Ann Berg"},
			{"the strike was lawful", "Tor Dahl"},        // "Retired General Tor Dahl": still a rank
			{"We stand with the workers", "Lars Brenna"}, // "said General Lars Brenna"
		}, []string{"Strike", "Election", "Field", "Incident"}},
		{"ampersand-name", [][2]string{
			{"We will keep the mill busy", "K&T"},                  // "K&T said in a statement"
			{"shared buying", "K&T"},                               // "K&T, based in York, … said most savings …"
			{"K&T had pledged to keep the cider mill", "Per Holt"}, // the company inside a claim
			{"its food sales grew", "M&S"},
		}, []string{"K", "T", "S", "M"}},
		{"possessive-state", [][2]string{
			{"there had been", "Ann Lee"},              // "But Ruritania's Ann Lee said": a person the article has drafted
			{"the talks had been difficult", "Bo Ray"}, // "Spain's Bo Ray told": a state before the name
			{"We will meet again", "Ann Lee"},
			{"The ferry line is the key", "Bo Ray"},
		}, []string{"Ruritania's Ann Lee", "Spain's Bo Ray"}},
		{"qualified-title", [][2]string{
			{"his captain will be picked", "Bo Ray"}, // "Spain head coach Ray says": a state, then lower-case title words
			{"the sponsorship would go on", "Lee"},   // "Acme chief executive Lee said"
			{"he would carry on sailing", "Tim Roe"}, // "Roe stated after the race he …": unchanged
		}, []string{"Holt"}}, // "The head coach Holt": a determiner, still too weak
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractPublished(t, tc.file, "2026-05-04")
			wantSpeakers(t, d, tc.want, tc.not)
		})
	}
}

// TestFSurnameDates: a month or weekday is still a date where no name
// stands before it, or where a day number or a year follows it (rule
// calendar-surname).
func TestFSurnameDates(t *testing.T) {
	for _, tc := range []struct {
		name, sent string
		surname    []string // the words marked as surnames
	}{
		{"given name", "Theresa May said it.", []string{"May"}},
		{"honorific with stop", "Mrs. May said it.", []string{"May"}},
		{"title", "Prime Minister May said it.", []string{"May"}},
		{"abbreviated title", "Sen. March said it.", []string{"March"}},
		{"weekday after honorific", "Mr Friday said it.", []string{"Friday"}},
		{"weekday after title and given name", "Councillor Tom Friday said it.", nil}, // (found through "Mr Friday": markKnownSurnames)
		{"weekday after a titled name", "President Trump Tuesday signed the order.", nil},
		{"age after the name", "Theresa May, 60, said it.", []string{"May"}},
		{"day number", "Ann May 5 said it.", nil},
		{"year after comma", "They met Ann May, 2019 said it.", nil},
		{"weekday after a name", "Biden Monday signed the order.", nil},
		{"weekday after a title", "He met the Queen Monday.", nil},
		{"weekday and month", "On Monday May 4 the board met.", nil},
		{"early", "Early May brought rain.", nil},
		{"since", "Since May the board has met twice.", nil},
		{"in month and year", "It opened in May 2025.", nil},
		{"holiday", "On Easter Monday it rained.", nil},
		{"lower case", "He may say so.", nil},
		{"title case headline", "Harbour Council May Delay Quay Vote", nil},
		{"title case, honorific", "Mrs May Calls Snap Harbour Vote", []string{"May"}},
		{"sentence-case headline", "Theresa May calls snap election", []string{"May"}},
		{"a march", "They joined the Long March in spring.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := markSurnames(toksOf(tc.sent))
			var got []string
			for _, k := range toks {
				if k.surname {
					got = append(got, k.text)
				}
			}
			if len(got) != len(tc.surname) || len(got) > 0 && got[0] != tc.surname[0] {
				t.Errorf("surnames %v; want %v", got, tc.surname)
			}
		})
	}
}

// TestFAmpersandTokens: capitals joined by "&" are one word ("AT&T"),
// except abbreviations that name no one ("R&D"); spaced "&" stays apart
// (rule ampersand-name).
func TestFAmpersandTokens(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"K&T said", "K&T|said"},
		{"AT&T rose", "AT&T|rose"},
		{"its R&D budget", "its|R|&|D|budget"},
		{"a Q&A session", "a|Q|&|A|session"},
		{"Kestrel & Tarn", "Kestrel|&|Tarn"},
		{"salt&pepper", "salt|&|pepper"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, k := range toksOf(tc.in) {
				got = append(got, k.text)
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("tokens %s; want %s", g, tc.want)
			}
		})
	}
}

// TestFKnownSurnames: once the article reads a surname, the same word is
// one again as a cue's subject or object and after a given name, but not
// after a name in a title-case headline, where "May" may be the verb
// (rule calendar-surname, markKnownSurnames).
func TestFKnownSurnames(t *testing.T) {
	body := "Tories May Lose Seats In Harbour Vote\n\nMrs May said the vote would go ahead.\n\n\"We are ready,\" said May.\n\nTheresa May met the board.\n"
	d := Extract(body, Options{SourceID: "t", BodyFile: "a.txt"})
	if got, rule := speakerOf(d, "We are ready"); got != "Theresa May" {
		t.Errorf("speaker %s (%s); want Theresa May", got, rule)
	}
	for _, s := range newDoc(body).sents {
		for i, k := range s.toks {
			if k.surname && i > 0 && s.toks[i-1].text == "Tories" {
				t.Errorf("%q: “May” after “Tories” read as a surname", newDoc(body).text(s.span))
			}
		}
	}
}
