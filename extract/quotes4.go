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
	if k == j+1 && lower(toks[j]) != "one" || k >= len(toks) || toks[k].text != "," {
		return 0, 0 // ("said one, Tor Lid": "one" alone)
	}
	return nameAfterComma(toks, k)
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

// surnameSubject is the person the article names in full whose surname
// alone opens a clause before a lower-case verb or an apposition ("Brun
// thanked her", "Lund, a two-time champion, was gracious"),
// else nil; drafted only if a pronoun or description later makes it a
// speaker, as subject-name is.
func (x *extractor) surnameSubject(toks []tok, a, b int) *Entity {
	if b-a != 1 || b >= len(toks) || !isNameTok(toks[a]) {
		return nil
	}
	apposition := toks[b].text == "," && b+1 < len(toks) && (lower(toks[b+1]) == "a" || lower(toks[b+1]) == "an" || lower(toks[b+1]) == "the" || isDigits(toks[b+1].text) || lower(toks[b+1]) == "who")
	if !(toks[b].word && !isCap(toks[b]) || apposition) {
		return nil // ("Lund, a two-time champion, was …", "Lund, who won, was …")
	}
	full := x.fullNameOf(toks[a].text)
	if full == "" {
		return nil
	}
	if e := x.reg.lookup(full, KindPerson); e != nil {
		return e
	}
	return x.reg.person(full, Why{Rule: "subject-name,surname", Confidence: 0.6})
}

// verdictNouns name what was said, in a sentence that names its speaker
// after the quotation: "That was the verdict of X", "The words came
// from X".
var verdictNouns = map[string]bool{
	"verdict": true, "view": true, "message": true, "words": true, "warning": true, "assessment": true,
	"reaction": true, "response": true, "reply": true, "answer": true, "opinion": true, "conclusion": true,
	"plea": true, "promise": true, "advice": true, "judgment": true, "judgement": true, "remark": true,
	"remarks": true, "comment": true, "comments": true, "take": true, "prediction": true,
}

// namedAfter is rule "named-after": a quotation that is a sentence (or a
// paragraph) of its own, with no cue, whose next sentence says whose words
// they were: "“…” That was the verdict of ferry captain Jon Vik.", "“…”
// ¶ The words came from harbour master Liv Eng, speaking at the quay.",
// "So said X." (x-quotes4).
func (x *extractor) namedAfter(q quote, sents []int) (*Entity, Why) {
	next := sents[len(sents)-1] + 1
	if next >= len(x.d.sents) {
		return nil, Why{}
	}
	ns := &x.d.sents[next]
	if ns.headline || ns.para > q.para+1 || ns.para == q.para+1 && !x.wholeParagraph(q) {
		return nil, Why{}
	}
	if x.d.inQuote(ns.Start) {
		return nil, Why{}
	}
	toks := ns.toks
	k := -1
	w := func(i int) string {
		if i < len(toks) {
			return lower(toks[i])
		}
		return ""
	}
	switch {
	case w(0) == "so" && (w(1) == "said" || w(1) == "says"):
		k = 2
	case (w(0) == "that" || w(0) == "this" || w(0) == "those" || w(0) == "these" || w(0) == "such") && passiveAux[w(1)]:
		// "That was the blunt verdict of X", "Those were the words of X"
		for h := 2; h < len(toks) && h < 6; h++ {
			if verdictNouns[w(h)] && (w(h+1) == "of" || w(h+1) == "from") {
				k = h + 2
				break
			}
		}
	case w(0) == "the" || w(0) == "those" || w(0) == "these":
		// "The words came from X", "The warning came from X"
		for h := 1; h < len(toks) && h < 4; h++ {
			if verdictNouns[w(h)] && (w(h+1) == "came" || w(h+1) == "come") && w(h+2) == "from" {
				k = h + 3
				break
			}
		}
	}
	if k < 0 || k >= len(toks) {
		return nil, Why{}
	}
	set := func(e *Entity) (*Entity, Why) {
		return e, Why{Rule: "quote/named-after", Confidence: 0.6, Note: "the next sentence says whose words they were: “" + joinToks(toks[:k]) + "”"}
	}
	for h := k; h < len(toks) && h < k+6; h++ {
		if t, ok := x.parseTitled(toks, h); ok && t.titleStart <= k+3 && t.nameEnd > t.nameStart {
			return set(x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8}))
		}
		if toks[h].text == "," || toks[h].text == "." {
			break
		}
	}
	if a, b := indefiniteApposition(toks, k); b > a {
		return set(x.reg.person(joinToks(toks[a:b]), Why{Rule: "apposition-name", Confidence: 0.7}))
	}
	if a, b := describedNameAfter(toks, k); b > a {
		return set(x.reg.person(joinToks(toks[a:b]), Why{Rule: "described-name", Confidence: 0.7}))
	}
	if e := npRight(toks, k); e > k {
		if sp, _ := x.resolveNP(ns, k, e, nil, nil, nil); sp != nil {
			return set(sp)
		}
	}
	return nil, Why{}
}

// affiliationName reads back from toks[k], the word before a cue, over an
// affiliation: "Per Holm of the University of Lund said", "geologist Anna
// Lind at the Norland Museum in Eastvale told", "Ole Dahl from the Westby
// Museum said" (x-quotes4). It returns the person's name [a, b): a full
// name of two to four words (a title or honorific before it left out)
// before of/from/at/with, the affiliation capitalized words joined by
// of/and/for/in/the; else a == b.
func (x *extractor) affiliationName(toks []tok, k int) (int, int) {
	caps := 0
	bestA, bestB := 0, 0
	for h := k; h >= 1 && h > k-14; h-- {
		t := toks[h]
		w := lower(t)
		switch {
		case isNameTok(t) || isAcronym(t.text):
			caps++
			continue
		case w == "of" || w == "and" || w == "for" || w == "in" || w == "the" || w == "&" || t.text == "." || w == "’s" || w == "from" || w == "at" || w == "with":
		default:
			return bestA, bestB
		}
		if !(w == "of" || w == "from" || w == "at" || w == "with") || caps == 0 || !isNameTok(toks[h-1]) {
			continue
		}
		if a, b := x.affiliatedPerson(toks, h); b > a {
			bestA, bestB = a, b // the leftmost: "Per Holm of the University of Lund"
		}
	}
	return bestA, bestB
}

// affiliatedPerson is the full name right before the preposition at
// toks[p], as affiliationName wants it.
func (x *extractor) affiliatedPerson(toks []tok, p int) (int, int) {
	m := p
	for m > 0 && p-m < 4 && isNameTok(toks[m-1]) {
		m--
	}
	for m < p-2 && (honorifics[lower(toks[m])] || isRoleHead(toks[m])) {
		m++ // "Professor Anna Lind", "Dr Anna Lind"
	}
	if p-m < 2 || !x.looksLikeFullName(toks, m, p) {
		return 0, 0
	}
	if h := honorificLead(toks, m); h > 0 { // "Dr Anna Lind of …" (residual.go)
		b := toks[h-1]
		if !(b.text == "," || isCloseQuote(b.text) || b.word && !isCap(b) && !determiners[lower(b)]) {
			return 0, 0
		}
	}
	return m, p
}

// questionEndsBefore is questionBefore where the quoted question ended the
// sentence before: "“Is this true?” Lind asked Olsen." is split after the
// question mark, and the name opens this sentence (x-quotes4).
func (x *extractor) questionEndsBefore(si, k int) bool {
	toks := x.d.sents[si].toks
	if si == 0 || k == 0 || k > 4 {
		return false
	}
	for _, t := range toks[:k] {
		if !isNameTok(t) {
			return false
		}
	}
	ps := &x.d.sents[si-1]
	pt := ps.toks
	n := len(pt)
	if ps.para != x.d.sents[si].para || n < 2 || !isCloseQuote(pt[n-1].text) || pt[n-2].text != "?" {
		return false
	}
	return strings.TrimSpace(string(x.d.rs[pt[n-1].End:toks[0].Start])) == ""
}

// possessiveDescription is the end of "his manager", "her long-time
// coach" at toks[j]: his/her/their, up to three lower-case words, the
// last a role head; else j.
func possessiveDescription(toks []tok, j int) int {
	if j >= len(toks) || !(lower(toks[j]) == "his" || lower(toks[j]) == "her" || lower(toks[j]) == "their") {
		return j
	}
	e := j + 1
	for e < len(toks) && e <= j+3 && toks[e].word && !isCap(toks[e]) {
		e++
	}
	if e == j+1 || !roleHeads[lower(toks[e-1])] {
		return j
	}
	return e
}

// possessiveBefore is the start of "his coach" ending at toks[end-1],
// right before a cue, when it opens the clause (after a quotation, a
// comma or the sentence's start); else end.
func possessiveBefore(toks []tok, end int) int {
	for a := end - 2; a >= 0 && a >= end-4; a-- {
		if possessiveDescription(toks, a) == end {
			if a == 0 || toks[a-1].text == "," || isCloseQuote(toks[a-1].text) {
				return a
			}
			return end
		}
	}
	return end
}

// possessedNamed says whether the name at toks[k] is a possessor whose
// possessed person is named beside it: "Brenn’s assistant, Kari Lund,".
func possessedNamed(toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k+1].text != "’s" {
		return false
	}
	for h := k + 2; h < len(toks) && h <= k+5; h++ {
		t := toks[h]
		if t.text == "," {
			return h+1 < len(toks) && isNameTok(toks[h+1])
		}
		if !t.word || isCap(t) {
			return false
		}
	}
	return false
}

// kinNouns name a person by relation ("said his father, Per Holt").
var kinNouns = map[string]bool{
	"father": true, "mother": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"wife": true, "husband": true, "uncle": true, "aunt": true, "cousin": true, "grandmother": true,
	"grandfather": true, "niece": true, "nephew": true, "friend": true, "neighbour": true, "neighbor": true,
	"partner": true, "fiancee": true, "fiance": true, "girlfriend": true, "boyfriend": true, "widow": true,
	"stepfather": true, "stepmother": true, "parents": false,
}

// relationApposition finds the full name set beside a description of
// kin or a person noun after a possessive: "said his father, Per Holt",
// "her team-mate, Ida Moe," (x-quotes4): [a, b), else a == b.
func relationApposition(toks []tok, j int) (int, int) {
	if j >= len(toks) || !(lower(toks[j]) == "his" || lower(toks[j]) == "her" || lower(toks[j]) == "their") {
		return 0, 0
	}
	k := j + 1
	for k < len(toks) && k <= j+3 && toks[k].word && !isCap(toks[k]) {
		k++
	}
	if k == j+1 || k >= len(toks) || toks[k].text != "," {
		return 0, 0
	}
	if h := lower(toks[k-1]); !kinNouns[h] && !personNouns[h] {
		return 0, 0
	}
	a, b := namesAt(toks, k+1)
	if b-a < 2 || b-a > 4 {
		return 0, 0
	}
	if b < len(toks) && toks[b].text != "," && toks[b].text != "." && !isCloseQuote(toks[b].text) {
		return 0, 0
	}
	return a, b
}

// questionLine says whether paragraph pi, text t, is an interviewer's
// question on an interview page: "Q: Were you worried?", "How did you
// start?": at most 30 words ending in a question mark, no quotation (x-quotes4).
func (x *extractor) questionLine(pi int, t string) bool {
	if !strings.HasSuffix(t, "?") || wordsIn(t) > 30 {
		return false
	}
	for _, q := range x.d.quotes {
		if q.para == pi {
			return false
		}
	}
	return true
}

// introducedIn is the person the sentences of paragraph pi open with, when
// there is exactly one.
func (x *extractor) introducedIn(pi int) *Entity {
	var found *Entity
	for si := range x.d.sents {
		s := &x.d.sents[si]
		if s.para != pi || s.headline {
			continue
		}
		if e := x.openingName(s); e != nil {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// verdictColon says whether toks[k] is a noun of what was said after a
// possessive name and before a colon and a quotation: "X’s verdict:",
// "X’s response was short:", "X’s message to the fans:".
func verdictColon(toks []tok, k int) bool {
	if k < 2 || !verdictNouns[lower(toks[k])] || toks[k-1].text != "’s" || !isNameTok(toks[k-2]) {
		return false
	}
	for h := k + 1; h < len(toks) && h <= k+6; h++ {
		if toks[h].text == ":" {
			return h+1 < len(toks) && (isOpenQuote(toks[h+1].text) || strings.HasPrefix(toks[h+1].text, "`") || strings.HasPrefix(toks[h+1].text, "'"))
		}
		if !toks[h].word {
			return false
		}
	}
	return false
}

// reportedFragment is rule "reported-fragment": a quotation inside the
// object of a cue that has no clause of its own ("agreed to hold
// “substantive talks”", "promised “a fair deal”"), in a
// clause that a trailing attribution closes (", X said."), is the words
// of the one who reports the clause, X; nil when the sentence is not so.
func (x *extractor) reportedFragment(q quote, sents []int, all [][]cue, best *cue) *cue {
	if best == nil || best.participle || best.according || best.phrase {
		return nil
	}
	toks := x.d.sents[best.sent].toks
	if toks[best.verb].Start >= q.outer.Start {
		return nil
	}
	for h := best.j; h < len(toks) && toks[h].Start < q.outer.Start; h++ {
		if !toks[h].word || lower(toks[h]) == "that" {
			return nil // "Lind smiled: “…”", "said that “…”": set off, or a clause of its own
		}
	}
	for ci := range all[best.sent] {
		o := &all[best.sent][ci]
		if o == best || o.speaker == nil || o.speaker == best.speaker || o.participle || o.according || toks[o.verb].Start < q.outer.End {
			continue
		}
		first := o.i
		if o.np[0] >= 0 && o.np[0] < first {
			first = o.np[0]
		}
		if first == 0 || toks[first-1].text != "," || toks[first-1].Start < q.outer.End {
			continue
		}
		return o
	}
	return nil
}

// describedBefore is the start of a definite description ending at
// toks[end-1] and opening its clause: "the", up to three lower-case
// words, a role head or person noun ("The veteran official", "the former
// fisherman"); else end.
func describedBefore(toks []tok, end int) int {
	if end == 0 {
		return end
	}
	h := lower(toks[end-1])
	if isCap(toks[end-1]) && !(h == "former" || h == "latter") || !(roleHeads[h] || personNouns[h] || isAgeNoun(h) || h == "former" || h == "latter") {
		return end
	}
	for a := end - 2; a >= 0 && a >= end-5; a-- {
		t := toks[a]
		if lower(t) == "the" {
			if a == 0 || toks[a-1].text == "," || isCloseQuote(toks[a-1].text) {
				return a
			}
			return end
		}
		if !t.word || isCap(t) {
			return end
		}
	}
	return end
}

// claimThenColon says whether the cue's own claim runs to the colon that
// ends its paragraph: "X said the company would refund every ticket:" ¶
// "“…”" introduces the quotation as "said:" does (x-quotes4). No other
// quotation may stand in the sentence.
func (x *extractor) claimThenColon(toks []tok, c *cue) bool {
	if c.comp[0] < 0 || c.comp[1] < len(toks)-1 {
		return false
	}
	for _, t := range toks {
		if isOpenQuote(t.text) || isCloseQuote(t.text) {
			return false
		}
	}
	return true
}

// formerLatter resolves "the former" / "the latter" to the first or the
// second of exactly two people named in the sentence before (or earlier
// in its own sentence): "Holt beat Lund. The latter said …" is Lund.
func (x *extractor) formerLatter(s *sentence, a, b int) (*Entity, Why) {
	toks := s.toks
	if b-a != 2 || lower(toks[a]) != "the" || lower(toks[a+1]) != "former" && lower(toks[a+1]) != "latter" {
		return nil, Why{}
	}
	si := x.sentenceIndex(s)
	for _, from := range []int{si, si - 1} {
		if from < 0 {
			continue
		}
		ps := &x.d.sents[from]
		limit := len(ps.toks)
		if from == si {
			limit = a
		}
		var named []*Entity
		for k := 0; k < limit; k++ {
			t := ps.toks[k]
			if !isNameTok(t) || x.d.inQuote(t.Start) {
				continue
			}
			var e *Entity
			for _, r := range x.reg.all {
				if f := nameFields(r.Name); r.Kind == KindPerson && len(f) > 0 && f[len(f)-1] == t.text {
					e = r
					break
				}
			}
			if e == nil {
				if full := x.fullNameOf(t.text); full != "" && full != t.text {
					if e = x.reg.lookup(full, KindPerson); e == nil && x.reg.lookup(full, KindOrganization, KindTerritory) == nil {
						e = x.reg.person(full, Why{Rule: "subject-name,surname", Confidence: 0.6})
					}
				}
			}
			if e != nil && (len(named) == 0 || named[len(named)-1] != e) {
				named = append(named, e)
			}
		}
		if len(named) != 2 {
			continue
		}
		e := named[0]
		if lower(toks[a+1]) == "latter" {
			e = named[1]
		}
		return e, Why{Rule: "former-latter", Confidence: 0.6, Note: "“" + joinToks(toks[a:b]) + "”: of " + named[0].Name + " and " + named[1].Name}
	}
	return nil, Why{}
}
