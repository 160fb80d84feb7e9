package extract

import (
	"strings"

	"kb/internal/names"
)

// Claim rules drawn from batch H's misses (branch x-h-claims), each a
// family of English attribution, not a sentence met: a participle cue
// with "that" after a main clause and no comma ("adding that", "before
// stating that"), unnamed people as sources ("according to people
// familiar with the talks", "the people said", "one person said"), a
// study or its findings as the subject of a finding verb ("A study … has
// found that"), "claimed to" and an infinitive, "shared that", a document
// after "according to", and quoted titles between the cue and its "that".

// hcParticipleThat is the rule participle-that: an -ing cue directly
// followed by "that" and a clause, with no comma before it, after a
// quotation that ends a main clause ("said A “…” adding that B") or after
// a word of sequence or an adverb ("thanked the staff before stating
// that B", "then adding that"). After a noun the -ing word is most often
// the noun's ("a court ruling that", "heard MPs saying that"), and after
// "with" it has a subject of its own ("with Moscow still demanding
// that"): neither is read.
func hcParticipleThat(toks []tok, k int) bool {
	if k < 2 || k+2 >= len(toks) || !participleCues[lower(toks[k])] || lower(toks[k+1]) != "that" {
		return false
	}
	n := toks[k+2]
	if !n.word || prepositions[lower(n)] || hcNoClause[lower(n)] {
		return false // "adding that to the list": a demonstrative, no clause
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if lower(toks[p]) == "with" {
			return false
		}
	}
	p := toks[k-1]
	if isCloseQuote(p.text) {
		return true
	}
	w := lower(p)
	return p.word && !isCap(p) && (hcSequenceWords[w] || strings.HasSuffix(w, "ly") && len(w) > 4)
}

// hcNoClause cannot open the clause after "that".
var hcNoClause = map[string]bool{"of": true, "for": true, "into": true, "as": true, "and": true, "or": true, "is": true, "was": true}

// hcSequenceWords before an -ing cue join it to the main clause.
var hcSequenceWords = map[string]bool{"before": true, "after": true, "then": true, "also": true, "later": true, "again": true, "further": true, "even": true}

// Rule unnamed-people: people the article does not name, as a source
// ("according to people familiar with the talks", "two people close to
// the board said", "one person said", "the people said"). A group of
// them is drafted as a collective under the article's words (a relative
// clause such as "who asked not to be named" left out), one of them as an
// unnamed person, never a name made up; "the people" and "the person"
// refer to the last such source drafted, and name no one when there is
// none.

// hcPeopleHeads are the head nouns of such a source.
var hcPeopleHeads = map[string]bool{
	"people": true, "person": true, "persons": true, "source": true, "sources": true,
	"insider": true, "insiders": true, "official": true, "officials": true,
}

// hcBareHeads may stand with no modifier after a count ("one person
// said", "the people said"); "two sources said" is left to the group
// rule (unnamedGroups).
var hcBareHeads = map[string]bool{"people": true, "person": true, "persons": true, "source": true, "insider": true, "official": true}

// hcSingular heads name one source.
var hcSingular = map[string]bool{"person": true, "source": true, "insider": true, "official": true}

// hcPeopleCounts may stand before the head.
var hcPeopleCounts = map[string]bool{
	"a": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"several": true, "multiple": true, "some": true, "many": true, "other": true, "another": true,
	"more": true, "numerous": true, "various": true, "few": true,
}

// hcPeopleModifiers open the modifier that makes "people" a source.
var hcPeopleModifiers = map[string]string{
	"familiar": "with", "close": "to", "briefed": "on", "knowledgeable": "about", "aware": "of",
	"involved": "in", "with": "", "who": "", "in": "",
}

// hcPeopleNP reads a source of unnamed people at toks[a]: an optional
// "the", a count, the head, and a modifier ("familiar with the talks",
// "with knowledge of the matter", "who asked not to be named") up to a
// comma, a full stop or stop (a cue's first token; -1 for none). It
// returns the end of the phrase and the end of its name (before a
// relative clause), and the head's index. A bare head needs a count or
// "the" ("one person", "the people"), and stop right after it.
func hcPeopleNP(toks []tok, a, stop int) (end, nameEnd, head int, ok bool) {
	h := a
	if h < len(toks) && lower(toks[h]) == "the" {
		h++
	}
	if h < len(toks) && (hcPeopleCounts[lower(toks[h])] || isDigits(toks[h].text)) {
		h++
	}
	if h >= len(toks) || !hcPeopleHeads[lower(toks[h])] || isCap(toks[h]) && h > 0 {
		return 0, 0, 0, false
	}
	m := h + 1
	if m >= len(toks) || m == stop || !toks[m].word {
		if h == a || !hcBareHeads[lower(toks[h])] {
			return 0, 0, 0, false // "people said": no one in particular; "two sources said": the group rule's
		}
		return m, m, h, true
	}
	want, mod := hcPeopleModifiers[lower(toks[m])]
	if !mod || want != "" && (m+1 >= len(toks) || lower(toks[m+1]) != want) {
		return 0, 0, 0, false // "the people of the town", "people who voted"
	}
	if lower(toks[m]) == "in" && (m+2 >= len(toks) || lower(toks[m+1]) != "the" || lower(toks[m+2]) != "room") {
		return 0, 0, 0, false // only "people in the room"
	}
	if lower(toks[m]) == "who" && !hcAnonymousClause(toks, m) {
		return 0, 0, 0, false // "people who voted said": voters, no source
	}
	end, nameEnd = m, -1
	for end < len(toks) && end != stop {
		t := toks[end]
		if t.text == "," || t.text == "." || t.text == ";" || t.text == ":" || isOpenQuote(t.text) {
			break
		}
		if lower(t) == "who" && end > m && nameEnd < 0 {
			nameEnd = end
		}
		end++
	}
	if stop != -1 && end != stop || end >= m+16 {
		return 0, 0, 0, false
	}
	if nameEnd < 0 {
		nameEnd = end
	}
	return end, nameEnd, h, true
}

// hcAnonymousClause says whether a relative clause at toks[m] ("who")
// asks for anonymity or says what the source may not: "who asked not to
// be named", "who spoke on condition of anonymity", "who declined to be
// identified", "who were not authorized to speak".
func hcAnonymousClause(toks []tok, m int) bool {
	for k := m + 1; k < len(toks) && k <= m+8; k++ {
		switch lower(toks[k]) {
		case "named", "identified", "anonymity", "authorized", "authorised", "publicly", "private", "confidential":
			return true
		}
		if toks[k].text == "," || toks[k].text == "." {
			return false
		}
	}
	return false
}

// hcPeopleSource drafts (or finds) the source hcPeopleNP read at
// toks[a:nameEnd], head at toks[h]: "the people", "the person" is the
// last such source drafted (nil when there is none).
func (x *extractor) hcPeopleSource(toks []tok, a, nameEnd, h int) (*Entity, Why) {
	head := lower(toks[h])
	plural := !hcSingular[head]
	if lower(toks[a]) == "the" && nameEnd == h+1 {
		// "the people said": the source named before with the same head
		for i := len(x.reg.all) - 1; i >= 0; i-- {
			e := x.reg.all[i]
			if e.Why.Rule == "unnamed-people" && hcHeadOf(e.Name) == head {
				return e, Why{Rule: "unnamed-people,again", Confidence: 0.4, Note: "“" + joinToks(toks[a:nameEnd]) + "”: the source named before, " + e.Name}
			}
		}
		return nil, Why{}
	}
	name := x.d.text(span{toks[a].Start, toks[nameEnd-1].End})
	if a == 0 {
		name = strings.ToLower(name[:1]) + name[1:] // "People familiar with …" opening the sentence
	}
	why := Why{Rule: "unnamed-people", Confidence: 0.4, Note: "a source the article does not name"}
	for _, e := range x.reg.all {
		if names.Normalize(e.Name) == names.Normalize(name) {
			return e, why // named so before
		}
	}
	e := &Entity{Kind: KindPerson, Name: name, Why: why}
	if plural {
		e.Kind, e.Sub = KindOrganization, "collective"
	}
	e.ID = x.reg.newID(slug(name))
	x.reg.add(e)
	return e, why
}

// hcPeopleAfter reads an unnamed source after "according to" at
// toks[from]; b is the end of its phrase.
func (x *extractor) hcPeopleAfter(toks []tok, from int) (e *Entity, why Why, b int, ok bool) {
	end, nameEnd, h, ok := hcPeopleNP(toks, from, -1)
	if !ok {
		return nil, Why{}, 0, false
	}
	e, why = x.hcPeopleSource(toks, from, nameEnd, h)
	if e == nil {
		return nil, Why{}, 0, false
	}
	why.Rule = "according-to/" + why.Rule
	return e, why, end, true
}

// hcPeopleBefore reads an unnamed source that ends at toks[k], right
// before a cue ("…, two people familiar with the talks said"): the
// earliest start after a comma, a quotation or the sentence's start.
func (x *extractor) hcPeopleBefore(toks []tok, k int) (e *Entity, why Why, a, b int, ok bool) {
	best := -1
	var bestName, bestHead int
	for st := k; st >= 0; st-- {
		if t := toks[st]; !t.word {
			break
		}
		if _, nameEnd, h, ok := hcPeopleNP(toks, st, k+1); ok {
			best, bestName, bestHead = st, nameEnd, h
		}
	}
	if best < 0 {
		return nil, Why{}, 0, 0, false
	}
	e, why = x.hcPeopleSource(toks, best, bestName, bestHead)
	if e == nil {
		return nil, Why{}, 0, 0, false
	}
	why.Rule = "speaker-before-cue/" + why.Rule
	return e, why, best, k + 1, true
}

// Rule research-finding: a study, report, survey or its findings as the
// subject of a finding verb and "that" ("A recent study conducted by
// researchers at X and published in Y has found that …", "The findings of
// the study suggest that …", "New research shows that …"). The research
// speaks as a document does (documents.go): its author when the article
// names one before, else the research under its head noun ("the study").

// hcResearchNouns head the subject.
var hcResearchNouns = map[string]bool{
	"study": true, "studies": true, "research": true, "report": true, "survey": true, "poll": true,
	"analysis": true, "review": true, "paper": true, "trial": true, "findings": true, "data": true,
	"audit": true, "assessment": true, "investigation": true, "experiment": true, "results": true,
}

// hcFindingVerbs report what research found; they claim only through
// "that" right after them.
var hcFindingVerbs = map[string]bool{}

func init() {
	for _, l := range []string{"find", "show", "suggest", "indicate", "conclude", "reveal", "demonstrate", "highlight", "confirm", "estimate", "note", "acknowledge", "warn", "say", "report", "predict", "state", "claim", "argue", "point"} {
		for _, f := range inflect(l) {
			if !strings.HasSuffix(f, "ing") {
				hcFindingVerbs[f] = true
			}
		}
	}
	for _, f := range []string{"found", "shown", "said"} {
		hcFindingVerbs[f] = true
	}
}

// hcResearchSubject reads the research that is the subject of the verb
// at toks[k]: the sentence opens (after an introductory phrase) with a
// determiner or none, up to three lower-case words and a research noun,
// and no finite verb stands between it and the verb (participles such
// as "conducted by …", "published in …" may). It returns the subject's
// first token and the document noun's index (the study of "The findings
// of the study"), or ok false.
func (x *extractor) hcResearchSubject(toks []tok, k int) (a, doc int, ok bool) {
	if k < 1 || k >= len(toks) {
		return 0, 0, false
	}
	a = x.openerEnd(toks)
	h := a
	if h < len(toks) && (determiners[lower(toks[h])] && lower(toks[h]) != "’s" || lower(toks[h]) == "new") {
		h++
	} else if p := hcCapsEnd(toks, h); p > h && p < len(toks) && toks[p].text == "’s" {
		h = p + 1 // "Harvard's survey", "Zenko Corp's survey": its author's
	}
	for n := 0; n < 3 && h < k && toks[h].word && !isCap(toks[h]) && !hcResearchNouns[lower(toks[h])]; n++ {
		h++ // "A recent", "the latest government"
	}
	if h >= k || !hcResearchNouns[lower(toks[h])] || isCap(toks[h]) && h > a {
		return 0, 0, false
	}
	doc = h
	for p := h + 1; p < k; p++ {
		w := lower(toks[p])
		if x.d.inQuote(toks[p].Start) || finiteVerbs[w] && p < k-1 || hasKey(cueVerbs, w) && !strings.HasSuffix(w, "ed") || w == "that" || w == "which" || w == "who" || toks[p].text == ";" {
			return 0, 0, false // "The study was led by X, who said": a clause of its own
		}
		if doc == h && w == "of" && p+2 < k && lower(toks[p+1]) == "the" && hcResearchNouns[lower(toks[p+2])] {
			doc = p + 2 // "The findings of the study"
		}
	}
	return a, doc, true
}

// hcFindingCue says whether toks[k] is a finding verb with "that" after
// it whose subject is research (rule research-finding); a base form
// needs a plural subject ("the findings suggest", "the data show").
func (x *extractor) hcFindingCue(toks []tok, k int) bool {
	if k+1 >= len(toks) || !hcFindingVerbs[lower(toks[k])] || lower(toks[k+1]) != "that" || isCap(toks[k]) {
		return false
	}
	_, doc, ok := x.hcResearchSubject(toks, k)
	return ok && k > doc
}

// hcResearchSpeaker is the speaker of a cue whose subject is research:
// the document's author or the document (documentSpeaker), named by its
// head noun alone ("the study", not "the recent study"), so that the
// study's later sentences find the same speaker.
func (x *extractor) hcResearchSpeaker(s *sentence, c *cue, lastPerson, last, lastOrg *Entity) (*Entity, Why, int, int, bool) {
	toks := s.toks
	if c.according || c.participle || c.passiveBy || c.quotedBy > 0 || c.phrase || c.verb+1 >= len(toks) || lower(toks[c.verb+1]) != "that" {
		return nil, Why{}, 0, 0, false
	}
	a, doc, ok := x.hcResearchSubject(toks, c.i)
	if !ok || c.i == doc+1 && documentNouns[lower(toks[doc])] && hasKey(cueVerbs, lower(toks[c.verb])) {
		return nil, Why{}, 0, 0, false // "the ministry's report said that": the document rules, as before
	}
	for p := a + 1; p < doc; p++ {
		if toks[p].text == "’s" { // (the tokens write every possessive so)
			// "Harvard's survey found that": its author, when the article
			// has named it already (a single word is no one made up here)
			if e := x.reg.lookup(joinToks(toks[a:p]), KindOrganization, KindPerson); e != nil {
				return e, Why{Rule: "research-finding,author", Confidence: 0.5, Note: "“" + joinToks(toks[a:doc+1]) + "”: research of " + e.Name}, a, c.i, true
			}
		}
	}
	// the head alone names it ("the " + noun): "the study", not "the recent study"
	e, why := x.hcDocument(s, doc-1, doc+1, lastPerson, last, lastOrg)
	if e == nil {
		return nil, Why{}, 0, 0, false
	}
	why.Rule = "research-finding," + why.Rule
	return e, why, a, c.i, true
}

// hcDocument is documentSpeaker for a research noun that may not be a
// document noun of the entity rules ("findings", "research", "poll").
func (x *extractor) hcDocument(s *sentence, a, b int, lastPerson, last, lastOrg *Entity) (*Entity, Why) {
	if documentNouns[lower(s.toks[b-1])] {
		return x.documentSpeaker(s, a, b, lastPerson, last, lastOrg)
	}
	name := "the " + lower(s.toks[b-1])
	note := "a document as the speaker; the article names no author: review"
	for _, e := range x.reg.all {
		if e.Kind == KindOrganization && e.Why.Rule == "document" && names.Normalize(e.Name) == names.Normalize(name) {
			return e, Why{Rule: "document", Confidence: 0.3, Note: note}
		}
	}
	e := &Entity{Kind: KindOrganization, Name: name, Sub: "other", Why: Why{Rule: "document", Confidence: 0.3, Note: note}}
	e.ID = x.reg.newID(slug(strings.TrimPrefix(name, "the ")), slug(name))
	x.reg.add(e)
	return e, Why{Rule: "document", Confidence: 0.3, Note: note}
}

// hcClaimedTo is the rule claimed-to: "claimed to" and an infinitive
// ("the group's chief claimed to hold the airport") is a claim, as the
// gold counts it, opening at the infinitive; "their claim to the
// throne" (a noun) and "claimed to the crowd" (an addressee) are not.
func hcClaimedTo(toks []tok, k int) bool {
	if k < 1 || k+2 >= len(toks) {
		return false
	}
	w, p := lower(toks[k]), lower(toks[k-1])
	if w != "claimed" && w != "claims" || lower(toks[k+1]) != "to" || determiners[p] {
		return false
	}
	n := toks[k+2]
	return n.word && !isCap(n) && !determiners[lower(n)] && !isPronoun(lower(n)) && !isDigits(n.text)
}

// hcSharedThat is the cue phrase "shared that" with a clause after it
// ("Hart shared that he feels …"); "shared that view" is an object.
func hcSharedThat(toks []tok, k int) bool {
	if k < 1 || k+2 >= len(toks) || lower(toks[k+1]) != "that" || determiners[lower(toks[k-1])] {
		return false
	}
	if w := lower(toks[k]); w != "shared" && w != "shares" {
		return false
	}
	switch lower(toks[k+2]) {
	case "he", "she", "they", "we", "i", "it", "there":
		return true
	}
	return clauseAhead(toks, k+2)
}

// hcDocumentAfter is the end of a document noun phrase after "according
// to" at toks[from] ("the statement", "the company's filing", "a new
// report"), closed by punctuation or the sentence's end; from when none.
func hcDocumentAfter(toks []tok, from int) int {
	for b := from + 2; b <= len(toks) && b <= from+5; b++ {
		if !toks[b-1].word && toks[b-1].text != "’s" {
			return from
		}
		if documentNP(toks, from, b) && (b == len(toks) || !toks[b].word || hcParticiplePhrase(toks, b) > b) {
			return b
		}
	}
	return from
}

// hcParticiplePhrase is the comma that closes a participle phrase at
// toks[b] after a document ("a study published in the Journal of Ports,"),
// b when there is none: an -ed word, then up to twelve words with no
// finite verb or cue.
func hcParticiplePhrase(toks []tok, b int) int {
	if b >= len(toks) || !strings.HasSuffix(lower(toks[b]), "ed") || finiteVerbs[lower(toks[b])] {
		return b
	}
	for k := b + 1; k < len(toks) && k <= b+12; k++ {
		w := lower(toks[k])
		if toks[k].text == "," {
			return k
		}
		if !toks[k].word || finiteVerbs[w] || hasKey(cueVerbs, w) {
			return b
		}
	}
	return b
}

// hcFrameThat reads a frame after a cue that holds quoted titles or a
// parenthesis before its "that" ("said in an interview with the papers
// “Alpha” and “Beta” (Beta), that …"): a preposition, then tokens with no
// full stop, colon, semicolon or cue, quotations of at most four words,
// and "that" with a clause after it. It returns the claim's first token,
// or -1.
func (x *extractor) hcFrameThat(toks []tok, a int) int {
	if a >= len(toks) || !prepositions[lower(toks[a])] {
		return -1
	}
	titled := false
	for k := a + 1; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.text == "." || t.text == ":" || t.text == ";" || hasKey(cueVerbs, lower(t)) && !x.d.inQuote(t.Start):
			return -1
		case isOpenQuote(t.text) || t.text == "(":
			titled = true
		case lower(t) == "that" && !x.d.inQuote(t.Start):
			if !titled || k+1 >= len(toks) || !toks[k+1].word || relativeThat(toks, k+1) {
				return -1
			}
			return k + 1
		}
		if x.d.inQuote(t.Start) && x.hcLongQuoteAt(t.Start) {
			return -1 // a remark, not a title
		}
	}
	return -1
}

// hcLongQuoteAt says whether the quotation holding offset i has more
// than four words.
func (x *extractor) hcLongQuoteAt(i int) bool {
	for _, q := range x.d.quotes {
		if i >= q.inner.Start && i < q.inner.End {
			return wordsIn(x.d.text(q.inner)) > 4
		}
	}
	return false
}

func init() {
	// "has just announced": an adverb between the auxiliary and the cue
	cueModifiers["just"] = true
}

// hcPhraseQuoteAt says whether the quotation mark at toks[k] belongs to
// a quoted phrase inside a clause that ends in another quotation before
// a trailing attribution (`Hart was "deeply moved" after the jury gave
// him "a new start," he said.`): words stand before it, and it holds at
// most six words (rule clause-ending-in-quote, phrase inside).
func (x *extractor) hcPhraseQuoteAt(toks []tok, k int) bool {
	if k < 2 {
		return false
	}
	for _, q := range x.d.quotes {
		if toks[k].Start == q.outer.Start || toks[k].End == q.outer.End {
			return q.outer.Start > toks[0].Start && wordsIn(x.d.text(q.inner)) <= 6
		}
	}
	return false
}

// hcClauseBeforeQuote says whether the words of a claim before its final
// quotation hold a subject and a finite verb of their own ("measures
// are being taken to “stabilize …”"): a clause, so the claim says more
// than the quotation even when a preposition or "to" precedes it.
func (x *extractor) hcClauseBeforeQuote(toks []tok, comp [2]int, lastQuoteEnd int) bool {
	subject := false
	for k := comp[0]; k < comp[1] && toks[k].Start < lastQuoteEnd; k++ {
		if !toks[k].word || x.d.inQuote(toks[k].Start) || x.quoteHas(toks[k].Start) {
			continue
		}
		w := lower(toks[k])
		if finiteVerbs[w] {
			return subject
		}
		subject = subject || isPronoun(w) || determiners[w] || isCap(toks[k]) || strings.HasSuffix(w, "s")
	}
	return false
}

// hcDashSubject reads a subject set off by dashes before the cue at
// toks[k+1] ("Tom Dale — the first envoy to visit since 2018 —
// described …"): the noun phrase before the opening dash, when the
// dashes hold no verb of saying; a, b = -1 when there is none.
func hcDashSubject(toks []tok, k int) (a, b int) {
	if k < 3 || !isDash(toks[k].text) {
		return -1, -1
	}
	for p := k - 1; p >= 1; p-- {
		if isDash(toks[p].text) {
			if npLeft(toks, p) == 0 {
				return 0, p // the sentence opens with the subject
			}
			return -1, -1
		}
		if hasKey(cueVerbs, lower(toks[p])) && !baseForms[lower(toks[p])] || isOpenQuote(toks[p].text) {
			// (a base form is a noun here: "the secretary of state")
			return -1, -1
		}
	}
	return -1, -1
}

// hcAccordingDocument is the source of "according to" + a document
// (hcDocumentAfter): a name before the document noun is its author ("an
// Axios report": Axios, as the article names it); with no author, an
// indefinite document keeps the article's words ("an earlier report"),
// a definite one is the document of the entity rules ("the statement":
// its issuer named before, else the statement).
func (x *extractor) hcAccordingDocument(s *sentence, from int, lastPerson, last, lastOrg *Entity) (*Entity, Why, int, bool) {
	e, why, end, ok := x.hcAccordingDocumentNP(s, from, lastPerson, last, lastOrg)
	if ok {
		end = hcParticiplePhrase(s.toks, end) // the source's phrase ends at its comma
	}
	return e, why, end, ok
}

// hcAccordingDocumentNP is hcAccordingDocument up to the document noun.
func (x *extractor) hcAccordingDocumentNP(s *sentence, from int, lastPerson, last, lastOrg *Entity) (*Entity, Why, int, bool) {
	toks := s.toks
	b := hcDocumentAfter(toks, from)
	if b == from {
		return nil, Why{}, 0, false
	}
	n0, n1 := -1, 0
	for p := from; p < b; p++ {
		if isCap(toks[p]) && toks[p].word {
			if n0 == -1 {
				n0 = p
			}
			n1 = p + 1
		}
	}
	if n0 != -1 && toks[n1].text != "’s" {
		name := joinToks(toks[n0:n1])
		e := x.reg.lookup(name, KindOrganization, KindPerson)
		if e == nil {
			e = x.reg.organization(name, "other", Why{Rule: "document-author,name", Confidence: 0.5, Note: "the name before a document noun: its author"})
		}
		return e, Why{Rule: "according-to/document-author,name", Confidence: 0.5, Note: "“" + joinToks(toks[from:b]) + "”: a document of " + e.Name}, b, true
	}
	if w := lower(toks[from]); w == "a" || w == "an" {
		if x.documentIssuer(s, lower(toks[b-1]), lastPerson, last, lastOrg) == nil {
			name := x.d.text(span{toks[from].Start, toks[b-1].End})
			e := &Entity{Kind: KindOrganization, Name: name, Sub: "other", Why: Why{Rule: "document", Confidence: 0.3, Note: "a document as the speaker; the article names no author: review"}}
			e.ID = x.reg.newID(slug(name))
			x.reg.add(e)
			return e, Why{Rule: "according-to/document", Confidence: 0.3, Note: e.Why.Note}, b, true
		}
	}
	e, why := x.resolveNP(s, from, b, lastPerson, last, lastOrg)
	if e == nil {
		return nil, Why{}, 0, false
	}
	if why.Rule == "document" && lastOrg != nil && lastOrg.Sub != "collective" && lastOrg.Why.Rule != "document" && lower(toks[from]) == "the" {
		// "The Walt Disney Company announced … Iger has agreed to serve,
		// according to the statement": the statement of the organization
		// that spoke last, when the article names no other author
		return lastOrg, Why{Rule: "according-to/document-author,last-organization", Confidence: 0.4, Note: "“" + joinToks(toks[from:b]) + "”: no author named; the organization that spoke last, " + lastOrg.Name}, b, true
	}
	why.Rule = "according-to/" + why.Rule
	return e, why, b, true
}

// hcCapsEnd is the end of the run of capitalized words at toks[h].
func hcCapsEnd(toks []tok, h int) int {
	for h < len(toks) && toks[h].word && isCap(toks[h]) {
		h++
	}
	return h
}

// hcActionCue says whether a cue that claims only through "that" stands
// with no "that" and no claim ("Iger has agreed to serve as chief, according
// to the statement"): an act, not a remark, so a trailing "according to"
// still gives the sentence its source.
func hcActionCue(toks []tok, c *cue) bool {
	return thatCues[lower(toks[c.verb])] && c.comp[0] < 0 && !c.phrase && c.j < len(toks) && lower(toks[c.j]) == "to"
}

// hcHeadOf is the head noun of an unnamed source's name ("two people
// close to the board": "people"), "" when it has none.
func hcHeadOf(name string) string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if hcPeopleHeads[w] {
			return w
		}
	}
	return ""
}

// hcInvertedPeople says whether an unnamed source after a trailing cue
// at toks[j] ends the sentence ("…, said a person with knowledge of the
// talks."), so that the clause before the comma is its claim.
func hcInvertedPeople(toks []tok, j int) bool {
	end, _, _, ok := hcPeopleNP(toks, j, -1)
	return ok && (end == len(toks) || end == len(toks)-1 && toks[end].text == ".")
}
