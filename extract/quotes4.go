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
