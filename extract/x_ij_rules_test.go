package extract

import "testing"

// ijExtract drafts a body with a publication date.
func ijExtract(body string) *Draft {
	return Extract(body, Options{SourceID: "t", BodyFile: "a.txt", Published: "2026-05-04"})
}

// TestIJRules runs short articles we wrote to imitate the kinds of unseen
// batches I and J (docs/extract.md, "x-ij-rules (seventh session)"): each
// want is a statement's opening words and its speaker; each not a name
// no drafted entity may have.
func TestIJRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want [][2]string
		not  []string
	}{
		{"president-not-vice", "President Lena Dahl praised the rescue teams. An hour later, Dahl and Vice President Omar Haddad visited the mine.\n\n" +
			"Both spoke to reporters, with Dahl thanking the crews. The president added that she had met a miner's father, Karl.\n\n" +
			"\"He told me he never lost hope,\" she said.\n",
			[][2]string{{"she had met a miner's father", "Lena Dahl"}, {"He told me he never lost hope", "Lena Dahl"}}, nil},
		{"president-not-former", "The news came weeks after Tom Reiss stumbled in a debate against former President Ada Voss, his rival. Mr. Reiss had refused calls to quit.\n\n" +
			"In a letter on Sunday, the president confirmed that he had left the race. The president said that \"the work goes on.\"\n",
			[][2]string{{"he had left the race", "Tom Reiss"}, {"the work goes on", "Tom Reiss"}}, nil},
		{"vice-president-named", "Vice President Omar Haddad visited the mine on Monday. The vice president said the crews \"did everything right.\"\n",
			[][2]string{{"did everything right", "Omar Haddad"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ijExtract(tc.body)
			for _, w := range tc.want {
				if got, rule := speakerOf(d, w[0]); got != w[1] {
					t.Errorf("%q: speaker %s (%s); want %s", w[0], got, rule, w[1])
				}
			}
			notDrafted(t, d, tc.not)
		})
	}
}
