package extract

import (
	"os"
	"strings"
	"testing"
)

// Pairs of self-written articles: a second outlet reports remarks of the
// first, reworded or trimmed, beside remarks of its own.
func TestMatchKnownArticlePairs(t *testing.T) {
	port := func(name string) string {
		data, err := os.ReadFile("../cmd/kb/testdata/rereport/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	fixture := func(name string) string {
		data, err := os.ReadFile("testdata/rereport/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	tests := []struct {
		name                string
		first, second       string
		firstPub, secondPub string
		want                map[string]string // second's statement text -> the first's text it re-reports ("" for new)
	}{
		{
			name:  "reworded and trimmed by another outlet",
			first: port("port-wire.txt"), second: port("port-courier.txt"),
			firstPub: "2026-03-02", secondPub: "2026-03-03",
			want: map[string]string{
				"the rest of the things will work out fairly well":             "I think the rest will work out fairly well",
				"the last 10 meters to the goal are always the most difficult": "The last 10 metres are always the hardest",
			},
		},
		{
			name:     "one remark trimmed, one new",
			first:    "Lind hails her team\n\nSTOCKHOLM, May 3 (Example Sport) - Coach Maria Lind said after the match: “We played with our hearts tonight and the fans carried us.”\n\nLind said the team would rest on Sunday.\n",
			second:   "Cup: Lind's side through\n\n“We played with our hearts,” coach Maria Lind told reporters on Saturday. “The referee made some strange decisions,” Lind said.\n",
			firstPub: "2026-05-03", secondPub: "2026-05-04",
			want: map[string]string{
				"We played with our hearts":               "We played with our hearts tonight and the fans carried us",
				"The referee made some strange decisions": "",
			},
		},
		{
			// fragments: a piece of a remark quoted whole before, and a
			// quote holding a known piece; a negation left out stays new;
			// overlapping pieces of one answer (a run of MinRun words)
			name:  "fragments of one remark, by another outlet",
			first: fixture("dock-wire.txt"), second: fixture("dock-herald.txt"),
			firstPub: "2026-08-01", secondPub: "2026-08-02",
			want: map[string]string{
				"We're really, really close": "really close",
				"two meters":                 "We are about the last two meters away",
				"Once the fees are settled, it will all fall into place":                                             "",
				"The night shifts will be cut":                                                                       "",
				"Now the fees are agreed and the cranes are ordered for the winter, so the dock can reopen in March": "We started these talks in the spring and nobody believed us. Now the fees are agreed and the cranes are ordered for the winter",
			},
		},
		{
			name:     "different remarks of one speaker on one day",
			first:    "Alder sets out terms\n\nSenator Tom Alder said: “We will not accept any deal that gives away land.” He also said: “The budget must pass before the summer.”\n",
			second:   "Alder on talks\n\n“We will not accept a ceasefire without guarantees,” Senator Tom Alder said. “The budget is not my priority this week,” Alder said. “Our farmers need rain more than speeches,” he said.\n",
			firstPub: "2026-06-10", secondPub: "2026-06-10",
			want: map[string]string{
				"We will not accept a ceasefire without guarantees": "",
				"The budget is not my priority this week":           "",
				"Our farmers need rain more than speeches":          "",
			},
		},
		{
			// retold by a second outlet (a word moved, other inflections
			// and verbs); the same speaker's other remarks of the week
			// stay new: other figures, a word replaced in a short remark
			name:     "retold in other words, beside alike remarks that are other claims",
			first:    "Holm on the mill\n\nMayor Karin Holm said: “If we get those three permits signed, I think the rest of the project will move along quite fast.” She added: “The mill will pay 40 million to the farmers in the north.” Holm also said: “The strike at the port will end on Monday.”\n",
			second:   "Mill deal near\n\n“If we sign these three permits, I believe the rest of the project will go quite fast,” Mayor Karin Holm said. “The mill will pay 14 million to the farmers in the north,” Holm said. “The strike at the port will spread on Monday,” she said.\n",
			firstPub: "2026-09-01", secondPub: "2026-09-02",
			want: map[string]string{
				"If we sign these three permits, I believe the rest of the project will go quite fast": "If we get those three permits signed, I think the rest of the project will move along quite fast",
				"The mill will pay 14 million to the farmers in the north":                             "",
				"The strike at the port will spread on Monday":                                         "",
			},
		},
		{
			name:     "the same words months apart are a new statement",
			first:    "Alder sets out terms\n\nSenator Tom Alder said: “We will not accept any deal that gives away land.”\n",
			second:   "Alder repeats himself\n\nSenator Tom Alder said: “We will not accept any deal that gives away land.”\n",
			firstPub: "2026-01-10", secondPub: "2026-06-10",
			want: map[string]string{"We will not accept any deal that gives away land": ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := Extract(tt.first, Options{SourceID: "first", Published: tt.firstPub, BodyFile: "first.txt"})
			known := first.Defined()
			texts := map[string]string{}
			for _, k := range known {
				texts[k.ID] = k.Text
			}
			second := Extract(tt.second, Options{SourceID: "second", Published: tt.secondPub, BodyFile: "second.txt"})
			second.MatchKnown(known)
			got := map[string]string{}
			for _, s := range second.Statements {
				if s.Kind != "direct" {
					continue
				}
				got[s.Text] = ""
				if s.Rereport != nil {
					got[s.Text] = texts[s.Rereport.ID]
				}
			}
			for text, want := range tt.want {
				g, ok := got[text]
				if !ok {
					t.Errorf("the second article's quote %q was not drafted (drafted: %v)", text, got)
					continue
				}
				if g != want {
					t.Errorf("%q re-reports %q, want %q", text, g, want)
				}
			}
			if y := string(second.YAML()); strings.Contains(y, "re-report of") != (len(known) > 0 && hasMatch(tt.want)) {
				t.Errorf("the draft's comments disagree with the matches:\n%s", y)
			}
		})
	}
}

// A remark alike but not the same is drafted as new, with the candidate
// named in a comment.
func TestMatchKnownNearMiss(t *testing.T) {
	first := Extract("Alder on guarantees\n\nSenator Tom Alder said: “Security guarantees for Ukraine must come first.”\n", Options{SourceID: "first", Published: "2026-06-10", BodyFile: "first.txt"})
	second := Extract("Alder on later talks\n\nSenator Tom Alder said: “Security guarantees for Ukraine are a matter for later talks.”\n", Options{SourceID: "second", Published: "2026-06-11", BodyFile: "second.txt"})
	second.MatchKnown(first.Defined())
	var near *Match
	for _, s := range second.Statements {
		if s.Kind == "direct" {
			if s.Rereport != nil {
				t.Fatalf("%q was taken as a re-report of %q", s.Text, s.Rereport.Text)
			}
			near = s.Near
		}
	}
	if near == nil || near.ID != "first-s1" {
		t.Fatalf("no near miss named: %+v\n%s", near, second.YAML())
	}
	if y := string(second.YAML()); !strings.Contains(y, "  # near miss, drafted as new: first-s1 (first) “Security guarantees for Ukraine must come first”; similarity 0.") {
		t.Errorf("the draft does not name the near miss:\n%s", y)
	}
}

func hasMatch(m map[string]string) bool {
	for _, v := range m {
		if v != "" {
			return true
		}
	}
	return false
}

func TestCloseInTime(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2026-03-02", "2026-03-16", true},
		{"2026-03-02", "2026-03-17", false},
		{"2025-W49", "2025-12-20", true},
		{"2025-W49", "2026-01-20", false},
		{"2026-01", "2026-02-10", true},
		{"2026", "2020-01-01", true},
		{"", "2026-01-01", true},
	}
	for _, tt := range tests {
		if got := closeInTime(tt.a, tt.b); got != tt.want {
			t.Errorf("closeInTime(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// A quote that holds two known ones whole is the re-report of the one
// worded like it, not of whichever is listed first: both contain it with
// similarity 1, the one sharing more words wins.
func TestMatchKnownPrefersTheFullerWording(t *testing.T) {
	body := "Berg writes to staff\n\n“The town stands with you, and we will come through this together. We will rebuild the plant in Ostfeld before the winter,” Mayor Ann Berg wrote to staff.\n"
	d := Extract(body, Options{SourceID: "third", Published: "2026-04-02", BodyFile: "third.txt"})
	var sp string
	for _, s := range d.Statements {
		if s.Kind == "direct" {
			sp = s.Speaker.ID
		}
	}
	if sp == "" {
		t.Fatalf("no quote drafted:\n%s", d.YAML())
	}
	known := []KnownStatement{
		{ID: "second-s1", Speaker: sp, Source: "second", When: "2026-04-01", Text: "We will rebuild the plant in Ostfeld before the winter"},
		{ID: "first-s1", Speaker: sp, Source: "first", When: "2026-04-01", Text: "The town stands with you, and we will come through this together. We will rebuild the plant in Ostfeld before the winter."},
	}
	d.MatchKnown(known)
	for _, s := range d.Statements {
		if s.Kind != "direct" {
			continue
		}
		if s.Rereport == nil || s.Rereport.ID != "first-s1" {
			t.Errorf("%q re-reports %+v, want first-s1", s.Text, s.Rereport)
		}
	}
}

// A third outlet may repeat a second outlet's words of a remark rather
// than the first report's: "the dock can reopen in March" is a fragment of
// the Herald's wording, not of the Wire's text. With the Herald's words
// among the statement's wordings (as the database records them), it is a
// re-report of the Wire's statement; without them, a new statement.
func TestMatchKnownOtherOutletsWording(t *testing.T) {
	read := func(name string) string {
		data, err := os.ReadFile("testdata/rereport/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	wire := Extract(read("dock-wire.txt"), Options{SourceID: "dock-wire", Published: "2026-08-01", BodyFile: "dock-wire.txt"})
	herald := Extract(read("dock-herald.txt"), Options{SourceID: "dock-herald", Published: "2026-08-02", BodyFile: "dock-herald.txt"})
	known := wire.Defined()
	herald.MatchKnown(known)
	for _, withWordings := range []bool{true, false} {
		ks := append([]KnownStatement{}, known...)
		if withWordings {
			for _, s := range herald.Statements {
				for i := range ks {
					if s.Rereport != nil && ks[i].ID == s.Rereport.ID {
						ks[i].Wordings = append(ks[i].Wordings, s.Text)
					}
				}
			}
		}
		radio := Extract(read("dock-radio.txt"), Options{SourceID: "dock-radio", Published: "2026-08-03", BodyFile: "dock-radio.txt"})
		radio.MatchKnown(ks)
		var got *Match
		for _, s := range radio.Statements {
			if s.Kind == "direct" && strings.Contains(s.Text, "reopen in March") {
				got = s.Rereport
			}
		}
		switch {
		case withWordings && (got == nil || !strings.Contains(got.Text, "cranes are ordered") || !strings.Contains(got.Via, "reopen in March")):
			t.Errorf("with the Herald's wording: re-report %+v, want the Wire's cranes remark via the Herald's words\n%s", got, radio.YAML())
		case withWordings && !strings.Contains(string(radio.YAML()), "to another outlet's wording “Now the fees are agreed"):
			t.Errorf("the comment does not name the wording:\n%s", radio.YAML())
		case !withWordings && got != nil:
			t.Errorf("without the Herald's wording: re-report of %q, want a new statement", got.Text)
		}
	}
}

// A near miss kept apart by a guard says why in its comment.
func TestMatchKnownNearMissSaysWhy(t *testing.T) {
	tests := []struct{ name, first, second, why string }{
		{"other figures", "We lost 20,000 soldiers this year", "We lost 30,000 soldiers this year", "they give other figures"},
		{"a word replaced", "The strike at the port will end on Monday", "The strike at the port will spread on Monday", "content words of the shorter are replaced by others"},
		{"words that trade places", "We will cut taxes for families next year and raise spending on schools",
			"We will raise taxes for families next year and cut spending on schools", "their content words stand in another order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := Extract("Alder\n\nSenator Tom Alder said: “"+tt.first+".”\n", Options{SourceID: "first", Published: "2026-06-10", BodyFile: "first.txt"})
			second := Extract("Alder again\n\nSenator Tom Alder said: “"+tt.second+".”\n", Options{SourceID: "second", Published: "2026-06-11", BodyFile: "second.txt"})
			second.MatchKnown(first.Defined())
			y := string(second.YAML())
			if strings.Contains(y, "re-report of") || !strings.Contains(y, "# near miss, drafted as new: first-s1 (first)") || !strings.Contains(y, "but "+tt.why) {
				t.Errorf("want a near miss saying %q:\n%s", tt.why, y)
			}
		})
	}
}
