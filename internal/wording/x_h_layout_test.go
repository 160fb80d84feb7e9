package wording

import "testing"

// Tests of h_layout.go (x-h-layout): a whole sentence quoted alone, a
// retelling quoted with a long tail. Every wording is invented.

func TestHLSentenceAndRetold(t *testing.T) {
	const tail = ", and the club will find another coach who is just as committed to the game and to its fans"
	for _, tc := range []struct {
		name, a, b      string
		close, sentence bool
		retold          bool
	}{
		{"a whole sentence quoted alone", "for good", "I'm leaving. For good.", true, true, false},
		{"the first sentence", "I'm leaving", "I'm leaving. For good.", true, true, false},
		{"two whole sentences of three", "I'm leaving. For good.", "It is time. I'm leaving. For good.", true, true, false},
		{"a question ends one", "for good", "Am I leaving? For good!", true, true, false},
		{"the same sentence", "For good.", "For good.", true, false, false},
		{"no sentence start", "leaving for", "I am leaving for good.", false, false, false},
		{"no sentence end", "for good", "I'm leaving. For good and all.", false, false, false},
		{"one word", "good", "I'm leaving. Good.", false, false, false},
		{"function words only", "I am", "He asked. I am.", false, false, false},
		{"a negation in a sentence", "not for good", "I'm leaving. Not for good.", true, true, false},
		{"reordered with a long tail", "in sport, no one is truly irreplaceable", "No one in sport is truly irreplaceable" + tail, true, false, true},
		{"all in order, long tail", "no one in sport is truly irreplaceable", "No one in sport is truly irreplaceable" + tail, true, false, true},
		{"at the end of a long wording", "in sport, no one is truly irreplaceable", "The coach said it plainly and firmly this week: no one in sport is truly irreplaceable", true, false, true},
		{"spread over twice its length", "in sport, no one is truly irreplaceable", "Frankly, no one, said the coach of the club today again, in sport is truly irreplaceable" + tail, true, false, true},
		{"spread over more than twice", "in sport, no one is truly irreplaceable", "Frankly, no one, said the coach of the club today once again, in sport is truly irreplaceable" + tail, false, false, false},
		{"one content word missing", "in sport, no one is truly irreplaceable", "No one in sport is irreplaceable" + tail, false, false, false},
		{"too few content words", "in sport, no one is irreplaceable", "No one in sport is irreplaceable" + tail, false, false, false},
		{"words spread too far", "in sport, no one is truly irreplaceable", "No one, said the coach of the club in the north, is ever in sport really and truly irreplaceable" + tail, false, false, false},
		{"two blocks trade places", "we cut taxes today and we raise spending now in the budget", "We raise taxes today and we cut spending now in the budget" + tail, false, false, false},
		{"a negation differs", "in sport, no one is truly irreplaceable", "No one in sport is not truly irreplaceable" + tail, false, false, true},
		{"figures differ", "in sport, no one is 100 percent irreplaceable", "No one in sport is 90 percent irreplaceable" + tail, false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, ab := range [][2]string{{tc.a, tc.b}, {tc.b, tc.a}} {
				s := Compare(ab[0], ab[1])
				if s.Close() != tc.close || s.Sentence != tc.sentence || s.Retold != tc.retold {
					t.Errorf("Compare(%q, %q) = %+v: close %v, want close %v sentence %v retold %v", ab[0], ab[1], s, s.Close(), tc.close, tc.sentence, tc.retold)
				}
			}
		})
	}
}

// TestHLWordsOpen: the words that open a sentence of their text.
func TestHLWordsOpen(t *testing.T) {
	var got []string
	for _, w := range Words("I'm leaving. For good! Why? Yes… then, no") {
		if w.Opens {
			got = append(got, w.Text)
		}
	}
	if want := "I'm For Why Yes"; join(got) != want { // an ellipsis ends no sentence
		t.Errorf("opening words %q, want %q", join(got), want)
	}
}

func join(ws []string) string {
	out := ""
	for i, w := range ws {
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out
}

// TestHLSimilarityOfShortRules: a whole sentence and a trimmed retelling
// show their containment, not the low Dice of a short text to a long one.
func TestHLSimilarityOfShortRules(t *testing.T) {
	if s := Compare("for good", "I'm leaving. For good."); s.Similarity() != 1 {
		t.Errorf("similarity of a whole sentence %.2f, want 1", s.Similarity())
	}
	s := Compare("in sport, no one is truly irreplaceable", "No one in sport is truly irreplaceable, and the club will find another coach who is just as committed")
	if s.Similarity() <= s.Dice {
		t.Errorf("similarity of a retelling %.2f, want its containment %.2f above Dice %.2f", s.Similarity(), s.Containment, s.Dice)
	}
	if n := ContentWords(Words("No one in sport is 2 times truly irreplaceable")); n != 7 {
		t.Errorf("content words %d, want 7 (no, one, sport, 2, times, truly, irreplaceable)", n)
	}
}

// TestHLNearByStems: two translations of one remark share their content
// words in another order and little else: a near miss named to the
// reviewer, never a match; three shared stems, or a low Dice on stems,
// are not even near.
func TestHLNearByStems(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		near       bool
		why        string
	}{
		{"other inflections", "ends wars and signs deals", "ended the war, signed the deal and the harbour cranes stayed", true,
			"4 content words in common by their stems, order aside (Dice on stems 0.73), below a retelling's 5 and 0.60"},
		{"another order", "Treachery is what we face. Wild ambitions and private interests led to betrayal",
			"Led into betrayal, interests and ambitions brought treachery upon the city and its people", true,
			"similarity 0.21, but their content words stand in another order (words that trade places)"},
		{"a Dice on stems of 0.35", "ends wars, signs deals, opens ports, cuts fees rents tolls",
			"ended the war, signed the deal, opened the port and cut the harbour crane dock union strike quay ship cargo road rail truck levy berth pier lock canal barge ferry tug mast sail buoy wharf", true,
			"7 content words in common by their stems, order aside (Dice on stems 0.35), below a retelling's 5 and 0.60"},
		{"three stems", "ends wars and signs", "ended the war, signed the deal and the harbour cranes stayed", false, ""},
		{"a low Dice on stems", "ends wars and signs deals", "ended the war, signed the deal, and harbour cranes stayed idle while dockers union strike pay talks quay ships cargo fees rents roads rail trucks", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Compare(tc.a, tc.b)
			if s.Close() || s.Near() != tc.near {
				t.Fatalf("Compare = %+v: close %v near %v, want near %v", s, s.Close(), s.Near(), tc.near)
			}
			if !tc.near && s.stemShortfall() != "" {
				t.Errorf("stemShortfall %q of a pair that is no near miss", s.stemShortfall())
			}
			if tc.near && s.Shortfall() != tc.why {
				t.Errorf("shortfall %q, want %q", s.Shortfall(), tc.why)
			}
		})
	}
	// near by words in order: the older message, not the stems'
	s := Compare("the strike will end on Monday at the harbour", "the strike will spread on Monday at the harbour")
	if !s.Near() && !s.Close() || s.stemShortfall() != "" {
		t.Errorf("%+v: stemShortfall %q, want none", s, s.stemShortfall())
	}
	if s := Compare("for good", "I'm leaving. For good."); s.stemShortfall() != "" {
		t.Errorf("a close pair has a stem shortfall %q", s.stemShortfall())
	}
}
