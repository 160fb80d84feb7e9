package names

import (
	"slices"
	"testing"
)

func TestFolding(t *testing.T) {
	tests := []struct {
		name, in, normalized, folded string
	}{
		{"case and apostrophe", "ZELENSKIY's", "zelenskiys", "zelenskis"},
		{"diacritics", "Zelenskýy", "zelenskyy", "zelenski"},
		{"transliteration", "Zelenskyi", "zelenskyi", "zelenski"},
		{"punctuation is space", "Sen. John McCain (R-Ariz.)", "sen john mccain r ariz", "sen iohn mcain r ariz"},
		{"ph and doubled letters", "Philippe Kellogg", "philippe kellogg", "filipe kelog"},
		{"empty", "  ", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Normalize(tt.in)
			if n != tt.normalized || Fold(n) != tt.folded {
				t.Errorf("Normalize(%q) = %q, Fold = %q; want %q, %q", tt.in, n, Fold(n), tt.normalized, tt.folded)
			}
		})
	}
}

func TestMatchFormKeepsOffsets(t *testing.T) {
	in := "“We’re close,” he said\u00a0today"
	out := MatchForm(in)
	if out != `"We're close," he said today` || len([]rune(out)) != len([]rune(in)) {
		t.Errorf("MatchForm(%q) = %q", in, out)
	}
}

func TestSuggest(t *testing.T) {
	got := Suggest("kelog", []string{"Keith Kellogg", "Volodymyr Zelenskiy", "Kellogg"}, 5)
	if !slices.Equal(got, []string{"Keith Kellogg", "Kellogg"}) {
		t.Errorf("Suggest = %q", got)
	}
}
