package seed

import "testing"

// TestOrdinal: the part of an elided text that a message names; past the
// fifth it is "next", never an index out of range (sampled mutant
// seed/text.go:70:7, `<` to `<=`, lived without it: a sixth part missing
// from the evidence would have panicked the check).
func TestOrdinal(t *testing.T) {
	for i, want := range []string{"first", "second", "third", "fourth", "fifth", "next", "next"} {
		if got := ordinal(i); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", i, got, want)
		}
	}
}

// TestProblemsSorted: problems come in file, line, then column order, as
// a compiler lists them (sampled mutant seed/problem.go:48:16, columns of
// one line in reverse, lived without it).
func TestProblemsSorted(t *testing.T) {
	ps := Problems{
		{File: "b.yaml", Line: 1, Col: 1, Msg: "b"},
		{File: "a.yaml", Line: 2, Col: 9, Msg: "a2-9"},
		{File: "a.yaml", Line: 2, Col: 3, Msg: "a2-3"},
		{File: "a.yaml", Line: 1, Col: 7, Msg: "a1"},
	}.Sorted()
	var got []string
	for _, p := range ps {
		got = append(got, p.Msg)
	}
	want := []string{"a1", "a2-3", "a2-9", "b"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sorted: %q, want %q", got, want)
		}
	}
}
