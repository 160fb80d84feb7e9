package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSpeakerFixtures runs the articles of testdata/speakers (written for
// kb, invented names; each imitates a pattern met in real news) and checks
// the speaker of each quote the case names (by its opening words) and that
// no entity of the case's "invented" list is drafted.
func TestSpeakerFixtures(t *testing.T) {
	type want struct{ speaker, opens, rule string } // rule: a part of the drafted rule name, when given
	for _, tc := range []struct {
		file     string
		want     []want
		invented []string // names that must not be drafted as people or organizations
	}{
		{"nickname-particles", []want{
			{"Pieter van der Molen", "I am living my dream", ""},
			{"Pieter van der Molen", "What a night", ""},
			{"Staffan de Molen", "the talks would resume", ""}, // "Envoy for Norland Staffan de Molen"
			{"Dirk van Dam", "the team was tired", ""},         // a titled name with particles
			{"Harbinger", "ticket sales had doubled", ""},      // "told The Harbinger" elsewhere: an outlet, no nickname
		}, []string{"Flying Baker", "Molen", "DANCING", "Norland Staffan", "Staffan"}},
		{"company-statement", []want{
			{"Mark Tolland", "Leading this crew was", ""},        // "he said ..., according to X": his words
			{"Mark Tolland", "Everyone is watching us", ""},      // carried over from him, not from X
			{"Mark Tolland", "We let our passengers down", ""},   // ", saying," after an introductory phrase
			{"Mark Tolland", "sail on as one crew", ""},          // "expressed hope"
			{"Bay Gazette", "He is the third harbour chief", ""}, // "“...,” per the Gazette"
		}, []string{"FILE PHOTO", "Cargo Services", "Harbour Line Cargo Services"}},
		{"embedded-tweet", []want{
			{"Arne Kask", "Unbelievable. Nobody saw it", ""},
			{"Mary J Holm", "Tonight the team made us", ""},                   // "who was said to be singing": no cue in the apposition
			{"Mary J Holm", "Everyone in the country", "continued-paragraph"}, // the quotation goes on after the embedded post
			{"Mary J Holm", "The supporters were a credit", "continued-paragraph"},
		}, []string{"Sea Fan"}},
		{"descriptions", []want{
			{"Jonas Varga", "the best day of my life", "description-last-person"},  // "The Hungarian", after a page's date line
			{"Jonas Varga", "I read up on this course", "description-last-person"}, // "the Hungary legend"
			{"Jonas Varga", "It was hard on the body", "description-last-person"},  // "the 29-year-old"
			{"China", "the next event would be held", ""},                          // "the Chinese": the nation, not a person described
		}, []string{"Hungary", "Hungarian", "Hungary legend"}},
		{"cataphora-initials", []want{
			{"Maria A. Holt", "unusually gifted", "pronoun-cataphora"}, // "Though she ..., Judge X ..."
			{"Maria A. Holt", "slippery and evasive", ""},              // "The judge": the titled name with its initial
		}, []string{"OSLO", "Maria", "A. Holt"}},
		{"headlines", []want{
			{"Tom Halloran", "This one is for the town", "headline-name"}, // "‘...’ - Halloran delight"
			{"Jonas Varga", "proud and relieved", "headline-name"},        // "X “...” after"
			{"Jonas Varga", "ready for more", "coordinated-cue"},          // "An emotional X hugged ... and said"
		}, nil},
		{"possessive-groups", []want{
			{"Brenner's lawyers", "never meant to harm anyone", ""},           // "X’s lawyers argued": a group named by its client
			{"Ola Dahl", "There is nothing in it yet", "same-paragraph"},      // "his fellow senators said": no speaker of its own
			{"Plaintiffs’ lawyers", "the firm had ignored every warning", ""}, // a plural possessive
		}, []string{"Senators", "Fellow senators", "Lawyers"}},
		{"full-names", []want{
			{"Keith Marlow", "the worst in living memory", ""}, // "Marlow, a retired colonel ...": the full name given before
			{"Damian Rook", "Nobody is above the rules", ""},   // "Damian" is a first name, not a nationality
		}, []string{"Marlow", "Rook"}},
		{"single-marks-nested", []want{
			{"Ola Brenn", "battle", ""},
			{"Ola Brenn", "Folk hear “away game”", ""}, // a single-mark article with a quote within a quote
			{"Ola Brenn", "Nights like this stay", ""},
			{"Ola Brenn", "They kept going when legs", ""}, // left open at the paragraph's end
			{"Ola Brenn", "That is what this group is about", "continued-paragraph"},
		}, nil},
		{"company-anaphor", []want{
			{"NovaGen", "slower orders from pharmacies", "organization-anaphor"}, // "drugmaker NovaGen ... the company announced"
		}, []string{"Company"}},
		{"attribution-forms", []want{
			{"Karl Holm", "We kept our promises", "speaker-after-cue,apposition"}, // "said the company’s chief executive, X"
			{"Anna Berg", "This bridge will change", "colon-before"},              // "X said:" closing the paragraph before
			{"Harbour Line", "The bridge is open to all", ""},                     // not "a spokesperson for Harbour Line" by its last word
			{"Ole Dahl", "The boats cannot pass", "pronoun-previous-sentence"},    // "Ole Dahl, a local fisherman, was ...": a full-name subject
		}, nil},
		{"nonspeaker-names", nil, []string{"Marta", "World Chess Ranking", "HALO", "Mars Hill", "Port Alma"}},
		{"sentence-subject", []want{
			{"Anna Holm", "a steady focus on the safety", "sentence-subject"}, // after two introductory phrases
			{"(unattributed)", "aye", ""},                                     // a term in marks: under five words
		}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractFixture(t, "speakers", tc.file)
			for _, w := range tc.want {
				got, rule := speakerOf(d, w.opens)
				if w.rule != "" && got == w.speaker && !strings.Contains(rule, w.rule) {
					t.Errorf("quote %q: rule %s, want %s", w.opens, rule, w.rule)
				}
				if got != w.speaker {
					t.Errorf("quote %q: speaker %s, want %s", w.opens, got, w.speaker)
				}
			}
			notDrafted(t, d, tc.invented)
		})
	}
}

// extractFixture drafts testdata/DIR/FILE.txt, one of the articles we
// wrote to imitate a pattern of real news.
func extractFixture(t *testing.T, dir, file string) *Draft {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", dir, file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(string(body), Options{SourceID: "t", BodyFile: "a.txt"})
}

// speakerOf is the speaker drafted for the statement whose text opens with
// opens, and the rule that named it; "(unattributed)" when it is drafted
// without one, "(not found)" when it is not drafted.
func speakerOf(d *Draft, opens string) (name, rule string) {
	name = "(not found)"
	for _, s := range d.Statements {
		if strings.HasPrefix(s.Text, opens) {
			name, rule = s.Speaker.Name, s.Why.Rule
			break
		}
	}
	for _, s := range d.Unattributed {
		if strings.HasPrefix(s.Text, opens) {
			name = "(unattributed)"
		}
	}
	return name, rule
}

// wantSpeakers fails for each pair (opening, speaker) of want whose
// statement has another speaker (speakerOf's names for none), and for
// each of not drafted as an entity (notDrafted).
func wantSpeakers(t *testing.T, d *Draft, want [][2]string, not []string) {
	t.Helper()
	for _, w := range want {
		if got, rule := speakerOf(d, w[0]); got != w[1] {
			t.Errorf("%q: speaker %s (%s); want %s", w[0], got, rule, w[1])
		}
	}
	notDrafted(t, d, not)
}

// notDrafted fails for each of names drafted as a person or organization.
func notDrafted(t *testing.T, d *Draft, names []string) {
	t.Helper()
	for _, e := range d.Entities {
		if e.Kind != KindPerson && e.Kind != KindOrganization {
			continue
		}
		for _, n := range names {
			if e.Name == n {
				t.Errorf("drafted %s %q", e.Kind, e.Name)
			}
		}
	}
}

// checkClaims fails for each wanted claim (speaker, opening, rule) not
// drafted as such, and for each drafted claim opening with one of not. An
// empty speaker is not checked; a rule is matched as a part of the draft's.
func checkClaims(t *testing.T, d *Draft, want [][3]string, not []string) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, s := range d.Statements {
			if s.Kind != "reported" || !strings.HasPrefix(s.Text, w[1]) {
				continue
			}
			found = true
			if w[0] != "" && (s.Speaker == nil || s.Speaker.Name != w[0]) || !strings.Contains(s.Why.Rule, w[2]) {
				t.Errorf("%q: speaker %v, rule %s; want %s by %s", w[1], s.Speaker, s.Why.Rule, w[0], w[2])
			}
		}
		if !found {
			t.Errorf("%q: no claim drafted; got %+v", w[1], statements(d))
		}
	}
	for _, n := range not {
		for _, s := range d.Statements {
			if s.Kind == "reported" && strings.HasPrefix(s.Text, n) {
				t.Errorf("drafted the claim %q (%s)", s.Text, s.Why.Rule)
			}
		}
	}
}
