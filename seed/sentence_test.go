package seed

import "testing"

// The sentence around a passage (a statement's default evidence) does not
// end at the full stop of an abbreviation.
func TestSentenceKnowsAbbreviations(t *testing.T) {
	cases := []struct{ body, passage, want string }{
		{"Talks stalled. Dr. Hana Sato said the plan was fair. Others disagreed.", "the plan was fair",
			"Dr. Hana Sato said the plan was fair."},
		{"Sen. Ruiz and Gov. Park met Lt. Gen. Ode on Dec. 3 in the U.S. capital, he said. Nothing followed.", "he said",
			"Sen. Ruiz and Gov. Park met Lt. Gen. Ode on Dec. 3 in the U.S. capital, he said."},
		{"Mr. and Mrs. Lee and Ms. Kim left for the U.K. on Nov. 2. They said “we are done.” Then silence.", "we are done",
			"They said “we are done.”"},
		{"It ended. “Not yet,” said Prof. J. Bauer, adding more. The end.", "Not yet",
			"“Not yet,” said Prof. J. Bauer, adding more."},
		// a plain word before a full stop still ends the sentence
		{"The talks ended. Kellogg said it was close.", "it was close", "Kellogg said it was close."},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			b := newBody(tc.body)
			hits, n := b.locate(tc.passage)
			if len(hits) != 1 {
				t.Fatalf("%q found %d times", tc.passage, len(hits))
			}
			s, e := b.sentence(hits[0], hits[0]+n)
			if got := b.slice(s, e); got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
