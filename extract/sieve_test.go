package extract

import "testing"

// TestSieveRules guards rules of the speaker sieve that the fixtures do
// not reach, one sentence pattern each (our own sentences).
func TestSieveRules(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       stmt
	}{
		{"apposition with an age", "Sean Walsh, 26, from County Tyrone, said the crowd had been amazing.",
			stmt{"Sean Walsh", "reported", "the crowd had been amazing"}},
		{"passive agent refers back", "Talks on the border are in their final stretch.\nThis was stated by special envoy Tom Reed on Friday.",
			stmt{"Tom Reed", "reported", "Talks on the border are in their final stretch"}},
		{"quoted as saying", "Anna Berg was quoted by local media as saying that taxes would rise next year.",
			stmt{"Anna Berg", "reported", "taxes would rise next year"}},
		{"two claims joined by and that", "Anna Berg said the plan was dead and that a new one would follow in May.",
			stmt{"Anna Berg", "reported", "a new one would follow in May"}},
		{"she after a described subject", "Finance Minister Anna Berg met the mayor, Tom Reed. She said that the budget was safe.",
			stmt{"Anna Berg", "reported", "the budget was safe"}},
		{"he to a full-name subject nobody quoted yet", "Martin Dunne jumped about all evening.\nThe mood had calmed by the time he spoke.\n“I am absolutely thrilled,” he said.",
			stmt{"Martin Dunne", "direct", "I am absolutely thrilled"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Extract(tc.body, Options{SourceID: "t", BodyFile: "a.txt"})
			got := statements(d)
			if !hasStmt(got, tc.want) {
				t.Errorf("want %+v, got %+v", tc.want, got)
			}
		})
	}
}
