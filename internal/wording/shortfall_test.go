package wording

import "testing"

// The near-miss comment and kb check's re-report errors print Shortfall:
// the figure and the threshold it misses must be the same measure (it once
// printed a containment of 0.62 next to Dice's 0.60, "0.62, below 0.60").
func TestShortfall(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"a trimmed copy is measured by containment",
			"We will rebuild the port and the rail line by spring",
			"We will rebuild the port by spring, the minister said, and then the roads",
			"similarity 0.62, the share of the shorter found in the longer, below a trimmed copy's 0.90 (and Dice 0.55, below a variant's 0.60)"},
		{"too few words shared",
			"The last 10 metres are always the hardest", "last",
			"similarity 0.30, but they share too few words: a weight of 1.00, a variant needs 2.50"},
		{"a guard keeps them apart",
			"the talks will not fail", "the talks will fail",
			"similarity 1.00, but one of them negates (not, no, never, n't) where the other does not"},
		{"other figures",
			"We sent 20,000 soldiers to the border", "We sent 30,000 soldiers to the border",
			"similarity 0.83, but they give other figures"},
		{"texts of one weight: Dice and containment agree",
			"the harbour stays shut until the storm passes", "the harbour stays open while the ferries sail",
			"similarity 0.38, below a variant's 0.60"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Compare(tt.a, tt.b)
			if s.Close() {
				t.Fatalf("Compare(%q, %q) is close: %+v", tt.a, tt.b, s)
			}
			if got := s.Shortfall(); got != tt.want {
				t.Errorf("Shortfall() = %q, want %q (%+v)", got, tt.want, s)
			}
		})
	}
}
