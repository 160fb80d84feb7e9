package extract

import "strings"

// trailingIn is the cue of sentence si written right after a quotation
// that ends in a comma, question or exclamation mark ("“…,” B said", "“…?”
// asked B"): nothing but spaces between the closing mark and the cue's
// speaker or verb.
func (x *extractor) trailingIn(q quote, si int, cues []cue) *cue {
	inner := strings.TrimRight(x.d.text(q.inner), " ")
	if inner == "" || !strings.ContainsAny(inner[len(inner)-1:], ",?!") {
		return nil
	}
	toks := x.d.sents[si].toks
	for ci := range cues {
		c := &cues[ci]
		if c.speaker == nil || c.according || c.participle {
			continue
		}
		first := c.i
		if c.np[0] >= 0 && c.np[0] < first {
			first = c.np[0]
		}
		if toks[first].Start < q.outer.End || strings.TrimSpace(string(x.d.rs[q.outer.End:toks[first].Start])) != "" {
			continue
		}
		return c
	}
	return nil
}

// quotedByOther says whether a quotation opens at toks[b] that another
// speaker's trailing attribution follows ("A said the vote was fair, but
// “…,” B said."): A's claim ends before it (rule second-speaker).
func (x *extractor) quotedByOther(s *sentence, cues []cue, c *cue, b int) bool {
	t := s.toks[b]
	if !isOpenQuote(t.text) || c.speaker == nil {
		return false
	}
	for _, q := range x.d.quotes {
		if q.outer.Start == t.Start {
			o := x.trailingIn(q, c.sent, cues)
			return o != nil && o != c && o.speaker != c.speaker
		}
	}
	return false
}

// indefiniteApposition finds the full name set beside an indefinite
// description after a cue ("shouted one resident, Eva Moe", "said a
// neighbour, Jo Lind,"): [a, b), else a == b.
func indefiniteApposition(toks []tok, j int) (int, int) {
	if j >= len(toks) {
		return 0, 0
	}
	switch lower(toks[j]) {
	case "one", "a", "an", "another":
	default:
		return 0, 0
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].word && !isCap(toks[k]) {
		k++
	}
	if k == j+1 || k >= len(toks) || toks[k].text != "," {
		return 0, 0
	}
	a, b := namesAt(toks, k+1)
	if b-a < 2 || b-a > 4 {
		return 0, 0
	}
	for _, t := range toks[a:b] {
		if isAcronym(t.text) || orgSuffixes[lower(t)] || thingNouns[lower(t)] {
			return 0, 0
		}
	}
	if b < len(toks) && toks[b].text != "," && toks[b].text != "." && !isCloseQuote(toks[b].text) {
		return 0, 0
	}
	return a, b
}

// appositionAfterQuote is appositionSubject for a subject that opens the
// sentence or follows a quotation: "“…,” Hanna Lie, 44, of Mill Street,
// said." (x-quotes4).
func appositionAfterQuote(toks []tok, k int) (int, int, bool) {
	if a, e, ok := appositionSubject(toks, k); ok {
		return a, e, ok
	}
	for q := k - 1; q > 0; q-- {
		if isOpenQuote(toks[q].text) && !isCloseQuote(toks[q].text) {
			return 0, 0, false
		}
		if isCloseQuote(toks[q].text) {
			if toks[q-1].text != "," && toks[q-1].text != "?" && toks[q-1].text != "!" {
				return 0, 0, false
			}
			if a, e, ok := appositionSubject(toks[q+1:], k-q-1); ok {
				return a + q + 1, e + q + 1, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// pronounGender records the gender of the pronoun a person of unknown
// gender was found to be ("“…,” he said" resolved to Lars Holm): a later
// "she" does not go to him (x-quotes4).
func (x *extractor) pronounGender(e *Entity, w string) {
	if e == nil || e.Kind != KindPerson || x.genderOf(e) != 0 {
		return
	}
	if w == "she" || w == "her" {
		x.pro.gender[e] = 'f'
	} else {
		x.pro.gender[e] = 'm'
	}
}

// inWordsOf says whether "in the words of" opens at toks[k].
func inWordsOf(toks []tok, k int) bool {
	return k+4 < len(toks) && lower(toks[k]) == "in" && lower(toks[k+1]) == "the" && lower(toks[k+2]) == "words" && lower(toks[k+3]) == "of"
}
