package extract

import "testing"

// TestClaimsX4 runs the articles of testdata/x-claims4, written by us to
// imitate shapes of reported speech that real news of several sets showed
// kb getting wrong (docs/extract.md, section "x-claims4"). Each want is a
// reported claim (speaker, opening words, a part its rule must name); each
// not is an opening no drafted claim may have.
func TestClaimsX4(t *testing.T) {
	for _, tc := range []struct {
		file string
		want [][3]string
		not  []string
	}{
		{"trailing-time", [][3]string{
			{"Karl Ostby", "The harbour board had broken the wage deal by calling a snap vote on the budget, last week", "trailing-time"}, // "…, X said, yesterday."
			{"Portline Shipping", "The union had first sought $9 million", "trailing-time"},                                               // "…, X said at the time."
			{"Eva Lind", "The cranes would be replaced within two years", "trailing-time"},                                                // "…, X said earlier."
		}, []string{"The harbour board had broken the wage deal by calling a snap vote on the budget, last week, Minister"}},
		{"noun-object", [][3]string{
			{"Eva Berg", "the ruling was fair", ""},
			{"Lars Brenna", "the ban would not return", ""},
			{"Tor Nyland", "the harbour board’s actions didn’t break the law", ""}, // a negated verb: a clause
			{"Per Lie", "the mood of the final turned", ""},                        // a past form: a clause
			{"", "his colleagues to “stop arguing”", ""},                           // a directive keeps its infinitive
		}, []string{
			"a measles outbreak", // "have confirmed a measles outbreak": an object
			"the case for",       // "who argued the case for …"
			"the goal",           // "after they conceded the goal"
			"remarks by",         // "countering remarks by": counter claims through "that" only
			"according to",       // "said according to a report"
		}},
		{"words-between", [][3]string{
			{"Nils Haug", "the crane had failed before the storm", "words-between"}, // "X for the first time acknowledged that"
			{"Ola Dahl", "the inspections had been done", "words-between"},          // "X in turn insisted that"
		}, nil},
		{"relative-apposition", [][3]string{
			{"MPs", "they saw the letter", "relative-who,restrictive"},            // "opposition MPs who insisted they saw"
			{"Lars Brenna", "the vote would not delay", "long-apposition"},        // "MP X, countering … (no comma) …, said"
			{"Nordkran", "the deal came after weeks of talks", "document-saying"}, // "put out a statement saying"
			{"Port authority", "the quay would reopen in May", "document-saying"}, // "issued a statement on Monday saying that"
			{"Fans", "the club had let them down", "relative-who"},                // the relative clause ends at its comma
		}, []string{"statements by", "the paper would appeal", "the club had let them down, left"}}, // a possessive subject: the participle rule would name the possessor
		{"relayed-trailing", [][3]string{
			{"Ola Vik", "The ferries will run again on Monday", "relayed-trailing"}, // "…, X told state television, the Post reported."
			{"Ola Vik", "The ferries will run again on Friday", "relayed-trailing"}, // "…, Norland Transport Minister X told …, AFP reported."
			{"Eva Lind", "The cranes will be back in May", "relayed-trailing"},      // "…, X said, the Post reported."
		}, []string{"The ferries will run again on Monday, Minister"}},
		{"coordinated-intro", [][3]string{
			{"Ida Moe", "two ministers had also seen the letter", "subject-after-introduction"}, // "At this juncture, X (seat) rose and claimed that"
			{"Per Holm", "the board had lied", "coordinated-cue"},                               // "On Monday, X rose and insisted that" (another coordinated rule names him)
		}, nil},
		{"quoted-predicate", [][3]string{
			{"Ola Vik", "Berg \"appears to have lost his way\"", "speaker-before-cue"}, // a name, then its quoted predicate
			{"Ola Vik", "the harbour chief \"should have known better\"", ""},
		}, []string{"they were", "\"nothing is settled\""}}, // two words outside; only quoted words
		{"topic-parenthetical", [][3]string{
			{"Ola Vik", "If we settle these two issues, everything else will fall into place", "trailing-topic"}, // "…, X said on the issue of …."
			{"Ola Vik", "The harbour will reopen soon", "trailing-topic"},                                        // "…, X said of the talks."
			{"Eva Lind", "\"some other ports could take the ships\" to end the strike", "parenthetical"},         // "noted, however, that"
			{"Per Holm", "the board had not met", "parenthetical"},                                               // "said, though, that"
		}, []string{"If we settle these two issues, everything else will fall into place, Ola", "The Harbour Board Leader"}}, // "praised him": an object, no inverted speaker
		{"clause-around-quote", [][3]string{
			{"Ann Lim", "The failed vote on the harbour budget marks the start", "inverted-trailing"}, // a quoted word inside a clause, then ", says X."
		}, []string{"In a conference call", "We have never", "The board is"}}, // a phrase with no verb; quotes only
		{"clause-ending-in-quote", [][3]string{
			{"Ola Vik", "Berg is young enough that \"he will see the harbour again,\"", "clause-ending-in-quote"}, // a clause, its quotation, then ", said X, …"
			{"Eva Lind", "The board was \"tired and angry,\"", "clause-ending-in-quote"},                          // three words outside the marks
		}, []string{"\"We will see", "They accused the board"}}, // only quoted words; the quotation is the object of "of"
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := extractFixture(t, "x-claims4", tc.file)
			checkClaims(t, d, tc.want, tc.not)
		})
	}
}
