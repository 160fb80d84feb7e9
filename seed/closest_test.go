package seed

import (
	"testing"
	"unicode/utf8"
)

// The closest passage offered for a quote that is not in the body (see
// closest): the exact passage when several are equally near. The wanted
// values are what the alignment gives today; they pin its tie rules, so a
// change of rule must change them here on purpose (docs/testing.md).
func TestClosestPassageTies(t *testing.T) {
	for _, tc := range []struct {
		name, body, quote, want string
	}{
		// "May " (the quote's "6" dropped), "May 5" and "May 7" (changed)
		// are all one edit away: the one that ends first is offered.
		{"equally near passages, the first is offered",
			"The vote is on May 5. The vote is on May 7.", "The vote is on May 6", "The vote is on May "},
		// A passage at the very end of the body (no full stop after it)
		// is a candidate like any other, to its last character.
		{"the passage ends the body",
			"He said we are close", "we were close", "we are close"},
		// "She" against "He" costs two, pairing H with a letter of the
		// quote, as does "e" with "Sh" dropped; a pair is preferred, so the
		// passage keeps the whole word "He".
		{"a changed character before dropping one of the quote's",
			"He said the talks resume on Monday in Geneva.", "She said the talks resume", "He said the talks resume"},
		// A word left out of the quote: changing "said" into " the" costs
		// four, as does skipping the body's "the "; changes are preferred,
		// so the passage starts at " the", not at "said".
		{"a changed character before skipping one of the body's",
			"He said the talks resume on Monday in Geneva.", "said talks resume on Monday", " the talks resume on Monday"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBody(tc.body)
			if hits, _ := b.locate(tc.quote); len(hits) != 0 {
				t.Fatalf("%q is in the body", tc.quote)
			}
			if got := b.closest(tc.quote); got != tc.want {
				t.Errorf("closest to %q: %q, want %q", tc.quote, got, tc.want)
			}
		})
	}
}

// The work of all the closest searches in one body is bounded by
// maxAlignCellsPerBody: a search that would go over it offers nothing, one
// that reaches it exactly still offers the passage. The work done before is
// set by hand (ten real 50 M-cell searches would cost seconds).
func TestClosestPassageBodyBudget(t *testing.T) {
	const text, quote = "He said we are close, and the talks went well.", "we were close"
	cells := utf8.RuneCountInString(text) * utf8.RuneCountInString(quote)
	for _, tc := range []struct {
		name      string
		done      int // cells spent by earlier searches in this body
		want      string
		spentThen int
	}{
		{"a fresh body", 0, "we are close", cells},
		{"the budget reached exactly", maxAlignCellsPerBody - cells, "we are close", maxAlignCellsPerBody},
		{"one cell over the budget", maxAlignCellsPerBody - cells + 1, "", maxAlignCellsPerBody - cells + 1},
		{"the budget spent", maxAlignCellsPerBody, "", maxAlignCellsPerBody},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBody(text)
			b.alignCells = tc.done
			if got := b.closest(quote); got != tc.want {
				t.Errorf("closest after %d cells: %q, want %q", tc.done, got, tc.want)
			}
			if b.alignCells != tc.spentThen {
				t.Errorf("cells spent then: %d, want %d", b.alignCells, tc.spentThen)
			}
		})
	}
	// The budget is the body's: each search adds its cells.
	b := newBody(text)
	for i := 0; i < 3; i++ {
		b.closest(quote)
	}
	if b.alignCells != 3*cells {
		t.Errorf("three searches spent %d cells, want %d", b.alignCells, 3*cells)
	}
}

// A passage is offered only when it is near enough to help: at most two
// thirds of the quote's characters changed. "abcdef" against "ab" costs
// four (its last four dropped), exactly two thirds: offered; against "a"
// alone it costs five: nothing.
func TestClosestPassageNearEnough(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"two thirds changed", "xy ab", "ab"},
		{"more than two thirds changed", "xy a", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := newBody(tc.body).closest("abcdef"); got != tc.want {
				t.Errorf("closest to %q in %q: %q, want %q", "abcdef", tc.body, got, tc.want)
			}
		})
	}
}
