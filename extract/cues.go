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
	np         [2]int    // the speaker's tokens
	comp       [2]int    // the complement's tokens; comp[0] < 0 when none
	also       []*Entity // joint speakers after the first: "Hale and Mercer said"
	quotedAs   bool      // "was quoted as saying": the subject speaks
	passiveBy  bool      // "was stated by X": X speaks
	refersBack bool      // "this was stated by X": the sentence before is the claim
	quoteOnly  bool      // "“...,” per the Journal": attributes the quotation, no claim of its own
	quotedBy   int       // "…, Interfax quoted X as saying": the index of "as" (X speaks); 0 when none
	phrase     bool      // a cue phrase: its claim follows it, "that" or not
	hs         string    // the rule of h_speakers.go that made it a cue, or ""
}

func (c *cue) text(toks []tok) string { return joinToks(toks[c.i:c.j]) }

var determiners = map[string]bool{"’s": true, "the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "these": true, "those": true, "such": true, "our": true, "my": true, "your": true, "this": true, "that": true}

var prepositions = map[string]bool{"in": true, "on": true, "at": true, "last": true, "earlier": true, "during": true, "to": true, "from": true, "with": true, "by": true}

// passiveAux before a past participle make it passive.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "get": true, "got": true}

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
		case verdictNouns[w] && verdictColon(toks, k):
			// "Chairman X’s verdict: “…”", "X’s response was short: “…”" (x-quotes4)
			c.i, c.j, c.phrase = k-1, k+1, true
		case w == "in" && inWordsOf(toks, k):
			c.j, c.according = k+4, true // "in the words of X": as "according to" (x-quotes4)
		case t.text == "per" && k > 0 && (toks[k-1].text == "," || isCloseQuote(toks[k-1].text)) && k+1 < len(toks) && (isCap(toks[k+1]) || next == "the" && k+2 < len(toks) && isCap(toks[k+2])):
			// "..., per the Journal": as "according to" (not "per cent", "per share")
			c.j, c.according = k+1, true
			c.quoteOnly = isCloseQuote(prev) || prev == "," && k > 1 && isCloseQuote(toks[k-2].text)
		case quotedActive(toks, k) > 0 && !passiveAux[prev] && prev != "been":
			// "…, the Interfax agency quoted Varin as saying": Varin speaks
			c.quotedBy = quotedActive(toks, k)
			c.j = c.quotedBy + 2
			if lower(toks[c.quotedBy]) != "as" {
				c.j = c.quotedBy + 1 // "quoted him saying" (x-quotes4)
			}
		case w == "read" && (next == ":" || isOpenQuote(next)) && statementBefore(toks, k):
			// "A statement from the club read: “...”": a document's words
		case cuePhraseLen(toks, k) > 0:
			c.j, c.phrase = k+cuePhraseLen(toks, k), true // rule cue-phrase: "went on to say", "was of the view that"
		case phrasalCues[w+" "+next]:
			c.j = k + 2
		case (w == "made" || w == "makes") && next == "it" && k+3 < len(toks) && lower(toks[k+2]) == "clear" && lower(toks[k+3]) == "that":
			c.j = k + 3 // "X made it clear that ..."
		case (w == "asked" || w == "wondered") && (x.questionBefore(si, k) || x.questionEndsBefore(si, k)):
			// "“Is it settled?” Lee asked Tan.": after a quoted question,
			// "asked" attributes it (rule asked-after-question)
		case hcClaimedTo(toks, k):
			c.j, c.phrase = k+2, true // "claimed to hold the airport" (rule claimed-to, h_claims.go)
		case hcSharedThat(toks, k):
			c.j, c.phrase = k+2, true // "shared that he feels" (rule cue-phrase, h_claims.go)
		case x.hcFindingCue(toks, k):
			// "A study … has found that", "the findings suggest that" (rule research-finding, h_claims.go)
		case hasKey(cueVerbs, w):
			if determiners[prev] || (k > 0 && toks[k-1].text == "’s") {
				continue // a noun: "Russia’s claims"
			}
			if k >= 2 && strings.HasSuffix(prev, "ly") && determiners[lower(toks[k-2])] {
				continue // an adjective: "the recently concluded series", "a widely reported deal" (x-speakers5)
			}
			if k >= 2 && strings.HasSuffix(w, "s") && quantityWords[lower(toks[k-2])] && toks[k-1].word {
				continue // a plural noun: "five Arab states", "two new claims"
			}
			if k >= 1 && strings.HasSuffix(w, "s") && (quantityWords[prev] || isDigits(toks[k-1].text)) {
				continue // a plural noun: "Ten questions for ...", "12 warnings" (x-quotes4)
			}
			if (prev == "than" || prev == "as") && !strings.HasSuffix(w, "ing") {
				continue // "faster than expected", "as promised"
			}
			if k > 0 && isCap(t) {
				continue // a name: "United States President"
			}
			if next == "into" || next == "onto" || next == "off" {
				continue // a motion: "the probe slammed into the asteroid"
			}
			if (passiveAux[prev] || prev == "been") && next == "by" && !strings.HasSuffix(w, "ing") {
				// "this was stated by X": the agent speaks
				c.passiveBy = true
				c.refersBack = k >= 2 && demonstratives[lower(toks[k-2])]
				break
			}
			if passiveAux[prev] && !strings.HasSuffix(w, "ing") && !baseForms[w] && !strings.HasSuffix(w, "s") || prev == "been" || prev == "being" {
				continue // a passive: "had been told", "was reported"
			}
			if baseForms[w] && !(groupNouns[prev] || pluralSubjects[prev] || prev == "did" || prev == "does" || groupModified(toks, k-1) || hsInfinitiveColon(toks, k)) { // (h_speakers.go)
				// "did confirm that": emphatic, a cue; "to confirm", "will confirm": not
				continue
			}
			if participleCues[w] {
				if prev == "as" && quotedBefore(toks, k) {
					c.quotedAs = true // "X was quoted by Y as saying that"
					break
				}
				if prev != "," && !(isCloseQuote(prev) && k > 1 && toks[k-2].text == ",") && !documentSaying(toks, k) && withSubject(toks, adverbStart(toks, k)) < 0 && !byGerund(toks, k) && frontedGerund(toks, k) < 0 && !hsAndParticiple(toks, k) && !hcParticipleThat(toks, k) { // (byGerund, frontedGerund: g_rules.go; hsAndParticiple: h_speakers.go; hcParticipleThat: h_claims.go; adverbStart: residual.go)
					continue // ", adding", and “... close,” noting
				}
				c.participle = true
			}
		case x.hsCueAt(toks, k, &c): // quote-mention-verb, this-is-how (h_speakers.go)
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
	for j < len(toks) && toks[j].word && !toks[j].surname {
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

// timeWords may stand between a speaker and a cue or between a cue and its
// claim: "X on Wednesday warned", "said late Tuesday that".
var timeWords = map[string]bool{
	"on": true, "in": true, "late": true, "early": true, "earlier": true, "last": true, "this": true, "yesterday": true,
	"today": true, "tonight": true, "week": true, "month": true, "year": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "weekend": true,
}

// isTimeWord says whether toks[k] belongs to a date phrase after a cue:
// a time word, a weekday or month, or a day number after a month.
func isTimeWord(toks []tok, k int) bool {
	t := toks[k]
	w := strings.TrimSuffix(lower(t), ".")
	if t.surname {
		return false // "Mr Friday said": a name (rule calendar-surname)
	}
	if weekdayIndex(w) >= 0 || monthIndex(w) >= 0 || monthAbbrev[w] {
		return true
	}
	if t.text == "." && k > 0 && monthAbbrev[lower(toks[k-1])] {
		return true
	}
	if k > 0 && t.word && t.text[0] >= '0' && t.text[0] <= '9' && len(t.text) <= 2 && isTimeWord(toks, k-1) {
		return true
	}
	if !timeWords[w] || k > 0 && isCap(t) {
		return false // "USA Today" is a name
	}
	// "on", "in", "this" and "last" only before another time word ("told
	// The Harbour Post in January"; "in a statement" is no date)
	if w == "on" || w == "in" || w == "this" || w == "last" || w == "late" || w == "early" {
		return k+1 < len(toks) && isTimeWord(toks, k+1)
	}
	return true
}

var monthAbbrev = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// quotedBefore says whether "quoted" stands shortly before toks[k]:
// "was quoted by Russian media on Sunday as saying".
func quotedBefore(toks []tok, k int) bool {
	for i := k - 1; i >= 0 && i >= k-10; i-- {
		if lower(toks[i]) == "quoted" {
			return true
		}
	}
	return false
}

// quantityWords before a word and a cue make the cue a plural noun.
var quantityWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "several": true, "many": true, "some": true, "few": true, "both": true, "all": true,
}

var demonstratives = map[string]bool{"this": true, "that": true, "it": true, "these": true, "so": true}

// claimCues are the cues that may attribute a reported claim.
func claimCues(cues []cue) []cue {
	for _, c := range cues {
		if c.quoteOnly {
			out := make([]cue, 0, len(cues))
			for _, c := range cues {
				if !c.quoteOnly {
					out = append(out, c)
				}
			}
			return out
		}
	}
	return cues
}

// sourceOfOther says whether cues[ci] is an "according to X" (or "per X")
// that only gives the source of another cue's words ("he said in a
// letter, according to the company"): X is then not the speaker a
// following quote or pronoun continues.
func sourceOfOther(cues []cue, ci int) bool {
	if !cues[ci].according {
		return false
	}
	for i, c := range cues {
		if i != ci && !c.according {
			return true
		}
	}
	return false
}

// statementBefore says whether a statement, letter or the like is named
// before toks[k] in its sentence: "A joint statement from X, Y and Z, read:".
func statementBefore(toks []tok, k int) bool {
	for i := 0; i < k; i++ {
		if media[lower(toks[i])] {
			return true
		}
	}
	return false
}
