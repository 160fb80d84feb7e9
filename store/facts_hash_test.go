package store

import "testing"

// TestFactsHashAlikeAndApart: FactsHash is equal for facts that load to
// the same rows (a fact file and its export), and differs when they do
// not. Written for a mutant of canonical that lived.
func TestFactsHashAlikeAndApart(t *testing.T) {
	src := SourceDef{ID: "s1", Title: "A talk"}
	stmts := func(pos ...int) []StatementDef {
		var out []StatementDef
		for i, p := range pos {
			out = append(out, StatementDef{ID: string(rune('a' + i)), Position: p, Kind: "direct", Text: "We will win"})
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		a, b  SourceFacts
		alike bool
	}{
		{"positions left out hash as their places in the list (a fact file beside its export)",
			SourceFacts{Source: src, Statements: stmts(0, 0, 0)},
			SourceFacts{Source: src, Statements: stmts(1, 2, 3)}, true},
		{"positions given differ from the places in the list",
			SourceFacts{Source: src, Statements: stmts(0, 0)},
			SourceFacts{Source: src, Statements: stmts(2, 1)}, false},
		{"the same positions given",
			SourceFacts{Source: src, Statements: stmts(4, 7)},
			SourceFacts{Source: src, Statements: stmts(4, 7)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ha, hb := FactsHash(tc.a), FactsHash(tc.b)
			if (ha == hb) != tc.alike {
				t.Errorf("hashes alike %v, want %v (%s, %s)", ha == hb, tc.alike, ha, hb)
			}
		})
	}
}
