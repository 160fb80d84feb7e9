package extract

import "strings"

// Claim shapes of the fifth session (branch x-claims5), drawn from the
// failure kinds of the unseen batches D and E and the older sets:
// docs/extract.md, section "x-claims5", says where each kind was met and
// what each rule moved.

// zeroClauseAt says whether toks[a:] opens a finite clause whose "that"
// was dropped (rule zero-that): an optional fronted time phrase ("this
// time", "last year"), a subject, and a finite verb right after it. The
// subject is a subject pronoun, a determiner or possessive and up to four
// words ("his team", "the club's owner"), or a name, perhaps possessive
// and with up to three words after it ("Acme", "Al Jazeera's Kabul
// bureau", "U.S. and Afghan forces"). The verb is an auxiliary, modal or
// copula, or after a pronoun or a name also a past or present form
// ("he feared", "American needs"). It returns the index where the clause
// starts, or -1. Deciding by the shape of the words, not by the verb met,
// lets every verb of the clause-taking class read it.
func zeroClauseAt(toks []tok, a int) int {
	k := a
	if k+1 < len(toks) && (lower(toks[k]) == "this" || lower(toks[k]) == "last" || lower(toks[k]) == "next") && clauseTimeNouns[lower(toks[k+1])] {
		k += 2 // "revealed this time he feared"
	}
	for k < len(toks) && isTimeWord(toks, k) {
		k++
	}
	if clauseAtSubject(toks, k) {
		return k
	}
	return -1
}

// clauseTimeNouns follow "this", "last" or "next" in a fronted time phrase.
var clauseTimeNouns = map[string]bool{
	"time": true, "year": true, "week": true, "month": true, "season": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "night": true, "weekend": true, "term": true,
}

// clauseAtSubject says whether a subject and its finite verb start at toks[k].
func clauseAtSubject(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k].word {
		return false
	}
	w := lower(toks[k])
	switch w {
	case "he", "she", "they", "we", "i":
		return clauseVerb(toks, k+1, true)
	case "it", "there", "this":
		// "it is", "there were"; not "added it to the list"
		return finiteVerbs[lower(toks[k+1])] || toks[k+1].text == "’s"
	case "that":
		return false
	}
	if subjectDeterminers[w] {
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			t := toks[j]
			if t.text == "’s" {
				continue // "the club's owner"
			}
			if !t.word || clauseStop(t) || lower(t) == "that" || lower(t) == "which" || lower(t) == "who" || lower(t) == "and" {
				return false
			}
			if j > k+1 && (clauseVerb(toks, j, false) || presentVerb(toks, j)) {
				return true
			}
		}
		return false
	}
	if bareSubject(toks, k) {
		return true // "revealed sales had fallen", "told reporters talks were going well"
	}
	if !isNameTok(toks[k]) || isPronoun(w) {
		return false
	}
	// a name: capitalised words, "and" between them, a possessive, then up
	// to three lower-case words of a noun phrase ("Al Jazeera's Kabul bureau")
	j := k + 1
	for j < len(toks) && (isCap(toks[j]) || toks[j].text == "’s" || toks[j].text == "." && j > 0 && len(toks[j-1].text) == 1 ||
		lower(toks[j]) == "and" && j+1 < len(toks) && isCap(toks[j+1])) {
		j++
	}
	for n := 0; n <= 3 && j < len(toks); n, j = n+1, j+1 {
		if isOpenQuote(toks[j].text) && j+1 < len(toks) {
			j++ // "admitted Labour “has won …”": the verb quoted
		}
		if clauseVerb(toks, j, true) {
			return true
		}
		if w := lower(toks[j]); !toks[j].word || clauseStop(toks[j]) || isCap(toks[j]) || w == "that" || w == "and" || subjectDeterminers[w] || determiners[w] || isPronoun(w) || subjectPronouns[w] {
			return false // "told the Northport Echo the club was": "Echo the club" is no subject
		}
		if n == 0 && j > 0 && toks[j-1].text != "’s" && !isCap(toks[j-1]) {
			return false
		}
	}
	return false
}

// subjectDeterminers open a noun phrase that may be a clause's subject.
var subjectDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "these": true, "those": true, "some": true, "no": true, "all": true, "both": true,
	"many": true, "most": true, "each": true, "every": true,
}

// clauseVerb says whether toks[j] is a finite verb: an auxiliary, modal
// or copula (not "be", "been"), a negated form, or, when loose, a past or
// third-person form ("feared", "needs", "won").
func clauseVerb(toks []tok, j int, loose bool) bool {
	if j >= len(toks) || !toks[j].word || isCap(toks[j]) {
		return false
	}
	w := lower(toks[j])
	if w == "be" || w == "been" {
		return false
	}
	if finiteVerbs[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") {
		return true
	}
	if !loose || notBareNouns[w] || prepositions[w] || determiners[w] || objectDeterminers[w] {
		return false
	}
	if irregularPast[w] {
		return true
	}
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		return true
	}
	return presentVerb(toks, j)
}

// presentVerb says whether toks[j] is a third-person present form:
// "American needs to", "the firm expects the": an -s word, then an
// infinitive, a determiner or a pronoun ("news conference" is a noun).
func presentVerb(toks []tok, j int) bool {
	if j+1 >= len(toks) || !toks[j].word || isCap(toks[j]) {
		return false
	}
	w := lower(toks[j])
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || notBareNouns[w] {
		return false
	}
	n := lower(toks[j+1])
	return n == "to" || n == "not" || subjectDeterminers[n] || determiners[n] || isPronoun(n) || n == "us" || n == "him"
}

// zeroThatLemmas are verbs of saying and knowing that take a clause with
// or without "that" ("revealed he feared", "reported sales were down");
// in the lexicon they claim only through "that", so the shape of the
// words after them decides. Verbs that take an addressee first (tell,
// remind, assure, inform) are read by addresseeClause; verbs of attitude
// and manner take no clause at all.
var zeroThatLemmas = map[string]bool{}

func init() {
	for _, l := range strings.Fields(`reveal disclose report indicate signal hint conclude mention observe remark
		joke quip boast lament affirm testify complain concur speculate agree reckon surmise posit
		recount repeat reaffirm comment confess confide reason charge imply proclaim swear retort volunteer
		acknowledge admit announce note add reply concede accept`) {
		zeroThatLemmas[l] = true
	}
}

// addresseeLemmas take the person told before their clause: "told
// reporters he was", "assured the board the plan would".
var addresseeLemmas = map[string]bool{"tell": true, "remind": true, "assure": true, "inform": true, "warn": true, "advise": true, "notify": true}

// addresseeClause is where the clause starts after a verb's addressee
// whose "that" was dropped: "told reporters his side would", "told the
// BBC the club was", "told Webber they did" (rule zero-that,addressee);
// -1 when the words are no addressee and clause. The addressee is an
// object pronoun, a lower-case noun, a name, or a determiner and up to
// three words, perhaps with a place or time after it ("told reporters in
// Leeds on Monday").
func addresseeClause(toks []tok, a int) int {
	if a >= len(toks) || !toks[a].word {
		return -1
	}
	for e := a + 1; e < len(toks) && e <= a+6; e++ {
		t := toks[e-1]
		if t.text == "’s" {
			continue // "told the BBC's Today programme"
		}
		if w := lower(t); !t.word || w == "that" || finiteVerbs[w] || clauseStop(t) && e-1 > a ||
			adverbialStarts[w] || claimSubordinators[w] || w == "and" || w == "or" || w == "but" {
			return -1 // "told the court as the trial …": no addressee and clause
		}
		if e-1 == a && (subjectDeterminers[lower(t)] && lower(t) != "her" || clauseStop(t)) {
			continue // "the" alone is no addressee
		}
		k := e
		if k+1 < len(toks) && (lower(toks[k]) == "in" || lower(toks[k]) == "at") && isCap(toks[k+1]) {
			for k++; k < len(toks) && isCap(toks[k]); k++ {
			} // "told reporters in Islamabad"
		}
		if c := zeroClauseAt(toks, k); c >= 0 {
			return c
		}
		if k < len(toks) && claimSubordinators[lower(toks[k])] && subordinateOpening(toks, k) {
			return k // "told reporters in Islamabad if …, they should"
		}
	}
	return -1
}

// claimSubordinators open a conditional or concessive clause that belongs to
// the claim after a verb of saying ("said while the pitch was poor, the
// club …", "said if it fails, the Senate …"). Time words (after, when,
// before) are left out: "said after the game" frames the saying.
var claimSubordinators = map[string]bool{
	"while": true, "whilst": true, "although": true, "though": true, "if": true, "unless": true,
	"whereas": true, "even": true,
}

// subordinateOpening says whether toks[a:] is a claim opened by a
// subordinate clause (rule subordinate-opening): the subordinator, a
// clause, then the main clause after a comma or after a closing
// quotation mark: a subject and its finite verb ("…, the club did not",
// "… “a night of disappointment” it's also …", "…, then both must").
func subordinateOpening(toks []tok, a int) bool {
	if a+2 >= len(toks) || !claimSubordinators[lower(toks[a])] {
		return false
	}
	k := a + 1
	if lower(toks[a]) == "even" {
		if w := lower(toks[k]); w != "if" && w != "though" {
			return false
		}
		k++
	}
	if !clauseAtSubject(toks, k) && zeroClauseAt(toks, k) < 0 && !looseClauseAt(toks, k) {
		return false // "said while visiting Leeds": no clause of its own
	}
	for j := k + 2; j < len(toks) && j <= k+40; j++ {
		t := toks[j].text
		if t == "." || t == ";" || t == ":" {
			return false
		}
		if t == "," || isCloseQuote(t) {
			n := j + 1
			if n < len(toks) && toks[n].text == "," {
				n++
			}
			if n < len(toks) && lower(toks[n]) == "then" {
				n++
			}
			if clauseAtSubject(toks, n) {
				return true
			}
		}
	}
	return false
}

// sentenceAdverb says whether a word set off by commas after a cue is a
// sentence adverb ("said, naturally, the family …"): the parentheticals
// of claims4.go, or an adverb in -ly (rule parenthetical).
func sentenceAdverb(t tok) bool {
	w := lower(t)
	if parentheticals[w] {
		return true
	}
	return t.word && !isCap(t) && len(w) >= 6 && strings.HasSuffix(w, "ly") && !notAdverbsLy[w]
}

// notAdverbsLy end in -ly and are no adverbs.
var notAdverbsLy = map[string]bool{
	"family": true, "supply": true, "rally": true, "assembly": true, "reply": true, "anomaly": true,
	"monopoly": true, "butterfly": true, "ugly": true, "lonely": true, "friendly": true, "likely": true,
	"elderly": true, "costly": true, "deadly": true, "lively": true, "weekly": true, "monthly": true,
}

// objectThenClause says whether a noun-phrase object that follows a
// verb of saying at toks[a:] ends in a relative or adverbial clause with
// no main verb after it ("admitted his defeat in the vote that ended on
// Monday", "declared a global pandemic as the flu spread"): the object
// and its clause, no claim (rule noun-object,clause-after). A subject
// with a relative clause has its own verb later ("confirmed the man who
// was arrested is a student").
func objectThenClause(toks []tok, a int) bool {
	if a >= len(toks) || !objectDeterminers[lower(toks[a])] {
		return false
	}
	for k := a + 1; k < len(toks) && k <= a+12; k++ {
		t := toks[k]
		w := lower(t)
		if !t.word && t.text != "’s" && t.text != "-" {
			return false
		}
		if finiteVerbs[w] || negations[w] {
			return false // "the team was": a clause
		}
		if k > a+1 && (w == "that" || w == "which") && k+1 < len(toks) && relativeVerb(toks[k+1]) {
			return !mainVerbAfter(toks, k+2)
		}
		if k > a+1 && objectClauseWords[w] && looseClauseAt(toks, k+1) {
			return !mainVerbAfterClause(toks, k+1)
		}
	}
	return false
}

// looseClauseAt says whether a verb stands within four words of toks[k]
// after at least one word ("swine flu continues"), with no punctuation.
func looseClauseAt(toks []tok, k int) bool {
	for j := k; j < len(toks) && j <= k+4; j++ {
		if !toks[j].word {
			return false
		}
		if j > k && clauseVerb(toks, j, true) {
			return true
		}
	}
	return false
}

// objectClauseWords open an adverbial clause after an object.
var objectClauseWords = map[string]bool{"as": true, "while": true, "after": true, "when": true, "because": true, "since": true, "until": true, "before": true}

// relativeVerb is a verb with no subject after a relative "that": a
// past form, an auxiliary, a third-person form.
func relativeVerb(t tok) bool {
	w := lower(t)
	return t.word && !isCap(t) && (finiteVerbs[w] || irregularPast[w] || len(w) > 3 && strings.HasSuffix(w, "ed") || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// mainVerbAfter says whether an auxiliary or copula stands in toks[k:]
// before the clause's end (a comma, a stop): the relative clause was
// part of a subject.
func mainVerbAfter(toks []tok, k int) bool {
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.text == "," || t.text == "." || t.text == ";" || t.text == ":" {
			return false
		}
		if finiteVerbs[lower(t)] && !isCap(t) { // not the month "May"
			return true
		}
	}
	return false
}

// mainVerbAfterClause is mainVerbAfter past the subordinate clause's own
// verb.
func mainVerbAfterClause(toks []tok, k int) bool {
	seen := false
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.text == "," || t.text == "." || t.text == ";" || t.text == ":" {
			return false
		}
		if clauseVerb(toks, k, true) {
			if seen {
				return true
			}
			seen = true
		}
	}
	return false
}

// prizeNouns are what "claimed" takes in its sense of winning ("claimed
// silver", "claimed the title"): an object, no claim (rule
// noun-object,prize).
var prizeNouns = map[string]bool{
	"gold": true, "silver": true, "bronze": true, "medal": true, "medals": true, "title": true, "titles": true,
	"crown": true, "trophy": true, "pole": true, "prize": true, "podium": true, "place": true, "spot": true,
	"lives": true, "life": true, "wicket": true, "wickets": true, "seat": true, "seats": true, "scalp": true,
}

// prizeObject says whether "claimed" at toks[verb] takes a prize.
func prizeObject(toks []tok, verb, a int) bool {
	if lemmaOf(lower(toks[verb])) != "claim" || a >= len(toks) {
		return false
	}
	k := a
	if w := lower(toks[k]); objectDeterminers[w] || w == "a" || w == "his" || w == "her" || w == "their" {
		k++
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].word && !isCap(toks[k]); n, k = n+1, k+1 {
		if prizeNouns[lower(toks[k])] {
			return !mainVerbAfter(toks, k+1) // "claimed her place in the team was secure" is a clause
		}
		if finiteVerbs[lower(toks[k])] {
			return false
		}
	}
	return false
}

// zeroThat is where the claim starts after a verb that claims through
// "that" when no "that" follows: a clause with "that" dropped after the
// verb or its addressee, or a subordinate opening; -1 when there is none.
func zeroThat(toks []tok, v string, a int) int {
	l := lemmaOf(v)
	if addresseeLemmas[l] {
		return addresseeClause(toks, a)
	}
	if !zeroThatLemmas[l] {
		return -1
	}
	if zeroClauseAt(toks, a) >= 0 || subordinateOpening(toks, a) {
		return a
	}
	return ppThenClause(toks, a) // "admitted to analysts the quarter had been hard"
}

// ppThenClause is where a clause with "that" dropped starts after a
// prepositional phrase that follows the cue ("said in a filing it
// expected a loss", "admitted to analysts the quarter had been hard",
// "said in a statement on Monday the firm would"); -1 when there is
// none. The phrase has at least one word after its preposition and no
// verb; a name run is not cut in two.
func ppThenClause(toks []tok, a int) int {
	if a >= len(toks) || !prepositions[lower(toks[a])] && lower(toks[a]) != "after" && lower(toks[a]) != "via" {
		return -1
	}
	for k := a + 2; k < len(toks) && k <= a+9; k++ {
		t := toks[k]
		w := lower(t)
		if !t.word && !possessiveAt(toks, k) || w == "that" || finiteVerbs[w] || claimSubordinators[w] || adverbialStarts[w] {
			return -1
		}
		if isCap(toks[k-1]) && isCap(t) || possessiveAt(toks, k) {
			continue // inside a name
		}
		if w == "it" && clauseVerb(toks, k+1, true) || (subjectPronouns[w] || t.text == "I" || subjectDeterminers[w] || isNameTok(t)) && clauseAtSubject(toks, k) {
			return k
		}
	}
	return -1
}

// clauseObject says whether the words after a verb of saying other than
// say, tell and write are its object: a noun phrase with a relative or
// adverbial clause and no main verb, or a prize after "claimed".
func clauseObject(toks []tok, verb, a int) bool {
	switch lemmaOf(lower(toks[verb])) {
	case "say", "tell":
		return false
	case "write":
		return writtenObject(toks, a)
	case "warn", "caution":
		if k := warnedOf(toks, a); k > a {
			return true // "warned residents of flooding": whom and of what
		}
	}
	return objectThenClause(toks, a) || prizeObject(toks, verb, a)
}

// claims5Rule names the rule of this file that opened a cue's claim, for
// the draft's comment: "zero-that/" for a that-verb or addressee whose
// "that" was dropped, "after-phrase/" for one after a prepositional
// phrase, "subordinate-opening/" for a claim opened by "while", "if",
// "although", "nested-pronoun/" for one that holds a nested cue; "" otherwise.
func claims5Rule(toks []tok, cues []cue, c *cue) string {
	a := c.comp[0]
	if a <= 0 || a >= len(toks) {
		return ""
	}
	r := ""
	if v := lower(toks[c.verb]); thatCues[v] && lower(toks[a-1]) != "that" {
		r = "zero-that/"
	}
	if p := c.j; p < a-1 && lower(toks[a-1]) != "that" && !isTimeWord(toks, p) && (prepositions[lower(toks[p])] || lower(toks[p]) == "after") && ppThenClause(toks, p) == a {
		r += "after-phrase/" // "said in a filing it expected"
	}
	for b := a + 1; b <= a+2 && b < len(toks); b++ {
		if nestedAt(toks, cues, a, b) != nil {
			r += "nested-pronoun/" // "said he believes that"
		}
	}
	if claimSubordinators[lower(toks[a])] && lower(toks[a-1]) != "that" {
		r += "subordinate-opening/"
	}
	return r
}

// writtenObject says whether the words after "wrote" are a thing written
// and where: a determiner, one to three words, a preposition, and no
// finite verb to the end ("wrote his name into fabled legend", "wrote a
// letter to the board."); "wrote the plan for growth was flawed" has one.
func writtenObject(toks []tok, a int) bool {
	if a >= len(toks) || !objectDeterminers[lower(toks[a])] {
		return false
	}
	k := a + 1
	for ; k < len(toks) && k <= a+3 && toks[k].word && !writtenPrepositions[lower(toks[k])]; k++ {
		if finiteVerbs[lower(toks[k])] || lower(toks[k]) == "that" {
			return false
		}
	}
	if k == a+1 || k >= len(toks) || !writtenPrepositions[lower(toks[k])] {
		return false
	}
	for ; k < len(toks) && toks[k].text != "."; k++ {
		if finiteVerbs[lower(toks[k])] || negations[lower(toks[k])] || lower(toks[k]) == "that" || isOpenQuote(toks[k].text) {
			return false
		}
	}
	return true
}

var writtenPrepositions = map[string]bool{"into": true, "in": true, "on": true, "to": true, "for": true, "about": true, "off": true, "onto": true}

// namingParticiple says whether a verb of naming stands between commas
// with its name after it ("The star, labelled OGLE-9, is …", "the plan,
// dubbed Project X, will …"): a reduced relative clause that names a
// thing, no attribution of the sentence around it (rule naming-participle).
func namingParticiple(toks []tok, c *cue) bool {
	return c.np[0] >= c.j && namingLemmas[lemmaOf(lower(toks[c.verb]))] && c.i > 0 && toks[c.i-1].text == ","
}

var namingLemmas = map[string]bool{"label": true, "brand": true, "term": true, "dub": true, "call": true, "name": true, "describe": true, "characterize": true, "characterise": true, "nickname": true, "christen": true}

// relativeAfterObject says whether the "that" at toks[k], after an object
// of the cue, opens a relative clause: a past form follows it with no
// subject, and no auxiliary after it before the clause ends ("admitted
// his defeat in the vote that ended on Monday"; not "told reporters that
// increased costs would hurt").
func relativeAfterObject(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].word || isCap(toks[k+1]) {
		return false
	}
	w := lower(toks[k+1])
	if finiteVerbs[w] && w != "has" && w != "had" {
		return true
	}
	return (irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) && !mainVerbAfter(toks, k+2)
}

// possessiveAt says whether toks[k] is a possessive "’s" (tokenize
// writes every possessive, "'s" or "’s", as "’s").
func possessiveAt(toks []tok, k int) bool {
	return k < len(toks) && toks[k].text == "’s"
}

// parentheticalThenClause says whether "that" is followed by words set
// off by commas and then a clause: "said that, if elected, she would",
// "said that, while the offer was fair, the union should wait" (rule
// parenthetical-opening). The claim starts after the first comma.
func parentheticalThenClause(toks []tok, comma int) bool {
	for k := comma + 2; k < len(toks) && k <= comma+14; k++ {
		t := toks[k].text
		if t == "." || t == ";" || t == ":" || isOpenQuote(t) {
			return false
		}
		if t == "," {
			return clauseAtSubject(toks, k+1) || zeroClauseAt(toks, k+1) >= 0
		}
	}
	return false
}

// clauseHasVerb says whether toks[a:b] hold a verb: a clause that an
// adverbial after a comma may close ("said the port was safe, despite
// …"), not a subject alone ("said the port, despite its age, was safe").
func clauseHasVerb(toks []tok, a, b int) bool {
	for k := a; k < b; k++ {
		w := lower(toks[k])
		if clauseVerb(toks, k, true) || irregularPast[w] || toks[k].word && !isCap(toks[k]) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return true // "suits", and plural nouns too: only a subject with no such word runs on
		}
	}
	return false
}

// nestedAt is the cue whose verb is toks[b] when it opens the claim that
// starts at toks[a] with a subject pronoun: "X said he believes that they
// can", "Y said she expected the market to recover" (rule
// nested-pronoun). The outer claim runs on through it, as the gold of
// every set counts it ("he believes that they can"), and the nested cue
// drafts no claim of its own.
func nestedAt(toks []tok, cues []cue, a, b int) *cue {
	if a >= len(toks) || !subjectPronouns[lower(toks[a])] && toks[a].text != "I" {
		return nil
	}
	for i := range cues {
		o := &cues[i]
		if o.verb == b && o.np[0] == a && o.verb <= a+2 && !o.according && !o.participle && !cueVerbs[lower(toks[b])] {
			// a stance verb ("said that it disagreed") claims itself: left as it was
			return o
		}
	}
	return nil
}

// nestedIn says whether a cue is nested at the start of another cue's claim.
func nestedIn(toks []tok, cues []cue, c *cue) bool {
	for i := range cues {
		o := &cues[i]
		if o != c && o.comp[0] >= 0 && o.comp[0] == c.np[0] && c.verb < o.comp[1] && nestedAt(toks, cues, o.comp[0], c.verb) == c {
			return true
		}
	}
	return false
}

// warnedOf is the index of "of", "about" or "against" after a short
// addressee of "warned" ("warned residents of flooding", "cautioned
// investors against panic"), when no verb follows to the clause's end;
// else -1.
func warnedOf(toks []tok, a int) int {
	for k := a; k < len(toks) && k <= a+4; k++ {
		w := lower(toks[k])
		if !toks[k].word || finiteVerbs[w] || w == "that" {
			return -1
		}
		if k > a && (w == "of" || w == "about" || w == "against") {
			if mainVerbAfter(toks, k+1) {
				return -1
			}
			return k
		}
	}
	return -1
}

// trailingFrame says whether the words after a trailing attribution's cue
// (from toks[k]) only frame it up to the sentence's end: the addressee of
// a verb of telling ("told reporters", "told a news conference"), then
// prepositional phrases ("in remarks to reporters", "in a post on
// Facebook", "on a podcast", "at the port") and an occasion clause ("as
// she left the hall"), with no comma, quotation mark, "that" or finite
// verb outside the occasion (rule trailing-frame). "…, X said at a
// meeting the plan would fail" has one: its claim is after the cue.
func trailingFrame(toks []tok, k int, v string) bool {
	if k >= len(toks) {
		return false
	}
	start := k
	if l := lemmaOf(v); addresseeLemmas[l] && toks[k].word && !frameWords[lower(toks[k])] {
		// the addressee: at most four words before a preposition or the end
		e := k
		for e < len(toks) && e < k+4 && (toks[e].word || possessiveAt(toks, e)) && !frameWords[lower(toks[e])] {
			if finiteVerbs[lower(toks[e])] || lower(toks[e]) == "that" || subjectPronouns[lower(toks[e])] {
				return false
			}
			e++
		}
		k = e
	}
	if k < len(toks) && toks[k].text != "." && !frameWords[lower(toks[k])] {
		return false
	}
	occasion := false
	for ; k < len(toks) && toks[k].text != "."; k++ {
		t := toks[k]
		w := lower(t)
		if k > start+16 || t.text == "," || t.text == ";" || t.text == ":" || isOpenQuote(t.text) || isCloseQuote(t.text) || w == "that" {
			return false
		}
		if occasionClauseWords[w] {
			occasion = true
			continue
		}
		if !occasion && (finiteVerbs[w] || negations[w] || subjectPronouns[w] && clauseVerb(toks, k+1, true)) {
			return false
		}
	}
	return k > start
}

// frameWords open a phrase that frames a trailing attribution.
var frameWords = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "to": true, "via": true, "by": true, "after": true,
	"before": true, "from": true, "with": true, "over": true, "outside": true, "through": true, "amid": true,
	"following": true, "ahead": true, "inside": true, "as": true, "when": true, "while": true,
}

// occasionClauseWords open a clause saying when the words were spoken.
var occasionClauseWords = map[string]bool{"as": true, "when": true, "while": true, "after": true, "before": true}

// withoutTail says whether ", without …" closes a trailing attribution:
// "…, X said, without giving details." (rule trailing-frame)
func withoutTail(toks []tok, k int) bool {
	if k >= len(toks) || lower(toks[k]) != "without" {
		return false
	}
	for k++; k < len(toks) && toks[k].text != "."; k++ {
		if !toks[k].word || finiteVerbs[lower(toks[k])] || lower(toks[k]) == "that" {
			return false
		}
	}
	return true
}

// claimComma is the comma that closes the claim before a trailing
// attribution: titledComma's, or, when the speaker's name stands in
// commas after a description ("…, the mayor, Ann Lee, said."), the
// comma before the description; a quotation before the description
// ("“…,” the envoy, Peter Novak, told reporters") leaves no claim: the
// index after its closing mark is returned, which the caller refuses
// (rule speaker-in-apposition, claim end).
func claimComma(toks []tok, c *cue) int {
	tc := titledComma(toks, c)
	if tc < 2 || c.np[0] != tc+1 || c.np[1] >= len(toks) || toks[c.np[1]].text != "," {
		return tc
	}
	k, n := tc-1, 0
	for k >= 0 && n <= 5 && (toks[k].word && !isCap(toks[k]) && !finiteVerbs[lower(toks[k])] && !notInTitle(toks[k]) || possessiveAt(toks, k)) {
		k, n = k-1, n+1
	}
	if n == 0 || k < 1 || !objectDeterminers[lower(toks[k+1])] {
		return tc
	}
	if toks[k].text == "," {
		return k
	}
	if isCloseQuote(toks[k].text) {
		return k + 1
	}
	return tc
}

// bareSubject says whether toks[k:] is a subject with no determiner, one
// or two lower-case nouns ("sales", "job cuts"), and then an auxiliary,
// modal or copula ("revealed sales had fallen"); a present or past form
// is not enough ("revealed plans for a stand" is an object).
func bareSubject(toks []tok, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		t := toks[j]
		w := lower(t)
		if !t.word || isCap(t) || notBareNouns[w] || subjectDeterminers[w] || determiners[w] || prepositions[w] || clauseStop(t) ||
			finiteVerbs[w] || negations[w] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") ||
			w == "and" || w == "or" || w == "but" || w == "that" || w == "to" || w == "of" || adverbialStarts[w] || claimSubordinators[w] {
			return false
		}
		if j+1 < len(toks) {
			if n := lower(toks[j+1]); finiteVerbs[n] && n != "be" && n != "been" || strings.HasSuffix(n, "n’t") || strings.HasSuffix(n, "n't") {
				return true
			}
		}
	}
	return false
}
