package wording

import "fmt"

// Short and trimmed re-reports (x-h-layout, from batch H's misses): a
// whole sentence of a remark quoted alone (“for good” of “I'm leaving.
// For good.”), and a remark retold in another order by one outlet and
// quoted with a long tail by another (“in sport, no one is truly
// irreplaceable” / “No one in sport is truly irreplaceable, and the
// club will find …”).

// MinSentenceWords is the least number of words of a whole sentence
// quoted alone: one word is a term, not a remark.
const MinSentenceWords = 2

// opensSentence says whether the text between two words (sep) ends a
// sentence: a full stop, question or exclamation mark in it (not an
// ellipsis: “To the new leader… I say” is one sentence cut).
func opensSentence(sep string) bool {
	for _, r := range sep {
		switch r {
		case '.', '!', '?':
			return true
		}
	}
	return false
}

// wholeSentence says whether either text, of fewer words than the other
// (at least MinSentenceWords, one of them a content word), is word for
// word one or more whole sentences of the other: it starts where a
// sentence of the other starts and ends where one ends.
func wholeSentence(a, b []Word) bool { return sentencesOf(a, b) || sentencesOf(b, a) }

// sentencesOf says whether the words of a are whole sentences of b.
func sentencesOf(a, b []Word) bool {
	if len(a) < MinSentenceWords || len(content(a)) == 0 || len(a) >= len(b) {
		return false
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if !b[i].Opens || i+len(a) < len(b) && !b[i+len(a)].Opens {
			continue
		}
		k := 0
		for k < len(a) && same(a[k].Fold, b[i+k].Fold) {
			k++
		}
		if k == len(a) {
			return true
		}
	}
	return false
}

// retoldTrimmed says whether the text with fewer content words (at least
// MinReworded) has every one of them, by its stem, within a run of the
// other's content words at most MaxGapFactor times as long, with at most
// MaxMoved blocks in another order: one outlet retold a remark in
// another order, the other quoted it with more after it, so that the
// Dice of the whole texts is too low for Reworded.
func retoldTrimmed(a, b []Word) bool {
	ca, cb := content(a), content(b)
	if len(ca) > len(cb) {
		ca, cb = cb, ca
	}
	if len(ca) < MinReworded {
		return false
	}
	for _, w := range ca {
		if !containsStem(cb, w) {
			return false // the common case, cheaply: a word the other lacks
		}
	}
	for i := range cb {
		if !sameStem(ca[0], cb[i]) && !containsStem(ca, cb[i]) {
			continue
		}
		for j := i + len(ca); j <= len(cb) && j-i <= MaxGapFactor*len(ca); j++ {
			if shared, _, moved := stemCompare(ca, cb[i:j]); shared == len(ca) && moved <= MaxMoved {
				return true
			}
		}
	}
	return false
}

// containsStem says whether the list holds a word of w's stem.
func containsStem(list []string, w string) bool {
	for _, x := range list {
		if sameStem(x, w) {
			return true
		}
	}
	return false
}

// ContentWords is how many content words (not function words; negations
// and figures count) a text has.
func ContentWords(ws []Word) int { return len(content(ws)) }

// MinNearStems is the least number of content stems, order aside, two
// wordings must share to be named to a reviewer as a near miss when their
// words in order are too few: two translations of one remark ("exactly
// betrayal. Extravagant ambitions …" / "exorbitant ambitions … led to the
// betrayal") share their content words in another order and little else.
const MinNearStems = 4

// nearByStems says whether two wordings are a near miss by their content
// stems, order aside: MinNearStems of them, with a Dice on stems of at
// least DiceNear.
func (s Score) nearByStems() bool {
	return s.StemShared >= MinNearStems && s.StemDice >= DiceNear
}

// stemShortfall says why a near miss by stems alone is no retelling; ""
// when the pair is near (or not) by its words in order.
func (s Score) stemShortfall() string {
	if s.Close() || !s.nearByStems() || s.nearByWords() {
		return ""
	}
	return fmt.Sprintf("%d content words in common by their stems, order aside (Dice on stems %.2f), below a retelling's %d and %.2f", s.StemShared, s.StemDice, MinReworded, StemDiceClose)
}
