package extract

import (
	"strings"
)

// cue is one verb of attribution in a sentence, with what it attributes.
type cue struct {
	sent       int
	i, j       int // the cue's tokens, modifiers included: [i, j)
	verb       int // the verb's token
	participle bool
	according  bool
	speaker    *Entity
	why        Why
	np         [2]int // the speaker's tokens
	comp       [2]int // the complement's tokens; comp[0] < 0 when none
}

func (c *cue) text(toks []tok) string { return joinToks(toks[c.i:c.j]) }

var determiners = map[string]bool{"’s": true, "the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "these": true, "those": true, "such": true, "our": true, "my": true, "your": true, "this": true, "that": true}

var baseForms = map[string]bool{"say": true, "tell": true, "warn": true, "claim": true, "counter": true, "accuse": true, "expect": true, "acknowledge": true, "believe": true}

var prepositions = map[string]bool{"in": true, "on": true, "at": true, "last": true, "earlier": true, "during": true, "to": true, "from": true, "with": true, "by": true}

var pluralSubjects = map[string]bool{"they": true, "we": true, "i": true, "you": true}

// findCues lists the cues of a sentence.
func (x *extractor) findCues(si int) []cue {
	s := &x.d.sents[si]
	toks := s.toks
	var out []cue
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if !t.word || x.d.inQuote(t.Start) {
			continue
		}
		w := lower(t)
		next := ""
		if k+1 < len(toks) {
			next = lower(toks[k+1])
		}
		prev := ""
		if k > 0 {
			prev = lower(toks[k-1])
		}
		c := cue{sent: si, i: k, j: k + 1, verb: k, comp: [2]int{-1, -1}}
		switch {
		case w == "according" && next == "to":
			c.j, c.according = k+2, true
		case phrasalCues[w+" "+next]:
			c.j = k + 2
		case hasKey(cueVerbs, w):
			if determiners[prev] || (k > 0 && toks[k-1].text == "’s") {
				continue // a noun: "Russia’s claims"
			}
			if baseForms[w] && !(groupNouns[prev] || pluralSubjects[prev]) {
				continue
			}
			if participleCues[w] {
				if prev != "," {
					continue
				}
				c.participle = true
			}
		default:
			continue
		}
		// widen over auxiliaries and adverbs: "has repeatedly said"
		neg := false
		for c.i > 0 {
			p := lower(toks[c.i-1])
			if negations[p] {
				neg = true
			}
			if p == "has" || p == "have" || p == "had" || strings.HasSuffix(p, "ly") && cueModifiers[p] || p == "also" {
				c.i--
				continue
			}
			break
		}
		if neg || (c.i > 0 && negations[lower(toks[c.i-1])]) {
			continue
		}
		out = append(out, c)
		k = c.j - 1
	}
	return out
}

func hasKey(m map[string]bool, k string) bool { _, ok := m[k]; return ok }

// endsAttribution says whether the words after a cue at toks[j] close a
// trailing attribution: the sentence ends, perhaps after a date ("on
// Tuesday"), or a comma leads to a participle cue or a quotation.
func endsAttribution(toks []tok, j int) bool {
	for j < len(toks) && toks[j].word {
		w := lower(toks[j])
		if w == "on" || w == "in" || w == "last" || w == "yesterday" || w == "today" || w == "week" || w == "month" || weekdayIndex(w) >= 0 || monthIndex(w) >= 0 {
			j++
			continue
		}
		return false
	}
	if j >= len(toks) || toks[j].text == "." {
		return true
	}
	if toks[j].text == "," && j+1 < len(toks) {
		return participleCues[lower(toks[j+1])] || isOpenQuote(toks[j+1].text)
	}
	return false
}
