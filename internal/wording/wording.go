// Package wording compares how sources word the same remark: one outlet
// quotes "I think the rest will work out fairly well", another "the rest of
// the things will work out fairly well". The measure is on words, in order:
//
//   - words are compared in their folded form (case, diacritics,
//     transliteration: names.Normalize and names.Fold), and two words of at
//     least five letters that differ by one edit or one swap of neighbours
//     are the same word (metres, meters);
//   - the words both texts share, in order, are their longest common
//     subsequence, weighted: a function word (the, of, will, we...) counts
//     FunctionWeight, any other word 1, so that shared grammar alone does not
//     make two remarks alike;
//   - Dice is twice the shared weight over the two texts' weights together;
//     Containment is the shared weight over the lighter text's weight (1 when
//     one text is a trimmed copy of the other).
//
// Two wordings are variants of one remark (Close) when they are the same
// words, or when they share a weight of at least MinShared and Dice is at
// least DiceClose or the shorter is contained at least ContainClose (a
// trimmed quote). Two short remarks that share two words ("really close",
// "We're really, really close") are not taken as one: they are a near
// miss, unless one is a fragment of the other (Fragment: the content
// words of the shorter, at least MinFragment of them, are consecutive
// content words of the longer: "two meters" of "we are about the last two
// meters away", "really close" of "We are really very close"), or they
// share a run of MinRun words (Overlap: overlapping pieces of one answer),
// or one retells the other (Reworded, reworded.go: content words by their
// stems, order aside). Guards keep alike wordings apart: a negation, other
// figures, words that trade places, replaced words (Score.Apart).
// See docs/extract.md for how the thresholds were chosen.
package wording

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kb/internal/names"
)

// Thresholds of Close, and of a near miss worth naming to a reviewer.
const (
	FunctionWeight = 0.25
	DiceClose      = 0.6
	ContainClose   = 0.9
	MinShared      = 2.5
	DiceNear       = 0.35
	ContainNear    = 0.6
	MinFragment    = 2
	MinRun         = 8
)

// Word is one word of a text: as written, its folded form and its place.
type Word struct {
	Text       string
	Fold       string
	Start, End int  // byte offsets in the text
	Opens      bool // the first word of a sentence of the text (h_layout.go)
}

// Words splits s into words: runs of letters and digits, with apostrophes
// inside a word kept in it (don't, Zelenskiy's).
func Words(s string) []Word {
	var out []Word
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		t := s[start:end]
		if f := names.Fold(names.Normalize(t)); f != "" {
			opens := len(out) == 0 || opensSentence(s[out[len(out)-1].End:start])
			out = append(out, Word{Text: t, Fold: strings.ReplaceAll(f, " ", ""), Start: start, End: end, Opens: opens})
		}
		start = -1
	}
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !inWord && start >= 0 && isApostrophe(r) {
			// an apostrophe between letters stays in the word
			if j := i + utf8.RuneLen(r); j < len(s) {
				if n, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(n) {
					continue
				}
			}
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// function words weigh less: they are shared by remarks that differ.
var function = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of to in on at by for from with without into about as and or but nor so
		if than then that this these those there here it its is are was were be been being am do does did has have had
		will would shall should can could may might must i me my we us our you your he him his she her they them their
		who whom which what not no yes all any some very just also too more most much many such own same other`) {
		function[names.Fold(w)] = true
	}
}

func weight(w Word) float64 {
	if function[w.Fold] {
		return FunctionWeight
	}
	return 1
}

// same says whether two folded words are one word, allowing one edit or
// one swap of neighbours in words of five letters or more.
func same(a, b string) bool {
	if a == b {
		return true
	}
	if isASCII(a) && isASCII(b) {
		// the common case, without allocating: it runs for every pair of
		// words of every window kb check scores
		return len(a) >= 5 && len(b) >= 5 && oneEdit(a, b)
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 || abs(len(ra)-len(rb)) > 1 {
		return false
	}
	return osa(ra, rb) <= 1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// oneEdit says whether two different ASCII words are one edit (insert,
// delete, replace) or one swap of neighbours apart: osa(a, b) == 1.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) < len(b) {
		return a[i:] == b[i+1:]
	}
	if a[i+1:] == b[i+1:] {
		return true // replaced
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// osa is the optimal string alignment distance (edits and swaps of
// neighbours).
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// Score is how alike two wordings are.
type Score struct {
	Shared      float64 // weight of the words both have, in order
	Dice        float64
	Containment float64
	Identical   bool // the same words, folded
	// Fragment: the content words of the text with fewer of them (at least
	// MinFragment) are, in order, consecutive content words of the other:
	// one outlet quoted a piece of the remark another quoted whole.
	Fragment bool
	// Overlap: the two share a run of at least MinRun words in a row, as
	// two outlets quoting overlapping pieces of one answer do (one quotes
	// "A, B", the other "B, C").
	Overlap bool
	// Negation: one text negates (not, no, nor, never, n't) more often
	// than the other; “will fall into place” and “will not fall into place”
	// share nearly every word but are not one remark. A fragment that
	// leaves a negation out is only a near miss, for the reviewer.
	Negation bool
	// Numbers: the lighter text gives other figures than the part of the
	// other it lines up with (“20,000 soldiers” / “30,000 soldiers”):
	// never close, only a near miss.
	Numbers bool
	// Reworded: the two share at least MinReworded content stems order
	// aside, with a Dice on content stems (StemDice) of at least
	// StemDiceClose and at most MaxMoved of them in another order: one
	// remark retold in other words or translated again.
	Reworded bool
	StemDice float64
	// Moved is how many blocks of shared content words stand in another
	// order; more than MaxMoved and the two are not close by Dice either
	// (words that trade places: “cut taxes … raise spending”).
	Moved int
	// Substituted: too many content words of the lighter text are replaced
	// by others where the two line up (MaxSubstituted); they are not close
	// by Dice, only by the other rules.
	Substituted bool
	// Sentence: the lighter text is word for word one or more whole
	// sentences of the other (“for good” of “I'm leaving. For good.”),
	// h_layout.go.
	Sentence bool
	// StemShared is how many content stems the two share, order aside.
	StemShared int
	// Retold: every content word of the lighter text (at least
	// MinReworded), order aside but for one block, is in a short run of
	// the other's: a retelling quoted with a long tail, h_layout.go.
	Retold bool
}

// Close says whether the two wordings are variants of one remark.
func (s Score) Close() bool {
	return s.Identical || !s.Negation && !s.Numbers && (s.Fragment || s.Overlap || s.Reworded || s.Sentence || s.Retold ||
		s.Moved <= MaxMoved && s.Shared >= MinShared && (s.Containment >= ContainClose || s.Dice >= DiceClose && !s.Substituted))
}

// Near says whether the two are alike enough to name to a reviewer.
func (s Score) Near() bool {
	return !s.Close() && (s.nearByWords() || s.nearByStems())
}

// nearByWords: a weight of 2 shared in order, with Dice ≥ DiceNear or
// containment ≥ ContainNear.
func (s Score) nearByWords() bool {
	return s.Shared >= 2 && (s.Dice >= DiceNear || s.Containment >= ContainNear)
}

// Similarity is the single figure shown to people: the larger of Dice and
// (for a trimmed copy with enough shared words) Containment.
func (s Score) Similarity() float64 {
	if s.Identical {
		return 1
	}
	if (s.Fragment || s.Overlap || s.Sentence || s.Retold || s.Shared >= MinShared) && s.Containment > s.Dice {
		return s.Containment
	}
	if s.Reworded && s.StemDice > s.Dice {
		return s.StemDice
	}
	return s.Dice
}

// Compare scores two texts.
func Compare(a, b string) Score { return CompareWords(Words(a), Words(b)) }

// CompareWords scores two texts already split into words.
func CompareWords(a, b []Word) Score {
	wa, wb := total(a), total(b)
	if wa == 0 || wb == 0 {
		return Score{}
	}
	shared := lcs(a, b)
	identical := len(a) == len(b)
	for i := 0; identical && i < len(a); i++ {
		identical = a[i].Fold == b[i].Fold
	}
	stems, stemDice, moved := stemScore(a, b)
	light := a
	if wb < wa {
		light = b
	}
	return Score{Shared: shared, Dice: 2 * shared / (wa + wb), Containment: shared / min(wa, wb), Identical: identical,
		Fragment: fragment(a, b) || gappedFragment(a, b), Overlap: longestRun(a, b) >= MinRun,
		Negation: negationDiffers(a, b, wa <= wb), Numbers: numbersDiffer(a, b, wa <= wb),
		Reworded: stems >= MinReworded && stemDice >= StemDiceClose && moved <= MaxMoved, StemDice: stemDice, StemShared: stems,
		Moved: moved, Substituted: substituted(a, b, len(content(light))),
		Sentence: wholeSentence(a, b), Retold: retoldTrimmed(a, b)}
}

// substituted says whether too many of the lighter text's n content words
// are replaced by others (MaxSubstituted).
func substituted(a, b []Word, n int) bool {
	s := substitutions(a, b)
	if n < MinReworded {
		return s > 0
	}
	return float64(s) > MaxSubstituted*float64(n)
}

// longestRun is the length of the longest run of words a and b share in
// a row.
func longestRun(a, b []Word) int {
	if len(a) < MinRun || len(b) < MinRun {
		return 0 // only whether a run reaches MinRun is asked
	}
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cur[j] = 0
			if same(a[i-1].Fold, b[j-1].Fold) {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// content is the words that carry a remark: not the function words, but
// negations are kept (“will not fall into place” is no fragment of “will
// fall into place”).
func content(ws []Word) []string {
	var out []string
	for _, w := range ws {
		switch n := number(w); {
		case n != "":
			out = append(out, n) // a figure in words or digits: two, 2
		case weight(w) == 1 || negation[w.Fold]:
			out = append(out, w.Fold)
		}
	}
	return out
}

var negation = map[string]bool{"not": true, "no": true, "nor": true, "never": true}

// negationDiffers says whether the lighter text (a when aFirst) negates
// a different number of times than the part of the other it lines up with
// (from the word before its first shared word to its last): a negation
// elsewhere in a longer quote does not count.
func negationDiffers(a, b []Word, aFirst bool) bool {
	if negations(a) == 0 && negations(b) == 0 {
		return false
	}
	if !aFirst {
		a, b = b, a
	}
	lo, hi, ok := alignedSpan(a, b)
	if !ok {
		return negations(a) != negations(b)
	}
	return negations(a) != negations(b[max(lo-1, 0):hi+1])
}

// hcs is the suffix table of a heaviest common subsequence of a and b:
// t[i][j] is the weight shared by a[i:] and b[j:], content words
// outweighing function words.
func hcs(a, b []Word) [][]float64 {
	n, m := len(a), len(b)
	t := make([][]float64, n+1)
	for i := range t {
		t[i] = make([]float64, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			t[i][j] = max(t[i+1][j], t[i][j+1])
			if same(a[i].Fold, b[j].Fold) {
				t[i][j] = max(t[i][j], t[i+1][j+1]+weight(a[i]))
			}
		}
	}
	return t
}

// alignedSpan is the first and last word of b in a heaviest common
// subsequence of a and b.
func alignedSpan(a, b []Word) (int, int, bool) {
	n, m := len(a), len(b)
	t := hcs(a, b)
	lo, hi := -1, -1
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case same(a[i].Fold, b[j].Fold) && t[i][j] == t[i+1][j+1]+weight(a[i]):
			if lo < 0 {
				lo = j
			}
			hi = j
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return lo, hi, lo >= 0
}

func negations(ws []Word) int {
	n := 0
	for _, w := range ws {
		if negation[w.Fold] || strings.HasSuffix(w.Fold, "nt") && strings.ContainsAny(w.Text, "'’ʼ") {
			n++
		}
	}
	return n
}

// fragment says whether the content words of one text are consecutive
// content words of the other (the one with fewer content words inside the
// other; at least MinFragment of them).
func fragment(a, b []Word) bool {
	ca, cb := content(a), content(b)
	if len(ca) > len(cb) {
		ca, cb = cb, ca
	}
	if len(ca) < MinFragment {
		return false
	}
	for i := 0; i+len(ca) <= len(cb); i++ {
		k := 0
		for k < len(ca) && same(ca[k], cb[i+k]) {
			k++
		}
		if k == len(ca) {
			return true
		}
	}
	return false
}

func total(ws []Word) float64 {
	t := 0.0
	for _, w := range ws {
		t += weight(w)
	}
	return t
}

// lcs is the weight of the heaviest common subsequence of a and b.
func lcs(a, b []Word) float64 {
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cur[j] = max(prev[j], cur[j-1])
			if same(a[i-1].Fold, b[j-1].Fold) {
				cur[j] = max(cur[j], prev[j-1]+weight(a[i-1]))
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Window is the passage of a longer text that best matches a wording.
type Window struct {
	Start, End int // byte offsets in the longer text
	Text       string
	Score      Score
}

// Best finds the run of words of passage that is most like text: a close
// one when there is one (the highest Similarity), else the nearest. It is
// how a re-report's evidence is checked and how its wording is found.
func Best(text, passage string) (Window, bool) {
	tw, pw := Words(text), Words(passage)
	if len(tw) == 0 || len(pw) == 0 {
		return Window{}, false
	}
	var best Window
	found := false
	better := func(s Score, w Window) bool {
		if !found {
			return true
		}
		if s.Close() != w.Score.Close() {
			return s.Close()
		}
		// Dice, not Containment: any piece of the text is contained in it
		return s.Dice > w.Score.Dice+1e-9
	}
	// windows no longer than twice the text: a remark is not reworded at
	// twice its length
	limit := 2*len(tw) + 2
	// Only windows that begin and end on a word the text shares are
	// scored: a word the text lacks at either edge only lowers every
	// measure (it adds weight to one side and nothing to the shared part),
	// so the best window is among them, and the search is linear in the
	// passage's shared words rather than in all its words.
	edge := make([]bool, len(pw))
	for i, p := range pw {
		for _, t := range tw {
			if sameStem(p.Fold, t.Fold) || (number(p) != "" && number(p) == number(t)) {
				edge[i] = true
				break
			}
		}
	}
	for i := range pw {
		if !edge[i] {
			continue
		}
		for j := i + 1; j <= len(pw) && j-i <= limit; j++ {
			if !edge[j-1] {
				continue
			}
			s := CompareWords(tw, pw[i:j])
			if better(s, best) {
				best = Window{Start: pw[i].Start, End: pw[j-1].End, Text: passage[pw[i].Start:pw[j-1].End], Score: s}
				found = true
			}
		}
	}
	return best, found
}

// Op is one step of a word diff: "=" kept, "-" only in the first text, "+"
// only in the second.
type Op struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Diff lists the words of a and b as kept, removed and added, with runs of
// one kind joined (the words as each text writes them, spaced).
func Diff(a, b string) []Op {
	wa, wb := Words(a), Words(b)
	n, m := len(wa), len(wb)
	// suffix table of the heaviest common subsequence: content words
	// outweigh function words, so a retold wording whose words moved keeps
	// its content words in place (“the last 10 metres”) rather than a
	// scatter of “the” and “are”
	t := hcs(wa, wb)
	ops := []Op{}
	add := func(op, text string) {
		if k := len(ops) - 1; k >= 0 && ops[k].Op == op {
			ops[k].Text += " " + text
			return
		}
		ops = append(ops, Op{op, text})
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case same(wa[i].Fold, wb[j].Fold) && t[i][j] == t[i+1][j+1]+weight(wa[i]) && t[i][j+1] < t[i][j]:
			// a match, unless the same word later does as well: the kept
			// words then stay together (“+Always the hardest are =the last”)
			if wa[i].Fold == wb[j].Fold {
				add("=", wb[j].Text)
			} else { // a spelling variant: show both
				add("-", wa[i].Text)
				add("+", wb[j].Text)
			}
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			add("-", wa[i].Text)
			i++
		default:
			add("+", wb[j].Text)
			j++
		}
	}
	for ; i < n; i++ {
		add("-", wa[i].Text)
	}
	for ; j < m; j++ {
		add("+", wb[j].Text)
	}
	return ops
}

// Changes renders only what differs: -"I think" +"of the things".
func Changes(ops []Op) string {
	var parts []string
	for _, o := range ops {
		if o.Op != "=" {
			parts = append(parts, o.Op+"“"+o.Text+"”")
		}
	}
	return strings.Join(parts, " ")
}
