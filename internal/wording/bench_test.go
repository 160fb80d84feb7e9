package wording

import (
	"strings"
	"testing"
)

// BenchmarkBest is kb check's heaviest use of the measure: a re-report's
// text of 20 words looked for in a passage of 200 (every window up to
// twice the text's length is scored).
func BenchmarkBest(b *testing.B) {
	text := "If we sign these three permits, I believe the rest of the project will go quite fast, the mayor told the council"
	passage := strings.Repeat("The council met on Tuesday and the harbour works were discussed at length by all of the members present. ", 10) +
		"“If we get those three permits signed, I think the rest of the project will move along quite fast,” Mayor Karin Holm said."
	for b.Loop() {
		Best(text, passage)
	}
}
