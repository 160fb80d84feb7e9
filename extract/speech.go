package extract

import (
	"strings"
	"unicode"

	"kb/store"
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

// npLeft finds the noun phrase that ends at toks[end-1].
func npLeft(toks []tok, end int) int {
	if end <= 0 {
		return end
	}
	if isPronoun(lower(toks[end-1])) && !isAcronym(toks[end-1].text) {
		return end - 1
	}
	if h := lower(toks[end-1]); orgSuffixes[h] && !isCap(toks[end-1]) {
		// "the finance ministry", "the employers' association"
		for i := end - 2; i >= 0 && i >= end-6; i-- {
			if lower(toks[i]) == "the" {
				return i
			}
			if toks[i].text == "’s" && i > 0 && isCap(toks[i-1]) {
				j := i - 1 // "China’s foreign ministry", "Anna Berg’s party"
				for j > 0 && isNameTok(toks[j-1]) {
					j--
				}
				return j
			}
			if !(toks[i].word && !isCap(toks[i]) || toks[i].text == "'" || toks[i].text == "’" || toks[i].text == "’s") {
				break
			}
		}
	}
	i := end - 1
	for ; i >= 0; i-- {
		t := toks[i]
		w := lower(t)
		if w == "the" || w == "all" || w == "both" {
			i--
			break
		}
		interior := i > 0 && i < end-1
		if honorifics[w] && isCap(t) {
			continue
		}
		if w == "one" && i == end-2 && roleHeads[lower(toks[end-1])] {
			i--
			break // "One observer"
		}
		ok := isCap(t) && (!notNames[w] || isAcronym(t.text)) || roleHeads[w] || roleModifiers[w] || groupNouns[w] ||
			t.text == "’s" && i > 0 || (w == "and" || w == "of" || w == "for" || w == "its") && interior
		if !ok {
			break
		}
	}
	start := i + 1
	for start < end && (lower(toks[start]) == "and" || lower(toks[start]) == "of" || toks[start].text == "’s") {
		start++
	}
	return start
}

// npRight finds the noun phrase that starts at toks[start].
func npRight(toks []tok, start int) int {
	i := start
	if i < len(toks) && isPronoun(lower(toks[i])) && !isAcronym(toks[i].text) {
		return i + 1
	}
	for j := i; j < len(toks) && j < i+3 && toks[j].word && !isCap(toks[j]); j++ {
		// "political scientist Karin Aas": a lower-case title, then a name
		if roleHeads[lower(toks[j])] {
			if j+1 < len(toks) && isNameTok(toks[j+1]) {
				i = j + 1
			}
			break
		}
	}
	for i < len(toks) && honorifics[lower(toks[i])] {
		i++ // "Dr Maria Costa", "Dr. Costa"
		if i < len(toks) && toks[i].text == "." {
			i++
		}
	}
	if i < len(toks) && lower(toks[i]) == "the" {
		i++
		// "the employers' association": lower-case words up to an organization noun
		for j := i; j < len(toks) && j < i+5; j++ {
			if orgSuffixes[lower(toks[j])] {
				return j + 1
			}
			if !(toks[j].word && !isCap(toks[j]) || toks[j].text == "'" || toks[j].text == "’" || toks[j].text == "’s") {
				break
			}
		}
	}
	// "independent analysts": lower-case words before a group noun
	for j := i; j < len(toks) && j < i+3 && toks[j].word; j++ {
		if groupNouns[lower(toks[j])] {
			if j > i {
				return j + 1
			}
			break
		}
	}
	for i < len(toks) {
		t := toks[i]
		w := lower(t)
		if isCap(t) && (!notNames[w] || isAcronym(t.text)) || roleHeads[w] || roleModifiers[w] || groupNouns[w] || (w == "of" || w == "for" || w == "and") && i > start && i+1 < len(toks) && isCap(toks[i+1]) {
			i++
			continue
		}
		if (t.text == "'" || t.text == "’") && i > start && strings.HasSuffix(lower(toks[i-1]), "s") && i+1 < len(toks) && groupNouns[lower(toks[i+1])] {
			i++ // "Doctors' groups"
			continue
		}
		if t.text == "’s" && i > start {
			// "Japan’s coast guard": lower-case words up to an organization noun
			for j := i + 1; j < len(toks) && j < i+4 && toks[j].word && !isCap(toks[j]); j++ {
				if orgSuffixes[lower(toks[j])] {
					return j + 1
				}
			}
		}
		break
	}
	if i == start+1 && lower(toks[start]) == "the" {
		return start
	}
	return i
}

func isPronoun(w string) bool {
	return w == "he" || w == "she" || w == "they" || w == "it" || w == "who"
}

// speech finds cues, their speakers and claims, then the direct quotes.
func (x *extractor) speech() {
	var last, lastPerson, lastOrg *Entity
	all := make([][]cue, len(x.d.sents))
	lastAt := make([]*Entity, len(x.d.sents)) // the last speaker before each sentence
	for si := range x.d.sents {
		s := &x.d.sents[si]
		lastAt[si] = last
		cues := x.findCues(si)
		for ci := range cues {
			c := &cues[ci]
			x.attribute(s, c, cues[:ci], lastPerson, last, lastOrg)
			if c.speaker == nil {
				continue
			}
			last = c.speaker
			if c.speaker.Kind == KindPerson {
				lastPerson = c.speaker
			} else {
				lastOrg = c.speaker
			}
		}
		for ci := range cues {
			x.complement(s, &cues[ci], cues)
		}
		// a person who is the subject of a sentence is what a following
		// "he" or "she" most likely refers to
		if p := x.subjectPerson(s); p != nil {
			spoke := false
			for _, c := range cues {
				spoke = spoke || c.speaker != nil && c.speaker.Kind == KindPerson
			}
			if !spoke {
				lastPerson = p
			}
		}
		all[si] = cues
		if !s.headline {
			x.reported(si, cues)
		}
	}
	x.quotes(all, lastAt)
}

// attribute finds the speaker of a cue.
func (x *extractor) attribute(s *sentence, c *cue, before []cue, lastPerson, last, lastOrg *Entity) {
	toks := s.toks
	set := func(e *Entity, why Why, a, b int) {
		c.speaker, c.why, c.np = e, why, [2]int{a, b}
	}
	if c.participle {
		if n := len(before); n > 0 && before[n-1].speaker != nil {
			p := before[n-1]
			set(p.speaker, Why{Rule: "participle-cue", Confidence: p.why.Confidence, Note: "continues “" + p.text(toks) + "”"}, p.np[0], p.np[1])
		} else if n == 0 {
			// "The court blocked the merger, ruling that ...": the subject
			start := 0
			if w := lower(toks[0]); w == "but" || w == "and" {
				start = 1
			}
			if e := npRight(toks, start); e > start && e < c.i {
				if sp, why := x.resolveNP(s, start, e, lastPerson, last, lastOrg); sp != nil {
					why.Rule = "participle-cue,subject/" + why.Rule
					why.Confidence *= 0.8
					set(sp, why, start, e)
				}
			}
		}
		return
	}
	if c.according {
		from := c.j
		for k := c.j; k < len(toks) && k < c.j+3; k++ {
			if w := lower(toks[k]); (w == "by" || w == "from") && k > c.j && reportNouns[lower(toks[k-1])] {
				from = k + 1 // "according to estimates by independent analysts"
				break
			}
		}
		e := npRight(toks, from)
		if e > from {
			if sp, why := x.resolveNP(s, from, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "according-to/" + why.Rule
				set(sp, why, from, e)
			}
		}
		return
	}
	k := c.i - 1
	for k >= 0 && cueModifiers[lower(toks[k])] && toks[k].word && !isCap(toks[k]) {
		k--
	}
	right := func() {
		e := npRight(toks, c.j)
		if e > c.j {
			if sp, why := x.resolveNP(s, c.j, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-after-cue/" + why.Rule
				set(sp, why, c.j, e)
			}
		}
	}
	if k < 0 {
		right()
		return
	}
	t := toks[k]
	w := lower(t)
	switch {
	case w == "who" && k > 0 && toks[k-1].text == ",":
		a := npLeft(toks, k-1)
		if a < k-1 {
			if sp, why := x.resolveNP(s, a, k-1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "relative-who/" + why.Rule
				set(sp, why, a, k-1)
			}
		}
	case (w == "but" || w == "and") && len(before) > 0 && before[len(before)-1].speaker != nil:
		p := before[len(before)-1]
		set(p.speaker, Why{Rule: "coordinated-cue", Confidence: p.why.Confidence * 0.95, Note: "shares the subject of “" + p.text(toks) + "”"}, p.np[0], p.np[1])
	case (w == "but" || w == "and") && len(before) == 0:
		// "Doctors' groups welcomed the plans but warned ...": the subject
		if e := npRight(toks, 0); e > 0 && e < k {
			if sp, why := x.resolveNP(s, 0, e, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "coordinated-cue,subject/" + why.Rule
				why.Confidence *= 0.8
				set(sp, why, 0, e)
			}
		}
	case t.text == ",":
		if k > 0 && isCloseQuote(toks[k-1].text) {
			right()
			return
		}
		m := k - 1
		for m >= 0 && toks[m].text != "," && k-m <= 16 && !isCloseQuote(toks[m].text) {
			m--
		}
		if m < 0 || toks[m].text != "," {
			return
		}
		inner := true
		for q := m + 1; q < k; q++ {
			inner = inner && isNameTok(toks[q])
		}
		if inner && k-m >= 2 && k-m <= 4 {
			// "Its chief executive, Karl Holm, told": the name in the commas
			if sp, why := x.resolveNP(s, m+1, k, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-in-apposition/" + why.Rule
				set(sp, why, m+1, k)
				return
			}
		}
		a := npLeft(toks, m)
		if a < m {
			if sp, why := x.resolveNP(s, a, m, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue,parenthesis/" + why.Rule
				set(sp, why, a, m)
			}
		}
	case isCloseQuote(t.text):
		right()
	case t.word:
		a := npLeft(toks, k+1)
		if a <= k {
			if sp, why := x.resolveNP(s, a, k+1, lastPerson, last, lastOrg); sp != nil {
				why.Rule = "speaker-before-cue/" + why.Rule
				set(sp, why, a, k+1)
			}
		}
	}
}

// resolveNP turns the noun phrase toks[a:b] into a speaker.
func (x *extractor) resolveNP(s *sentence, a, b int, lastPerson, last, lastOrg *Entity) (*Entity, Why) {
	toks := s.toks
	if b-a == 1 {
		switch lower(toks[a]) {
		case "he", "she":
			if lastPerson != nil {
				return lastPerson, Why{Rule: "pronoun", Confidence: 0.65, Note: "“" + toks[a].text + "”: the last person quoted, " + lastPerson.Name}
			}
			return nil, Why{}
		case "they":
			if last != nil {
				return last, Why{Rule: "pronoun", Confidence: 0.45, Note: "“they”: the last speaker, " + last.Name}
			}
			return nil, Why{}
		case "it":
			if lastOrg != nil {
				return lastOrg, Why{Rule: "pronoun", Confidence: 0.45, Note: "“it”: the last organization quoted, " + lastOrg.Name}
			}
			return nil, Why{}
		}
	}
	for a < b-1 && honorifics[lower(toks[a])] {
		a++
		if a < b-1 && toks[a].text == "." {
			a++
		}
	}
	text := x.d.text(span{toks[a].Start, toks[b-1].End})
	words := []string{}
	for _, t := range toks[a:b] {
		if t.word && lower(t) != "the" {
			words = append(words, lower(t))
		}
	}
	if len(words) == 0 {
		return nil, Why{}
	}
	lastW := words[len(words)-1]
	bare := strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The ")
	// a person named with a title
	for k := a; k < b; k++ {
		if t, ok := x.parseTitled(toks, k); ok && t.nameEnd == b {
			return x.reg.person(joinToks(toks[t.nameStart:t.nameEnd]), Why{Rule: "title-name", Confidence: 0.8}), Why{Rule: "titled-name", Confidence: 0.85}
		}
	}
	possessive := -1
	for k := a; k < b; k++ {
		if toks[k].text == "’s" {
			possessive = k
		}
	}
	if orgSuffixes[lastW] && !isCap(toks[b-1]) && (lower(toks[a]) == "the" || possessive > a) {
		if e := x.reg.lookup(bare, KindOrganization); e != nil {
			return e, Why{Rule: "organization-noun", Confidence: 0.6}
		}
		sub := "other"
		if lastW == "ministry" || lastW == "government" || lastW == "administration" || lastW == "department" {
			sub = "government"
		}
		r := []rune(bare)
		r[0] = unicode.ToUpper(r[0])
		e := x.reg.organization(string(r), sub, Why{Rule: "organization-noun", Confidence: 0.5})
		if possessive > a && e.Parent == "" && !e.Known {
			if st, ok := stateOf(joinToks(toks[a:possessive])); ok {
				e.Parent = x.reg.state(st, Why{Rule: "state", Confidence: 0.8}).ID
			}
		}
		return e, Why{Rule: "organization-noun", Confidence: 0.5, Note: "“" + text + "”"}
	}
	if (a > 0 && (lower(toks[a-1]) == "a" || lower(toks[a-1]) == "an") || lower(toks[a]) == "one" && b-a == 2) && roleHeads[lastW] && !isCap(toks[b-1]) {
		// an unnamed source: "a senior NATO official", "one observer"
		from := a
		if lower(toks[a]) != "one" {
			from = a - 1
		}
		name := x.d.text(span{toks[from].Start, toks[b-1].End})
		if e := x.reg.lookup(name, KindPerson); e != nil && store.Normalize(e.Name) == store.Normalize(name) {
			return e, Why{Rule: "unnamed-source", Confidence: 0.4}
		}
		e := &Entity{Kind: KindPerson, Name: name, Why: Why{Rule: "unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}}
		e.ID = x.reg.newID(slug(name))
		x.reg.add(e)
		return e, Why{Rule: "unnamed-source", Confidence: 0.4, Note: "a source the article does not name"}
	}
	if groupNouns[lastW] {
		if e := x.reg.lookup(bare, KindOrganization); e != nil {
			return e, Why{Rule: "collective", Confidence: 0.75}
		}
		name := bare
		r := []rune(name)
		r[0] = unicode.ToUpper(r[0])
		return x.reg.organization(string(r), "collective", Why{Rule: "collective", Confidence: 0.6}), Why{Rule: "collective", Confidence: 0.6, Note: "a group speaking together"}
	}
	named := false
	for _, t := range toks[a:b] {
		named = named || isNameTok(t) && !roleModifiers[lower(t)]
	}
	if roleHeads[lastW] && (!isCap(toks[b-1]) || !named) {
		if p := x.describedBy(words, toks[a].Start, s.headline); p != nil {
			return p, Why{Rule: "description", Confidence: 0.55, Note: "“" + text + "”: the person whose title has these words"}
		}
		return nil, Why{}
	}
	if _, ok := stateOf(bare); ok || x.isInstitution(bare) {
		e := x.reg.organization(bare, "", Why{Rule: "state-or-institution", Confidence: 0.8})
		return e, Why{Rule: "organization-name", Confidence: 0.75, Note: "“" + text + "” speaks for " + e.Name}
	}
	for _, in := range institutions {
		if strings.EqualFold(in.name, bare) {
			return x.reg.organization(bare, in.kind, Why{Rule: "institution", Confidence: 0.8}), Why{Rule: "organization-name", Confidence: 0.8}
		}
	}
	if e := x.reg.lookup(bare, KindPerson, KindOrganization); e != nil {
		return e, Why{Rule: "name", Confidence: 0.85}
	}
	linked := false // "Centre for Disease Prevention and Control"
	for k := a; k < b; k++ {
		t := toks[k]
		w := lower(t)
		if (w == "of" || w == "for" || w == "and") && k > a && k+1 < b {
			linked = true
			continue
		}
		if t.word && !isNameTok(t) && w != "the" {
			return nil, Why{}
		}
	}
	if linked {
		return x.reg.organization(bare, "other", Why{Rule: "organization-name", Confidence: 0.5}), Why{Rule: "organization-name", Confidence: 0.5, Note: "a name with of/for/and is an organization's"}
	}
	if orgSuffixes[lastW] || isAcronym(toks[b-1].text) {
		return x.reg.organization(bare, "other", Why{Rule: "organization-name", Confidence: 0.5}), Why{Rule: "organization-name", Confidence: 0.5}
	}
	conf := 0.7
	if b-a == 1 {
		conf = 0.45
	}
	return x.reg.person(bare, Why{Rule: "new-name", Confidence: conf}), Why{Rule: "name", Confidence: conf}
}

func isAcronym(s string) bool {
	if len([]rune(s)) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return true
}

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
	switch lower(toks[c.verb]) {
	case "told", "tells", "tell", "telling":
		found := false
		for k := a; k < len(toks) && k < a+10; k++ {
			if lower(toks[k]) == "that" {
				a, found, thatSeen = k+1, true, true
				break
			}
		}
		if !found {
			return // "told supporters at a rally": whom, not what
		}
	}
	if thatSeen {
		// the claim starts after "told X that"
	} else if a < len(toks) && lower(toks[a]) == "that" {
		a++
	} else if a < len(toks) && (adverbialStarts[lower(toks[a])] || prepositions[lower(toks[a])]) {
		// "warned in January that ...", "said in a statement that ...";
		// with no "that", the words only frame the cue ("told reporters
		// after the meeting") and are no claim
		found := false
		for k := a + 1; k < len(toks) && k <= a+5; k++ {
			if lower(toks[k]) == "that" {
				a, found = k+1, true
				break
			}
			if toks[k].text == "," || isOpenQuote(toks[k].text) {
				break
			}
		}
		if !found {
			return
		}
	}
	if a >= len(toks) {
		return
	}
	if t := toks[a].text; t == "," || t == ":" || t == "." || t == ";" || isCloseQuote(t) && !isOpenQuote(t) {
		return
	}
	b := a
	for b < len(toks) {
		t := toks[b]
		w := lower(t)
		if t.text == ":" || t.text == ";" {
			break
		}
		if t.text == "," && b+1 < len(toks) && (lower(toks[b+1]) == "according" || adverbialStarts[lower(toks[b+1])] || lower(toks[b+1]) == "although" || lower(toks[b+1]) == "though") && !x.d.inQuote(t.Start) {
			break // a framing clause: ", although official results ..."
		}
		if (w == "but" || w == "and") && x.cueAt(cues, b+1, b+3) && !x.d.inQuote(t.Start) {
			break
		}
		if b > a && x.cueAt(cues, b, b+1) && !x.d.inQuote(t.Start) && c.verb != b {
			break // another attribution begins
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
		if !c.according && c.speaker != nil {
			others++
		}
	}
	for ci := range cues {
		c := &cues[ci]
		if c.speaker == nil {
			continue
		}
		var sp span
		why := c.why
		switch {
		case c.according:
			if others > 0 {
				continue // the sentence's own verb carries the claim
			}
			end := c.np[0] - 2 // before ", according to"
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
			}
			why.Confidence *= 0.8
		case c.comp[0] >= 0:
			sp = span{toks[c.comp[0]].Start, toks[c.comp[1]-1].End}
			if !x.saysMore(toks, c.comp) {
				continue
			}
		case c.np[0] >= 2 && c.np[1] <= c.i && toks[c.np[0]-1].text == "," && !x.quoteEndsAt(toks[c.np[0]-2].End) && endsAttribution(toks, c.j):
			// "The plant remains under Russian control, the IAEA said."
			sp = span{toks[0].Start, toks[c.np[0]-2].End}
			why.Confidence *= 0.8
			why.Note = strings.TrimPrefix(why.Note+"; the clause before the attribution", "; ")
		case cueVerbs[lower(toks[c.verb])] || c.j-c.verb == 2:
			// a stance verb with nothing after it: "Moscow pushed back"
			sp = span{toks[c.np[0]].Start, toks[c.j-1].End}
			why.Confidence *= 0.6
			why.Note = strings.TrimPrefix(why.Note+"; the clause itself is the claim", "; ")
		default:
			continue
		}
		if sp.len() <= 0 || wordsIn(x.d.text(sp)) < 2 {
			continue
		}
		ev, evs, ok := x.uniquePassage(s.span)
		if !ok {
			x.out.Notes = append(x.out.Notes, "skipped a reported claim of "+c.speaker.Name+": its sentence is not unique in the body")
			continue
		}
		st := Statement{Speaker: c.speaker, Kind: "reported", Text: x.d.text(sp), Cue: c.text(toks), Evidence: []string{ev}, spans: []span{evs}, text: sp}
		st.Why = Why{Rule: "reported/" + why.Rule, Confidence: round2(why.Confidence * 0.9), Note: why.Note}
		st.Said = x.saidDate(s, c)
		x.out.Statements = append(x.out.Statements, st)
	}
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
		w := lower(toks[k])
		return !adverbialStarts[w]
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

// quotes attributes each direct quotation to the cue nearest it in its
// sentence (or the cue whose claim holds it); failing that, to the nearest
// cue of its paragraph, to the attribution of the other paragraphs of the
// same quotation, or to the speaker before a quotation that opens its
// paragraph.
func (x *extractor) quotes(all [][]cue, lastAt []*Entity) {
	type found struct {
		c      *cue
		why    Why
		sents  []int
		hasCue bool // a cue in its own sentences, even one with no speaker
	}
	res := make([]found, len(x.d.quotes))
	for qi, q := range x.d.quotes {
		var sents []int
		for si, s := range x.d.sents {
			if s.Start < q.outer.End && q.outer.Start < s.End {
				sents = append(sents, si)
			}
		}
		res[qi].sents = sents
		best, hasCue := x.nearestCue(q, sents, all)
		res[qi].hasCue = hasCue
		if best != nil {
			res[qi].c, res[qi].why = best, best.why
			res[qi].why.Rule = "quote/" + best.why.Rule
			continue
		}
		if hasCue || len(sents) == 0 {
			continue
		}
		var para []int
		for si, s := range x.d.sents {
			if s.para == q.para {
				para = append(para, si)
			}
		}
		if c, _ := x.nearestCue(q, para, all); c != nil {
			res[qi].c = c
			res[qi].why = Why{Rule: "quote/same-paragraph/" + c.why.Rule, Confidence: c.why.Confidence * 0.8, Note: "no attribution in its sentence: the nearest in its paragraph"}
		}
	}
	// the paragraphs of one quotation share its attribution
	for qi, q := range x.d.quotes {
		if res[qi].c != nil {
			continue
		}
		for qj, o := range x.d.quotes {
			if qj != qi && o.group == q.group && res[qj].c != nil {
				res[qi].c = res[qj].c
				res[qi].why = Why{Rule: "quote/continued-paragraph", Confidence: res[qj].why.Confidence * 0.9, Note: "a quotation running over paragraphs"}
				break
			}
		}
	}
	for qi, q := range x.d.quotes {
		r := res[qi]
		if len(r.sents) == 0 {
			continue
		}
		first := r.sents[0]
		spanAll := span{x.d.sents[first].Start, x.d.sents[r.sents[len(r.sents)-1]].End}
		text := strings.TrimSpace(x.d.text(q.inner))
		text = strings.TrimRight(text, ",;: ")
		if strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "..") {
			text = strings.TrimSuffix(text, ".")
		}
		if wordsIn(text) == 0 {
			continue // marks around nothing
		}
		st := Statement{Kind: "direct", Text: text, text: q.inner}
		why := r.why
		if r.c != nil {
			c := r.c
			st.Speaker = c.speaker
			st.Cue = x.d.text(span{x.d.sents[c.sent].toks[c.verb].Start, x.d.sents[c.sent].toks[c.j-1].End})
			st.Said = x.saidDate(&x.d.sents[c.sent], c)
		} else if prev := lastAt[first]; prev != nil && !r.hasCue && x.opensParagraph(q) {
			st.Speaker = prev
			why = Why{Rule: "quote/carried-over", Confidence: 0.4, Note: "no attribution in its paragraph: the speaker before it, " + prev.Name}
		} else {
			why = Why{Rule: "quote/unattributed", Confidence: 0.3}
		}
		ev, evs, ok := x.uniquePassage(spanAll)
		if !ok {
			x.out.Notes = append(x.out.Notes, "skipped the quote "+quoteText(text)+": its sentence is not unique in the body")
			continue
		}
		st.Evidence, st.spans = []string{ev}, []span{evs}
		st.Why = Why{Rule: why.Rule, Confidence: round2(why.Confidence), Note: why.Note}
		if st.Speaker == nil {
			x.out.Unattributed = append(x.out.Unattributed, st)
			continue
		}
		if x.mergeQuote(st) {
			continue
		}
		x.out.Statements = append(x.out.Statements, st)
	}
}

// nearestCue finds, among the cues of the sentences, the one whose claim
// holds the quotation, else the one nearest to it; it also says whether
// those sentences have any cue at all.
func (x *extractor) nearestCue(q quote, sents []int, all [][]cue) (*cue, bool) {
	var best *cue
	bestDist := 1 << 30
	any := false
	for _, si := range sents {
		toks := x.d.sents[si].toks
		for ci := range all[si] {
			c := &all[si][ci]
			if !c.according {
				any = true
			}
			if c.speaker == nil {
				continue
			}
			var d int
			switch {
			case c.comp[0] >= 0 && toks[c.comp[0]].Start <= q.outer.Start && q.outer.End <= toks[c.comp[1]-1].End:
				d = -1 // the claim holds the quotation
			case toks[c.i].Start >= q.outer.End:
				d = toks[c.i].Start - q.outer.End
			case toks[c.j-1].End <= q.outer.Start:
				d = q.outer.Start - toks[c.j-1].End
			default:
				continue
			}
			if d < bestDist {
				best, bestDist = c, d
			}
		}
	}
	return best, any
}

// opensParagraph says whether a quotation starts its paragraph, as a quote
// that continues the speaker before it does.
func (x *extractor) opensParagraph(q quote) bool {
	return x.d.paras[q.para].Start == q.outer.Start
}

// mergeQuote adds st's evidence to an earlier direct statement of the same
// speaker and words (a headline repeating the body), and says whether it did.
func (x *extractor) mergeQuote(st Statement) bool {
	for i := range x.out.Statements {
		o := &x.out.Statements[i]
		if o.Kind == "direct" && o.Speaker == st.Speaker && normQuote(o.Text) == normQuote(st.Text) {
			o.Evidence = append(o.Evidence, st.Evidence...)
			o.spans = append(o.spans, st.spans...)
			o.Why.Note = strings.TrimSpace(o.Why.Note + " written again in another passage")
			return true
		}
	}
	return false
}

// normQuote is the form quotations are compared in: quote marks and
// apostrophes folded, spaces collapsed, closing punctuation dropped.
func normQuote(s string) string {
	s = store.MatchForm(s)
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\"", " ")), " ")
	return strings.ToLower(strings.TrimRight(s, ",.;: "))
}

// subjectPerson finds a known person who is the subject of a sentence:
// the noun phrase at its start, after a conjunction or after an
// introductory phrase ("In his address, Zelenskiy ...").
func (x *extractor) subjectPerson(s *sentence) *Entity {
	toks := s.toks
	if s.headline || len(toks) == 0 {
		return nil
	}
	starts := []int{0}
	if w := lower(toks[0]); w == "but" || w == "and" || w == "yet" || w == "so" {
		starts = append(starts, 1)
	}
	for k := 0; k < len(toks) && k < 15; k++ {
		if toks[k].text == "," {
			starts = append(starts, k+1)
			break
		}
	}
	for _, a := range starts {
		b := npRight(toks, a)
		if b <= a {
			continue
		}
		for k := a; k < b; k++ {
			if t, ok := x.parseTitled(toks, k); ok && t.nameEnd == b {
				return x.reg.lookup(joinToks(toks[t.nameStart:t.nameEnd]), KindPerson)
			}
		}
		if e := x.reg.lookup(joinToks(toks[a:b]), KindPerson); e != nil {
			return e
		}
	}
	return nil
}

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

// quoteEndsAt says whether a detected quotation closes at offset end.
func (x *extractor) quoteEndsAt(end int) bool {
	for _, q := range x.d.quotes {
		if q.outer.End == end {
			return true
		}
	}
	return false
}
