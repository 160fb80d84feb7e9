package extract

import (
	"os"
	"strings"
	"testing"
)

// sentenceCases reads testdata/sentences.txt: blocks of one sentence a line.
func sentenceCases(t testing.TB) [][]string {
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	var cur []string
	for _, line := range append(strings.Split(string(data), "\n"), "") {
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.TrimSpace(line) == "":
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		default:
			cur = append(cur, line)
		}
	}
	return out
}

// TestSentences holds the segmenter to hand-written news cases. Known
// misses are listed: an abbreviation that may end a sentence ends one
// only before a usual sentence opener.
func TestSentences(t *testing.T) {
	knownMiss := map[string]bool{
		"The meeting ended at 2 p.m.": true, // "Nobody" is no usual opener
	}
	cases := sentenceCases(t)
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	ok := 0
	for _, want := range cases {
		got := Sentences(strings.Join(want, " "))
		if strings.Join(got, "\n") == strings.Join(want, "\n") {
			ok++
			continue
		}
		if knownMiss[want[0]] {
			continue
		}
		t.Errorf("split %q\n got  %q\n want %q", strings.Join(want, " "), got, want)
	}
	t.Logf("%d of %d cases split right", ok, len(cases))
}
