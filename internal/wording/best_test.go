package wording

import "testing"

// bestOfAll is Best without its pruning: every window up to twice the
// text's length scored, the reference the pruned search must equal.
func bestOfAll(text, passage string) (Window, bool) {
	tw, pw := Words(text), Words(passage)
	var best Window
	found := false
	limit := 2*len(tw) + 2
	for i := range pw {
		for j := i + 1; j <= len(pw) && j-i <= limit; j++ {
			s := CompareWords(tw, pw[i:j])
			if !found || (s.Close() != best.Score.Close() && s.Close()) ||
				(s.Close() == best.Score.Close() && s.Dice > best.Score.Dice+1e-9) {
				best = Window{Start: pw[i].Start, End: pw[j-1].End, Text: passage[pw[i].Start:pw[j-1].End], Score: s}
				found = true
			}
		}
	}
	return best, found
}

// TestBestEqualsTheWholeSearch holds Best's pruning (windows that begin
// and end on a shared word) to the search of every window: each pair's
// wording looked for, both ways, in a passage that sets the other among
// unrelated sentences, words in common with it included.
func TestBestEqualsTheWholeSearch(t *testing.T) {
	filler := "The council met on Tuesday, and not all of the two members present said the plan was final. "
	pairs := append(readPairs(t),
		// edges matched only by a stem, a number in words or a spelling
		pair{name: "edges by stem and figure", a: "we will settle both issues within 2 weeks", b: "settling both issue within two"},
		pair{name: "edges by spelling", a: "the harbour reopens in spring", b: "harbor reopens in spring, neighbour"},
	)
	for _, p := range pairs {
		for _, c := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
			passage := filler + "“" + c[1] + ",” the mayor told them. " + filler
			got, gotOK := Best(c[0], passage)
			want, wantOK := bestOfAll(c[0], passage)
			if gotOK != wantOK || (wantOK && (got.Start != want.Start || got.End != want.End || got.Score.Close() != want.Score.Close())) {
				t.Errorf("%s (line %d): Best gives %q (close %v), the whole search %q (close %v)",
					p.name, p.line, got.Text, got.Score.Close(), want.Text, want.Score.Close())
			}
		}
	}
}
