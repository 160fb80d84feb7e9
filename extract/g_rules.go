package extract

import (
	"strings"
	"unicode"
)

// Rules drawn from the misses of unseen batch G (docs/extract.md, section
// "x-g-rules (sixth session)"). Each is stated as a class of text and
// tested on invented articles under testdata/g-rules.

// guillemetsAsCurly returns rs with each guillemet that sits against its
// quotation's words (the wire style «The price is fair,» she said) read as
// the curly mark of the same side, and the original runes when it changed
// any, nil otherwise (rule guillemet-quotes). The quote finders then pair
// them as curly quotes; the drafts take their words from the original. A
// guillemet with a space inside (« Oui »), as French prints it, is left
// alone: its closing mark does not close where a curly one would.
func guillemetsAsCurly(rs []rune) (read, orig []rune) {
	for i, c := range rs {
		var to rune
		switch {
		case c == '«' && i+1 < len(rs) && isWordRune(rs[i+1]):
			to = '“'
		case c == '»' && i > 0 && !unicode.IsSpace(rs[i-1]):
			to = '”'
		default:
			continue
		}
		if orig == nil {
			orig = rs
			read = make([]rune, len(rs))
			copy(read, rs)
		}
		read[i] = to
	}
	if orig == nil {
		return rs, nil
	}
	return read, orig
}

// possessedQuote returns the possessor named right before a quotation
// mark in toks ("Bo Ray’s “reckless plan …”"): the index of the name's
// first word and its last, or -1.
func possessedQuote(toks []tok) (a, b int) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].text != "’s" || !isOpenQuote(toks[k+1].text) || !isNameTok(toks[k-1]) {
			continue
		}
		a = k - 1
		for a > 0 && isNameTok(toks[a-1]) {
			a--
		}
		return a, k - 1
	}
	return -1, -1
}

// fragmentRun is rule possessive-fragment: a sentence with no cue that
// opens with a name possessing a quotation ("Bo Ray’s “reckless plan
// threatens every farm”."), right after a sentence in which another
// person spoke, quotes that speaker's words about the possessor, not the
// possessor's. The sentence is noted as the running speaker's (x.fragOf),
// so that its quotation and a "she said" after it go on with that
// speaker; it reports whether it did so.
func (x *extractor) fragmentRun(si int, cues []cue) bool {
	if len(cues) > 0 || si == 0 {
		return false
	}
	s := &x.d.sents[si]
	run := x.spokeBefore(si) // over quotation-only sentences (residual.go)
	if run == nil {
		run = x.hsRunBefore(si) // across quote-only paragraphs (h_speakers.go)
	}
	if run == nil || run.Kind != KindPerson {
		return false
	}
	a, b := possessedQuote(s.toks)
	if a < 0 || a > 0 && !(a == 1 && sentenceLinks[lower(s.toks[0])]) {
		return false // the possessor must open the sentence, where its subject stands
	}
	if f := nameFields(run.Name); joinToks(s.toks[a:b+1]) == run.Name || b == a && s.toks[a].text == f[len(f)-1] {
		return false // the speaker's own words after all
	}
	if x.fragOf == nil {
		x.fragOf = map[int]*Entity{}
	}
	x.fragOf[si] = run
	x.noteSpoke(si, run)
	x.pro.push(run)
	return true
}

// sentenceLinks are the conjunctions a sentence may open with before
// its subject.
var sentenceLinks = map[string]bool{"but": true, "and": true, "yet": true, "so": true}

// fragmentSpeaker is the speaker of a quotation in a sentence noted by
// fragmentSpeaker is the speaker of a quotation in a sentence noted by
// fragmentRun: the one who spoke in the sentence before.
func (x *extractor) fragmentSpeaker(q quote, sents []int) (*Entity, Why) {
	if len(sents) != 1 {
		return nil, Why{}
	}
	run := x.fragOf[sents[0]]
	if run == nil {
		return nil, Why{}
	}
	s := &x.d.sents[sents[0]]
	a, b := possessedQuote(s.toks)
	if b < 0 || s.toks[b+2].Start != q.outer.Start {
		return nil, Why{} // another quotation of the sentence
	}
	return run, Why{Rule: "possessive-fragment", Confidence: 0.4, Note: "“" + joinToks(s.toks[a:b+1]) + "’s” opens the quotation, in a sentence with no cue after " + run.Name + " spoke: " + run.Name + "’s words about them"}
}

// otherNameBefore says whether toks[k], between a gendered word and the
// name of e that ends at toks[at], is a capitalised word of another name
// ("her husband Tom Lee": "husband" tells Tom Lee's gender, not Ann
// Lee's), so that the gendered word is not e's (rule gender-own-name).
func otherNameBefore(toks []tok, k int, e *Entity) bool {
	if !isCap(toks[k]) || maleWords[lower(toks[k])] || femaleWords[lower(toks[k])] {
		return false
	}
	for _, f := range nameFields(e.Name) {
		if toks[k].text == f {
			return false
		}
	}
	return isNameTok(toks[k])
}

// joinAges is rule spaced-age: an age written with a space ("the 48
// year-old Dane", "a 48 year old", "the 48-year old") is one token, read
// as "48-year-old", as the hyphenated form already was; its span covers
// the words as printed.
func joinAges(toks []tok) []tok {
	out := toks[:0:0]
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		n, rest := 0, ""
		switch {
		case isDigits(t.text) && k+1 < len(toks) && (lower(toks[k+1]) == "year-old" || lower(toks[k+1]) == "year-olds"):
			n, rest = 1, lower(toks[k+1])
		case isDigits(t.text) && k+2 < len(toks) && lower(toks[k+1]) == "year" && (lower(toks[k+2]) == "old" || lower(toks[k+2]) == "olds"):
			n, rest = 2, "year-"+lower(toks[k+2])
		case strings.HasSuffix(strings.ToLower(t.text), "-year") && isDigits(strings.TrimSuffix(t.text, "-year")) && k+1 < len(toks) && (lower(toks[k+1]) == "old" || lower(toks[k+1]) == "olds"):
			n, rest = 1, "year-"+lower(toks[k+1])
			t.text = strings.TrimSuffix(t.text, "-year")
		}
		if n == 0 {
			out = append(out, t)
			continue
		}
		t.text += "-" + rest
		t.End = toks[k+n].End
		out = append(out, t)
		k += n
	}
	return out
}

// unclosedApposition is rule unclosed-apposition: a name opening the
// sentence, a comma, and a lower-case title running up to the cue with no
// comma to close it ("Ann Lee, chairman and CEO at Zenko commented, “…”"),
// the cue then opening a quotation after a comma or colon: the speaker is
// the name, not the title's employer. k is the token before the cue's
// verb; it returns the name's tokens [a, e).
func (x *extractor) unclosedApposition(toks []tok, k int, c *cue) (int, int, bool) {
	if c.j+1 >= len(toks) || toks[c.j].text != "," && toks[c.j].text != ":" || !isOpenQuote(toks[c.j+1].text) {
		return 0, 0, false
	}
	a, e, ok := x.longApposition(toks, k+1)
	if !ok || e+1 > k || !roleHeads[toks[e+1].text] {
		return x.titleApposition(toks, k) // "…, Ann Lee, President of Acme said: “…”" (residual.go)
	}
	return a, e, true
}

// quantifierOpeners are determiners that open a sentence capitalised
// before a name ("Another Labour leadership contest", "Each Acme
// shareholder"): no part of a name (rule quantifier-opener).
var quantifierOpeners = map[string]bool{"another": true, "each": true, "every": true, "several": true, "such": true}

func init() {
	for w := range quantifierOpeners {
		notNames[w] = true
	}
}

// framePrepositions open a phrase of place or manner after a cue ("said
// outside the courtroom", "told reporters inside the hall").
var framePrepositions = map[string]bool{"outside": true, "inside": true, "near": true, "behind": true, "beside": true, "alongside": true, "across": true, "through": true, "upon": true, "beneath": true, "over": true}

// frameThenClaim is rule place-after-cue: a phrase of place or manner
// right after a cue ("said outside the court that …", "said through a
// spokesman that …") frames the cue, as "said in a statement that …"
// already did: the claim starts after its "that", or at a clause right
// after it ("said near the steps he would …"); a phrase that ends the
// sentence alone ("“…,” Bo Ray said outside the courtroom.") is no claim
// (drop). Elsewhere it returns a unchanged.
func frameThenClaim(toks []tok, a int) (int, bool) {
	if a >= len(toks) || !framePrepositions[lower(toks[a])] {
		return a, false
	}
	for k := a + 1; k < len(toks) && k <= a+8; k++ {
		if toks[k].text == "," || isOpenQuote(toks[k].text) {
			break
		}
		if lower(toks[k]) == "that" {
			return k + 1, false
		}
	}
	if z := ppThenClause(toks, a); z > a {
		return z, false
	}
	return a, framePhraseOnly(toks, a)
}

// clauseMarkers are words that show a clause after a phrase of place
// ("said near the steps he would appeal"): where one follows, the phrase
// is not all there is.
var clauseMarkers = map[string]bool{"would": true, "will": true, "was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true, "could": true, "can": true, "should": true, "might": true, "must": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// framePhraseOnly says whether the words from toks[a] to the sentence's
// end are one short phrase: six words at most, no number ("said over 100
// people"), no word of a clause, no comma or quotation.
func framePhraseOnly(toks []tok, a int) bool {
	words := 0
	for k := a + 1; k < len(toks); k++ {
		switch {
		case toks[k].word:
			if isDigits(toks[k].text) || clauseMarkers[lower(toks[k])] {
				return false
			}
			words++
		case toks[k].text == "." && k == len(toks)-1:
		default:
			return false
		}
	}
	return words > 0 && words <= 6
}

// byGerund is rule by-gerund: a participle cue after "by" and before a
// clause or "that" ("tried to calm them by saying the deal would …",
// "stunned fans by insisting that …") says the words of its clause's
// subject, as ", saying" does; it needs no comma before it. "set up by
// warning letters" is no cue: a noun follows.
func byGerund(toks []tok, k int) bool {
	return k >= 2 && k+1 < len(toks) && lower(toks[k-1]) == "by" && toks[k-2].word && byGerundNext[lower(toks[k+1])]
}

// byGerundNext are the words that may open what a gerund after "by" says.
var byGerundNext = map[string]bool{"that": true, "the": true, "a": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "his": true, "her": true, "its": true, "their": true, "this": true, "there": true}

// byGerundSubject is the speaker of a cue read by byGerund: the subject
// that opens the gerund's clause, at the sentence's start or after the
// last comma before it (a conjunction skipped: "…, but Bo Ray tried to
// calm them by saying …"). a and e are the subject's tokens.
func (x *extractor) byGerundSubject(s *sentence, c *cue, lastPerson, last, lastOrg *Entity) (*Entity, Why, int, int, bool) {
	toks := s.toks
	if !c.participle || !byGerund(toks, c.verb) {
		return nil, Why{}, 0, 0, false
	}
	start := 0
	for k := c.verb - 1; k > 0; k-- {
		if toks[k].text == "," {
			start = k + 1
			break
		}
	}
	if start < c.verb && sentenceLinks[lower(toks[start])] {
		start++
	}
	e := npRight(toks, start)
	if e <= start || e >= c.verb {
		return nil, Why{}, 0, 0, false
	}
	sp, why := x.resolveNP(s, start, e, lastPerson, last, lastOrg)
	if sp == nil {
		return nil, Why{}, 0, 0, false
	}
	why.Rule = "by-gerund,subject/" + why.Rule
	why.Confidence *= 0.8
	return sp, why, start, e, true
}

// pluralAcronym says whether w is the plural of an acronym ("MPs",
// "CEOs", "NGOs"): a common noun for many people, never a person's name
// (rule plural-acronym; "a growing number of her MPs had said" drafted a
// person "MPs").
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// frontedOpeners open a sentence with a gerund clause before its main
// clause ("After insisting …, a growing number of her MPs had said …").
var frontedOpeners = map[string]bool{"after": true, "before": true, "despite": true, "since": true, "while": true}

// frontedGerund is rule fronted-gerund: a participle cue at toks[k] right
// after a sentence's opening "After", "Despite", … whose words are about
// its own speaker, "he" or "she" ("After insisting on Monday she is a
// “builder, not a breaker”, her councillors had said …"), is a cue of
// that person: the pronoun's index, or -1. The main clause's subject, a
// group here, is not who insisted.
func frontedGerund(toks []tok, k int) int {
	if k != 1 || !frontedOpeners[lower(toks[0])] {
		return -1
	}
	for p := k + 1; p < len(toks) && p <= k+5; p++ {
		switch lower(toks[p]) {
		case "he", "she":
			return p
		case ",":
			return -1
		}
	}
	return -1
}

// frontedSubject is the speaker of a cue read by frontedGerund: the
// person the pronoun refers to, resolved as a pronoun that opens the
// sentence (the subject or speaker before it, of its gender).
func (x *extractor) frontedSubject(s *sentence, c *cue) (*Entity, Why, bool) {
	p := frontedGerund(s.toks, c.verb)
	if p < 0 {
		return nil, Why{}, false
	}
	e, why := x.personPronoun(s, lower(s.toks[p]))
	if e == nil {
		return nil, Why{}, false
	}
	why.Rule = "fronted-gerund," + why.Rule
	why.Confidence *= 0.8
	return e, why, true
}

// possessedGroup is the speaker "her MPs said": the members of a body
// named by a plural acronym after a possessive pronoun, a collective group
// that keeps its words ("Her MPs"), as other unnamed groups do, where
// "his fellow senators" stays undrafted. toks[p:b] are the words.
func (x *extractor) possessedGroup(toks []tok, p, b int) (*Entity, Why) {
	r := []rune(x.d.text(span{toks[p].Start, toks[b-1].End}))
	r[0] = unicode.ToUpper(r[0])
	why := Why{Rule: "collective,possessed", Confidence: 0.5, Note: "members of a body, named with the possessive before them"}
	return x.reg.organization(string(r), "collective", why), why
}
