package wording

import (
	"fmt"
	"strings"
)

// Reworded remarks: outlets and translators retell one answer in other
// words (“If we get those two issues settled, I think the rest of the
// things will work out fairly well” / “If we settle these two issues, I
// believe the rest will go fairly well”). The in-order measure of Compare
// misses them: a word moves (settle before the issues, not after) and
// inflections differ (settle, settled). These rules compare the content
// words by their stems, and guard against what makes two alike wordings
// different claims: a changed number, and content words that trade
// places.
const (
	// MinReworded is the least number of content stems two wordings must
	// share, order aside, to be one remark retold: a short remark retold is
	// too easily another remark of the same speaker on the same subject.
	MinReworded = 5
	// StemDiceClose is the least Dice on content stems (order aside) of a
	// reworded remark.
	StemDiceClose = 0.6
	// MaxMoved is how many blocks of shared content stems may stand in
	// another order: one (“settle these two issues” / “get those two
	// issues settled”, “name is pretty much mud right now” / “name right
	// now is pretty much mud”); two that trade places (“cut taxes … raise
	// spending” / “raise taxes … cut spending”) make another claim.
	MaxMoved = 1
	// MaxGapFactor bounds a fragment with gaps: the shorter's content
	// words, in order, within a run of the other's content words at most
	// this many times as long (“unprecedented war” / “unprecedented in
	// terms of a regional war”).
	MaxGapFactor = 2
	// MaxSubstituted is the largest share of the lighter text's content
	// words that may be replaced by other words (substitutions) in a
	// match by Dice; a short wording (fewer than MinReworded content
	// words) may have none replaced: “the strike will end on Monday” is no
	// variant of “the strike will spread on Monday”.
	MaxSubstituted = 0.25
)

// stem strips the commonest English inflections from a folded word so that
// settle, settled and settles, issue and issues, are one stem. It is not a
// full stemmer: two words are only ever compared with each other, so it
// needs to be consistent, not linguistic.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && !(suf == "s" && strings.HasSuffix(w, "ss")) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// sameStem says whether two folded words are one word for the stem rules.
func sameStem(a, b string) bool { return same(a, b) || stem(a) == stem(b) }

// numberWords are the numbers news writes in letters, as digits, so that
// “two million” and “2 million” are the same figure.
var numberWords = map[string]string{"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
	"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
	"forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
	"thousand": "1000", "million": "1000000", "billion": "1000000000", "dozen": "12", "half": "0.5"}

// number is the figure a word writes, or "".
func number(w Word) string {
	if n, ok := numberWords[w.Fold]; ok {
		return n
	}
	for _, r := range w.Fold {
		if r >= '0' && r <= '9' {
			return strings.TrimLeft(w.Fold, "0")
		}
	}
	return ""
}

func numbers(ws []Word) map[string]int {
	out := map[string]int{}
	for _, w := range ws {
		if n := number(w); n != "" {
			out[n]++
		}
	}
	return out
}

// numbersDiffer says whether the lighter text (a when aFirst) gives other
// figures than the part of the other it lines up with: “20,000 soldiers”
// and “30,000 soldiers” are two claims however alike the rest is. A text
// without figures differs from none (“the last meters”).
func numbersDiffer(a, b []Word, aFirst bool) bool {
	if !aFirst {
		a, b = b, a
	}
	na := numbers(a)
	if len(na) == 0 {
		return false
	}
	lo, hi, ok := alignedSpan(a, b)
	if !ok {
		return false
	}
	nb := numbers(b[max(lo-1, 0):min(hi+2, len(b))])
	if len(nb) == 0 {
		return false
	}
	if len(na) != len(nb) {
		return true
	}
	for n, k := range na {
		if nb[n] != k {
			return true
		}
	}
	return false
}

// stemScore compares the content words of two texts order aside: how many
// they share (each word used once), the Dice of that, and how many blocks
// of them stand in another order: the shared words outside the longest run
// of them in order, a block being words next to each other in both texts
// (“right now” moved as one is one block; “cut … raise” / “raise … cut”
// are two).
func stemScore(a, b []Word) (shared int, dice float64, moved int) {
	return stemCompare(content(a), content(b))
}

// stemCompare is stemScore on two lists of content words.
func stemCompare(ca, cb []string) (shared int, dice float64, moved int) {
	if len(ca) == 0 || len(cb) == 0 {
		return 0, 0, 0
	}
	// in order: the longest common subsequence of the stems
	n, m := len(ca), len(cb)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			t[i][j] = max(t[i+1][j], t[i][j+1])
			if sameStem(ca[i], cb[j]) {
				t[i][j] = max(t[i][j], t[i+1][j+1]+1)
			}
		}
	}
	inA, usedB := make([]bool, n), make([]bool, m)
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case sameStem(ca[i], cb[j]) && t[i][j] == t[i+1][j+1]+1:
			inA[i], usedB[j] = true, true
			shared++
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	// the rest, order aside: each word of a left over takes the first free
	// one of b
	last := -2 // the partner in b of the previous moved word of a
	for i, x := range ca {
		if inA[i] {
			last = -2
			continue
		}
		found := -1
		for j, y := range cb {
			if !usedB[j] && sameStem(x, y) {
				found = j
				break
			}
		}
		if found < 0 {
			last = -2
			continue
		}
		usedB[found] = true
		shared++
		if found != last+1 {
			moved++ // a new block
		}
		last = found
	}
	return shared, 2 * float64(shared) / float64(n+m), moved
}

// gappedFragment says whether the content words of the text with fewer of
// them (at least MinFragment) are, in order, content words of the other
// within a run at most MaxGapFactor times as long: a short quote whose
// words another outlet quotes with a few words between (“unprecedented
// war” / “unprecedented in terms of a regional war”).
func gappedFragment(a, b []Word) bool {
	ca, cb := content(a), content(b)
	if len(ca) > len(cb) {
		ca, cb = cb, ca
	}
	if len(ca) < MinFragment {
		return false
	}
	limit := MaxGapFactor * len(ca)
	for i := range cb {
		if !same(ca[0], cb[i]) {
			continue
		}
		k, j := 1, i+1
		for ; k < len(ca) && j < len(cb) && j-i < limit; j++ {
			if same(ca[k], cb[j]) {
				k++
			}
		}
		if k == len(ca) {
			return true
		}
	}
	return false
}

// substitutions counts the places, between two words the texts share in
// order, where each text has a content word the other lacks: a word
// replaced by another (“will end on Monday” / “will spread on Monday”).
// Words before the first shared word or after the last are a trim, not a
// substitution.
func substitutions(a, b []Word) int {
	pairs := alignment(a, b)
	n := 0
	for k := 1; k < len(pairs); k++ {
		i0, j0, i1, j1 := pairs[k-1][0], pairs[k-1][1], pairs[k][0], pairs[k][1]
		if len(content(a[i0+1:i1])) > 0 && len(content(b[j0+1:j1])) > 0 {
			n++
		}
	}
	return n
}

// alignment lists the pairs of places (in a, in b) of a heaviest common
// subsequence of a and b.
func alignment(a, b []Word) [][2]int {
	n, m := len(a), len(b)
	t := hcs(a, b)
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case same(a[i].Fold, b[j].Fold) && t[i][j] == t[i+1][j+1]+weight(a[i]):
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// Apart says why two alike wordings are not taken as one remark, for the
// reviewer: a negation, other figures, words that trade places, or
// words replaced; "" when none of these holds.
func (s Score) Apart() string {
	switch {
	case s.Negation:
		return "one of them negates (not, no, never, n't) where the other does not"
	case s.Numbers:
		return "they give other figures"
	case s.Moved > MaxMoved:
		return "their content words stand in another order (words that trade places)"
	case s.Substituted:
		return "content words of the shorter are replaced by others"
	}
	return ""
}

// Shortfall says, for two wordings that are not close, why: the guard
// that keeps them apart, or which threshold the figure shown to people
// (Similarity) misses. A trimmed copy is measured by containment, which
// needs ContainClose, not DiceClose; printing the containment next to
// DiceClose read as "0.74, below 0.60".
func (s Score) Shortfall() string {
	sim := s.Similarity()
	if why := s.Apart(); why != "" {
		return fmt.Sprintf("similarity %.2f, but %s", sim, why)
	}
	if why := s.stemShortfall(); why != "" {
		return why
	}
	switch {
	case s.Shared < MinShared:
		return fmt.Sprintf("similarity %.2f, but they share too few words: a weight of %.2f, a variant needs %.2f", sim, s.Shared, MinShared)
	case s.Containment > s.Dice:
		return fmt.Sprintf("similarity %.2f, the share of the shorter found in the longer, below a trimmed copy's %.2f (and Dice %.2f, below a variant's %.2f)", sim, ContainClose, s.Dice, DiceClose)
	}
	return fmt.Sprintf("similarity %.2f, below a variant's %.2f", sim, DiceClose)
}
