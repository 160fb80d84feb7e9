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

// TestCarriedOverIntoTheFirstQuote: the article's first quotation, opening
// a paragraph with no cue, goes on with the speaker named before it (there
// is no earlier quotation left without a speaker).
func TestCarriedOverIntoTheFirstQuote(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the second paragraph",
			body:  "Mayor Anna Berg said the bridge was ready.\n\n“The crews have worked through every night.”",
			want:  []stmt{{"Anna Berg", "direct", "The crews have worked through every night"}},
			rules: map[string]string{"The crews have worked through every night": "quote/carried-over"}},
		{name: "the third paragraph",
			body:  "The bridge opened on Monday.\n\nMayor Anna Berg said the bridge was ready.\n\n“The crews have worked through every night.”",
			want:  []stmt{{"Anna Berg", "direct", "The crews have worked through every night"}},
			rules: map[string]string{"The crews have worked through every night": "quote/carried-over"}},
	})
}

// TestNoCarryOverAfterAnUnattributedQuote: "“…,” said one.\n\n“…”": the
// quotation after one with no speaker found is not given to the last
// speaker named, whichever paragraph the first one is in.
func TestNoCarryOverAfterAnUnattributedQuote(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "in the first paragraph",
			body: "Mayor Anna Berg said the bridge was ready. “It is all over,” said one.\n\n“We can go home now.”",
			not:  []stmt{{"Anna Berg", "direct", "We can go home now"}}},
		{name: "in the second paragraph",
			body: "Mayor Anna Berg said the bridge was ready.\n\n“It is all over,” said one.\n\n“We can go home now.”",
			not:  []stmt{{"Anna Berg", "direct", "We can go home now"}}},
	})
}

// TestCarriedOverAfterAnAttributedQuote: "“…,” X said.\n\n“…”": the
// quotation opening the next paragraph goes on with X.
func TestCarriedOverAfterAnAttributedQuote(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the second paragraph",
			body:  "“We did it,” Anna Berg said.\n\n“The crews are tired.”",
			want:  []stmt{{"Anna Berg", "direct", "We did it"}, {"Anna Berg", "direct", "The crews are tired"}},
			rules: map[string]string{"The crews are tired": "quote/carried-over"}},
	})
}

// TestNearestCueAfterTheQuotation: of two cues in the quotation's
// sentence, neither holding it, the nearer one (after it) is its speaker.
func TestNearestCueAfterTheQuotation(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "a cue far before, one right after",
			body: "Anna Berg said on Monday, at the end of a long and tiring week at the harbour: “We will open it soon,” Tom Reed said.",
			want: []stmt{{"Tom Reed", "direct", "We will open it soon"}},
			not:  []stmt{{"Anna Berg", "direct", "We will open it soon"}}},
	})
}

// TestTitleQuoteEdges: a few capitalized words in marks inside a sentence
// are a name or title, not speech (isTitleQuote): up to five words; a
// small word may stand inside, not first.
func TestTitleQuoteEdges(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "five capitalized words: a title",
			body: "Anna Berg said the town would show the film “Night Falls Over Frost Harbor” on Monday.",
			not:  []stmt{{"Anna Berg", "direct", "Night Falls Over Frost Harbor"}}},
		{name: "five words with a small word inside: a title",
			body: "Anna Berg said the town would show the film “Night Falls on Frost Harbor” on Monday.",
			not:  []stmt{{"Anna Berg", "direct", "Night Falls on Frost Harbor"}}},
		{name: "a small word first: speech",
			body: "Anna Berg said the storm was “an Act of God” for the town.",
			want: []stmt{{"Anna Berg", "direct", "an Act of God"}}},
	})
}

// TestOneCapitalizedWordInMarks: one capitalized word in marks (not an
// acronym) is taken as speech; a name needs more words or an acronym.
func TestOneCapitalizedWordInMarks(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "one word",
			body: "Anna Berg said the storm was “Terrible” for the town.",
			want: []stmt{{"Anna Berg", "direct", "Terrible"}}},
	})
}

// TestQuoteAloneInItsParagraph: a quotation that is all its paragraph
// holds, a full stop or spaces after the closing mark aside, is the words
// of the person the paragraph before opens with.
func TestQuoteAloneInItsParagraph(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "the full stop inside the marks",
			body: "Ann Holt came home on Friday.\n\n“We made it home.”",
			want: []stmt{{"Ann Holt", "direct", "We made it home"}}},
		{name: "the full stop after the closing mark",
			body: "Ann Holt came home on Friday.\n\n“We made it home”.",
			want: []stmt{{"Ann Holt", "direct", "We made it home"}}},
		{name: "spaces after the closing mark",
			body: "Ann Holt came home on Friday.\n\n“We made it home.”  ",
			want: []stmt{{"Ann Holt", "direct", "We made it home"}}},
	})
}
