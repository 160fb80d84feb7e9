package extract

import "testing"

// TestQuoteCommaOutsideTheMark covers attributions where the comma comes
// after the closing quotation mark, as British and wire copy often writes
// them, beside the American form with the comma inside. (Quotations in
// single marks, ‘…’, are not recognised in body text at all, with the
// comma inside or out; docs/testing.md.)
func TestQuoteCommaOutsideTheMark(t *testing.T) {
	want := stmt{"Anna Berg", "direct", "We will win"}
	for _, tc := range []struct{ name, body string }{
		{"straight, said X", `"We will win", said Anna Berg.`},
		{"curly, said X", "“We will win”, said Anna Berg."},
		{"said X with a date", "“We will win”, said Anna Berg on Monday."},
		{"said X, participle", "“We will win”, said Anna Berg, adding that the vote was fair."},
		{"X said", "“We will win”, Anna Berg said."},
		{"X told an agency", "“We will win”, Anna Berg told Reuters."},
		{"after an introduction", "Anna Berg spoke in Oslo. “We will win”, said Anna Berg."},
		{"comma inside, for contrast", "“We will win,” said Anna Berg."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Extract(tc.body, Options{SourceID: "t", BodyFile: "a.txt"})
			got := statements(d)
			if !hasStmt(got, want) {
				t.Errorf("%s: missing %+v; got %+v", tc.body, want, got)
			}
		})
	}
}
