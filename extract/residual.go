package extract

import (
	"strings"
	"unicode"
)

// Rules of branch x-residual (seventh session): general kinds left over
// from the tuned-on sets and gaps the mutant killers froze in goldens
// (docs/extract.md, section "x-residual (seventh session)").

// honorificLead is m moved back over the honorifics and capitalised
// title heads right before a name at toks[m] ("Dr Anna Lind", "Prof. Anna
// Lind"), so that what precedes the name is read before its title, not
// the title ("Study leader Ines Moreau": a lower-case head stays).
func honorificLead(toks []tok, m int) int {
	for m > 0 {
		t := toks[m-1]
		if t.text == "." && m > 1 && honorifics[lower(toks[m-2])] {
			m -= 2 // "Dr."
			continue
		}
		if !honorifics[lower(t)] && !(isRoleHead(t) && isCap(t)) {
			return m
		}
		m--
	}
	return m
}

// titleApposition is rule title-apposition: a full name, a comma, and a
// title running up to the cue with no comma to close it, the cue opening a
// quotation ("Responding to the news, Ann Lee, President of the Harbour
// Bank said: “…”"): the speaker is the name, not the title's
// organization. Unlike unclosed-apposition (g_rules.go) the title may be
// capitalised and the name may follow a fronted phrase that opens the
// sentence. k is the token before the cue's verb; it returns the name's
// tokens [a, e); unclosedApposition has checked the cue and quotation.
func (x *extractor) titleApposition(toks []tok, k int) (int, int, bool) {
	e := k
	for e > 0 && toks[e].text != "," {
		if !toks[e].word && toks[e].text != "’s" && toks[e].text != "." && toks[e].text != "&" {
			return 0, 0, false
		}
		e--
	}
	if e == 0 || e == k || !roleHeads[lower(toks[e+1])] {
		return 0, 0, false
	}
	a := e
	for a > 0 && e-a < 4 && isNameTok(toks[a-1]) {
		a--
	}
	if e-a < 2 || !personWords(toks[a:e]) {
		return 0, 0, false
	}
	if a > 0 && (toks[a-1].text != "," || !frontedOpener(toks[0])) {
		return 0, 0, false // "Acme, Zenko, President of …": a list, not a fronted phrase
	}
	return a, e, true
}

// personWords says whether ts may be a person's full name: no word of an
// organization's name, no acronym, no state.
func personWords(ts []tok) bool {
	for _, t := range ts {
		w := strings.TrimSuffix(lower(t), ".")
		if orgSuffixes[w] || orgHeadNouns[w] || companyWords[w] || isAcronym(t.text) {
			return false
		}
	}
	_, st := stateOf(joinToks(ts))
	return !st
}

// frontedOpener says whether t, a sentence's first word, opens a fronted
// phrase before the subject: a participle ("Responding to the news,") or a
// preposition ("In a statement,").
func frontedOpener(t tok) bool {
	w := lower(t)
	return strings.HasSuffix(w, "ing") && len(w) > 4 || prepositions[w] || adverbialStarts[w]
}

// subjectBeforeMeeting widens rule subject-before-phrase: a sentence that
// opens with a name, then a phrase of where or when ("in", "at", "during",
// "after") holding another name as the object of "with", "against" or
// "to", then the cue ("Ann Lee in a meeting with her counterpart Bo Ray
// said …"), or only a place's name ("Ann Lee in Paris said"): the speaker
// is the opening name, not the one met nor the place. k is the
// token before the cue's verb; it returns the opening name's tokens.
func (x *extractor) subjectBeforeMeeting(toks []tok, k int) (int, int, bool) {
	d := datelineEnd(toks)
	if d == 0 && len(toks) > 1 && (toks[0].text == "-" || toks[0].text == "•") {
		d = 1 // a bulleted summary line
	}
	e := npRight(toks, d)
	if e <= d || e >= k || !isNameTok(toks[e-1]) || !meetingFrames[lower(toks[e])] {
		return 0, 0, false
	}
	if e-d < 2 && x.reg.lookup(toks[d].text, KindPerson, KindOrganization) == nil {
		return 0, 0, false // "Talks in Geneva said": one word, nobody known
	}
	with, place := false, true
	for i := e + 1; i <= k; i++ {
		t := toks[i]
		if !t.word && t.text != "’s" && t.text != "." || finiteVerbs[lower(t)] {
			return 0, 0, false // "Ann Lee at the talks, where Bo Ray said": a clause of its own
		}
		with = with || meetingObjects[lower(t)] && i < k && isCap(toks[k])
		place = place && isCap(t)
	}
	return d, e, with || place
}

// meetingFrames open the phrase after the subject; meetingObjects take the
// person met.
var (
	meetingFrames  = map[string]bool{"in": true, "at": true, "during": true, "after": true, "following": true}
	meetingObjects = map[string]bool{"with": true, "against": true, "to": true, "alongside": true}
)

// trailingPronoun is rule pronoun-after-clause: "he" or "she" at toks[p]
// as the subject of a trailing attribution ("Bo Ray has a different view,
// he added."). A person named in the clause before it is what was said,
// not who said it (a writer would put the name in the attribution), so
// the pronoun is not resolved within its own sentence.
func trailingPronoun(toks []tok, p int) bool {
	if p < 3 || p+2 > len(toks) || toks[p-1].text != "," || !hasKey(cueVerbs, lower(toks[p+1])) {
		return false
	}
	return endsAttribution(toks, p+2)
}

// spokeBefore is the person who spoke in the sentence before si, looking
// back over sentences that are quotation alone ("“Families were
// worried.”" in a paragraph of its own, carried over from the speaker's
// paragraph before, has no cue of its own): rule possessive-fragment's
// speaker before (g_rules.go). Paragraphs must follow each other.
func (x *extractor) spokeBefore(si int) *Entity {
	for j := si - 1; j >= 0 && j >= si-4; j-- {
		if x.d.sents[j].para+1 < x.d.sents[j+1].para {
			return nil
		}
		if e := x.spokeIn[j]; e != nil || !x.quoteOnly(j) {
			return e
		}
	}
	return nil
}

// quoteOnly says whether every word of sentence j is inside a quotation.
func (x *extractor) quoteOnly(j int) bool {
	words := 0
	for _, t := range x.d.sents[j].toks {
		if t.word {
			if !x.d.inQuote(t.Start) {
				return false
			}
			words++
		}
	}
	return words > 0
}

// groupAdjective is rule group-adjective: a lower-case adjective before a
// group noun that opens its clause ("…, but legal experts say", "and
// independent analysts said") is part of the group's name, which the
// article gives as "legal experts", not "experts". a is the noun phrase's
// first token; it returns the new first token.
func groupAdjective(toks []tok, a, b int) int {
	if a < 2 || a+1 != b || !groupNouns[lower(toks[a])] {
		return a
	}
	t, w := toks[a-1], lower(toks[a-1])
	if !t.word || isCap(t) || strings.HasSuffix(w, "ly") || determiners[w] || objectDeterminers[w] || subjectDeterminers[w] ||
		prepositions[w] || finiteVerbs[w] || hasKey(cueVerbs, w) || isPronoun(w) || clauseBoundaries[w] || notAdjectives[w] || numberWords[w] || isDigits(w) {
		return a
	}
	if p := lower(toks[a-2]); toks[a-2].text == "," || clauseBoundaries[p] {
		return a - 1
	}
	return a
}

// clauseBoundaries open a clause whose subject follows; notAdjectives are
// words that may stand before a plural noun without naming it.
var (
	clauseBoundaries = map[string]bool{"but": true, "and": true, "while": true, "whereas": true, "although": true, "though": true}
	notAdjectives    = map[string]bool{"some": true, "many": true, "most": true, "other": true, "several": true, "few": true, "more": true, "not": true, "also": true}
)

// openerOnly is rule sentence-opener: a single capitalised word that the
// article writes only as the first word of its sentences ("Tensions
// rose after …", "Initial estimates put …") is capitalised for its place,
// not as a name, when the article also writes it in lower case or it
// modifies the plural noun after it: no person is drafted from it. A name
// the article also writes inside a sentence ("… said Holt") is one;
// headlines, which capitalise every word, are not read.
func (x *extractor) openerOnly(word string) bool {
	opens, common := false, false
	low := strings.ToLower(word)
	for si := range x.d.sents {
		s := &x.d.sents[si]
		if s.headline {
			continue
		}
		o := sentenceOpening(s.toks)
		for k, t := range s.toks {
			common = common || t.text == low
			if t.text != word {
				continue
			}
			if k > o {
				return false
			}
			opens = true
			common = common || modifiedNoun(s.toks, k+1)
		}
	}
	return opens && common
}

// modifiedNoun says whether toks[k], after a sentence's capitalised
// first word, is a plural noun that word modifies, the sentence's verb
// after it ("Initial estimates put …"), not a verb ("Holt says the …",
// "Hamas has said").
func modifiedNoun(toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k].word || isCap(toks[k]) || !strings.HasSuffix(lower(toks[k]), "s") || finiteVerbs[lower(toks[k])] {
		return false
	}
	v := lower(toks[k+1])
	return toks[k+1].word && !isCap(toks[k+1]) && (hasKey(cueVerbs, v) || finiteVerbs[v] || irregularPast[v] || strings.HasSuffix(v, "ed"))
}

// sentenceOpening is the index of a sentence's first word after an
// opening quotation mark, a bullet or a dateline.
func sentenceOpening(toks []tok) int {
	k := datelineEnd(toks)
	for k < len(toks) && !toks[k].word {
		k++
	}
	return k
}

// accordingAbbrevEnds is rule according-abbreviation: an initialism that
// closes "according to (the) …" ("…, according to the U.N. Lee
// estimated that …") ends its sentence when one to three capitalised
// words and a verb follow, though no usual opener does: the attribution closed the
// clause, and a name with its verb opens the next. rs[w:i] is the
// abbreviation, end is past its full stop, pend the paragraph's end.
func accordingAbbrevEnds(rs []rune, w, end, pend int) bool {
	before := strings.Fields(strings.ToLower(string(rs[max(w-20, 0):w])))
	n := len(before)
	if n > 0 && before[n-1] == "the" {
		n--
	}
	if n < 2 || before[n-2] != "according" || before[n-1] != "to" {
		return false
	}
	p, caps := end, 0
	for caps <= 3 {
		next, word := nextWordAt(rs, p, pend)
		if word == "" {
			return false
		}
		if unicode.IsUpper([]rune(word)[0]) {
			p, caps = next+len([]rune(word)), caps+1
			continue
		}
		v := strings.ToLower(word)
		return caps > 0 && v == word && (hasKey(cueVerbs, v) || finiteVerbs[v] || irregularPast[v] || strings.HasSuffix(v, "ed"))
	}
	return false
}

// initialismStop gives back the last full stop of an initialism that
// ended its sentence ("according to the U.N." is read "U.N" before the
// sentence's stop): an organization is named as the article prints it
// elsewhere, "U.N.".
func initialismStop(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	last := f[len(f)-1]
	if strings.Contains(last, ".") && !strings.HasSuffix(last, ".") && isInitialism(strings.ToLower(last)) {
		return name + "."
	}
	return name
}

// adverbStart is i moved back over an adverb in -ly right before a cue at
// toks[i] ("with Ann Lee swiftly confirming …"), so that the noun phrase
// before the adverb is read as the cue's subject.
func adverbStart(toks []tok, i int) int {
	if i >= 2 && toks[i-1].word && !isCap(toks[i-1]) && len(toks[i-1].text) > 4 && strings.HasSuffix(lower(toks[i-1]), "ly") {
		return i - 1
	}
	return i
}

// nameListStart is rule name-list: a list of three or more names before a
// cue ("Sens. Ann Lee, Bo Ray and Tom Dale said") whose noun phrase, read
// back from the cue, stopped at the list's first comma: its start moves
// back over the earlier ", Name" items to the first name, when the list
// opens the sentence or follows a title's abbreviation ("Sens."). [a,
// end) is the phrase found; it returns the new start.
func nameListStart(toks []tok, a, end int) int {
	if a < 3 || toks[a-1].text != "," || !isNameTok(toks[a]) {
		return a
	}
	and := false
	for _, t := range toks[a:end] {
		and = and || lower(t) == "and"
	}
	m := a
	for and && m >= 3 && toks[m-1].text == "," && isNameTok(toks[m-2]) {
		p := m - 2
		for p > 0 && isNameTok(toks[p-1]) && m-p < 4 {
			p--
		}
		m = p
	}
	if m == a || m > 0 && !(m >= 2 && toks[m-1].text == "." && neverFinal[lower(toks[m-2])]) {
		return a
	}
	return m
}

// particleBetween says whether the particle at toks[i] stands inside a
// name: a name word or another particle on each side ("Ursula von der
// Leyen": "von" before "der", "der" after "von"), so that a name with
// two particles is read whole (rule name-particles).
func particleBetween(toks []tok, i int) bool {
	inName := func(t tok) bool { return isNameTok(t) || nameParticles[lower(t)] && !isCap(t) }
	return inName(toks[i+1]) && inName(toks[i-1]) && (isNameTok(toks[i+1]) || i+2 < len(toks) && isNameTok(toks[i+2]))
}

// particleName is rule name-particles: toks[a:b] is a person's full name
// with lower-case particles inside ("Ursula von der Leyen", "Mohammed bin
// Salman", "Luiz Inacio Lula da Silva"): name words at both ends, only
// name words and particles between, at most five name words.
func particleName(toks []tok, a, b int) bool {
	if b-a < 3 || !isNameTok(toks[a]) || !isNameTok(toks[b-1]) || !personWords(toks[a:b]) {
		return false
	}
	particles, words := 0, 0
	for _, t := range toks[a:b] {
		switch {
		case nameParticles[lower(t)] && !isCap(t):
			particles++
		case isNameTok(t) && !honorifics[lower(t)]:
			words++
		default:
			return false
		}
	}
	return particles > 0 && words <= 5
}

// titleTails end a title and never a name ("Chief Operating Officer",
// "Managing Director"): a name read after a title's first word that ends
// in one is the title going on, not a person (roles.go). "Pope" and
// "Judge", also titles, are surnames too.
var titleTails = map[string]bool{
	"officer": true, "director": true, "secretary": true, "president": true, "minister": true, "manager": true,
	"executive": true, "chairman": true, "chairwoman": true, "chairperson": true, "commissioner": true, "spokesperson": true,
}

// reportOwner is rule according-to,report-of: "according to an Acme
// report", "according to a Harbour Post analysis": the name before the
// report's noun is whose report it is, the claim's source. It returns the
// name's tokens after "according to" at toks[from], else a == b; the
// report's noun is at b.
func reportOwner(toks []tok, from int) (int, int) {
	k := from
	if k < len(toks) && (lower(toks[k]) == "a" || lower(toks[k]) == "an" || lower(toks[k]) == "the") {
		k++
	}
	a := k
	for k < len(toks) && k-a < 4 && toks[k].word && isCap(toks[k]) {
		k++
	}
	if k == a || k >= len(toks) || !reportNouns[lower(toks[k])] && !studyNouns[lower(toks[k])] {
		return 0, 0
	}
	return a, k
}

// studyNouns are kinds of report a named body publishes.
var studyNouns = map[string]bool{"study": true, "analysis": true, "survey": true, "poll": true, "investigation": true, "review": true, "audit": true, "tally": true, "count": true}

// inTheComplement is rule long-title with "in the": a capitalised title
// head at toks[k] followed by "in the" and a capitalised word ("Minister
// in the Presidency Ann Lee") takes that complement as "of" and "for" do,
// so the name after it is read, not the office's.
func inTheComplement(toks []tok, k int) bool {
	return k+3 < len(toks) && isCap(toks[k]) && lower(toks[k+1]) == "in" && lower(toks[k+2]) == "the" && isCap(toks[k+3])
}

// honorificName is the name after an honorific at toks[j] that ends a long
// title's complement ("Minister of Lands and Water Affairs Dr Ann Lee"):
// the complement's capitalised words are the office, the name is after
// the honorific; a == b when no honorific and two name words follow.
func honorificName(toks []tok, j int) (int, int) {
	if j >= len(toks) || !honorifics[lower(toks[j])] {
		return 0, 0
	}
	a := j + 1
	if a < len(toks) && toks[a].text == "." {
		a++
	}
	b := a
	for b < len(toks) && isNameTok(toks[b]) {
		b++
	}
	if b-a < 2 {
		return 0, 0
	}
	return a, b
}
