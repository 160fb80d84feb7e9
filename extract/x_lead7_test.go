package extract

import "testing"

// TestPronounDocumentSpeaker: a document owned by a possessive pronoun
// after a quotation ("“…,” his statement read.") speaks for the person
// the pronoun names. Before, npLeft stopped at "statement", so such a
// quotation was left with no speaker, and a verb outside the lexicon
// ("read") lost even the carried-over fallback. The sentences are ours.
func TestPronounDocumentSpeaker(t *testing.T) {
	const lead = "Tom Hart has announced his retirement from the sport.\n\n"
	for _, tc := range []struct {
		name, body, opens, want string
	}{
		{"his statement read", lead + "“The last two years have been hard on my knees and my family,” his statement read.\n",
			"The last two years have been hard", "Tom Hart"},
		{"his statement said", lead + "“It has been a long road for me and my family,” his statement said.\n",
			"It has been a long road", "Tom Hart"},
		{"her post said", "Ann Lee has left the club after ten years.\n\n“I will miss every one of you at the ground,” her post said.\n",
			"I will miss every one of you", "Ann Lee"},
		{"the statement names no author, as before", lead + "“It has been a long road for me and my family,” the statement said.\n",
			"It has been a long road", "the statement"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := hsExtract(tc.body)
			if got, rule := speakerOf(d, tc.opens); got != tc.want {
				t.Errorf("%q: speaker %q (%s); want %s", tc.opens, got, rule, tc.want)
			}
		})
	}
}
