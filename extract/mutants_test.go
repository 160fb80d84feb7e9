package extract

import "testing"

// Tests written for mutants that lived in a gremlins run of extract
// (docs/testing.md, "Survivors"): each case names the edge it holds.

// draftCase is an article and what its draft must and must not state.
type draftCase struct {
	name, body string
	want, not  []stmt
}

func runDraftCases(t *testing.T, cases []draftCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := statements(Extract(tc.body, Options{SourceID: "t", BodyFile: "a.txt"}))
			for _, w := range tc.want {
				if !hasStmt(got, w) {
					t.Errorf("missing %+v; got %+v", w, got)
				}
			}
			for _, n := range tc.not {
				if hasStmt(got, n) {
					t.Errorf("drafted %+v; got %+v", n, got)
				}
			}
		})
	}
}

// TestHeadlineNameEdges: the name next to a headline's quotation
// (cueless.go headlineName), where the marks touch their neighbours.
func TestHeadlineNameEdges(t *testing.T) {
	const story = "\n\nTom Hale scored twice on Saturday. The Reds won 2-0."
	runDraftCases(t, []draftCase{
		{name: "colon right after the closing mark",
			body: "'We did it': Hale joy as Reds win" + story,
			want: []stmt{{"Tom Hale", "direct", "We did it"}}},
		{name: "name right before the opening mark, no space",
			body: "Tom Hale“thrilled to win at last” after final" + story,
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "name with a space before the opening mark",
			body: "Tom Hale “thrilled to win at last” after final" + story,
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "a title before the name",
			body: "Coach Tom Hale “thrilled to win at last” after final" + story,
			want: []stmt{{"Tom Hale", "direct", "thrilled to win at last"}}},
		{name: "a name inside a quotation that opens the headline is not its speaker",
			body: "'Hale must go' after derby loss" + story,
			not:  []stmt{{"Tom Hale", "direct", "Hale must go"}}},
	})
}

// TestLastPersonBesideASubject: a sentence whose subject is a person and
// whose cue has another speaker (speech.go): the person a following
// description ("the 52-year-old") refers to is the subject when an
// organization spoke, and the speaker when a person did.
func TestLastPersonBesideASubject(t *testing.T) {
	runDraftCases(t, []draftCase{
		{name: "an organization spoke: the subject",
			body: "Karl Holm led the rescue, the coast guard said. “We owe the crews everything,” the 52-year-old said.",
			want: []stmt{{"Karl Holm", "direct", "We owe the crews everything"}}},
		{name: "a person spoke: the speaker",
			body: "Karl Holm led the rescue, Ole Dahl said. “We owe the crews everything,” the 52-year-old said.",
			want: []stmt{{"Ole Dahl", "direct", "We owe the crews everything"}},
			not:  []stmt{{"Karl Holm", "direct", "We owe the crews everything"}}},
	})
}
