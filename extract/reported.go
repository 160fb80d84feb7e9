package extract

import (
	"strings"
)

// complement finds the words a cue attributes ("said that ...").
func (x *extractor) complement(s *sentence, c *cue, cues []cue) {
	toks := s.toks
	if c.speaker == nil || c.according || s.headline {
		return
	}
	a := c.j
	if c.np[0] >= c.j {
		return // "said Kellogg of the union": an inverted attribution claims nothing after it
	}
	thatSeen := false
	if a+2 < len(toks) && toks[a].text == "," && sentenceAdverb(toks[a+1]) && toks[a+2].text == "," {
		a += 3 // "noted, however, that …" (rule parenthetical, claims4.go)
	}
	// time words between the cue and its claim: "said Wednesday that"
	for a < len(toks) && isTimeWord(toks, a) && !possessiveAt(toks, a+1) {
		a++ // not "said Tuesday's vote showed": the day is the subject's (rule zero-that)
	}
	if a < len(toks) && toks[a].text == "(" {
		// "said on Saturday (Dec 6) at the library": skip the parenthesis
		for a < len(toks) && toks[a].text != ")" {
			a++
		}
		a++
	}
	switch v := lower(toks[c.verb]); {
	case c.phrase:
		// "noted how ...", "went on to say ...": the phrase is the whole cue
	case c.participle && objectCues[v] && !thatCues[v] && clauseAhead(toks, a):
		// ", adding his players are now part of history": a clause, no "that" (rule participle-clause)
	case objectCues[v] && (bareClause(toks, a) || bareClause(toks, c.j) || zeroThatLemmas[lemmaOf(v)] && zeroClauseAt(toks, a) >= 0):
		// "Berg added he knew of no talks", ", adding he had won": a
		// subject pronoun and its verb open a clause with "that" dropped
		// ("noted this may": "this may" is no date)
		if bareClause(toks, c.j) {
			a = c.j
		}
		thatSeen = true
	case v == "told" || v == "tells" || v == "tell" || v == "telling" || thatCues[v] || objectCues[v]:
		found := false
		for k := a; k < len(toks) && k < a+10; k++ {
			if toks[k].text == ":" || isOpenQuote(toks[k].text) || x.d.inQuote(toks[k].Start) {
				break // "told BBC Radio Kent: “… That's …”": a quotation follows, no claim
			}
			if lower(toks[k]) == "that" {
				if k > a && relativeAfterObject(toks, k) {
					return // "admitted his defeat in the vote that ended Monday": a relative clause (rule relative-that)
				}
				a, found, thatSeen = k+1, true, true
				break
			}
			if (thatCues[v] || objectCues[v]) && (toks[k].text == "," || toks[k].text == "." || isOpenQuote(toks[k].text)) {
				break
			}
			if k+1 < len(toks) && toks[k].text == "," && participleCues[lower(toks[k+1])] {
				break // "told this newspaper, adding that ...": the participle's claim
			}
		}
		if !found {
			z := zeroThat(toks, v, a) // "told reporters he was", "revealed his plan had" (rule zero-that, claims5.go)
			if z < 0 {
				return // "told supporters at a rally": whom, not what
			}
			a, thatSeen = z, true
		}
	}
	if !thatSeen {
		var drop bool
		if a, drop = frameThenClaim(toks, a); drop {
			return // "said outside the courtroom." (rule place-after-cue, g_rules.go)
		}
	}
	if thatSeen {
		// the claim starts after "told X that"
	} else if a < len(toks) && lower(toks[a]) == "that" {
		a++
	} else if addresseeLemmas[lemmaOf(lower(toks[c.verb]))] && addresseeClause(toks, a) > a {
		a = addresseeClause(toks, a) // "warned residents the storm could" (rule zero-that,addressee)
	} else if subordinateOpening(toks, a) {
		// "said while the pitch was poor, the club …" (rule subordinate-opening)
	} else if a < len(toks) && (adverbialStarts[lower(toks[a])] || prepositions[lower(toks[a])] || lower(toks[a]) == "via") {
		// "warned in January that ...", "said in a statement that ...";
		// with no "that", the words only frame the cue ("told reporters
		// after the meeting") and are no claim
		found := false
		for k, end := a+1, a+8; k < len(toks) && k <= end; k++ {
			if lower(toks[k]) == "that" && k+1 < len(toks) && relativeThat(toks, k+1) {
				end = k + 10 // "said in a note that was seen by the Post that …": a relative clause (rule relative-that)
				continue
			}
			if lower(toks[k]) == "that" {
				a, found = k+1, true
				break
			}
			if toks[k].text == "," || isOpenQuote(toks[k].text) {
				break
			}
		}
		if z := x.hcFrameThat(toks, a); !found && z > 0 {
			a, found = z, true // "said in an interview with the papers “A” and “B” (B), that" (h_claims.go)
		}
		if !found {
			z := ppThenClause(toks, a) // "said in a filing it expected a loss" (rule zero-that,after-phrase)
			if z < 0 {
				return
			}
			a = z
		}
	}
	if a >= len(toks) {
		return
	}
	if toks[a].text == "," && lower(toks[a-1]) == "that" && parentheticalThenClause(toks, a) {
		a++ // "said that, if elected, she would …" (rule parenthetical-opening, claims5.go)
	}
	if t := toks[a].text; t == "," || t == ":" || t == "." || t == ";" || isCloseQuote(t) && !isOpenQuote(t) {
		return
	}
	if lower(toks[a]) == "according" {
		return // "Heins said according to a report": the source of the words, no claim
	}
	if !thatSeen && lower(toks[a-1]) != "that" && !c.phrase && (nounObject(toks, c.verb, a) || clauseObject(toks, c.verb, a)) {
		return // "confirmed a measles outbreak": an object, not a clause (rule noun-object)
	}
	if lower(toks[a]) == "for" || lower(toks[a]) == "against" {
		return // "had argued for no jail time": what for, not a claim (rule no-claim-object)
	}
	if thatSeen && a < len(toks) && relativeThat(toks, a) {
		return // "proposed a truce that would begin at dawn": a relative clause (rule no-claim-object)
	}
	if framingParticiples[lower(toks[a])] || lower(toks[a]) == "of" {
		// "said of the 32-year-old banker who ...": whom about, not what
		return // "continued commenting on the match": how, not what
	}
	b := a
	for b < len(toks) {
		t := toks[b]
		w := lower(t)
		if t.text == ":" || t.text == ";" {
			break
		}
		if t.text == "," && frontedGerund(toks, c.verb) >= 0 && !x.d.inQuote(t.Start) {
			break // "After insisting she is …, her MPs said": the fronted clause ends (rule fronted-gerund, g_rules.go)
		}
		if t.text == "," && b > a && (strings.Contains(c.why.Rule, "relative-who") || strings.Contains(c.why.Rule, "relative-which")) && !x.d.inQuote(t.Start) && mainVerbAt(toks, b+1) {
			break // "The fans, who said the club had let them down, left early": the relative clause ends (rule relative-who)
		}
		if t.text == "." && b+1 < len(toks) && isDash(toks[b+1].text) && !x.d.inQuote(t.Start) {
			break // "... commenting on the match. - “But ...”": a dashed quote follows the sentence
		}
		if t.text == "," && b+1 < len(toks) && (lower(toks[b+1]) == "according" || adverbialStarts[lower(toks[b+1])] && clauseHasVerb(toks, a, b) || lower(toks[b+1]) == "although" || lower(toks[b+1]) == "though") && !x.d.inQuote(t.Start) {
			break // a framing clause: ", although official results ..."
		}
		if (w == "but" || w == "and") && x.claimCueAt(s, cues, b+1, b+3) && !x.d.inQuote(t.Start) {
			break
		}
		if b > a && x.quotedByOther(s, cues, c, b) {
			for b > a && (lower(toks[b-1]) == "but" || lower(toks[b-1]) == "and" || toks[b-1].text == ",") {
				b-- // "…, but “…,” B said": the quotation and its link are B's (rule second-speaker)
			}
			break
		}
		if o := trailingCueAt(x, toks, cues, b); b > a && o != nil && o.np[0] > a && !x.d.inQuote(t.Start) && c.verb != b {
			// "X announced that A, the Herald reported.": the outlet's
			// attribution closes the sentence and is no part of X's claim
			b = titledComma(toks, o)
			break
		}
		if b > a && x.claimCueAt(s, cues, b, b+1) && !x.d.inQuote(t.Start) && c.verb != b && nestedAt(toks, cues, a, b) == nil {
			// another attribution begins; its speaker is no part of the claim
			for _, o := range cues {
				if o.i <= b && b < o.j && o.np[0] > a && o.np[1] <= o.i {
					b = o.np[0]
				}
			}
			break
		}
		b++
	}
	for b > a && (toks[b-1].text == "," || toks[b-1].text == "." || toks[b-1].text == "--") {
		b--
	}
	if b > a {
		c.comp = [2]int{a, b}
	}
}

// bareClause says whether toks[a:] opens a clause with a subject pronoun
// and a lower-case word after it ("he knew", "they may"): the claim of an
// object cue whose "that" was dropped (rule that-dropped).
func bareClause(toks []tok, a int) bool {
	if a+1 >= len(toks) || !toks[a+1].word || isCap(toks[a+1]) {
		return false
	}
	switch toks[a].text {
	case "he", "she", "they", "we", "I":
		return true
	case "this", "it", "there":
		// "noted this may be tempered": only before an auxiliary, not
		// "added it to the list"
		return finiteVerbs[lower(toks[a+1])]
	case "the":
		// "admitted the cranes were late": a short noun phrase, then an
		// auxiliary; not "admitted the charges brought by ..."
		for k := a + 1; k < len(toks) && k <= a+4; k++ {
			if finiteVerbs[lower(toks[k])] && k > a+1 && toks[k-1].word {
				return lower(toks[k]) != "be" && lower(toks[k]) != "been"
			}
			if !toks[k].word || isCap(toks[k]) {
				return false
			}
		}
	}
	return false
}

// objectCues are speech verbs whose bare object is most often a thing, not
// a claim: "announced the first results", "noted strong competition",
// "added a third goal", "replied later in the half". They claim through
// "that" only (their quotes are attributed as before).
var objectCues = map[string]bool{}

func init() {
	for _, l := range []string{"announce", "note", "add", "reply", "continue", "admit", "ask", "wonder"} { // "admitted charges brought by ..."
		for _, f := range inflect(l) {
			objectCues[f] = true
		}
	}
}

// titledComma is the comma before a trailing attribution's speaker, with
// the speaker's lower-case title between them ("…, union leader Per Lunde
// said"): at most four words, none capitalised, so that no clause is
// taken for a title; -1 when there is none.
func titledComma(toks []tok, c *cue) int {
	for k, n := c.np[0]-1, 0; k >= 1 && n <= 4; k, n = k-1, n+1 {
		if toks[k].text == "," {
			return k
		}
		if toks[k].text == "’s" {
			continue // "…, the country's port minister X said"
		}
		if !toks[k].word || isCap(toks[k]) || finiteVerbs[lower(toks[k])] || notInTitle(toks[k]) {
			return -1
		}
	}
	return -1
}

// notInTitle says whether a word cannot be part of a title before a name.
func notInTitle(t tok) bool {
	switch lower(t) {
	case "and", "or", "but", "that", "which", "who", "as", "if", "when", "while", "because",
		"at", "in", "on", "from", "with", "for", "by", "to":
		// "officials at the space agency said": the head of the phrase
		// speaks, not what follows the preposition
		return true
	}
	return false
}

// endsTrailing says whether a cue after a comma ends its sentence, so
// that the clause before the comma is its claim: "…, the IAEA said.",
// also with a date, a medium or an addressee after it ("confirmed on Nov.
// 19", "confirmed in a statement Tuesday", "told The Harbour Post"), and
// with ", citing …" or ", adding …" after it.
func (x *extractor) endsTrailing(toks []tok, c *cue) bool {
	return x.endsTrailingBy(toks, c, true)
}

// endsTrailingBy is endsTrailing, with the frames of claims5.go read or
// not (frame), so that the rule's name says when only they closed it.
func (x *extractor) endsTrailingBy(toks []tok, c *cue, frame bool) bool {
	if endsAttribution(toks, c.j) {
		return true
	}
	k := c.j
	skipTime := func() {
		for k < len(toks) && isTimeWord(toks, k) {
			k++
		}
	}
	skipTime()
	v := lower(toks[c.verb])
	if v == "told" || v == "tells" {
		// "told state television, AFP reported." (rule relayed-trailing)
		for j := k; j < len(toks) && j < k+5 && toks[j].word; j++ {
			if relayTail(toks, j+1) {
				return true
			}
		}
	}
	if k < len(toks) && (v == "told" || v == "tells") && isCap(toks[k]) {
		// "told The Harbour Post": the addressee, a name
		for k < len(toks) && toks[k].word && (isCap(toks[k]) || lower(toks[k]) == "of") {
			k++
		}
		skipTime()
	}
	if k+1 < len(toks) && (lower(toks[k]) == "in" || lower(toks[k]) == "at") {
		// "in a statement", "in an interview on Tuesday", and (rule
		// trailing-medium) "in its quarterly earnings statement", "at a
		// press conference on Monday": up to two lower-case words before
		// the medium
		j := k + 1
		if w := lower(toks[j]); w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their" {
			j++
		}
		for n := 0; n < 2 && j+1 < len(toks) && toks[j].word && !isCap(toks[j]) && !media[lower(toks[j])]; n++ {
			j++
		}
		if j < len(toks) && media[strings.TrimSuffix(lower(toks[j]), "s")] {
			k = j + 1
			skipTime()
		}
	} else if k+1 < len(toks) && lower(toks[k]) == "by" && byMedia[lower(toks[k+1])] {
		// "said by telephone" (rule trailing-medium)
		k += 2
		skipTime()
	}
	k = timeTail(toks, k) // "said at the time.", "said, yesterday." (rule trailing-time)
	if k >= len(toks) || toks[k].text == "." {
		return k > c.j
	}
	if topicTail(toks, k) {
		return true // "…, X said of the talks." (rule trailing-topic)
	}
	if occasionWords[lower(toks[k])] && framingTail(toks, k) {
		// "said after long talks in Rome." (rule trailing-occasion): the
		// occasion, no claim of its own
		return true
	}
	if toks[k].text == "," && k+1 < len(toks) {
		w := lower(toks[k+1])
		return participleCues[w] || w == "citing" || coordinatedCueAt(toks, k+1) || relayTail(toks, k) || frame && withoutTail(toks, k+1)
	}
	return frame && trailingFrame(toks, k, v) // "…, X told reporters at the port." (rule trailing-frame, claims5.go)
}

// coordinatedCueAt says whether toks[k:] is "but" or "and" and a verb of
// saying that shares the subject of the cue before it: "…, X said, but
// noted …" (rule coordinated-trailing): the second verb has a claim of
// its own, and the clause before the first attribution is the first's.
func coordinatedCueAt(toks []tok, k int) bool {
	if k+1 >= len(toks) || lower(toks[k]) != "but" && lower(toks[k]) != "and" {
		return false
	}
	v := k + 1
	if lower(toks[v]) == "also" && v+1 < len(toks) {
		v++
	}
	return hasKey(cueVerbs, lower(toks[v])) && !isCap(toks[v]) && !strings.HasSuffix(lower(toks[v]), "ing")
}

// media a remark is made in: "said in a statement".
var media = map[string]bool{
	"statement": true, "interview": true, "letter": true, "memo": true, "release": true, "post": true,
	"tweet": true, "email": true, "filing": true, "speech": true, "briefing": true, "note": true,
	"conference": true,
}

// mediumTail says whether a trailing cue is followed by the medium or
// occasion of the remark ("said by telephone", "said at a press
// conference", "said in its quarterly statement"), for the rule's name.
func mediumTail(toks []tok, c *cue) bool {
	k := c.j
	for k < len(toks) && isTimeWord(toks, k) {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	switch lower(toks[k]) {
	case "by":
		return byMedia[lower(toks[k+1])]
	case "in", "at":
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if media[strings.TrimSuffix(lower(toks[j]), "s")] {
				return true
			}
		}
	}
	return false
}

// byMedia a remark is made by: "said by telephone".
var byMedia = map[string]bool{"telephone": true, "phone": true, "email": true, "e-mail": true, "text": true, "videolink": true}

// participlePhrase says whether the words before a trailing attribution
// are a participle phrase with no verb of its own, which describes the
// speaker rather than saying anything: "Breaking down in tears, he
// continued." A gerund that is a subject keeps its verb ("Moving the
// port would cost millions, the mayor said").
func participlePhrase(toks []tok) bool {
	if len(toks) == 0 || !toks[0].word || !strings.HasSuffix(lower(toks[0]), "ing") {
		return false
	}
	for _, t := range toks {
		if finiteVerbs[lower(t)] {
			return false
		}
	}
	return true
}

// finiteVerbs are auxiliaries, modals and copulas: a clause has one of
// them, or a verb of its own the rules cannot tell, so only their absence
// after an -ing opening is read.
var finiteVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "will": true, "would": true,
	"can": true, "could": true, "shall": true, "should": true, "may": true, "might": true, "must": true,
	"has": true, "have": true, "had": true, "does": true, "do": true, "did": true,
}

// framingParticiples, right after a cue, say how the speaker spoke, not
// what: "the coach continued commenting on the match".
var framingParticiples = map[string]bool{
	"commenting": true, "speaking": true, "talking": true, "referring": true, "responding": true,
	"replying": true, "answering": true, "addressing": true, "reflecting": true, "writing": true,
}

// claimCueAt says whether a cue that can carry a claim of its own stands
// in toks[from:to]: "claims ... but accuses", not "says ... and rejects any
// claim" (an attitude verb claims only through "that").
func (x *extractor) claimCueAt(s *sentence, cues []cue, from, to int) bool {
	for _, c := range cues {
		if c.verb >= from && c.verb < to && c.speaker != nil {
			v := lower(s.toks[c.verb])
			if !thatCues[v] || c.verb+1 < len(s.toks) && lower(s.toks[c.verb+1]) == "that" {
				return true
			}
		}
	}
	return false
}

func (x *extractor) cueAt(cues []cue, from, to int) bool {
	for _, c := range cues {
		if c.verb >= from && c.verb < to {
			return true
		}
	}
	return false
}

// reported drafts the reported claims of a sentence's cues. A claim whose
// words all sit inside a quotation, or that only frames one ("were
// “constructive,” as talks went on"), is left to the direct quote.
func (x *extractor) reported(si int, cues []cue) {
	s := &x.d.sents[si]
	toks := s.toks
	others := 0
	for _, c := range cues {
		if !c.according && c.speaker != nil && !hcActionCue(toks, &c) {
			others++
		}
	}
	for ci := range cues {
		c := &cues[ci]
		if c.speaker == nil || nestedIn(toks, cues, c) {
			continue // "X said he believes …": the outer claim holds it (rule nested-pronoun, claims5.go)
		}
		var sp span
		why := c.why
		dashed := false
		var extra []span
		evSpan := s.span
		switch {
		case c.np[0] >= 2 && c.np[1] <= c.i && isDash(toks[c.np[0]-1].text) && !x.quoteIn(toks[0].Start, toks[c.np[0]-1].Start) && dashTail(toks, c):
			// "We are very close - Deller added": a remark without marks,
			// attributed after a dash, drafted as the speaker's words
			sp = span{toks[0].Start, lastWordEnd(toks, c.np[0]-1)}
			why.Confidence *= 0.6
			why.Rule = "dash-attribution/" + why.Rule
			why.Note = strings.TrimPrefix(why.Note+"; no quotation marks: check the words are the speaker's", "; ")
			dashed = true
		case c.refersBack && si > 0 && !x.d.sents[si-1].headline:
			// "Talks are in the final stretch. This was stated by X": the
			// sentence before is the claim, its evidence that sentence
			p := &x.d.sents[si-1]
			sp = span{p.toks[0].Start, lastWordEnd(p.toks, len(p.toks))}
			why.Rule = "stated-by-next/" + why.Rule
			why.Confidence *= 0.8
			evSpan = p.span
		case c.passiveBy:
			continue
		case c.np[0] >= c.j && c.i >= 3 && toks[c.i-1].text == "," && invertedAtEnd(toks, c):
			// "The mill will close in May, said the company.", "…, reported
			// Tolo News.": the clause before the comma
			sp = span{toks[0].Start, toks[c.i-2].End}
			if x.withinQuote(sp) || x.quoteEndsAt(toks[c.i-2].End) || x.quoteIn(toks[0].Start, toks[c.i-1].Start) && (c.according || x.cueAt(cues[:ci], 0, c.i-1) || !x.clauseAroundQuote(toks, c.i-1)) || wordsIn(x.d.text(sp)) > 45 {
				// a quote has its own attribution; a run of page text is no claim
				continue
			}
			why.Confidence *= 0.8
			why.Note = strings.TrimPrefix(why.Note+"; the clause before the attribution", "; ")
		case !c.according && x.clauseEndingInQuote(toks, cues, c) > 0:
			// "A is young enough that “he will …,” said X": the clause
			// and the quotation it ends in (rule clause-ending-in-quote)
			sp = span{toks[0].Start, toks[x.clauseEndingInQuote(toks, cues, c)].End}
			why.Confidence *= 0.8
			why.Rule = "clause-ending-in-quote/" + why.Rule
		case c.quotedBy > 0 && c.comp[0] < 0:
			// "The terminal will not open before 2027, Interfax quoted X as
			// saying": the clause before the outlet's comma
			comma := -1
			for k := c.i - 1; k > 0 && k >= c.i-8; k-- {
				if toks[k].text == "," {
					comma = k
					break
				}
			}
			if comma < 2 || !x.endsTrailing(toks, c) && !framingTail(toks, c.j) {
				continue
			}
			sp = span{toks[0].Start, toks[comma-1].End}
			if x.withinQuote(sp) {
				continue
			}
			why.Confidence *= 0.8
			why.Note = strings.TrimPrefix(why.Note+"; the clause before the attribution", "; ")
		case c.according:
			if others > 0 {
				continue // the sentence's own verb carries the claim
			}
			end := c.i // before ", according to"
			if c.i > 0 && toks[c.i-1].text == "," {
				end = c.i - 1
			}
			if c.i == 0 {
				// "According to X, ...": the claim follows the comma
				k := c.np[1]
				if k < len(toks) && toks[k].text == "," {
					k++
				}
				if k >= len(toks) {
					continue
				}
				sp = span{toks[k].Start, lastWordEnd(toks, len(toks))}
			} else {
				if end <= 0 {
					continue
				}
				sp = span{toks[0].Start, lastWordEnd(toks, end)}
				if x.withinQuote(sp) {
					continue // "“…,” according to X": the quote is drafted, no claim of its words
				}
			}
			why.Confidence *= 0.8
		case c.comp[0] >= 0:
			// "said that A and that B": two claims, each on its own
			var parts [][2]int
			for _, p := range x.splitThat(toks, c.comp) {
				if x.saysMore(toks, p) {
					parts = append(parts, p)
				}
			}
			if len(parts) == 0 {
				continue
			}
			sp = span{toks[parts[0][0]].Start, toks[parts[0][1]-1].End}
			if objectCues[lower(toks[c.verb])] && c.comp[0] > 0 && lower(toks[c.comp[0]-1]) != "that" {
				why.Rule = "that-dropped/" + why.Rule // "added he knew", "noted this may"
			}
			why.Rule = claims5Rule(toks, cues, c) + why.Rule
			for _, p := range parts[1:] {
				extra = append(extra, span{toks[p[0]].Start, toks[p[1]-1].End})
			}
		case x.midSentence(toks, c, cues[:ci]):
			// "The two main issues, Kellogg said, were ...": the sentence
			// around the attribution is the claim
			sp = span{toks[0].Start, lastWordEnd(toks, len(toks))}
			why.Confidence *= 0.8
			why.Rule = "mid-sentence/" + why.Rule
		case claimComma(toks, c) >= 1 && c.np[1] <= c.i && !x.quoteEndsAt(toks[claimComma(toks, c)-1].End) && x.endsTrailing(toks, c) &&
			!participlePhrase(toks[:claimComma(toks, c)]) && !prepositionalPhrase(toks[:claimComma(toks, c)]) && !reportsAttribution(cues, c, claimComma(toks, c)) && !x.relayed(toks, cues, c):
			// "The plant remains under Russian control, the IAEA said.",
			// "…, union leader Per Lunde said."
			sp = span{toks[0].Start, toks[claimComma(toks, c)-1].End}
			why.Confidence *= 0.8
			if mediumTail(toks, c) {
				why.Rule = "trailing-medium/" + why.Rule
			}
			if topicTail(toks, timeTail(toks, c.j)) {
				why.Rule = "trailing-topic/" + why.Rule
			}
			if !endsAttribution(toks, c.j) && timeTail(toks, c.j) > c.j {
				why.Rule = "trailing-time/" + why.Rule
			}
			for k := c.j; k < len(toks) && k <= c.j+5; k++ {
				if relayTail(toks, k) {
					why.Rule = "relayed-trailing/" + why.Rule
					break
				}
			}
			if c.j+1 < len(toks) && toks[c.j].text == "," && coordinatedCueAt(toks, c.j+1) {
				why.Rule = "coordinated-trailing/" + why.Rule
			}
			if !x.endsTrailingBy(toks, c, false) {
				why.Rule = "trailing-frame/" + why.Rule
			}
			why.Note = strings.TrimPrefix(why.Note+"; the clause before the attribution", "; ")
		case cueVerbs[lower(toks[c.verb])] || c.j-c.verb == 2 && !c.phrase:
			// a stance verb with nothing after it: "Moscow pushed back"
			sp = span{toks[c.np[0]].Start, toks[c.j-1].End}
			why.Confidence *= 0.6
			why.Note = strings.TrimPrefix(why.Note+"; the clause itself is the claim", "; ")
		default:
			continue
		}
		if c.participle && documentSaying(toks, c.verb) {
			why.Rule = "document-saying/" + why.Rule // "put out a statement saying …"
		}
		if c.j+2 < len(toks) && toks[c.j].text == "," && sentenceAdverb(toks[c.j+1]) && toks[c.j+2].text == "," && c.comp[0] > c.j {
			why.Rule = "parenthetical/" + why.Rule // "noted, however, that …"
		}
		if d := wireDateline(toks); d > 0 && d < len(toks) && sp.Start == toks[0].Start && evSpan == s.span {
			sp.Start = toks[d].Start // "VIENNA (Reuters) - A …": the dateline is no part of the claim
		}
		if sp.len() <= 0 || wordsIn(x.d.text(sp)) < 2 {
			continue
		}
		ev, evs, ok := x.uniquePassage(evSpan)
		if !ok {
			x.out.Notes = append(x.out.Notes, "skipped a reported claim of "+c.speaker.Name+": its sentence is not unique in the body")
			continue
		}
		st := Statement{Speaker: c.speaker, Kind: "reported", Text: x.d.text(sp), Cue: c.text(toks), Evidence: []string{ev}, spans: []span{evs}, text: sp}
		st.Why = Why{Rule: "reported/" + why.Rule, Confidence: round2(why.Confidence * 0.9), Note: why.Note}
		st.Said = x.saidDate(s, c)
		if dashed {
			st.Kind = "direct"
		}
		if x.sameClaim(st) {
			continue
		}
		x.out.Statements = append(x.out.Statements, st)
		for _, e := range extra {
			st2 := st
			st2.Text, st2.text = x.d.text(e), e
			x.out.Statements = append(x.out.Statements, st2)
		}
		for _, o := range c.also {
			st2 := st
			st2.Speaker = o
			x.out.Statements = append(x.out.Statements, st2)
		}
	}
}

// splitThat cuts a complement at "and that" and "but that" outside quotations.
func (x *extractor) splitThat(toks []tok, comp [2]int) [][2]int {
	var out [][2]int
	from := comp[0]
	for k := comp[0] + 1; k+1 < comp[1]; k++ {
		if (lower(toks[k]) == "and" || lower(toks[k]) == "but") && lower(toks[k+1]) == "that" && !x.d.inQuote(toks[k].Start) {
			end := k
			for end > from && toks[end-1].text == "," {
				end--
			}
			if end > from {
				out = append(out, [2]int{from, end})
			}
			from = k + 2
		}
	}
	if from < comp[1] {
		out = append(out, [2]int{from, comp[1]})
	}
	return out
}

func lastWordEnd(toks []tok, end int) int {
	for end > 0 && !toks[end-1].word && !isCloseQuote(toks[end-1].text) {
		end--
	}
	if end == 0 {
		return toks[0].Start
	}
	return toks[end-1].End
}

func wordsIn(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }))
}

// saysMore says whether a complement claims more than its quotations: some
// words follow the last quotation, and they do not merely frame it.
func (x *extractor) saysMore(toks []tok, comp [2]int) bool {
	lastQuoteEnd := -1
	for _, q := range x.d.quotes {
		if q.outer.Start >= toks[comp[0]].Start && q.outer.End <= toks[comp[1]-1].End {
			lastQuoteEnd = q.outer.End
		}
	}
	if lastQuoteEnd < 0 {
		return wordsIn(x.d.text(span{toks[comp[0]].Start, toks[comp[1]-1].End})) >= 3
	}
	for k := comp[0]; k < comp[1]; k++ {
		if toks[k].Start < lastQuoteEnd || !toks[k].word {
			continue
		}
		if !adverbialStarts[lower(toks[k])] {
			return true
		}
		if x.commaBefore(lastQuoteEnd, toks[k].Start) {
			// "were “constructive, although not easy,” as talks went on":
			// the comma sets the adverbial off; it frames the quotation
			return false
		}
		// "the wards were “failing patients” as delays went on", with no
		// comma, has a clause of its own before it (rule
		// clause-around-fragment): read the words before the quotation
		break
	}
	// the claim ends in its quotation: it says more only when it has a
	// clause of its own before it ("U.S. spending was “great”", "he never
	// offered “a word of remorse”"), not a word or two ("were
	// “constructive”") nor a phrase whose object the quotation is
	// ("accused the opposition of “…”")
	outside, last := 0, ""
	for k := comp[0]; k < comp[1] && toks[k].Start < lastQuoteEnd; k++ {
		if toks[k].word && !x.d.inQuote(toks[k].Start) && !x.quoteHas(toks[k].Start) {
			outside++
			last = lower(toks[k])
		}
	}
	if outside < MinClauseWords {
		return x.subjectThenQuotedPredicate(toks, comp)
	}
	return outside >= 6 || !objectPrepositions[last] || x.hcClauseBeforeQuote(toks, comp, lastQuoteEnd)
}

// commaBefore says whether a comma ends the quotation closing at end
// (inside its marks or after them) before offset next.
func (x *extractor) commaBefore(end, next int) bool {
	for _, q := range x.d.quotes {
		if q.outer.End == end && q.inner.End > q.inner.Start && strings.TrimSpace(string(x.d.rs[q.inner.Start:q.inner.End])) != "" {
			if r := []rune(strings.TrimSpace(string(x.d.rs[q.inner.Start:q.inner.End]))); r[len(r)-1] == ',' {
				return true
			}
		}
	}
	return end <= next && strings.Contains(string(x.d.rs[end:next]), ",")
}

// MinClauseWords is how many words outside the marks a claim that ends in
// its quotation needs to be drafted as a claim as well as the quote: a
// subject and a verb at least ("he is “sorry…”", "they all “built…”").
// Measured on the real-news development set (docs/extract.md): 3 gives
// the gold's claims of that kind; 6, the older seed convention, lost them.
const MinClauseWords = 3

// objectPrepositions end a phrase whose object is the quotation that
// follows: "accused the opposition of “…”", "called for “…”".
var objectPrepositions = map[string]bool{
	"of": true, "for": true, "about": true, "against": true, "as": true, "to": true, "with": true,
	"from": true, "into": true, "on": true, "in": true, "at": true, "by": true, "over": true,
}

// quoteHas says whether offset i lies inside a quotation's marks.
func (x *extractor) quoteHas(i int) bool {
	for _, q := range x.d.quotes {
		if i >= q.inner.Start && i < q.inner.End {
			return true
		}
	}
	return false
}

// saidDate finds when a statement was made, from date words of its
// sentence outside the claim and outside quotations.
func (x *extractor) saidDate(s *sentence, c *cue) *Date {
	skip := func(i int) bool {
		t := s.toks[i]
		return x.d.inQuote(t.Start) || c.comp[0] >= 0 && i >= c.comp[0] && i < c.comp[1]
	}
	d, _ := x.relativeDate(s.toks, skip, false)
	return d
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// quoteEndsAt says whether a detected quotation closes at offset end.
func (x *extractor) quoteEndsAt(end int) bool {
	for _, q := range x.d.quotes {
		if q.outer.End == end {
			return true
		}
	}
	return false
}

// midSentence says whether a cue and its speaker stand in commas inside
// the sentence, with words of the claim on both sides: "The two main
// issues, Kellogg said, were ...", "Any agreement, said Brook, would ...".
func (x *extractor) midSentence(toks []tok, c *cue, before []cue) bool {
	if c.according || c.participle || namingParticiple(toks, c) {
		return false
	}
	for _, o := range before {
		if o.speaker != nil {
			return false // "X said that A, which, he noted, B": the first cue's claim
		}
	}
	first, last := c.i, c.j
	if c.np[0] < first {
		first = c.np[0]
	}
	if c.np[1] > last {
		last = c.np[1]
	}
	for last < len(toks) && isTimeWord(toks, last) {
		last++
	}
	if first < 2 || toks[first-1].text != "," || last+1 >= len(toks) || toks[last].text != "," {
		return false
	}
	if timeTail(toks, last) > last {
		return false // "…, X said, yesterday.": a trailing attribution and its date
	}
	n := toks[last+1]
	if !n.word || participleCues[lower(n)] || lower(n) == "citing" || x.d.inQuote(n.Start) {
		return false // ", citing union sources" sources the attribution
	}
	if coordinatedCueAt(toks, last+1) {
		return false // ", but noted …": a second cue of the speaker, no words of this claim
	}
	if withoutTail(toks, last+1) {
		return false // "…, X said, without giving details." (rule trailing-frame)
	}
	for _, t := range toks[:first-1] {
		if x.d.inQuote(t.Start) || isOpenQuote(t.text) {
			return false // the words before are a quotation's
		}
	}
	return true
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "--" }

// quoteIn says whether a quotation overlaps [from, to).
func (x *extractor) quoteIn(from, to int) bool {
	for _, q := range x.d.quotes {
		if q.outer.Start < to && from < q.outer.End {
			return true
		}
	}
	return false
}

// dashTail says whether a cue after a dash closes its sentence, as in
// "... very close - Deller added after the meeting.": a remark of some
// words before the dash, and few words after the cue, none a "that".
func dashTail(toks []tok, c *cue) bool {
	if wordsBefore := c.np[0] - 1; wordsBefore < 5 {
		return false
	}
	n := 0
	for _, t := range toks[c.j:] {
		if t.word {
			n++
		}
		if lower(t) == "that" || isOpenQuote(t.text) {
			return false
		}
	}
	return n <= 6
}

// trailingCueAt is the cue whose verb is toks[b] when it is a trailing
// attribution after a comma that ends the sentence ("…, the Herald
// reported."), else nil.
func trailingCueAt(x *extractor, toks []tok, cues []cue, b int) *cue {
	for i := range cues {
		o := &cues[i]
		if o.verb == b && o.speaker != nil && !o.according && o.np[1] <= o.i && titledComma(toks, o) >= 1 && x.endsTrailing(toks, o) {
			return o
		}
	}
	return nil
}

// reportsAttribution says whether the clause before a trailing
// attribution holds an attribution of its own with its claim ("X
// announced that A, the Herald reported"): the claim is X's, and the
// trailing speaker only reports it.
func reportsAttribution(cues []cue, c *cue, comma int) bool {
	for i := range cues {
		o := &cues[i]
		if o != c && o.speaker != nil && !o.according && o.verb < comma && o.comp[0] >= 0 && o.comp[1] <= comma+1 {
			return true
		}
	}
	return false
}

// relativeThat says whether the "that" before toks[a] is a relative
// pronoun, not a complementizer: what follows it is a verb with no
// subject ("a truce that would begin", "a plan that includes").
func relativeThat(toks []tok, a int) bool {
	w := lower(toks[a])
	return finiteVerbs[w] && w != "has" && w != "had" || strings.HasSuffix(w, "s") && hasKey(cueVerbs, w)
}

// clauseAhead says whether toks[a:] opens a clause: a pronoun, a
// determiner or a name, then within four words an auxiliary or copula
// ("his players are", "the club will", "they had").
func clauseAhead(toks []tok, a int) bool {
	if a >= len(toks) || lower(toks[a]) == "that" {
		return false
	}
	if w := lower(toks[a]); !(determiners[w] || isPronoun(w) || isNameTok(toks[a])) {
		return false
	}
	for k := a + 1; k < len(toks) && k <= a+4; k++ {
		if !toks[k].word || clauseStop(toks[k]) {
			return false
		}
		if finiteVerbs[lower(toks[k])] {
			return true
		}
	}
	return false
}

// clauseStop says whether a token ends the words a clause's subject may have.
func clauseStop(t tok) bool { return prepositions[lower(t)] || hasKey(cueVerbs, lower(t)) }

// occasionWords open a phrase saying when a trailing attribution was
// made: "said after long talks in Rome", "said during a visit to Oslo".
var occasionWords = map[string]bool{"after": true, "before": true, "during": true, "following": true, "ahead": true, "amid": true}
