package extract

import (
	"strings"
	"testing"
)

// TestSieveFixtures runs the articles of testdata/sieve: each imitates, in
// our own words and with invented names, a pattern common in news writing
// (company news, wire copy, joint press conferences, courts), and checks
// the speaker of each statement named by its opening words, the rule
// named in its comment (when given), and that no entity of the case's
// invented list is drafted.
func TestSieveFixtures(t *testing.T) {
	type want struct{ speaker, opens, rule string }
	for _, tc := range []struct {
		file     string
		want     []want
		invented []string
	}{
		{"company-news", []want{
			{"Kestrel Shipping", "it would cut 300 jobs", "company-name"},                      // "X Shipping said": a company, not a person
			{"Kestrel Shipping", "Freight volumes have not come back", "organization-anaphor"}, // "the company said in a statement"
			{"Harrow Paints", "We have always denied", "company-named-before"},                 // "The firm added:": the company the article writes with a suffix, not drafted before
			{"A spokesperson for Brenna Lines", "it would add sailings", "unnamed-source"},     // "a spokesperson for X": not a person called X
		}, []string{"Shipping", "Paints", "Firm", "Company", "Brenna Lines"}},
		{"joint-conference", []want{
			{"Tomas Rekdal", "This accord is good", ""},
			{"Lena Aasgard", "We waited a long time", ""},
			{"Tomas Rekdal", "I hope that by the end of summer", "pronoun-chain"},       // "He is due to meet Minister X": he, not X
			{"Lena Aasgard+Tomas Rekdal", "they would meet again", "joint-description"}, // "The two leaders said": one statement each
		}, []string{"Leaders", "Two leaders"}},
		{"wire-attribution", []want{
			{"Oleg Varinov", "The new terminal will not open", "quoted-as-saying,outlet-before"},           // "…, the agency quoted X as saying."
			{"Oleg Varinov", "We need more money", "quoted-as-saying,outlet-before"},                       // "“…,” the agency quoted him as saying."
			{"Oleg Varinov", "Only the dredging was discussed", "quoted-as-saying,outlet-before"},          // "… as saying during a visit to the site."
			{"Per Holmvik", "Safety comes first", "according-to/titled-name"},                              // "“…,” according to the dockers' union leader X"
			{"(not found)", "\"Safety comes first", ""},                                                    // and no claim of the quote's words
			{"Per Holmvik", "The strike could last a month", "according-to"},                               // "…, according to X."
			{"Kesk Today", "The regional governor met", "speaker-after-cue,inverted-trailing/outlet-name"}, // "…, reported Kesk Today."
		}, []string{"Dockers' union", "Baltic", "Kesk"}},
		{"court-report", []want{
			{"Miriam Okafor", "You chose greed", ""},
			{"Carl Brandt", "he was sorry", "apposition"},                         // "Brandt, who had asked for ..., said"
			{"Defense", "Brandt had been following orders", "collective"},         // "The defense argued that"
			{"Tessa Lund", "He will appeal", "speaker-after-cue,apposition/name"}, // "said his lawyer, Tessa Lund"
		}, []string{"United States", "U.S."}}, // "U.S. District Judge X": the court's seat, no employer drafted
		{"airline-statement", []want{
			{"Skylark Air", "Nothing matters more to us", "company-named-before"}, // "X grounded its fleet ... the airline said": "its" makes X no person
			{"Skylark Air", "Every affected passenger", "continued-paragraph"},
			{"Skylark Air", "We expect most flights", "statement-continued"},  // "“…,” the statement added": the statement quoted before
			{"Tomas Berge", "crews had reported the fault", "participle-cue"}, // "told this newspaper, adding that": once, the participle's
			{"(unattributed)", "Nobody told us anything", ""},                 // "said one": nobody the draft can name
			{"(unattributed)", "We slept on the floor", ""},                   // after it: not the last named speaker
		}, []string{"Airline", "Carrier", "Statement"}},
		{"harbour-storm", []want{
			{"Eva Lindahl", "This is a great day", "only-mention-in-paragraph"}, // a quote alone after a sentence about the one person named
			{"Ole Brennvik", "I have never seen waves", ""},                     // "Fisherman X": a job before the name, not a first name
			{"Kari Moe", "the sea had reached the church steps", ""},
			{"Siri Lunde", "Half of the wall", "paragraph-final,last-mention"}, // a paragraph naming two, its last words a quote: the one named last (0.35)
		}, []string{"Fisherman Ole Brennvik", "Pensioner Kari Moe"}},
		{"minister-briefing", []want{
			{"Tariq Nadeem Qureshi", "the government would end load-shedding", "titled-name"}, // "Minister for Energy X Y Z": the portfolio, then the name
			{"Tariq Nadeem Qureshi", "two new plants", "description"},
			{"Tariq Nadeem Qureshi", "consumers would get relief", "while-phrase"}, // "X while addressing a ceremony said that"
			{"Salma Rauf Baig", "the province would support", "titled-name"},       // "Minister of Trade and Industry X Y Z"
		}, []string{"Nadeem Qureshi", "Energy Tariq Nadeem Qureshi", "Rauf Baig", "Industry Salma Rauf Baig"}},
		{"football-report", []want{
			{"Kevin Dolan", "We never stopped running", ""},
			{"(not found)", "'s what this squad", ""},                          // "told Radio Coast: “… That's …”": no claim from the quote's "That"
			{"Ana Rueda", "It was never a penalty", "description-last-person"}, // "Eastfield boss X was furious ... said the Spaniard": "boss" is a title
		}, []string{"Eastfield Ana Rueda", "Eastfield boss Ana Rueda"}},
		{"budget-fight", []want{
			{"Joanna Parkes", "Nobody wins a shutdown", "abbreviated-title"}, // "said Rep. X, R-Ohio, adding that"
			{"Joanna Parkes", "talks would go on", "participle-cue"},
			{"Arlo Vance", "We will hold the line", "abbreviated-title"}, // "said Sen. X, D-N.M."
			{"Helen Ostrova", "The numbers do not add up", ""},
		}, []string{"Rep", "Sen", "Rep. Joanna Parkes"}},
		{"dam-briefing", []want{
			{"Karim Shahzad", "the work on the Upper Brenn dam", ""}, // "Chairman NWPA Lt Gen (R) X": the name past the body's acronym and the rank
			{"Karim Shahzad", "the dam would add 900 megawatts", "description"},
			{"Nadia Farooq", "the project was a milestone", ""}, // "Secretary Water Resources X opined that": a portfolio without "for"; "opine" a cue
		}, []string{"NWPA Lt Gen", "Gen", "Water Resources Nadia Farooq", "Resources Nadia Farooq"}},
		{"coach-quits", []want{
			{"Rolf Dahlberg", "Mia did a fine job", ""},
			{"Jan Ekholm", "She should have gone", "speaker-after-cue,described-name"},  // "said season-ticket holder X, 44."
			{"Harbour Town", "an interim coach would be named", "company-named-before"}, // "Harbour Town coach X ... The club said": the club named before a club role
		}, []string{"Club"}}, // "Club chairman X": a common noun opening the sentence, no company
		{"wire-dateline", []want{
			{"Sources", "The main grain exporters agreed", ""},                     // "BRENNHOLM (Wire) - A, two sources told Wire.": A without the dateline
			{"(not found)", "BRENNHOLM", ""},                                       // nor a claim that opens with it
			{"Port authority", "The harbour will stay shut", ""},                   // "KESK, March 3 (Wire) - A, the port authority said."
			{"One delegate", "the talks had been long but fair", "unnamed-source"}, // "One delegate, who asked not to be named, said"
		}, []string{"Delegate"}},
		{"exam-dates", []want{
			{"Schools Ministry", "the exams will begin", "according-to"}, // "According to a statement issued by X, A"
			{"Green Party", "far too rushed", ""},                        // "termed the schedule “...”"
		}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractFixture(t, "sieve", tc.file)
			for _, w := range tc.want {
				got, rule := speakerOf(d, w.opens)
				if strings.Contains(w.speaker, "+") {
					got = strings.Join(speakersOf(d, w.opens), "+")
				}
				if got != w.speaker {
					t.Errorf("%q: speaker %s, want %s", w.opens, got, w.speaker)
				} else if w.rule != "" && !strings.Contains(rule, w.rule) {
					t.Errorf("%q: rule %s, want one with %s", w.opens, rule, w.rule)
				}
			}
			notDrafted(t, d, tc.invented)
			for _, w := range tc.want {
				if n := len(speakersOf(d, w.opens)); n > 1 && !strings.Contains(w.speaker, "+") {
					t.Errorf("%q: drafted %d times", w.opens, n)
				}
			}
		})
	}
}

// speakersOf lists the speakers of every drafted statement that opens
// with opens, in draft order.
func speakersOf(d *Draft, opens string) []string {
	var out []string
	for _, s := range d.Statements {
		if strings.HasPrefix(s.Text, opens) {
			out = append(out, s.Speaker.Name)
		}
	}
	return out
}
