package extract

import (
	"strings"
	"testing"
)

// TestEntityFixtures runs the articles of testdata/entities: each imitates,
// in our own words and with invented names, a pattern that made kb miss on
// unseen batch A (issue 10). It checks the speaker of each statement named
// by its opening words, that no entity of the case's invented list is
// drafted, and the roles' titles and organizations.
func TestEntityFixtures(t *testing.T) {
	type want struct{ speaker, opens string }
	type role struct{ person, title, org string }
	for _, tc := range []struct {
		file     string
		want     []want
		invented []string
		roles    []role
		once     []string // statements drafted exactly once, by their opening words
	}{
		{"title-states", []want{
			{"Kari Holmvik", "the ferry talks would resume"},
			{"Lars Edvinsson", "the route had to stay open"},
			{"Lars Edvinsson", "We will not give up"},
			{"Ann Corwell", "both sides had shown goodwill"},
			{"Ivo Petrak", "Moscow was watching"},
			{"Poland", "it would pay for a second ferry"},      // a state that speaks is drafted
			{"Ewa Lisowska", "the ferry would run all winter"}, // "head of Poland's Port Office X": a possessive in the complement
		}, []string{"Hungary", "United States", "Russia"}, []role{
			{"Kari Holmvik", "Polish Foreign Minister", "Poland"}, // Poland speaks: the role keeps it
			{"Lars Edvinsson", "Hungary's Prime Minister", ""},    // a possessor: the title keeps it, no organization
			{"Ann Corwell", "U.S. Secretary of State", ""},        // a country in a title: the role's jurisdiction, no organization
			{"Ivo Petrak", "Kremlin spokesman", "Kremlin"},        // the Kremlin is drafted, its state is not
		}, nil},
		{"paired-marks", []want{
			{"Ruth Amsel", "was no accident"},            // "...'' closes a straight double quote
			{"Ruth Amsel", "ought to have known better"}, // and the next quote is its own, not the text between
			{"Tomas Wreford", "a heavy blow"},
			{"Tomas Wreford", "full responsibility"},
			{"Tomas Wreford", "We will pay every cent"},              // ``...''
			{"Nadia Osei", "Nobody was hurt, and that matters most"}, // ''...''
		}, nil, nil, nil},
		// the invented list ends with a page's "Get X News in your Inbox:" line
		{"nonnames", []want{
			{"Tomas Wreford", "the ban was unfair"},         // "Speaking at ..., X thanked ... and said": not "Speaking"
			{"Mette Brask", "the crews would keep working"}, // "Earlier, head of ... X said": not "Earlier"
			{"Jonas Ravn", "The owners were reckless"},
		}, []string{"Tomas Wreford Gets Two-Year", "Throws Out Appeal Filed", "Earlier", "Speaking", "Ex-skipper", "Harbour News", "Get Harbour News"}, nil, nil},
		{"name-suffix", []want{
			{"Arne B. Morrow III", "the port had ignored three warnings"}, // "III" after an initial ends the name, not the claim
			{"Arne B. Morrow III", "does not undo the damage"},            // the surname alone is the same person
			{"Arne B. Morrow III", "ought to have acted sooner"},          // "He": the surname is Morrow, not III
			{"Ole Lind Jr.", "the ships were safe"},                       // "Jr." ends no sentence and no name
			{"Ole Lind Jr.", "We did everything we could"},
		}, []string{"Arne B. Morrow", "III", "Jr", "Ole Lind"}, nil, nil},
		{"cue-phrases", []want{
			{"Tor Lundgren", "the club had no money"},                     // "went on to say"
			{"Berit Aasen", "the cold spring had helped"},                 // "was of the view that"
			{"Nils Brenna", "the crew would row"},                         // "on Telegram" between speaker and cue; "repeated that"
			{"Berit Aasen", "the younger rowers had grown"},               // "noted how" + a clause
			{"(not found)", "much the supporters"},                        // but not "noted how much"
			{"(not found)", "his thanks"},                                 // "went on to add" + a thing: no claim
			{"Tor Lundgren", "the boathouse roof still leaked"},           // "pointed out that"
			{"Ada Krog", "the regatta must wait"},                         // "reaffirmed X's position that"
			{"Rowing Federation", "the ruling reaffirms that the appeal"}, // a cue with no speaker ends no claim
			{"Tor Lundgren", "small leaks"},                               // "apologised for hiding the “...”": an attitude verb's quote
		}, nil, nil, nil},
		{"unnamed", []want{
			{"a senior ministry official", "In Bergen, the envoy is expected"}, // trailing "according to a ..."
			{"a senior State Fisheries official", "she is scheduled to meet"},  // leading, capitals inside
			{"A Danish foreign ministry spokesman", "his government wanted"},   // "A ... spokesman said"
			{"Sources", "the talks would last"},                                // a group, marked unnamed
		}, []string{"Fisheries", "State Fisheries"}, nil, nil},
		{"same-claim", []want{
			{"Ivo Lemmink", "This is slow work"},
			{"Ivo Lemmink", "the crews were being chosen"}, // "“…,” X told journalists, saying that A"
		}, nil, nil, []string{"the crews were being chosen"}},
		{"plural-noun", []want{
			{"a senior ministry official", "In Bergen, the minister will meet"}, // "five Nordic states": a noun, no cue "states"
			{"Ivar Haugen", "the quota was too low"},
		}, []string{"Nordic", "Faroe"}, nil, nil},
		{"initials-list", []want{
			{"Karin M. Sollid", "We respect the ruling"}, // the subject of the paragraph before: a full name with its initial, after a plural title
		}, []string{"M. Sollid", "Lawyers Karin M. Sollid", "Erik T. Varde"}, nil, nil},
		{"had-to-say", []want{
			{"Berit Aasen", "It means everything"}, // "here's what she had to say:" introduces the next paragraph's quote
		}, nil, nil, nil},
		{"no-claim-object", []want{
			{"(not found)", "a small fine"},        // "argued for" + a thing
			{"(not found)", "for a small fine"},    //
			{"(not found)", "charges brought by"},  // "admitted" + a thing: a claim only through "that"
			{"(not found)", "would begin at dawn"}, // "proposed a truce that would ...": a relative clause
			{"Ruth Amsel", "the fine was fair"},    // a guard
		}, nil, nil, nil},
		{"interview", []want{
			{"Berit Aasen", "We were slow off the line"}, // after the introduction and a label line
			{"Berit Aasen", "But the second five hundred"},
			{"Berit Aasen", "Now we rest for two weeks"}, // after another label line
		}, nil, nil, nil},
		{"participle-clause", []want{
			{"Berit Aasen", "her rowers are now part"}, // ", adding" + a clause with no "that"
			{"(not found)", "a new club record"},       // ", adding" + a thing: no claim
		}, nil, nil, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractFixture(t, "entities", tc.file)
			for _, w := range tc.want {
				if got, _ := speakerOf(d, w.opens); got != w.speaker {
					t.Errorf("%q: speaker %s, want %s", w.opens, got, w.speaker)
				}
			}
			notDrafted(t, d, tc.invented)
			for _, o := range tc.once {
				n := 0
				for _, st := range d.Statements {
					if strings.HasPrefix(st.Text, o) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%q drafted %d times, want once", o, n)
				}
			}
			for _, w := range tc.roles {
				found := false
				for _, r := range d.Roles {
					org := ""
					if r.Organization != nil {
						org = r.Organization.Name
					}
					found = found || r.Person.Name == w.person && r.Title == w.title && org == w.org
				}
				if !found {
					t.Errorf("no role %+v; roles: %s", w, rolesOf(d))
				}
			}
		})
	}
}

func rolesOf(d *Draft) string {
	var s string
	for _, r := range d.Roles {
		org := ""
		if r.Organization != nil {
			org = " @" + r.Organization.Name
		}
		s += "[" + r.Person.Name + ": " + r.Title + org + "] "
	}
	return s
}
