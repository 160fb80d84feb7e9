package extract

import (
	"fmt"
	"strings"
	"testing"
)

// Tests of h_layout.go (x-h-layout): page furniture before a first
// sentence, quotation paragraphs with no opening mark. Every article and
// sentence here is invented.

// hlSentences lists a text's sentences, "|" between them.
func hlSentences(text string) string { return strings.Join(Sentences(text), "|") }

// TestHLPageFurniture: a date line, a stamp, a byline with its date or
// a dateline before the first sentence is no part of it; a sentence that
// opens with a date or a name of its own keeps them.
func TestHLPageFurniture(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"corpus date line", " date 2024-01-10 Envoy Tom Dale met the minister.", "Envoy Tom Dale met the minister."},
		{"date line then a quote", "date 2023-06-24 “A dark day.” This is how Ann Lee saw it.", "“A dark day.”|This is how Ann Lee saw it."},
		{"stamp", "Published 10 January 2024 The minister resigned on Monday.", "The minister resigned on Monday."},
		{"stamp with colon, time and zone", "Updated: Jan. 10, 2024 5:00 p.m. ET “We won,” Berg said.", "“We won,” Berg said."},
		{"last updated", "Last updated on 3 March 2021 | 10:15 The port reopened.", "The port reopened."},
		{"byline bounded by its date", "By The Harbour Wire February 1, 2023 at 6:32am Tom Dale has retired.", "Tom Dale has retired."},
		{"bare date and time", "12.46 7 Jul 2022 The prime minister resigned.", "The prime minister resigned."},
		{"weekday date", "Monday, 19 June 2023 - The talks ended.", "The talks ended."},
		{"numeric date", "19/06/2023 The talks ended.", "The talks ended."},
		{"agency tag", "(Harbour Wire) — The port reopened after a week.", "The port reopened after a week."},
		{"dateline with a date", "Lusail, December 19: Coach Ivo Brand says the door is open.", "Coach Ivo Brand says the door is open."},
		{"dateline, date and agency", "Kesk, March 3 (Harbour Wire) - The port reopened after a week.", "The port reopened after a week."},
		{"date line and dateline", " date 2022-12-19 Lusail, December 19: Coach Ivo Brand says the door is open.", "Coach Ivo Brand says the door is open."},
		{"a byline alone", "By The Harbour Wire February 1, 2023 at 6:32am\nTom Dale has retired.", "Tom Dale has retired."},
		{"a date line alone", "Updated: December 18 2022, 9.57pm\nTom Dale has retired.", "Tom Dale has retired."},
		// the sentence's own words
		{"a fronted date", "On January 5 Ann Lee said it.", "On January 5 Ann Lee said it."},
		{"a year before a name", "2022 World Cup winners Argentina arrived in Doha on Monday.", "2022 World Cup winners Argentina arrived in Doha on Monday."},
		{"a date as subject", "June 24, 2023 marks a year since the mutiny began in the south.", "June 24, 2023 marks a year since the mutiny began in the south."},
		{"by and a weekday", "By Monday Ukraine had won back the town on the river.", "By Monday Ukraine had won back the town on the river."},
		{"by and a name with no date", "By Tom Dale and Ann Lee, the report was written in a week.", "By Tom Dale and Ann Lee, the report was written in a week."},
		{"a stamp word as a word", "Updated guidance from the agency says masks help.", "Updated guidance from the agency says masks help."},
		{"published in", "Published in 2024, the study found that sleep helps.", "Published in 2024, the study found that sleep helps."},
		{"a lone time", "9.30 Ministers met in the capital on Monday to talk.", "9.30 Ministers met in the capital on Monday to talk."},
		{"an apposition", "Kellogg, a retired general, said the talks were close.", "Kellogg, a retired general, said the talks were close."},
		{"a wire dateline in capitals stays for its own rules", "OSLO (Harbour Wire) - The port reopened after a week.", "OSLO (Harbour Wire) - The port reopened after a week."},
		{"a headline's dash", "Berlin, May 2 - Ukraine talks", "Berlin, May 2 - Ukraine talks"},
		{"a headline's tag", "(Harbour Wire) - Port reopens", "(Harbour Wire) - Port reopens"},
		{"furniture before lower case", "Published 10 January 2024 and read by many, the report stands.", "Published 10 January 2024 and read by many, the report stands."},
		{"agency then no dash", "(Harbour Wire) The port reopened after a week of strikes.", "(Harbour Wire) The port reopened after a week of strikes."},
		{"place, date, nothing", "Lusail, December 19 was the day the cup was won at last.", "Lusail, December 19 was the day the cup was won at last."},
		{"place in capitals, date, colon", "KESK, March 3: The port reopened after a week of strikes.", "KESK, March 3: The port reopened after a week of strikes."},
		{"a region between", "Kesk, Norland, March 3 - The port reopened after a week.", "The port reopened after a week."},
		{"a name and a comma", "Tom Dale, 3 March - The port reopened after a week.", "The port reopened after a week."},
		{"at after a comma", "Updated January 1, 2024, at 6:32am The port reopened.", "The port reopened."},
		{"a stamp ending in p.m.", "Updated 10 January 2024 6:32 p.m. The minister resigned.", "The minister resigned."},
		{"a stamp ending in at", "Published 10 January 2024 at", "Published 10 January 2024 at"},
		{"a stamp alone", "Updated:", "Updated:"},
		{"a lone time alone", "9.30\nThe port reopened.", "The port reopened."},
		{"five pieces: four are read", "date 2024-01-10 date 2024-01-11 date 2024-01-12 date 2024-01-13 date 2024-01-14 The port reopened.", "date 2024-01-10 date 2024-01-11 date 2024-01-12 date 2024-01-13 date 2024-01-14 The port reopened."},
		{"two pieces", "date 2024-01-10 Published 10 January 2024 The port reopened.", "The port reopened."},
		{"a byline of six words", "By Ann Bea Cal Dee Eve Fay 10 January 2024 The port reopened.", "The port reopened."},
		{"a byline of seven words", "By Ann Bea Cal Dee Eve Fay Gus 10 January 2024 The port reopened.", "By Ann Bea Cal Dee Eve Fay Gus 10 January 2024 The port reopened."},
		{"a byline after a date line", "date 2024-01-10 By Ann Bea Cal Dee 10 January 2024 The port reopened.", "The port reopened."},
		{"a byline with and and a comma", "By Ann Lee and Tom Dale, 10 January 2024 The port reopened.", "The port reopened."},
		{"a byline with initials and &", "By A. Lee & Tom 10 January 2024 The port reopened.", "The port reopened."},
		{"a byline with a lower-case word", "By Ann Lee of Harbour Wire 10 January 2024 The port reopened.", "By Ann Lee of Harbour Wire 10 January 2024 The port reopened."},
		{"by and a date, no name", "By January 10, 2024 The port had reopened.", "By January 10, 2024 The port had reopened."},
		{"a tag of four words", "(Harbour Wire News Desk) — The port reopened after a week.", "The port reopened after a week."},
		{"a tag of five words", "(Harbour Wire North News Desk) — The port reopened after a week.", "(Harbour Wire North News Desk) — The port reopened after a week."},
		{"a tag with a comma and a date", "(Wire, 3 March) — The port reopened after a week.", "The port reopened after a week."},
		{"a tag with a dash", "(Wire - 3 March) — The port reopened after a week.", "The port reopened after a week."},
		{"an empty tag", "() — The port reopened after a week of strikes.", "() — The port reopened after a week of strikes."},
		{"a place of four words", "Kesk Upon Tyne Ford, March 3 - The port reopened after a week.", "Kesk Upon Tyne Ford, March 3 - The port reopened after a week."},
		{"a region of three words", "Kesk, North Sea Coast, March 3 - The port reopened after a week.", "The port reopened after a week."},
		{"an empty region", "Kesk, , March 3 - The port reopened after a week.", "Kesk, , March 3 - The port reopened after a week."},
		{"a tag after the place and date", "Kesk, March 3 (Harbour Wire) The port reopened after a week.", "Kesk, March 3 (Harbour Wire) The port reopened after a week."},
		{"a place before a lower-case word", "Kesk, March 3 the port reopened after a week of strikes.", "Kesk, March 3 the port reopened after a week of strikes."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hlSentences(tc.text); got != tc.want {
				t.Errorf("sentences %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHLDateParts: the words of a date line, and words that are none.
func TestHLDateParts(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want byte
	}{
		{"January", 'm'}, {"Sept.", 'm'}, {"jul", 'm'}, {"Monday", 'w'}, {"Tues", 'w'},
		{"2024-01-10", 'i'}, {"10/01/2024", 'i'}, {"10.01.2024", 'i'}, {"ET", 'z'}, {"p.m", 'z'},
		{"6:32am", 't'}, {"9.57pm", 't'}, {"12.46", 't'}, {"23:59", 't'},
		{"1st", 'd'}, {"22nd", 'd'}, {"3rd", 'd'}, {"4th", 'd'}, {"31", 'd'}, {"7", 'd'},
		{"2023", 'y'}, {"1999", 'y'},
		{"32", 0}, {"0", 0}, {"00", 0}, {"1/1/2024", 'i'}, {"2024/01/10", 'i'}, {"10/001/2024", 0}, {"12345/01/10", 0}, {"24:00", 't'}, {"9:05", 't'}, {"123.45", 0}, {"1999th", 0}, {"2100", 0}, {"1800", 0}, {"25:00", 0}, {"12:60", 0},
		{"12.4", 0}, {"123:45", 0}, {"1/2", 0}, {"1.2.3", 0}, {"Ukraine", 0}, {"4x", 0}, {"10/1/1", 0},
	} {
		if got := dateParts(tc.w); got != tc.want {
			t.Errorf("dateParts(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// hlQuotes lists a text's quotations: words, group, paragraph.
func hlQuotes(text string) string {
	d := newDoc(text)
	var qs []string
	for _, q := range d.quotes {
		qs = append(qs, fmt.Sprintf("%q g%d p%d", d.text(q.inner), q.group, q.para))
	}
	return strings.Join(qs, "; ")
}

// TestHLUnmarkedParagraphs: a quotation's later paragraphs with no
// opening mark of their own, up to the closing mark, are its own; a
// paragraph whose first mark opens, a line broken mid-sentence, or a
// closing mark too far on are not.
func TestHLUnmarkedParagraphs(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"two paragraphs", "She said:\n“We acted fast. We will act again.\nFor these reasons, the rules stay.”\nThe board agreed.",
			`"We acted fast. We will act again." g1 p1; "For these reasons, the rules stay." g1 p2`},
		{"three paragraphs", "“We acted fast.\nWe will act again.\nThe rules stay.” Lee said.",
			`"We acted fast." g1 p0; "We will act again." g1 p1; "The rules stay." g1 p2`},
		{"the closing mark four paragraphs on", "“We acted fast.\nWe will act again.\nThe rules stay.\nThey are good.” Lee said.",
			`"We acted fast." g1 p0; "We will act again." g1 p1; "The rules stay." g1 p2; "They are good." g1 p3`},
		{"the closing mark too far", "“We acted fast.\nThe board met.\nIt agreed.\nIt voted.\nThey are good.” Lee said.",
			`"We acted fast." g1 p0`},
		{"straight marks", "\"We acted fast.\nThe rules stay,\" Lee said.",
			`"We acted fast." g1 p0; "The rules stay," g1 p1`},
		{"an opening mark first", "“We acted fast.\nThe board met. “We will act again,” Lee said.",
			`"We acted fast." g1 p0; "We will act again," g2 p1`},
		{"a straight opening mark first", "“We acted fast.\nThe board met. \"We will act,\" Lee said.",
			`"We acted fast." g1 p0; "We will act," g2 p1`},
		{"a line broken mid-sentence", "“We acted fast and\nthe rules stay,” Lee said.", `"We acted fast and" g1 p0`},
		{"a closing mark after a space", "“We acted fast.\nThe board met ” at noon.", `"We acted fast." g1 p0`},
		{"a single mark opens the next", "“We acted fast.\n‘The rules stay.” Lee said.", `"We acted fast." g1 p0`},
		{"a headline between", "“We acted fast.\nHarbour Day Comes\nThe rules stay.” Lee said.", `"We acted fast." g1 p0`},
		{"a link line between", "“We acted fast.\nThe board met.\nRead more: the port\nThe rules stay.” Lee said.", `"We acted fast." g1 p0`},
		{"an embedded post between", "“We acted fast.\nThe board met.\n— Ann Lee (@annlee) June 22, 2016\nThe rules stay.” Lee said.", `"We acted fast." g1 p0`},
		{"no mark at all after", "“We acted fast.\nThe board met.\nIt agreed.", `"We acted fast." g1 p0`},
		{"a closing mark after a dash", "“We acted fast.\nThe rules stay for now—” Lee said.", `"We acted fast." g1 p0; "The rules stay for now—" g1 p1`},
		{"a question ends the one before", "“Why act now?\nBecause the rules stay.” Lee said.", `"Why act now?" g1 p0; "Because the rules stay." g1 p1`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hlQuotes(tc.text); got != tc.want {
				t.Errorf("quotes %s, want %s", got, tc.want)
			}
		})
	}
}

// hlStatements drafts a text and lists its statements as
// "kind speaker: text".
func hlStatements(text string) []string {
	dr := Extract(text, Options{SourceID: "hl", Published: "2023-06-19"})
	var out []string
	for _, s := range dr.Statements {
		who := "nobody"
		if s.Speaker != nil {
			who = s.Speaker.Name
		}
		out = append(out, s.Kind+" "+who+": "+s.Text)
	}
	return out
}

func hlHas(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

// TestHLDrafts: whole articles whose quotes and claims the furniture and
// the unmarked paragraphs hid.
func TestHLDrafts(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a first paragraph opened by a date line",
			" date 2023-06-19 Envoy Tom Dale met the harbour minister for an hour on Monday, saying afterward the two sides “agree on the need to talk” more often.\n\nThe talks will go on in July.",
			[]string{"direct Tom Dale: agree on the need to talk", "reported Tom Dale: afterward the two sides “agree on the need to talk” more often"}},
		{"a quotation's second paragraph",
			"Health agency declares emergency\n\nThe agency's chief, Dr Mara Quell, spoke to reporters in Geneva on Saturday.\n\nShe said;\n\n“We have an outbreak that has spread quickly. I called the committee again.\n\nFor these reasons, I have decided that the outbreak is an emergency.”\n\nSeveral governments welcomed the decision.",
			[]string{"direct Mara Quell: We have an outbreak that has spread quickly. I called the committee again", "direct Mara Quell: For these reasons, I have decided that the outbreak is an emergency"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := hlStatements(tc.text)
			for _, w := range tc.want {
				if !hlHas(got, w) {
					t.Errorf("no %q among %q", w, got)
				}
			}
		})
	}
}

// hlPeople lists the people a draft names.
func hlPeople(text string) []string {
	var out []string
	for _, e := range Extract(text, Options{SourceID: "hl", Published: "2023-06-19"}).Entities {
		if e.Kind == KindPerson {
			out = append(out, e.Name)
		}
	}
	return out
}

// TestHLSubheadings: a subheading that opens with its verb names no one:
// not as a speaker after the verb, not as a full name of a surname.
func TestHLSubheadings(t *testing.T) {
	const strike = "Harbour strike ends after talks\n\nMayor Lena Varga said on Monday the strike was over.\n\n\"The city is back at work,\" Varga said.\n\n"
	for _, tc := range []struct {
		name, text string
		people     []string
		statement  string // one statement the draft must hold
	}{
		{"a cue verb opens the subheading", strike + "Urged Dockers to return\n\nHe described the deal as a \"fair outcome for everyone\" and urged dockers to return.",
			[]string{"Lena Varga"}, "direct Lena Varga: fair outcome for everyone"},
		{"a cue verb, a surname after", "Harbour deal signed\n\nThe harbour deal was signed on Monday.\n\nPraised Holm for the deal\n\nUnion leaders backed the deal in a statement.\n\n\"It is fair,\" Holm said.",
			[]string{"Holm"}, "direct Holm: It is fair"},
		{"a word written in lower case elsewhere", "Harbour deal signed\n\nThe harbour deal was signed on Monday.\n\nBacked Holm for the deal\n\nUnion leaders backed the deal in a statement.\n\n\"It is fair,\" Holm said.",
			[]string{"Holm"}, "direct Holm: It is fair"},
		{"a name opens the headline", "Ann Holm signs harbour deal\n\nThe deal was signed on Monday.\n\n\"It is fair,\" Holm said.",
			[]string{"Ann Holm"}, "direct Ann Holm: It is fair"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hlPeople(tc.text); strings.Join(got, "|") != strings.Join(tc.people, "|") {
				t.Errorf("people %q, want %q", got, tc.people)
			}
			if got := hlStatements(tc.text); tc.statement != "" && !hlHas(got, tc.statement) {
				t.Errorf("no %q among %q", tc.statement, got)
			}
		})
	}
}

// TestHLMatchUnattributed: a quote with no speaker that repeats one
// known quote closely enough becomes its re-report; a short phrase, two
// speakers' words, another time, its own source or a negation keep it
// unattributed.
func TestHLMatchUnattributed(t *testing.T) {
	const quote = "The harbour will reopen in March once the new cranes are working"
	k := func(id, speaker, text, when string) KnownStatement {
		return KnownStatement{ID: id, Speaker: speaker, Kind: "direct", Text: text, Source: "wire", When: when}
	}
	for _, tc := range []struct {
		name, text string
		known      []KnownStatement
		want       string // the re-reported id, "" for none
	}{
		{"contained whole", "will reopen in March once the new cranes are working", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, "wire-s1"},
		{"identical, two content words", "harbour reopening", []KnownStatement{k("wire-s1", "varga", "Harbour reopening", "2026-08-01")}, "wire-s1"},
		{"a run of eight words", "Dockers know that the harbour will reopen in March once the new cranes run", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, "wire-s1"},
		{"another outlet's wording", "the harbour is to reopen in March with the new cranes", []KnownStatement{{ID: "wire-s1", Speaker: "varga", Kind: "direct", Text: "Soon", Source: "wire", When: "2026-08-01", Wordings: []string{"The harbour is to reopen in March with the new cranes, she said"}}}, "wire-s1"},
		{"the better of one speaker's two", "the harbour will reopen in March once all of the new cranes are working", []KnownStatement{k("wire-s1", "varga", "As planned, the harbour will reopen in March once of the new cranes are working", "2026-08-01"), k("wire-s2", "varga", "The harbour will reopen in March once all of the new cranes are working", "2026-08-01")}, "wire-s2"},
		{"nine of ten content words", "harbour cranes reopen March strike pay talks union dockers ended", []KnownStatement{k("wire-s1", "varga", "harbour cranes reopen March walkout pay talks union dockers ended", "2026-08-01")}, "wire-s1"},
		{"four content words", "reopen in March once the cranes", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, "wire-s1"},
		{"three content words", "reopen in March once", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, ""},
		{"too few content words", "reopen in March", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, ""},
		{"one content word, identical", "reopening", []KnownStatement{k("wire-s1", "varga", "Reopening", "2026-08-01")}, ""},
		{"two speakers' words", "will reopen in March once the new cranes are working", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01"), k("wire-s2", "holm", quote, "2026-08-01")}, ""},
		{"another time", "will reopen in March once the new cranes are working", []KnownStatement{k("wire-s1", "varga", quote, "2026-03-01")}, ""},
		{"a claim", "will reopen in March once the new cranes are working", []KnownStatement{{ID: "wire-s1", Speaker: "varga", Kind: "reported", Text: quote, Source: "wire", When: "2026-08-01"}}, ""},
		{"its own source", "will reopen in March once the new cranes are working", []KnownStatement{{ID: "hl-s1", Speaker: "varga", Kind: "direct", Text: quote, Source: "hl", When: "2026-08-01"}}, ""},
		{"no id", "will reopen in March once the new cranes are working", []KnownStatement{{Speaker: "varga", Kind: "direct", Text: quote, Source: "wire", When: "2026-08-01"}}, ""},
		{"a negation", "will not reopen in March once the new cranes are working", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, ""},
		{"other figures", "The harbour will reopen on 3 March once the 12 new cranes are working", []KnownStatement{k("wire-s1", "varga", "The harbour will reopen on 3 March once the 14 new cranes are working", "2026-08-01")}, ""},
		{"alike, not contained", "The harbour may reopen in May if the old cranes are working", []KnownStatement{k("wire-s1", "varga", quote, "2026-08-01")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &Draft{SourceID: "hl", Published: "2026-08-02", Unattributed: []Statement{{Kind: "direct", Text: tc.text, Evidence: []string{"“" + tc.text + ",” the radio heard."}}}}
			d.MatchUnattributed(tc.known)
			got := ""
			if len(d.Statements) == 1 && d.Statements[0].Rereport != nil {
				got = d.Statements[0].Rereport.ID
			}
			if got != tc.want || (got == "") != (len(d.Unattributed) == 1) {
				t.Fatalf("re-report of %q, %d left unattributed; want %q", got, len(d.Unattributed), tc.want)
			}
			if got != "" && (d.Statements[0].Rereport.Via != "") != (tc.name == "another outlet's wording") {
				t.Errorf("via %q", d.Statements[0].Rereport.Via)
			}
			if got != "" {
				s := d.Statements[0]
				if s.Speaker == nil || s.Speaker.ID != "varga" || s.Rule != "quote/re-report-wording" || s.Text != tc.text {
					t.Errorf("statement %+v, want varga's re-report with its own words", s)
				}
			}
		})
	}
}

// TestHLMatchUnattributedJoins: a quote with no speaker that repeats a
// statement another drafted statement re-reports joins that entry; the
// speaker's entity is the draft's when it has one.
func TestHLMatchUnattributedJoins(t *testing.T) {
	const quote = "The harbour will reopen in March once the new cranes are working"
	known := []KnownStatement{{ID: "wire-s1", Speaker: "varga", Kind: "direct", Text: quote, Source: "wire", When: "2026-08-01"}}
	varga := &Entity{Kind: KindPerson, ID: "varga", Name: "Lena Varga", Known: true}
	d := &Draft{SourceID: "hl", Published: "2026-08-02", Entities: []*Entity{varga},
		Statements:   []Statement{{Speaker: varga, Kind: "direct", Text: quote, Evidence: []string{"A"}, Rereport: &Match{KnownStatement: known[0]}}},
		Unattributed: []Statement{{Kind: "direct", Text: "will reopen in March once the new cranes are working", Evidence: []string{"B"}}, {Kind: "direct", Text: quote, Evidence: []string{"A"}}}}
	d.MatchUnattributed(known)
	if len(d.Statements) != 1 || len(d.Unattributed) != 0 || strings.Join(d.Statements[0].Evidence, "|") != "A|B" || d.Statements[0].Text != "" {
		t.Fatalf("statements %+v, unattributed %+v: want one entry with both passages and no one text", d.Statements, d.Unattributed)
	}
	d = &Draft{SourceID: "hl", Published: "2026-08-02", Entities: []*Entity{{Kind: KindOrganization, ID: "port", Name: "Port"}, varga},
		Unattributed: []Statement{{Kind: "direct", Text: quote, Evidence: []string{"B"}}}}
	d.MatchUnattributed(known)
	if len(d.Statements) != 1 || d.Statements[0].Speaker != varga {
		t.Fatalf("statements %+v: want the draft's own entity for varga", d.Statements)
	}
	d = &Draft{SourceID: "hl", Published: "2026-08-02",
		Statements:   []Statement{{Speaker: varga, Kind: "direct", Text: quote, Evidence: []string{"A"}, Rereport: &Match{KnownStatement: known[0]}}},
		Unattributed: []Statement{{Kind: "direct", Text: quote, Evidence: []string{"B"}}}}
	d.MatchUnattributed(known)
	if len(d.Statements) != 1 || d.Statements[0].Text != quote {
		t.Fatalf("statements %+v: the same words joined keep the entry's text", d.Statements)
	}
	if e := (&Draft{}).knownSpeaker("holm"); e.ID != "holm" || !e.Known || e.Kind != KindPerson {
		t.Errorf("knownSpeaker of an id the draft lacks = %+v", e)
	}
}

// TestHLCorporateAlias: a company drafted without its suffix keeps the
// name the article writes whole as an alias, with its full stop.
func TestHLCorporateAlias(t *testing.T) {
	for _, tc := range []struct{ name, text, org, aliases string }{
		{"Co. with its stop", "Zenko Brothers Co. named Ann Lee its chief on Friday.\n\n\"Sales rose,\" the company said on Monday.", "Zenko Brothers", "Zenko Brothers Co."},
		{"Inc without a stop", "Harrow Paints Inc cut 40 jobs on Friday.\n\n\"Demand has fallen,\" the firm said on Monday.", "Harrow Paints", "Harrow Paints Inc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Extract(tc.text, Options{SourceID: "hl", Published: "2023-06-19"})
			var got []string
			for _, e := range d.Entities {
				if e.Kind == KindOrganization {
					got = append(got, e.Name+" ["+strings.Join(e.Aliases, "|")+"]")
				}
			}
			if want := tc.org + " [" + tc.aliases + "]"; !hlHas(got, want) {
				t.Errorf("organizations %q, want %q", got, want)
			}
		})
	}
	x := &extractor{d: newDoc("Zenko Co"), reg: newRegistry(nil)}
	o := &Entity{Kind: KindOrganization, ID: "zenko", Name: "Zenko"}
	x.corporateAlias(o, x.d.sents[0].toks[:2]) // the name ends the text
	if strings.Join(o.Aliases, "|") != "Zenko Co" {
		t.Errorf("aliases %q, want Zenko Co", o.Aliases)
	}
	x = &extractor{d: newDoc("Zenko Co."), reg: newRegistry(nil)}
	o = &Entity{Kind: KindOrganization, ID: "zenko", Name: "Zenko", Known: true}
	x.corporateAlias(o, x.d.sents[0].toks[:2])
	if len(o.Aliases) != 0 {
		t.Errorf("a known organization got aliases %q", o.Aliases)
	}
	o = &Entity{Kind: KindOrganization, ID: "zenko", Name: "Zenko"}
	x.corporateAlias(o, x.d.sents[0].toks[:1]) // the name itself: no alias
	x.corporateAlias(o, nil)
	if len(o.Aliases) != 0 {
		t.Errorf("aliases %q, want none", o.Aliases)
	}
	o = &Entity{Kind: KindOrganization, ID: "zenko", Name: "Zenko", Aliases: []string{"Zenko Co."}}
	x.corporateAlias(o, x.d.sents[0].toks[:2])
	x.corporateAlias(nil, x.d.sents[0].toks[:2])
	if len(o.Aliases) != 1 {
		t.Errorf("aliases %q, want one", o.Aliases)
	}
}

// TestHLLayoutWords: the prefix reader's words, their spans, and its limit.
func TestHLLayoutWords(t *testing.T) {
	rs := []rune("By Ann, 6:32am — 2023-06-19 a.m.")
	var got []string
	for _, w := range layoutWords(rs, 0, len(rs), 40) {
		got = append(got, fmt.Sprintf("%s[%d:%d]", w.s, w.start, w.end))
	}
	if want := "By[0:2] Ann[3:6] ,[6:7] 6:32am[8:14] —[15:16] 2023-06-19[17:27] a.m[28:31] .[31:32]"; strings.Join(got, " ") != want {
		t.Errorf("words %s, want %s", strings.Join(got, " "), want)
	}
	if n := len(layoutWords(rs, 0, len(rs), 2)); n != 2 {
		t.Errorf("%d words read, want the limit 2", n)
	}
}
