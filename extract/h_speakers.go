package extract

import (
	"strings"
	"unicode"
)

// Rules of the seventh session's speaker work (branch x-h-speakers),
// drawn from the quote-speaker misses of unseen batch H
// (docs/extract.md, "x-h-speakers (seventh session)"). Each covers a
// family of news wording, not one article's: the verb that attributes a
// quotation need not be a speech verb when the sentence's shape says it
// is one (the quote–mention–verb trigram of the quote-attribution
// literature), and a document speaks for the person who wrote it.

// hsNotFinite are short words that end like a finite verb but are none,
// or verbs that never attribute the quotation before them.
var hsNotFinite = map[string]bool{
	"is": true, "was": true, "has": true, "does": true, "needed": true, "seemed": true, "seems": true,
	"this": true, "his": true, "its": true, "us": true, "as": true, "was's": true, "yes": true,
	"plus": true, "less": true, "unless": true, "thus": true, "news": true, "series": true,
	"called": true, "named": true, "titled": true, "entitled": true, "dubbed": true, "nicknamed": true,
	"released": true, "produced": true, "directed": true, "published": true, "featured": true,
	"based": true, "used": true, "owned": true, "led": true, "opened": true, "aired": true,
}

// hsIrregularPast are past forms of verbs that report or frame words,
// written without "-ed" ("“…,” she began in a letter", "he wrote").
var hsIrregularPast = map[string]bool{
	"began": true, "begins": true, "wrote": true, "spoke": true, "read": true, "reads": true,
	"put": true, "puts": true, "went": true, "goes": true, "shot": true, "threw": true,
	"broke": true, "gave": true, "struck": true, "thought": true, "felt": true, "took": true,
	"hit": true, "came": true, "sang": true, "spat": true,
}

// hsFinite says whether w, written lower-case, reads as a finite verb
// in the past or the third person present: "recalled", "began",
// "reads", "captioned".
func hsFinite(t tok) bool {
	if !t.word || isCap(t) {
		return false
	}
	w := lower(t)
	if hsNotFinite[w] {
		return false
	}
	if hsIrregularPast[w] {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// hsCueAt is the hook of findCues for a word no cue-verb rule took: it
// says whether toks[k] is a verb the sentence's shape makes a cue, and
// marks c with the rule (c.hs). Such cues attribute quotations only
// (quoteOnly): their verbs give no reported claim.
func (x *extractor) hsCueAt(toks []tok, k int, c *cue) bool {
	switch {
	case x.hsTrigram(toks, k):
		c.hs = "quote-mention-verb"
	case x.hsInverted(toks, k):
		c.hs = "quote-verb-mention"
	case hsThisIsHow(toks, k) > 0:
		c.hs, c.refersBack = "this-is-how", true
	case hsColonVerb(toks, k) == 1:
		c.hs = "verb-colon"
	case hsColonVerb(toks, k) == 2:
		c.hs, c.participle = "verb-colon", true
	case hsSpeakingOf(toks, k) || hsAndParticiple(toks, k):
		c.hs, c.participle = "speaking-of", true
	case hsInfinitiveColon(toks, k):
		c.hs, c.participle = "to-verb-colon", true
	case ijVerbObjectColon(toks, k): // ij_rules.go
		c.hs = "verb-object-colon"
	case ijReadFromAt(toks, k):
		c.hs = "read-from"
	default:
		return false
	}
	c.quoteOnly = true
	return true
}

// hsTrigram is rule quote-mention-verb: a quotation that closes on a
// comma, question or exclamation mark, then a short noun phrase and a
// finite verb that is not a speech verb of the lexicon ("“…,” Ann Lee
// began in a letter", "“…,” Hart's statement reads.", "“…,” she
// captioned the photo"): the phrase is the quotation's speaker, as the
// quote–mention–verb sieve step of CoreNLP's attribution has it. Not a
// passive ("“Frost,” the film directed by …"), not a quotation of fewer
// than three words (a title, a term).
func (x *extractor) hsTrigram(toks []tok, k int) bool {
	if !(hsFinite(toks[k]) || hsPresent(toks, k)) || k+1 < len(toks) && lower(toks[k+1]) == "by" {
		return false
	}
	// the noun phrase: one to eight tokens back to the closing mark,
	// ending in a word
	q := k - 1
	for q >= 0 && (toks[q].word || toks[q].text == "’s" || toks[q].text == "'s" || toks[q].text == "&" || toks[q].text == ".") {
		q--
	}
	if n := k - 1 - q; n == 0 || n > 8 || !toks[k-1].word {
		return false
	}
	for p := q + 1; p < k; p++ {
		if w := lower(toks[p]); !isCap(toks[p]) && !(isPronoun(w) && p == q+1 && p == k-1) && (hasKey(cueVerbs, w) || adverbialStarts[w] || subordinators[w] || clauseMarkers[w] || w == "that" || w == "who" || w == "which") {
			return false // "“…,” Lee says as the message begins": a clause, not a noun phrase
		}
	}
	if q == -1 {
		// "“…?” Ann Lee pondered.": the question closed the sentence before
		return x.hsQuestionBefore(toks[0].Start) // (a sentence opens with a capital)
	}
	if toks[q].text == "," && q > 0 && isCloseQuote(toks[q-1].text) {
		q-- // "“…”, Putin added": the comma after the mark
	} else if !isCloseQuote(toks[q].text) {
		return false
	}
	first := toks[q+1]
	if first.text == "," {
		first = toks[q+2]
	}
	if !isCap(first) && !determiners[lower(first)] && !isPronoun(lower(first)) && !hsLowerTitle(toks, q+1, k) {
		return false
	}
	qt := x.hsQuoteEndingAt(toks[q].End)
	if qt == nil || wordsIn(x.d.text(qt.inner)) < 3 {
		return false
	}
	if toks[q+1].text == "," {
		return true // "“…”, Putin added"
	}
	return hsClosesClause(x.d.text(qt.inner))
}

// hsPresent says whether toks[k] reads as a verb in the third person
// present after a name or "he", "she" ("“…,” Ann Lee tweets", "“…,” she
// captions the photo"): a lower-case word in -s of five letters or more,
// not in -ss, -us or -is.
func hsPresent(toks []tok, k int) bool {
	t := toks[k]
	w := lower(t)
	if k < 1 || !t.word || isCap(t) || len(w) < 5 || !strings.HasSuffix(w, "s") || hsNotFinite[w] {
		return false
	}
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	p := lower(toks[k-1])
	return isNameTok(toks[k-1]) || p == "he" || p == "she"
}

// hsClosesClause says whether a quotation's words end on a comma, a
// question or an exclamation mark: words an attribution follows.
func hsClosesClause(inner string) bool {
	inner = strings.TrimSpace(inner)
	return strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
}

// hsQuestionBefore says whether the sentence that ends right before
// offset at, in the same paragraph, is a quotation of three words or
// more that closes on a question or exclamation mark.
func (x *extractor) hsQuestionBefore(at int) bool {
	for si := range x.d.sents {
		s := &x.d.sents[si]
		if s.Start != at || si == 0 || x.d.sents[si-1].para != s.para {
			continue
		}
		pt := x.d.sents[si-1].toks
		if len(pt) == 0 || !isCloseQuote(pt[len(pt)-1].text) {
			return false
		}
		qt := x.hsQuoteEndingAt(pt[len(pt)-1].End)
		inner := ""
		if qt != nil {
			inner = strings.TrimSpace(x.d.text(qt.inner))
		}
		return qt != nil && wordsIn(inner) >= 3 && hsClosesClause(inner) && !strings.HasSuffix(inner, ",")
	}
	return false
}

// hsInverted is rule quote-verb-mention, the trigram's other order: a
// quotation closing on a comma, question or exclamation mark, a finite
// verb right after it and a noun phrase that closes the sentence or its
// clause, or stands before a phrase of time, place or manner ("“…,”
// offered Ann Lee.", "“…?” began the chief executive, …", "“…,” offered
// Ann Lee at the end"): the phrase speaks, whatever the verb.
func (x *extractor) hsInverted(toks []tok, k int) bool {
	if k == 0 || k+1 == len(toks) || !isCloseQuote(toks[k-1].text) || !hsFinite(toks[k]) {
		return false
	}
	qt := x.hsQuoteEndingAt(toks[k-1].End)
	if qt == nil || wordsIn(x.d.text(qt.inner)) < 3 {
		return false
	}
	if !hsClosesClause(x.d.text(qt.inner)) {
		return false
	}
	a := k + 1
	if !isNameTok(toks[a]) && lower(toks[a]) != "the" && !hsLowerTitle(toks, a, len(toks)) {
		return false
	}
	e := npRight(toks, a) // (a name or "the" opens a phrase: e > a)
	for e < len(toks) && isTimeWord(toks, e) {
		e++
	}
	return e == len(toks) || toks[e].text == "." || toks[e].text == "," || prepositions[lower(toks[e])] || adverbialStarts[lower(toks[e])]
}

// hsLowerTitle says whether toks[a:b] open with lower-case words of a
// title before a capitalised name ("chief executive Ann Lee").
func hsLowerTitle(toks []tok, a, b int) bool {
	for p := a; p < b; p++ {
		if isCap(toks[p]) {
			return p > a
		}
		if w := lower(toks[p]); !toks[p].word || prepositions[w] || determiners[w] || hsFunctionWords[w] {
			return false // "for Ann Lee", "to the minister"
		}
	}
	return false
}

// hsFunctionWords are no words of a title.
var hsFunctionWords = map[string]bool{"for": true, "of": true, "and": true, "or": true, "but": true, "as": true, "than": true, "not": true}

// hsQuoteEndingAt is the quotation whose closing mark ends at end, or nil.
func (x *extractor) hsQuoteEndingAt(end int) *quote {
	for i := range x.d.quotes {
		if x.d.quotes[i].outer.End == end {
			return &x.d.quotes[i]
		}
	}
	return nil
}

// hsThisIsHow is rule this-is-how: a sentence that opens "This is how",
// "That is how" or "This is what" and goes on with a noun phrase (a
// phrase in commas may follow it) and a finite verb ("This is how Ann
// Lee, in a radio address, defined the flood"): the verb, whatever it
// is, attributes the quotation before the sentence to the phrase. It
// returns the index of the phrase's first word, or 0.
func hsThisIsHow(toks []tok, k int) int {
	if k < 4 {
		return 0
	}
	if w := lower(toks[0]); w != "this" && w != "that" {
		return 0
	}
	if w := lower(toks[1]); w != "is" && w != "was" {
		return 0
	}
	if w := lower(toks[2]); w != "how" && w != "what" {
		return 0
	}
	if !hsFinite(toks[k]) && !hasKey(cueVerbs, lower(toks[k])) {
		return 0
	}
	aside := false
	for p := 3; p < k; p++ {
		if toks[p].text == "," {
			aside = !aside // "Ann Lee, in a televised address, defined"
			continue
		}
		if !aside && (hsFinite(toks[p]) || hasKey(cueVerbs, lower(toks[p])) && !isCap(toks[p])) {
			return 0 // the verb is the first after the phrase
		}
	}
	return 3
}

// hsAttribute is the hook at the top of attribute for the cues marked by
// hsCueAt and for a document's verb ("a post by X that read:"): it says
// whether it set the cue's speaker (or found it has none).
func (x *extractor) hsAttribute(s *sentence, c *cue, before []cue, lastPerson, last, lastOrg *Entity) bool {
	toks := s.toks
	if a, b, ok := x.hsDocumentOwner(toks, c.i); ok {
		if sp, why := x.resolveNP(s, a, b, lastPerson, last, lastOrg); sp != nil {
			c.speaker, c.np = sp, [2]int{a, b}
			c.why = Why{Rule: "document-of," + why.Rule, Confidence: why.Confidence * 0.9, Note: "the words of a document of " + sp.Name}
			return true
		}
	}
	if c.hs == "" && !c.participle && hsInfinitiveColon(toks, c.verb) {
		c.hs, c.participle = "to-verb-colon", true // a lexicon verb: "took to X to write:"
	}
	if c.hs == "" {
		return false
	}
	kind := c.hs
	switch kind {
	case "read-from": // ij_rules.go
		a, b := ijReadFrom(toks, c.verb)
		if sp, why := x.resolveNP(s, a, b, lastPerson, last, lastOrg); sp != nil {
			c.speaker, c.np = sp, [2]int{a, b}
			c.why = Why{Rule: kind + "/" + why.Rule, Confidence: why.Confidence * 0.85, Note: "“" + joinToks(toks[c.verb:b]) + "”: the quotation is " + sp.Name + "’s"}
		}
		return true
	case "this-is-how":
		a := hsThisIsHow(toks, c.verb)
		b := npRight(toks, a) // (b <= c.verb: hsThisIsHow found no verb before it)
		if b <= a {
			return true
		}
		if sp, why := x.resolveNP(s, a, b, lastPerson, last, lastOrg); sp != nil {
			c.speaker, c.np = sp, [2]int{a, b}
			c.why = Why{Rule: kind + "/" + why.Rule, Confidence: why.Confidence * 0.85, Note: "“" + joinToks(toks[:3]) + " … " + toks[c.verb].text + "”: the quotation before is " + sp.Name + "’s"}
		}
		return true
	}
	if a, b := hsRelationName(toks); kind == "to-verb-colon" && b > a && b < c.verb {
		// "Her former partner Bo Ray took to X to write:": the name, not "her"
		if sp, why := x.resolveNP(s, a, b, lastPerson, last, lastOrg); sp != nil {
			c.speaker, c.np = sp, [2]int{a, b}
			c.why = Why{Rule: kind + ",subject/" + why.Rule, Confidence: why.Confidence * 0.8, Note: "the subject of “to " + toks[c.verb].text + "”"}
			return true
		}
	}
	c.hs = ""
	x.attribute(s, c, before, lastPerson, last, lastOrg)
	c.hs = kind
	if c.speaker != nil {
		c.why.Rule = kind + "," + c.why.Rule
		c.why.Confidence *= 0.9
		c.why.Note = strings.TrimSpace("“" + toks[c.verb].text + "” after the quotation and its speaker. " + c.why.Note)
	}
	return true
}

// hsDocumentOwner is rule document-of: a cue right after "that" or
// "which" whose antecedent is a document of someone ("X's post from
// March that read:", "a letter by X which said") speaks for the one who
// wrote it. It returns the owner's tokens.
func (x *extractor) hsDocumentOwner(toks []tok, i int) (int, int, bool) {
	r := i - 1 // that, which
	if r < 2 || lower(toks[r]) != "that" && lower(toks[r]) != "which" {
		return 0, 0, false
	}
	end := r
	if toks[r-1].text == "," {
		end-- // "a letter from Ann Lee, which said"
	}
	for n := end - 1; n >= 1 && n >= end-6; n-- {
		if toks[n].text == "," || isCloseQuote(toks[n].text) {
			return 0, 0, false
		}
		if !documentNouns[lower(toks[n])] || isCap(toks[n]) {
			continue
		}
		if p := n - 1; toks[p].text == "’s" || toks[p].text == "'s" {
			if a := npLeft(toks, p); a < p {
				return a, p, true // "Johnson's post"
			}
		}
		if f := n + 1; lower(toks[f]) == "by" || lower(toks[f]) == "from" {
			a := npLeft(toks, end) // (never back over "by")
			for !isCap(toks[a]) && isCap(toks[end-1]) {
				a++ // "her deputy Ann Lee": the name
			}
			if a < end {
				return a, end, true // "a post by (her deputy) Ann Lee that read"
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// hsColonVerb is rule verb-colon: a verb right before a colon that opens
// a quotation attributes it, whatever the verb ("with singer Mara Vell
// posting: “…”", "Ann Lee captioned: “…”", "the note began: “…”"). A
// form in -ing is a participle cue, read only after a comma or in a
// "with" clause. It returns 1 for a finite verb, 2 for a participle, 0
// otherwise.
func hsColonVerb(toks []tok, k int) int {
	if k < 1 || k+2 >= len(toks) || toks[k+1].text != ":" || !isOpenQuote(toks[k+2].text) || !toks[k].word || isCap(toks[k]) {
		return 0
	}
	if w := lower(toks[k]); len(w) >= 6 && strings.HasSuffix(w, "ing") {
		if toks[k-1].text == "," || withSubject(toks, k) != -1 {
			return 2
		}
		return 0
	}
	if hsFinite(toks[k]) && toks[k-1].word && !determiners[lower(toks[k-1])] {
		return 1
	}
	return 0
}

// hsSpeakingOf is rule speaking-of: ", speaking of “…”", ", talking
// about “…”": a participle that frames the quotation after it as the
// subject's words.
func hsSpeakingOf(toks []tok, k int) bool {
	if k < 2 || k+2 >= len(toks) || toks[k-1].text != "," {
		return false
	}
	if w := lower(toks[k]); w != "speaking" && w != "talking" && w != "writing" {
		return false
	}
	if w := lower(toks[k+1]); w != "of" && w != "about" {
		return false
	}
	return isOpenQuote(toks[k+2].text) || k+3 < len(toks) && determiners[lower(toks[k+2])] && isOpenQuote(toks[k+3].text)
}

// hsAndParticiple is rule coordinated-participle: a participle cue after
// "and" that continues a participle phrase opened by a comma earlier in
// the sentence (", speaking of “…” and assuring that …"): a cue of the
// same subject, as the first.
func hsAndParticiple(toks []tok, k int) bool {
	if k < 3 || lower(toks[k-1]) != "and" || !participleCues[lower(toks[k])] && !hsSpeakingOfWord(lower(toks[k])) {
		return false
	}
	for j := k - 2; j > 0; j-- {
		if toks[j-1].text == "," && strings.HasSuffix(lower(toks[j]), "ing") && (participleCues[lower(toks[j])] || hsSpeakingOf(toks, j)) {
			return true
		}
	}
	return false
}

func hsSpeakingOfWord(w string) bool { return w == "speaking" || w == "talking" }

// hsCounsel are the plural nouns of people who speak for someone: "his
// lawyers said" is a group of its own, drafted as written (rule
// collective,possessed), where "his fellow senators" stays undrafted.
var hsCounsel = map[string]bool{"lawyers": true, "attorneys": true, "representatives": true, "spokespeople": true, "advocates": true, "solicitors": true, "barristers": true}

// hsDashAside is rule dash-aside: a subject set off from its verb by a
// phrase in dashes ("Tom Dale — the first envoy in six years —
// described"): the index of the token before the first dash, when toks[k]
// closes such a phrase; else k.
func hsDashAside(toks []tok, k int) int {
	if k < 0 || !isDash(toks[k].text) {
		return k // (k is -1 when nothing stands before the cue)
	}
	for p := k - 1; p > 0 && p >= k-16; p-- {
		if isDash(toks[p].text) {
			if isNameTok(toks[p-1]) || toks[p-1].word && !isCap(toks[p-1]) {
				return p - 1
			}
			return k
		}
		if toks[p].text == "," || isOpenQuote(toks[p].text) {
			return k
		}
	}
	return k
}

// hsGroupIn is rule group-in-place: a group noun "in" a country before
// a cue ("unions in France warned", "opposition parties in the UK
// said"): the group speaks, not the place, drafted as a collective named
// as written ("Opposition parties in the UK"). toks[a:b] is the noun
// phrase read before the cue; ok is false for any other.
func (x *extractor) hsGroupIn(toks []tok, a, b int) (*Entity, Why, int, bool) {
	if a < 2 || a >= b || lower(toks[a-1]) != "in" || !groupNouns[lower(toks[a-2])] {
		return nil, Why{}, 0, false
	}
	p := a
	if lower(toks[p]) == "the" {
		p++
	}
	place := joinToks(toks[p:b])
	_, st := stateOf(place)
	if _, c := countryName(place); !st && !c {
		return nil, Why{}, 0, false
	}
	g := a - 2
	for g > 0 && g > a-5 && hsGroupModifier(toks[g-1], g == 1) {
		g-- // "opposition parties", "Trade unions" opening the sentence
	}
	r := []rune(x.d.text(span{toks[g].Start, toks[b-1].End}))
	r[0] = unicode.ToUpper(r[0])
	why := Why{Rule: "collective,group-in-place", Confidence: 0.5, Note: "a group in " + place + ", not the place"}
	e := x.reg.organization(string(r), "collective", why)
	why.Rule = "speaker-before-cue/" + why.Rule
	return e, why, g, true
}

// hsGroupModifier says whether t, before a group noun, is a word of the
// group's phrase ("opposition", "trade", "big"); a capital only opening
// the sentence, and not an adverb or link word that opens it ("Then",
// "Meanwhile").
func hsGroupModifier(t tok, opening bool) bool {
	w := lower(t)
	if !t.word || isCap(t) && !opening || determiners[w] || prepositions[w] || adverbialStarts[w] || subordinators[w] || sentenceLinks[w] || hasKey(cueVerbs, w) {
		return false
	}
	return !hsOpeners[w] && !strings.HasSuffix(w, "ly")
}

// hsOpeners are adverbs that open sentences.
var hsOpeners = map[string]bool{"then": true, "now": true, "meanwhile": true, "later": true, "also": true, "still": true, "here": true, "there": true}

// hsNotNameWord says whether a capitalised word is no part of a name: a
// past form of the cue lexicon ("Urged Dutchmen to unite", a
// subheading) or a plural nationality ("Russians", "Dutchmen"; rule
// not-a-name). Both are added to notNames.
func hsNotNameWord(t tok) bool {
	w := lower(t)
	if v, ok := cueVerbs[w]; ok && !v && len(w) >= 5 && strings.HasSuffix(w, "ed") {
		return true
	}
	for _, suf := range []string{"men", "s"} {
		if b := strings.TrimSuffix(t.text, suf); b != t.text && (lexiconDemonym(b) || suf == "men" && (hsMenDemonyms[strings.ToLower(b)] || isDemonym(b))) {
			return true
		}
	}
	return false
}

// hsMenDemonyms form nationality nouns in "-men" ("Dutchmen").
var hsMenDemonyms = map[string]bool{"dutch": true, "french": true, "english": true, "irish": true, "scots": true, "welsh": true}

func init() {
	for w := range cueVerbs {
		if hsNotNameWord(tok{text: strings.ToUpper(w[:1]) + w[1:], word: true}) {
			notNames[w] = true
		}
	}
	for w := range hsMenDemonyms {
		notNames[w+"men"] = true
	}
	for _, s := range states {
		for _, suf := range []string{"men", "s"} {
			if w := s.demonym + suf; s.demonym != "" && hsNotNameWord(tok{text: w, word: true}) {
				notNames[strings.ToLower(w)] = true
			}
		}
	}
}

// hsWithStart is the subject of a participle in a "with" clause that
// npLeft does not read whole: a lower-case title or a band's or firm's
// name with "&" before the name ("with singer Mara Vell posting:", "with
// Hot & Cold singer Mara Vell posting:"; rule
// participle-cue,with-subject): the name's first word, or -1.
func hsWithStart(toks []tok, i int) int {
	a := npLeft(toks, i)
	if !isCap(toks[a]) || !isCap(toks[i-1]) { // (a == i: the participle, lower-case)
		return -1 // (a name must end the phrase)
	}
	for p := a - 1; p > 0 && p >= i-9; p-- {
		t := toks[p]
		if w := lower(t); !(t.word || t.text == "&") || hasKey(cueVerbs, w) || determiners[w] || prepositions[w] || hsFunctionWords[w] {
			return -1
		}
		if lower(toks[p-1]) == "with" {
			return a
		}
	}
	return -1
}

// hsQuotePossessor says whether the name that toks[k] is part of
// possesses a quotation ("Vladimir Putin’s “illegal war …”", "noting
// Lee’s “clear intent”"): words said about that person, who is not the
// one a pronoun after them refers to (rule pronoun-skips-quote-possessor).
func hsQuotePossessor(toks []tok, k int) bool {
	e := k + 1
	for e < len(toks) && isNameTok(toks[e]) {
		e++
	}
	return e+1 < len(toks) && (toks[e].text == "’s" || toks[e].text == "'s") && isOpenQuote(toks[e+1].text)
}

// hsRunBefore is the person who spoke last before sentence si when only
// quotation paragraphs stand between ("Liz Truss said: “…\n\n“…”\n\n
// Vladimir Putin’s “illegal war …”"): a statement continued over
// paragraphs with no attribution of their own is still its speaker's
// (rule statement-run). nil when another sentence comes between.
func (x *extractor) hsRunBefore(si int) *Entity {
	for j := si - 1; j >= 0 && j >= si-6; j-- {
		if e := x.spokeIn[j]; e != nil {
			return e
		}
		toks := x.d.sents[j].toks
		if len(toks) < 2 || !isOpenQuote(toks[0].text) || !isCloseQuote(toks[len(toks)-1].text) || x.d.sents[j].para+1 < x.d.sents[j+1].para {
			return nil
		}
	}
	return nil
}

// hsTitledApposition is rule unclosed-title-apposition: a full name set
// off by a comma and followed by a capitalised title of its own, with no
// comma to close it, right before the cue ("Responding to the news,
// Christine Lagarde, President of the European Central Bank said:"):
// the name speaks, not the title's body. k is the token before the cue;
// it returns the name's tokens.
func (x *extractor) hsTitledApposition(toks []tok, k int) (int, int, bool) {
	m, linked := k, false
	for m > 0 && k-m < 10 && toks[m].text != "," {
		w := lower(toks[m])
		if !isCap(toks[m]) && w != "of" && w != "the" && w != "and" && w != "for" || !toks[m].word {
			return 0, 0, false
		}
		linked = linked || w == "of" || w == "for"
		m--
	}
	if m < 2 || !linked || toks[m].text != "," || !roleHeads[lower(toks[m+1])] {
		// (a title of a body: "President of the Bank"; "Per Lind, CEO
		// Anna Berg said" is a titled name after another)
		return 0, 0, false
	}
	a := m
	for a > 0 && isNameTok(toks[a-1]) {
		a--
	}
	if m-a < 2 || m-a > 3 || a > 0 && toks[a-1].text != "," {
		return 0, 0, false // a full name, opening the sentence or after an opening phrase
	}
	for _, t := range toks[a:m] {
		if w := lower(t); orgSuffixes[w] || orgHeadNouns[w] || companyWords[w] || isDemonym(t.text) || isAcronym(t.text) || roleHeads[w] {
			return 0, 0, false
		}
	}
	if _, st := stateOf(joinToks(toks[a:m])); st || x.placeSomewhere(toks[a].text) {
		return 0, 0, false
	}
	return a, m, true
}

// hsRelationWord says whether toks[k] is a gendered word after a
// possessive and before no name ("beside her husband, Ann Lee said"): it
// names a relation of someone, and tells nothing of the gender of the
// name after it ("her husband Tom Lee" does tell Tom Lee's; rule
// gender-own-name).
func hsRelationWord(toks []tok, k int) bool {
	return k > 0 && k+1 < len(toks) && !isNameTok(toks[k+1]) && possessivePronouns[lower(toks[k-1])] && (maleWords[lower(toks[k])] || femaleWords[lower(toks[k])])
}

// hsOccupations are lower-case job words of arts, media and celebrity
// news set before a name like a title ("Actress Ann Lee", "Years & Years
// frontman Olly Lane", "drummer Jon Sand"): read as the title, never as
// a first name (rule title-name). Words that are also surnames (Singer,
// Host, Star, Cook) or a body's noun ("state broadcaster X") are left
// out.
var hsOccupations = []string{
	"actor", "actress", "rapper", "drummer", "frontman", "frontwoman", "guitarist", "bassist",
	"keyboardist", "vocalist", "comedian", "comedienne", "producer", "filmmaker", "songwriter",
	"musician", "presenter", "novelist", "author", "writer", "chef", "dancer",
	"choreographer", "screenwriter", "playwright", "podcaster", "influencer", "youtuber", "dj",
}

func init() {
	for _, w := range hsOccupations {
		if _, ok := roleHeads[w]; !ok {
			roleHeads[w] = true
		}
	}
}

// hsInfinitiveColon is rule to-verb-colon: an infinitive of purpose whose
// object, if any, is a few lower-case words, before a colon that opens a
// quotation ("took to Instagram to share the news: “…”", "used the
// speech to write: “…”"): the quotation is the sentence's subject's,
// read as a participle cue's subject is.
func hsInfinitiveColon(toks []tok, k int) bool {
	if k < 2 || lower(toks[k-1]) != "to" || !toks[k].word || isCap(toks[k]) {
		return false
	}
	for c := k + 1; c < len(toks)-1 && c <= k+4; c++ {
		if toks[c].text == ":" {
			return isOpenQuote(toks[c+1].text)
		}
		if !toks[c].word || isCap(toks[c]) {
			return false
		}
	}
	return false
}

// hsRelationName reads a subject that opens the sentence with a
// possessive and a lower-case description before a name ("Her former
// partner Bo Ray took …"): the name's tokens, or an empty range.
func hsRelationName(toks []tok) (int, int) {
	if len(toks) == 0 || !possessivePronouns[lower(toks[0])] {
		return 0, 0
	}
	k := 1
	for k < len(toks) && toks[k].word && !isCap(toks[k]) {
		k++
	}
	if k == 1 {
		return 0, 0
	}
	a, b := namesAt(toks, k)
	return a, b
}
