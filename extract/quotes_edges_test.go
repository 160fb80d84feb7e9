package extract

import "testing"

// Tests written for mutants of quotes.go that lived in a gremlins run
// (docs/testing.md, "Survivors"): each case names the edge it holds.

// TestQuoteStatedByTheNextSentence: a quotation with no cue in its
// paragraph is given to the speaker of a next sentence that refers back
// ("This was stated by X"), by that rule.
func TestQuoteStatedByTheNextSentence(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the next line names the speaker",
			body:  "The talks on the border are in their “final 10 meters.”\nThis was stated by special envoy Tom Reed on Friday.",
			want:  []stmt{{"Tom Reed", "direct", "final 10 meters"}},
			rules: map[string]string{"final 10 meters": "quote/stated-by-next/"}},
		{name: "the next paragraph names the speaker",
			body:  "The talks on the border are in their “final 10 meters.”\n\nThis was stated by special envoy Tom Reed on Friday.",
			want:  []stmt{{"Tom Reed", "direct", "final 10 meters"}},
			rules: map[string]string{"final 10 meters": "quote/stated-by-next/"}},
	})
}
