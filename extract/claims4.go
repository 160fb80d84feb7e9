package extract

import "strings"

// Claim shapes of the fourth session (branch x-claims4): classes of
// reported speech that real news showed kb missing or misreading.
// docs/extract.md (section "x-claims4") says where each was met and what
// it moved on every set.

// timeTail is the end of a phrase saying when a trailing attribution was
// made, when one starts at toks[k] and closes the sentence: "…, X said at
// the time.", "…, X said, yesterday.", "…, X said previously." (rule
// trailing-time). It returns k when there is none.
func timeTail(toks []tok, k int) int {
	j := k
	if j < len(toks) && toks[j].text == "," {
		j++ // ", yesterday": the date set off by a comma
	}
	start := j
	switch {
	case j+2 < len(toks) && lower(toks[j]) == "at" && (lower(toks[j+1]) == "the" || lower(toks[j+1]) == "that") && lower(toks[j+2]) == "time":
		j += 3
	case j < len(toks) && tailAdverbs[lower(toks[j])]:
		j++
	}
	for j < len(toks) && isTimeWord(toks, j) {
		j++
	}
	if j == start || j < len(toks) && toks[j].text != "." {
		return k
	}
	return j
}

// tailAdverbs say when, closing a trailing attribution.
var tailAdverbs = map[string]bool{"previously": true, "later": true, "earlier": true, "then": true, "afterwards": true, "recently": true}

// nounObject says whether the words after a verb of saying, with no
// "that", are its object rather than a clause (rule noun-object): a
// determiner, then words with no verb up to the next comma or the end:
// "confirmed a measles outbreak in the west", "argued the case for the
// dockers", "conceded the goal and after that, …". A clause has an
// auxiliary, a past form or an infinitive before the comma ("believed the
// mood of the final turned", "expects the plant to open"). Verbs of
// saying proper (say, tell, write) are left alone: their bare object is
// almost always a clause.
func nounObject(toks []tok, verb, a int) bool {
	switch lemmaOf(lower(toks[verb])) {
	case "say", "tell", "write":
		return false
	}
	if a >= len(toks) || !objectDeterminers[lower(toks[a])] {
		return bareNounObject(toks, verb, a)
	}
	k := a + 1
	for ; k < len(toks); k++ {
		t := toks[k]
		w := lower(t)
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "." || isDash(t.text) || isOpenQuote(t.text) || isCloseQuote(t.text) {
			break
		}
		if finiteVerbs[w] || irregularPast[w] || negations[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") {
			return false // "the officer's actions didn’t rise"
		}
		if w == "to" && infinitiveAt(toks, k+1) {
			return false // "the plant to open", "his colleagues to “stop …”": an infinitive
		}
		if k >= a+2 && !objectDeterminers[lower(toks[k-1])] && len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false // "the mood of the final turned"
		}
	}
	return k > a+1
}

// infinitiveAt says whether toks[k] is the verb after "to" (perhaps
// inside an opening quotation mark): a lower-case word, no determiner.
func infinitiveAt(toks []tok, k int) bool {
	if k < len(toks) && isOpenQuote(toks[k].text) {
		k++
	}
	return k < len(toks) && toks[k].word && !isCap(toks[k]) && !objectDeterminers[lower(toks[k])]
}

// objectDeterminers open a noun phrase that may be a verb's object.
var objectDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "these": true, "those": true,
}

// irregularPast are common past forms without -ed: a clause's verb.
var irregularPast = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`came went made took gave got knew thought saw found left felt kept held
		brought began became won lost fell rose grew ran met paid sent spent stood understood meant led
		put set cut hit let showed drew wrote spoke broke chose drove struck sought bought caught fought
		taught sold built heard told said did had was were`) {
		irregularPast[w] = true
	}
}

// lemmaOf is the lemma of an inflected cue verb the lexicon generates
// ("said" → "say", "argued" → "argue"), or w itself.
func lemmaOf(w string) string {
	if l, ok := cueLemma[w]; ok {
		return l
	}
	return w
}

var cueLemma = map[string]string{}

func init() {
	for _, list := range [][]string{speechLemmas, thatLemmas, attitudeLemmas, stanceLemmas} {
		for _, l := range list {
			for _, f := range inflect(l) {
				if _, ok := cueLemma[f]; !ok {
					cueLemma[f] = l
				}
			}
		}
	}
}

// adverbialBefore is the length of a short adverbial phrase that ends at
// toks[k] and stands between a name and its verb of saying: "Nils Haug for
// the first time acknowledged", "Ana Ruiz for her part insisted", "Ola
// Berg in turn said" (rule words-between). Only after a name, and only a
// preposition with at most four lower-case words, so that "officials at
// the agency said" keeps its phrase.
func adverbialBefore(toks []tok, k int) int {
	for p := k; p >= 1 && k-p <= 4; p-- {
		if !toks[p].word || isCap(toks[p]) || coordinators[lower(toks[p])] {
			return 0 // (not over "but": "… of India in the series but claims" is a second predicate, x-speakers5)
		}
		if betweenPrepositions[lower(toks[p])] {
			if p == k || !isNameTok(toks[p-1]) || !isCap(toks[p-1]) {
				return 0
			}
			return k - p + 1
		}
	}
	return 0
}

// betweenPrepositions open the adverbial phrases adverbialBefore skips.
var betweenPrepositions = map[string]bool{"for": true, "in": true, "at": true, "during": true, "after": true, "before": true}

// longApposition finds the name that opens a sentence and is set off by a
// comma from a long apposition before the verb at toks[k+1] (the comma
// toks[k]): "MP Lars Brenna, countering remarks by … and … over the
// weekend, said …" (rule long-apposition). The apposition holds no comma
// of its own (those are read by the parenthesis rule) and no verb of
// saying; the name is capitalised words only.
func (x *extractor) longApposition(toks []tok, k int) (int, int, bool) {
	a := 0
	if d := datelineEnd(toks); d > 0 && d < k {
		a = d
	}
	e := npRight(toks, a)
	if e <= a || e >= k || toks[e].text != "," || !isNameTok(toks[e-1]) {
		return 0, 0, false
	}
	for i := a; i < e; i++ {
		if !isCap(toks[i]) && toks[i].text != "." {
			return 0, 0, false
		}
	}
	for i := e + 1; i < k; i++ {
		if toks[i].text == "," || isOpenQuote(toks[i].text) || x.d.inQuote(toks[i].Start) {
			return 0, 0, false
		}
	}
	return a, e, true
}

// documentSaying says whether the participle at toks[k] ("saying")
// follows a document a subject put out: "put out a statement saying the
// deal came …", "issued a letter on Monday saying that …" (rule
// document-saying). The document's issuer speaks (the participle rule's
// subject); the participle needs no comma before it.
func documentSaying(toks []tok, k int) bool {
	if lower(toks[k]) != "saying" && lower(toks[k]) != "stating" && lower(toks[k]) != "warning" && lower(toks[k]) != "announcing" {
		return false
	}
	for i := 1; i < 4 && i < k; i++ {
		if toks[i].text == "’s" {
			// "France's Elysee Palace put out a statement saying": the
			// participle's subject rule would name the possessor
			return false
		}
	}
	for p := k - 1; p >= 1 && p >= k-5; p-- {
		if !toks[p].word {
			return false
		}
		if media[strings.TrimSuffix(lower(toks[p]), "s")] || lower(toks[p]) == "message" || lower(toks[p]) == "notice" || lower(toks[p]) == "communique" {
			return determiners[lower(toks[p-1])] || p >= 2 && determiners[lower(toks[p-2])]
		}
	}
	return false
}

// relayTail says whether toks[k:] is ", <outlet> reported." closing a
// sentence after another attribution: "…, X told state television, the
// Harbour Post reported." (rule relayed-trailing): the outlet relays X's
// words, and the clause before X's comma is X's claim.
func relayTail(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].text != "," {
		return false
	}
	j := k + 1
	for n := 0; j < len(toks) && n < 6 && toks[j].word && (isCap(toks[j]) || lower(toks[j]) == "the"); n++ {
		j++
	}
	if j == k+1 || j >= len(toks) || !relayVerbs[lower(toks[j])] {
		return false
	}
	j++
	for j < len(toks) && isTimeWord(toks, j) {
		j++
	}
	return j >= len(toks) || toks[j].text == "."
}

var relayVerbs = map[string]bool{"reported": true, "reports": true, "said": true, "says": true}

// relayed says whether a trailing cue only relays the attribution before
// it ("…, X told state television, AFP reported."): that cue's speaker,
// not the outlet, said the clause.
func (x *extractor) relayed(toks []tok, cues []cue, c *cue) bool {
	comma := titledComma(toks, c)
	for i := range cues {
		o := &cues[i]
		if o != c && o.speaker != nil && !o.according && o.verb < comma && o.np[1] <= o.i && relayTail(toks, comma) && x.endsTrailing(toks, o) {
			return true
		}
	}
	return false
}

// introducedSubject is the name that follows a short introductory phrase
// and its comma ("On Monday, Ida Moe rose and claimed", "At this
// juncture, Ida Moe (North Harbour) rose and claimed"), the subject a
// verb of saying after "and"/"but" at toks[k] shares. The phrase is at
// most eight words with no quotation; the name is capitalised words.
func introducedSubject(toks []tok, from, k int) (int, int) {
	for i := from; i < k && i <= from+8; i++ {
		if !toks[i].word && toks[i].text != "," {
			return 0, 0
		}
		if toks[i].text != "," {
			continue
		}
		a := i + 1
		if a >= k || !isNameTok(toks[a]) || !isCap(toks[a]) {
			return 0, 0
		}
		e := npRight(toks, a)
		if e <= a || e >= k {
			return 0, 0
		}
		return a, e
	}
	return 0, 0
}

// subjectThenQuotedPredicate says whether a complement is a subject of
// its own, a name or a pronoun, followed by a quotation of its predicate
// that opens in lower case and closes the complement: "said that Berg
// “appears to have lost his way”" (rule quoted-predicate). The claim
// names who the quoted words are about, so it is more than the quote;
// "said that “…”" and "were “constructive”" stay quote only.
func (x *extractor) subjectThenQuotedPredicate(toks []tok, comp [2]int) bool {
	k := comp[0]
	for k < comp[1] && toks[k].word && !x.d.inQuote(toks[k].Start) && !x.quoteHas(toks[k].Start) {
		if !isNameTok(toks[k]) && !(k == comp[0] && subjectPronouns[toks[k].text]) {
			return false
		}
		k++
	}
	if k == comp[0] || k >= comp[1] || !isOpenQuote(toks[k].text) || k+1 >= comp[1] {
		return false
	}
	n := toks[k+1]
	return n.word && !isCap(n) && (finiteVerbs[lower(n)] || irregularPast[lower(n)] || strings.HasSuffix(lower(n), "s") || strings.HasSuffix(lower(n), "ed")) // irregularPast: "she “came into office …”" (x-residual)
}

var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true}

// mainVerbAt says whether toks[k] looks like the verb of a sentence's
// main clause after a relative clause closes ("The fans, who said …,
// left early"): an auxiliary, a past form or a verb of saying; not
// "including …", which goes on with the claim.
func mainVerbAt(toks []tok, k int) bool {
	if k >= len(toks) || !toks[k].word || isCap(toks[k]) {
		return false
	}
	w := lower(toks[k])
	return finiteVerbs[w] || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || hasKey(cueVerbs, w) && !strings.HasSuffix(w, "ing")
}

// topicTail says whether toks[k:] is only the topic a trailing
// attribution was about, to the sentence's end: "…, X said of the
// talks.", "…, X said on the issue of the strike.", "said about the
// plan." (rule trailing-topic). No comma, quotation or "that" follows.
func topicTail(toks []tok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch lower(toks[k]) {
	case "of", "about", "regarding", "concerning":
	case "on":
		j := k + 1
		if lower(toks[j]) == "the" && j+1 < len(toks) {
			j++
		}
		if !topicNouns[lower(toks[j])] {
			return false
		}
	default:
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		t := toks[j].text
		if t == "," || t == ";" || t == ":" || isOpenQuote(t) || lower(toks[j]) == "that" {
			return false
		}
		if t == "." {
			return j == len(toks)-1
		}
	}
	return true
}

var topicNouns = map[string]bool{"issue": true, "subject": true, "question": true, "matter": true, "topic": true}

// parentheticals may stand in commas between a verb of saying and its
// "that": "noted, however, that …" (rule parenthetical).
var parentheticals = map[string]bool{
	"however": true, "though": true, "moreover": true, "meanwhile": true, "nonetheless": true,
	"nevertheless": true, "too": true, "also": true, "again": true, "furthermore": true,
}

// clauseAroundQuote says whether toks[:end], the clause before an
// inverted attribution ("…, says X."), is a claim of its own with a
// quoted word in it: "The failed vote marks the start of the opposition's
// “sandiwara” (play-acting), says X." (rule clause-around-quote). At
// least six words stand outside the marks, and the clause does not end
// in its quotation (that is the quote's attribution).
func (x *extractor) clauseAroundQuote(toks []tok, end int) bool {
	outside := 0
	for k := 0; k < end; k++ {
		if toks[k].word && !x.d.inQuote(toks[k].Start) && !x.quoteHas(toks[k].Start) {
			outside++
		}
	}
	for k := end - 1; k >= 0; k-- {
		if toks[k].word || toks[k].text == "(" || toks[k].text == ")" {
			if toks[k].word && (x.d.inQuote(toks[k].Start) || x.quoteHas(toks[k].Start)) {
				return false // the clause ends in its quotation
			}
			if toks[k].word {
				break
			}
			continue
		}
		if isCloseQuote(toks[k].text) {
			return false
		}
	}
	return outside >= 6
}

// prepositionalPhrase says whether the words before a trailing
// attribution are only a prepositional phrase, with no verb: "In a
// conference call with analysts, X said, “…”" introduces the speaker and
// claims nothing (rule no-claim-phrase).
func prepositionalPhrase(toks []tok) bool {
	if len(toks) == 0 || !introPrepositions[lower(toks[0])] {
		return false
	}
	for _, t := range toks {
		w := lower(t)
		if t.text == "," || finiteVerbs[w] || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

var introPrepositions = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "after": true, "before": true, "with": true,
	"from": true, "under": true, "over": true, "for": true, "by": true, "amid": true,
}

// clauseEndingInQuote is the index of the closing mark of a quotation
// that ends a clause of its own right before an attribution: "A is young
// enough that “he will see the light of day,” said X" (rule
// clause-ending-in-quote); 0 when there is none. As for a claim after
// "that" (saysMore), the words before the quotation must be a clause:
// three words at least, outside any other quotation, no cue among them,
// and not a phrase whose object the quotation is ("accused them of
// “…”"). "“…,” X said" (only quoted words) stays a quote.
func (x *extractor) clauseEndingInQuote(toks []tok, cues []cue, c *cue) int {
	at := c.i
	if c.np[1] <= c.i && c.np[0] < c.np[1] {
		at = c.np[0] // "…,” X said"
	}
	e := at - 1
	if e < 3 || !isCloseQuote(toks[e].text) || toks[e-1].text != "," {
		return 0
	}
	o := -1
	for _, q := range x.d.quotes {
		if q.outer.End == toks[e].End {
			for k := e - 1; k >= 0; k-- {
				if toks[k].Start == q.outer.Start {
					o = k
					break
				}
			}
		}
	}
	if o < MinClauseWords {
		return 0
	}
	n := 0
	for k := 0; k < o; k++ {
		if (isOpenQuote(toks[k].text) || isCloseQuote(toks[k].text)) && !x.hcPhraseQuoteAt(toks, k) || toks[k].text == ":" {
			return 0 // (a quoted phrase inside the clause may stand: h_claims.go)
		}
		if toks[k].word {
			n++
		}
	}
	if n < MinClauseWords || objectPrepositions[lower(toks[o-1])] || toks[o-1].text == "," || x.cueAt(cues, 0, o) {
		return 0
	}
	return e
}
