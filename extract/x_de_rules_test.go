package extract

import (
	"strings"
	"testing"
)

// TestDERules runs the articles of testdata/x-de-rules, written by us to
// imitate failure kinds of batches D and E met in more than one article
// (docs/extract.md, section "x-de-rules"). Each want is a reported claim
// (speaker, opening words); each not is an opening no drafted claim may
// have.
func TestDERules(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][2]string
		not  []string
	}{
		{"bare-noun-object", [][2]string{
			{"Ola Vik", "progress on the quay talks was slow"}, // a verb after the phrase: a clause
			{"Ann Berg", "prices could rise"},                  // a modal after the noun: a clause
			{"Tor Dahl", "voters want a new harbour"},          // a plural may be a clause's subject
			{"Lars Brenna", "victory in the harbour ballot"},   // "claimed victory": what is asserted
		}, []string{
			"defeat",                     // "conceded defeat in the council vote": an object
			"guilt",                      // "admitted guilt.": an object
			"defeat in the harbour vote", // "… and thanked her staff": a second predicate, no clause
			"defeat in a snap vote",      // "on Saturday (May 4)": a month, not a modal
		}},
		{"trailing-description", [][2]string{
			{"one official in Bergen", "The night shift was made up"}, // ", one official in Bergen said."
			{"one official in Bergen", "the day shift was made up"},   // "One official in Bergen said"
			{"an aide in Washington", "The ferry talks will resume"},  // a state after "in": where, not who
			{"Nora Skog", "The ruling against the harbour board"},     // ", the mayor's lawyer X said."
		}, nil},
		{"dateline-inside", [][2]string{
			{"Union", "Dock workers intend"},                                 // "BERGEN (Wire - 3rd May, 2026) Dock …": no dash after
			{"Port authority", "The cranes will stay idle"},                  // "KESK (Outlet, 4 May) The …"
			{"Ola Vik", "NATO (North Atlantic Treaty Organization) Members"}, // no date inside: a name's expansion, kept
		}, []string{"BERGEN", "KESK"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractFixture(t, "x-de-rules", tc.file)
			for _, w := range tc.want {
				found := false
				for _, s := range d.Statements {
					if s.Kind != "reported" || !strings.HasPrefix(s.Text, w[1]) {
						continue
					}
					found = true
					if s.Speaker == nil || s.Speaker.Name != w[0] {
						t.Errorf("%q: speaker %v; want %s", w[1], s.Speaker, w[0])
					}
				}
				if !found {
					t.Errorf("%q: no claim drafted; got %+v", w[1], statements(d))
				}
			}
			for _, n := range tc.not {
				for _, s := range d.Statements {
					if s.Kind == "reported" && strings.HasPrefix(s.Text, n) {
						t.Errorf("drafted the claim %q (%s)", s.Text, s.Why.Rule)
					}
				}
			}
		})
	}
}

// TestDERanks: a run of short ranks ("Lt. Col.", "Rear Adm.") is one
// title before the name; none of its words is drafted as a person (rule
// rank-run).
func TestDERanks(t *testing.T) {
	d := extractFixture(t, "x-de-rules", "military-ranks")
	for _, tc := range []struct{ opens, speaker string }{
		{"We lost contact", "Julia Kestrel"},      // "said Rear Adm. X"
		{"the unit would return", "Mark Dunmore"}, // "Lt. Col. X said"
	} {
		t.Run(tc.opens, func(t *testing.T) {
			if got, rule := speakerOf(d, tc.opens); got != tc.speaker {
				t.Errorf("speaker %s (%s); want %s", got, rule, tc.speaker)
			}
		})
	}
	notDrafted(t, d, []string{"Col", "Rear Adm", "Adm", "Lt", "Rear"})
	titles := map[string]string{}
	for _, r := range d.Roles {
		titles[r.Person.Name] = r.Title
	}
	for name, want := range map[string]string{"Mark Dunmore": "Lieutenant Colonel", "Julia Kestrel": "Rear Admiral"} {
		if titles[name] != want {
			t.Errorf("%s: title %q; want %q", name, titles[name], want)
		}
	}
}
